package archfixture.application;

/** Breaks "application never sees adapter technology". */
public class OpensAConnection {
    public java.sql.Connection open(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        return dataSource.getConnection();
    }
}
