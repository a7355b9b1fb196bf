package archfixture.domain.b;

/** With {@link archfixture.domain.a.A}, a cycle between domain packages. */
public class B {
    public archfixture.domain.a.A a;
}
