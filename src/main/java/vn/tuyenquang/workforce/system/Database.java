package vn.tuyenquang.workforce.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Which database the application runs on: PostgreSQL in production and in the tests, or H2 as the
 * embedded default. Statements only PostgreSQL knows (ANALYZE, SET LOCAL) ask here first.
 */
@Component
public class Database {

    private final boolean postgres;

    Database(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** The most values one statement lists in an {@code in (…)}: a statement holds at most 65,535 parameters. */
    public static final int IN_LIST_MAX = 5_000;

    /** Gives {@code each} the values {@value #IN_LIST_MAX} at a time, for a statement that lists them in an {@code in}. */
    public static <T> void inLists(java.util.Collection<T> values, java.util.function.Consumer<java.util.List<T>> each) {
        java.util.List<T> all = java.util.List.copyOf(values);
        for (int from = 0; from < all.size(); from += IN_LIST_MAX) {
            each.accept(all.subList(from, Math.min(all.size(), from + IN_LIST_MAX)));
        }
    }
}
