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
}
