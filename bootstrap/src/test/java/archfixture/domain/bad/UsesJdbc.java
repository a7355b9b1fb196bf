package archfixture.domain.bad;

/** Breaks "the domain depends only on the JDK": JDBC is in the JDK but is not the domain's business. */
public class UsesJdbc {
    public java.sql.Connection connection;
}
