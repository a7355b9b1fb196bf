package archfixture.domain.bad;

/** Breaks "the domain depends only on the JDK". */
public class UsesJooq {
    public org.jooq.DSLContext dsl;
}
