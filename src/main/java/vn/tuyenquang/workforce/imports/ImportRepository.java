package vn.tuyenquang.workforce.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportRepository {

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportRun run) {
        jdbc.sql("""
                        insert into import_run (id, kind, centre_id, survey_year, file_name, stored_path, data_rows,
                                                uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run.id(), run.kind().name(), run.centreId(), run.surveyYear(), run.fileName(), run.storedPath(), run.dataRows(), run.uploadedBy(),
                        Timestamp.from(run.uploadedAt()))
                .update();
    }

    void setJobExecution(UUID id, long jobExecutionId) {
        jdbc.sql("update import_run set job_execution_id = ? where id = ?").params(jobExecutionId, id).update();
    }

    Optional<ImportRun> find(UUID id) {
        return jdbc.sql("select * from import_run where id = ?").param(id).query(ImportRepository::map).optional();
    }

    List<ImportRun> ofCentre(UUID centreId, int limit) {
        return jdbc.sql("select * from import_run where centre_id = ? order by uploaded_at desc limit ?")
                .params(centreId, limit).query(ImportRepository::map).list();
    }

    List<ImportRun> ofKind(ImportKind kind, int limit) {
        return jdbc.sql("select * from import_run where kind = ? order by uploaded_at desc limit ?")
                .params(kind.name(), limit).query(ImportRepository::map).list();
    }

    /** Records a rejected row's problems; a row re-processed after a restart is recorded once. */
    void addErrors(UUID importId, RejectedRow rejected) {
        for (RejectedRow.Problem problem : rejected.problems()) {
            jdbc.sql("delete from import_error where import_id = ? and source_row = ? and column_name = ?")
                    .params(importId, rejected.line().rowNumber(), problem.column()).update();
            jdbc.sql("insert into import_error (import_id, source_row, column_name, cell_value, reason_key) values (?, ?, ?, ?, ?)")
                    .params(importId, rejected.line().rowNumber(), problem.column(), truncate(problem.value()),
                            problem.reasonKey())
                    .update();
        }
    }

    List<ImportError> errors(UUID importId, int limit) {
        return jdbc.sql("select * from import_error where import_id = ? order by source_row, column_name limit ?")
                .params(importId, limit)
                .query((rs, n) -> new ImportError(rs.getInt("source_row"), rs.getString("column_name"),
                        rs.getString("cell_value"), rs.getString("reason_key")))
                .list();
    }

    long rejectedRows(UUID importId) {
        return jdbc.sql("select count(distinct source_row) from import_error where import_id = ?").param(importId)
                .query(Long.class).single();
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 300 ? value : value.substring(0, 299) + "…";
    }

    private static ImportRun map(ResultSet rs, int row) throws SQLException {
        Integer surveyYear = rs.getObject("survey_year", Integer.class);
        return new ImportRun(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
                rs.getObject("centre_id", UUID.class), surveyYear, rs.getString("file_name"), rs.getString("stored_path"), rs.getInt("data_rows"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getObject("job_execution_id", Long.class));
    }
}
