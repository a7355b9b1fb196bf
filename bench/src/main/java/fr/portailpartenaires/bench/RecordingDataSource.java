package fr.portailpartenaires.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that hands out the real connections, but remembers, on the calling thread and while
 * {@link #record recording}, every prepared statement executed through them: its SQL text and the parameter
 * setters called on it, in order. The benchmark calls the real persistence adapter through it, then replays
 * exactly the captured statements (timing, EXPLAIN, the OFFSET variant) — never a re-typed query.
 */
final class RecordingDataSource {

    /** One parameter setter call ({@code setObject(1, uuid)}, {@code setInt(3, 21)}, …) on a prepared statement. */
    record Binding(Method setter, Object[] arguments) {
        void applyTo(PreparedStatement statement) throws SQLException {
            try {
                setter.invoke(statement, arguments);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** A statement as the adapter executed it. */
    record Statement(String sql, List<Binding> bindings) {
        PreparedStatement prepare(Connection connection, String sqlToRun) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sqlToRun);
            for (Binding binding : bindings) {
                binding.applyTo(statement);
            }
            return statement;
        }
    }

    private static final ThreadLocal<List<Statement>> RECORDED = new ThreadLocal<>();

    private RecordingDataSource() {
    }

    static DataSource wrap(DataSource real) {
        return proxy(DataSource.class, real, (method, result) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, result, RecordingDataSource::connectionResult)
                : result);
    }

    /** Runs the work and answers the statements it executed on this thread. */
    static List<Statement> record(Runnable work) {
        List<Statement> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            work.run();
        } finally {
            RECORDED.remove();
        }
        return List.copyOf(statements);
    }

    private static Object connectionResult(Method method, Object result) {
        if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
            return recordingStatement(statement);
        }
        return result;
    }

    private static PreparedStatement recordingStatement(PreparedStatement real) {
        List<Binding> bindings = new ArrayList<>();
        String[] sql = {null};
        InvocationHandler handler = (self, method, arguments) -> {
            String name = method.getName();
            if (name.startsWith("set") && arguments != null && arguments.length >= 2 && arguments[0] instanceof Integer
                    && method.getDeclaringClass() == PreparedStatement.class) {
                bindings.add(new Binding(method, arguments.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (name.startsWith("execute") && (arguments == null || arguments.length == 0)) {
                List<Statement> recorded = RECORDED.get();
                if (recorded != null) {
                    recorded.add(new Statement(sql[0], List.copyOf(bindings)));
                }
            }
            return invoke(method, real, arguments);
        };
        PreparedStatement proxy = (PreparedStatement) Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
        sql[0] = SQL_OF.get();
        return proxy;
    }

    /** The SQL text of the statement being prepared (set by the connection proxy just before). */
    private static final ThreadLocal<String> SQL_OF = new ThreadLocal<>();

    private interface ResultWrapper {
        Object wrap(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object real, ResultWrapper wrapper) {
        return (T) Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {type},
                (self, method, arguments) -> {
                    if (type == Connection.class && method.getName().equals("prepareStatement")) {
                        SQL_OF.set((String) arguments[0]);
                    }
                    return wrapper.wrap(method, invoke(method, real, arguments));
                });
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
