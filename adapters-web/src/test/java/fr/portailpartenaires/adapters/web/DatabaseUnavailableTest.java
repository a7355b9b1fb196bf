package fr.portailpartenaires.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void no_connection_from_the_pool_in_time_is_an_outage() {
        var timedOut = new SQLTransientConnectionException("portail - Connection is not available, request timed out");

        assertThat(DatabaseUnavailable.causes(new IllegalStateException("SQL [select 1]", timedOut))).isTrue();
    }

    @Test
    void a_connection_cut_or_a_server_shutting_down_is_an_outage() {
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("closed", "08003")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("terminating", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("starting up", "57P03"))))
                .isTrue();
    }

    @Test
    void a_refused_statement_or_a_bug_is_not() {
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new NullPointerException())).isFalse();
    }
}
