package vn.tuyenquang.workforce.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.system.Database;

/**
 * Labour statuses over time: a person's status and the day it holds from on {@code person}, the statuses it replaced as
 * periods in {@code labour_status_period}; the register's question "what was this person's status on that day?" is
 * answered from both ({@link LabourHistory}).
 */
@Repository
class LabourStatusRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LabourStatusRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * These persons' labour status changes from {@code on}, the status it replaces kept as a period ending that day,
     * unless the status already held was recorded later than {@code on} (an older survey imported late, or a hire dated
     * before a newer survey, changes no newer status). Returns who changed.
     */
    java.util.Set<UUID> changeStatus(java.util.Map<UUID, LabourStatus> statuses, java.time.LocalDate on, Instant at) {
        Date day = Date.valueOf(on);
        List<UUID> ids = List.copyOf(statuses.keySet());
        String newer = " and labour_status <> ? and (labour_status_since is null or labour_status_since <= ?)";
        batch.batchUpdate("""
                        insert into labour_status_period (person_id, status, since, until, recorded_at)
                        select id, labour_status, labour_status_since, ?, ? from person where id = ?""" + newer,
                ids.stream().map(id -> new Object[]{day, Timestamp.from(at), id, statuses.get(id).name(), day}).toList());
        int[] updated = batch.batchUpdate(
                "update person set labour_status = ?, labour_status_since = ?, updated_at = ? where id = ?" + newer,
                ids.stream().map(id -> new Object[]{statuses.get(id).name(), day, Timestamp.from(at), id,
                        statuses.get(id).name(), day}).toList());
        java.util.Set<UUID> changed = new java.util.HashSet<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] != 0) {
                changed.add(ids.get(i));
            }
        }
        return changed;
    }

    /**
     * When the person holds {@code status} since {@code on}, gives back the status that period replaced (the newest
     * period ending that day) and forgets the period; the status given back, or empty when the register moved on.
     */
    java.util.Optional<LabourStatus> restorePreviousStatus(UUID personId, LabourStatus status, java.time.LocalDate on,
                                                          Instant at) {
        Date day = Date.valueOf(on);
        record Period(String status, Date since, Timestamp recordedAt) {
        }
        java.util.Optional<Period> previous = jdbc.sql("""
                        select p.status, p.since, p.recorded_at from labour_status_period p join person on person.id = p.person_id
                        where p.person_id = ? and p.until = ? and person.labour_status = ? and person.labour_status_since = ?
                        order by p.recorded_at desc limit 1""")
                .params(personId, day, status.name(), day)
                .query((rs, n) -> new Period(rs.getString("status"), rs.getDate("since"), rs.getTimestamp("recorded_at")))
                .optional();
        previous.ifPresent(p -> {
            jdbc.sql("update person set labour_status = ?, labour_status_since = ?, updated_at = ? where id = ?")
                    .params(p.status(), p.since(), Timestamp.from(at), personId).update();
            jdbc.sql("delete from labour_status_period where person_id = ? and until = ? and recorded_at = ?")
                    .params(personId, day, p.recordedAt()).update();
        });
        return previous.map(p -> LabourStatus.valueOf(p.status()));
    }

    /** Each person's labour history, read {@value Database#IN_LIST_MAX} persons at a time. */
    java.util.Map<UUID, LabourHistory> labourHistories(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, LabourHistory> histories = new java.util.HashMap<>();
        Database.inLists(ids, some -> histories.putAll(labourHistoriesOf(some)));
        return histories;
    }

    private java.util.Map<UUID, LabourHistory> labourHistoriesOf(List<UUID> ids) {
        java.util.Map<UUID, List<LabourHistory.Period>> periods = new java.util.HashMap<>();
        jdbc.sql("select person_id, status, since, until from labour_status_period where person_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> periods.computeIfAbsent(rs.getObject("person_id", UUID.class),
                                k -> new java.util.ArrayList<>())
                        .add(new LabourHistory.Period(LabourStatus.valueOf(rs.getString("status")),
                                rs.getObject("since", java.time.LocalDate.class), rs.getDate("until").toLocalDate())))
                .list();
        java.util.Map<UUID, LabourHistory> histories = new java.util.HashMap<>();
        jdbc.sql("select id, labour_status, labour_status_since from person where id in (:ids)").param("ids", ids)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return histories.put(id, new LabourHistory(LabourStatus.valueOf(rs.getString("labour_status")),
                            rs.getObject("labour_status_since", java.time.LocalDate.class), periods.getOrDefault(id, List.of())));
                })
                .list();
        return histories;
    }
}
