package vn.tuyenquang.workforce.imports;

import java.util.List;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.system.Database;

/**
 * A large import into nearly empty tables outgrows PostgreSQL's statistics long before autovacuum
 * catches up, and the planner then keeps scanning tables it believes tiny: every chunk gets slower.
 * Refreshing the statistics of the tables an import fills, at chunks 1, 2, 4, 8, … keeps the plans
 * right for a few cheap ANALYZEs. Other databases are left to themselves.
 */
@Component
class TableStatistics {

    /** The tables a graduates import fills. */
    static final List<String> GRADUATE_TABLES = List.of("person", "person_qualification", "enrolment", "certificate",
            "import_outcome");

    /** The tables a labour-survey import fills. */
    static final List<String> SURVEY_TABLES = List.of("person", "person_qualification", "commune_survey", "import_outcome");

    private final JdbcClient jdbc;
    private final boolean postgres;

    TableStatistics(JdbcClient jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgres = database.isPostgres();
    }

    /** Refreshes the statistics of {@code tables} when {@code chunk} (counted from 1) is a power of two. */
    void afterChunk(long chunk, List<String> tables) {
        if (postgres && chunk > 0 && Long.bitCount(chunk) == 1) {
            tables.forEach(table -> jdbc.sql("analyze " + table).update());
        }
    }
}
