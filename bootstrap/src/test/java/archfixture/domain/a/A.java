package archfixture.domain.a;

/** With {@link archfixture.domain.b.B}, a cycle between domain packages. */
public class A {
    public archfixture.domain.b.B b;
}
