package vn.tuyenquang.workforce.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final boolean postgres;

    ImportRepository(JdbcClient jdbc, JdbcTemplate batch, vn.tuyenquang.workforce.system.Database database) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.postgres = database.isPostgres();
    }

    void insert(ImportRun run) {
        jdbc.sql("""
                        insert into import_run (id, kind, centre_id, survey_year, file_name, stored_path, data_rows,
                                                file_sha256, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run.id(), run.kind().name(), run.centreId(), run.surveyYear(), run.fileName(), run.storedPath(),
                        run.dataRows(), run.fileSha256(), run.uploadedBy(), Timestamp.from(run.uploadedAt()))
                .update();
    }

    void finished(UUID id, java.time.Instant at) {
        jdbc.sql("update import_run set finished_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    /** Imports whose stored file is still there though they ended before {@code endedBefore}. */
    List<ImportRun> filesKeptSince(java.time.Instant endedBefore) {
        return jdbc.sql("""
                        select * from import_run
                        where file_deleted_at is null and coalesce(finished_at, uploaded_at) < ?""")
                .param(Timestamp.from(endedBefore)).query(ImportRepository::map).list();
    }

    void fileDeleted(UUID id, java.time.Instant at) {
        jdbc.sql("update import_run set file_deleted_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    /** The instance that runs the import, or null for one started before imports had owners. */
    String ownerOf(UUID id) {
        return jdbc.sql("select run_by from import_run where id = ?").param(id).query(String.class).optional().orElse(null);
    }

    void setOwner(UUID id, String instanceId) {
        jdbc.sql("update import_run set run_by = ? where id = ?").params(instanceId, id).update();
    }

    /** Takes the import over from {@code previous} (null: none recorded); whether this call did, and no other. */
    boolean takeOver(UUID id, String previous, String instanceId) {
        return (previous == null
                ? jdbc.sql("update import_run set run_by = ? where id = ? and run_by is null").params(instanceId, id)
                : jdbc.sql("update import_run set run_by = ? where id = ? and run_by = ?").params(instanceId, id, previous))
                .update() == 1;
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

    /** The latest imports of any kind, newest first. */
    List<ImportRun> latest(int limit) {
        return jdbc.sql("select * from import_run order by uploaded_at desc limit ?").param(limit)
                .query(ImportRepository::map).list();
    }

    List<ImportRun> ofKind(ImportKind kind, int limit) {
        return jdbc.sql("select * from import_run where kind = ? order by uploaded_at desc limit ?")
                .params(kind.name(), limit).query(ImportRepository::map).list();
    }

    /**
     * Records a rejected row: its outcome and each of its problems. A row processed again after a rollback
     * (a chunk retried row by row) replaces what was recorded of it, so it is reported once.
     */
    void reject(UUID importId, RejectedRow rejected) {
        ImportLine line = rejected.line();
        jdbc.sql("delete from import_error where import_id = ? and source_row = ?").params(importId, line.rowNumber())
                .update();
        jdbc.sql("delete from import_outcome where import_id = ? and source_row = ?").params(importId, line.rowNumber())
                .update();
        batch.batchUpdate("""
                        insert into import_error (import_id, source_row, first_line, column_name, cell_value, reason_key,
                                                  problem_order)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                java.util.stream.IntStream.range(0, rejected.problems().size()).mapToObj(i -> {
                    RejectedRow.Problem problem = rejected.problems().get(i);
                    return new Object[]{importId, line.rowNumber(), line.firstLine(), problem.column(),
                            printable(problem.value()), problem.reasonKey(), i};
                }).toList());
        recordOutcomes(importId, List.of(line), List.of(RowOutcome.REJECTED));
    }

    /** Records what was done with each of these rows (in the transaction that did it). */
    void recordOutcomes(UUID importId, List<ImportLine> lines, List<RowOutcome> outcomes) {
        recordOutcomes(importId, lines, outcomes, java.util.Collections.nCopies(lines.size(), null));
    }

    /** The same, each with a note saying why (a message key), or none (null). */
    void recordOutcomes(UUID importId, List<ImportLine> lines, List<RowOutcome> outcomes, List<String> notes) {
        List<Object[]> rows = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new Object[]{importId, lines.get(i).rowNumber(), lines.get(i).firstLine(), outcomes.get(i).name(),
                    notes.get(i), lines.get(i).key()});
        }
        batch.batchUpdate("""
                        insert into import_outcome (import_id, source_row, first_line, outcome, note_key, row_key)
                        values (?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * Those of these imports with a rejected row no later upload fixed: none of the same kind, by the same centre (the
     * department's, for surveys), accepted a row about the same learner and course since (rows without a citizen ID
     * can only be fixed by hand, and stay). One query for them all.
     */
    java.util.Set<UUID> stillRejected(java.util.Collection<UUID> importIds) {
        if (importIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct o.import_id from import_outcome o join import_run run on run.id = o.import_id
                        where o.import_id in (:imports) and o.outcome = 'REJECTED' and not exists (
                            select 1 from import_outcome later join import_run r on r.id = later.import_id
                            where later.row_key = o.row_key and later.outcome <> 'REJECTED' and r.kind = run.kind
                              and r.centre_id is not distinct from run.centre_id and r.uploaded_at > run.uploaded_at)""")
                .param("imports", importIds).query(UUID.class).list());
    }

    /** The communes a survey import's rows live in (each once, whichever chunk saw it first). */
    void surveyCovered(UUID importId, java.util.Collection<String> communeCodes) {
        batch.batchUpdate("insert into import_commune (import_id, commune_code) values (?, ?) on conflict do nothing",
                communeCodes.stream().map(code -> new Object[]{importId, code}).toList());
    }

    /** The communes of a survey import whose departures are not counted yet. */
    List<String> communesToCount(UUID importId) {
        return jdbc.sql("select commune_code from import_commune where import_id = ? and departed is null order by commune_code")
                .param(importId).query(String.class).list();
    }

    void departed(UUID importId, String communeCode, int persons) {
        jdbc.sql("update import_commune set departed = ? where import_id = ? and commune_code = ?")
                .params(persons, importId, communeCode).update();
    }

    /** How many persons left each commune's population because this survey no longer listed them (none: left out). */
    Map<String, Integer> departures(UUID importId) {
        Map<String, Integer> departures = new java.util.TreeMap<>();
        jdbc.sql("select commune_code, departed from import_commune where import_id = ? and departed > 0")
                .param(importId)
                .query((rs, n) -> departures.put(rs.getString("commune_code"), rs.getInt("departed"))).list();
        return departures;
    }

    /** How many rows had each outcome so far. */
    Map<RowOutcome, Long> outcomeCounts(UUID importId) {
        Map<RowOutcome, Long> counts = new EnumMap<>(RowOutcome.class);
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome, 0L);
        }
        jdbc.sql("select outcome, count(*) as rows from import_outcome where import_id = ? group by outcome")
                .param(importId)
                .query((rs, n) -> counts.put(RowOutcome.valueOf(rs.getString("outcome")), rs.getLong("rows")))
                .list();
        return counts;
    }

    List<ImportError> errors(UUID importId, int limit) {
        return jdbc.sql("select * from import_error where import_id = ? order by source_row, problem_order, column_name limit ?")
                .params(importId, limit)
                .query((rs, n) -> new ImportError(rs.getInt("source_row"), rs.getObject("first_line", Integer.class),
                        rs.getString("column_name"), rs.getString("cell_value"), rs.getString("reason_key")))
                .list();
    }

    /**
     * Every row's outcome in file order, a rejected row once per problem, handed to {@code line} as read
     * (streamed: a report of a million rows never sits in memory whole).
     */
    void report(UUID importId, java.util.function.Consumer<ImportRuns.ReportLine> line) {
        batch.query(connection -> {
            var statement = connection.prepareStatement("""
                    select o.source_row, o.first_line, o.outcome, e.column_name, e.cell_value,
                           coalesce(e.reason_key, o.note_key)
                    from import_outcome o
                    left join import_error e on e.import_id = o.import_id and e.source_row = o.source_row
                    where o.import_id = ? order by o.source_row, e.problem_order, e.column_name""");
            statement.setObject(1, importId);
            statement.setFetchSize(1000);
            return statement;
        }, rs -> {
            line.accept(new ImportRuns.ReportLine(rs.getInt(1), rs.getInt(2), RowOutcome.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getString(5), rs.getString(6)));
        });
    }

    /**
     * A rejected cell as the report can keep and show it: at most 300 characters, and a control character
     * (which the database refuses to store) shown as its Unicode control picture ("␀" for NUL).
     */
    private static String printable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(Math.min(value.length(), 300));
        for (int i = 0; i < value.length() && shown.length() < 299; i++) {
            char c = value.charAt(i);
            shown.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : c);
        }
        return shown.length() < value.length() ? shown.append('…').toString() : shown.toString();
    }

    private static ImportRun map(ResultSet rs, int row) throws SQLException {
        Integer surveyYear = rs.getObject("survey_year", Integer.class);
        return new ImportRun(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
                rs.getObject("centre_id", UUID.class), surveyYear, rs.getString("file_name"), rs.getString("stored_path"), rs.getInt("data_rows"),
                rs.getString("file_sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getObject("job_execution_id", Long.class), instant(rs.getTimestamp("finished_at")),
                instant(rs.getTimestamp("file_deleted_at")));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Refreshes PostgreSQL's statistics of import_outcome, which a large import outgrows (other databases are left alone). */
    void refreshStatistics() {
        if (postgres) {
            jdbc.sql("analyze import_outcome").update();
        }
    }
}
