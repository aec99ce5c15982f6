package vn.tuyenquang.workforce.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.system.Database;

/**
 * The register counted in one pass over the person table, the one read of it another module (the indicators) may
 * not do through entries, for speed: one cell per commune, sex, ethnic group and age band, with the population,
 * trained and certified counts as of 31 December of each year asked for. Each person is one row, so each is counted
 * once; the dated columns derived from their qualifications (certified_since, short_course_since, informal_since)
 * say from when they count.
 *
 * <p>One population per figure: a year's population is the persons the register (a commune's per-person survey) knew
 * by its 31 December ({@code register_since}), aged 15+ that day, whose labour status <em>that day</em> is one of those
 * asked for: the current status where it held by then ({@code labour_status_since}), otherwise the period of
 * {@code labour_status_period} that covered the day (looked up only for the few persons whose status changed since).
 * Persons known only from training centres by then are counted apart, as learners not matched to the survey.
 *
 * <p>On PostgreSQL the query reads the covering index {@code person_indicator_cells} alone (an index-only
 * scan over a third of the table's width) and hashes the cells in memory, with planner settings of its own
 * transaction: the planner overestimates the cells tenfold (it cannot know that the age band takes six
 * values), so left alone it sorts a million rows on disk; see docs/ARCHITECTURE.md, Indicators.
 */
@Repository
public class RegisterCounts {

    /** Planner settings for the one counting query, on PostgreSQL only; SET LOCAL ends with its transaction. */
    private static final List<String> POSTGRES_PLAN = List.of("set local work_mem = '32MB'",
            "set local random_page_cost = 1.1", "set local jit = off");

    /** An age band by its name and the age it starts at. */
    public record Band(String name, int fromAge) {
    }

    /** Which national skill certificates count as trained: none, those with 3 years in the trade, or all. */
    public enum NationalCertificates {
        NONE, EXPERIENCED, ALL
    }

    /**
     * What to count: persons aged at least {@code workingAge} on 31 December of each of {@code years} (ascending) with
     * one of {@code statuses}, in age {@code bands} (ascending, as of the last year); trained means certified, or also
     * a short course, a skill acquired informally or a national skill certificate when those count; certified also
     * a national skill certificate when {@code nationalCertificatesCertified}.
     */
    public record Question(List<Integer> years, int workingAge, List<Band> bands, List<LabourStatus> statuses,
                           boolean shortCourses, boolean informalSkills, NationalCertificates nationalCertificatesTrained,
                           boolean nationalCertificatesCertified, Optional<String> commune) {
    }

    /**
     * The counts of one year: the population, who of it is trained and certified, and the learners aged 15+ that
     * training centres' records show by its 31 December (enrolled by then) whom no survey of their commune covered by
     * that day (in no population).
     */
    public record Count(long population, long trained, long certified, long unmatched) {
    }

    /** The counts of one commune × sex × ethnic group × age band, per year (in the order asked). */
    public record Cell(String communeCode, String sex, String ethnicCode, String band, List<Count> byYear) {
    }

    private final JdbcClient jdbc;
    private final boolean postgres;

    RegisterCounts(JdbcClient jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgres = database.isPostgres();
    }

    @Transactional(readOnly = true)
    public List<Cell> count(Question question) {
        if (postgres) {
            POSTGRES_PLAN.forEach(setting -> jdbc.sql(setting).update());
        }
        List<Integer> years = question.years();
        List<Band> bands = question.bands();
        int last = years.get(years.size() - 1);
        // Each person's flags per year are worked out once, in the inner query (OFFSET 0 keeps the planner from folding
        // it into the outer one, which would work out a person's status again for every count that needs it).
        StringBuilder person = new StringBuilder("select commune_code, sex, ethnic_code, case");
        for (int i = bands.size() - 1; i > 0; i--) {
            person.append(" when birth_date <= :born").append(i).append(" then '").append(bands.get(i).name()).append('\'');
        }
        person.append(" else '").append(bands.get(0).name()).append("' end as band");
        StringBuilder sql = new StringBuilder("select commune_code, sex, ethnic_code, band");
        for (int i = 0; i < years.size(); i++) {
            String adult = "birth_date <= :adult" + i;
            person.append(",\n (").append(adult).append(" and register_since <= :day").append(i)
                    .append(" and (register_until is null or register_until > :day").append(i).append(") and ")
                    .append(statusOn(i)).append(" in (:statuses)) as m").append(i)
                    .append(",\n (").append(trained(question, i)).append(") as t").append(i)
                    .append(",\n (").append(certified(question, i)).append(") as c").append(i)
                    .append(",\n (").append(adult).append(" and ").append(unmatchedOn(":day" + i))
                    .append(") as u").append(i);
            sql.append(",\n count(*) filter (where m").append(i).append(") as p").append(i)
                    .append(", count(*) filter (where m").append(i).append(" and t").append(i).append(") as t").append(i)
                    .append(", count(*) filter (where m").append(i).append(" and c").append(i).append(") as c").append(i)
                    .append(", count(*) filter (where u").append(i).append(") as u").append(i);
        }
        // Only who can count in some year: in one of the statuses now or changed since the first year, or unmatched.
        person.append("\n from person where birth_date <= :adult").append(years.size() - 1)
                .append(" and (labour_status in (:statuses) or labour_status_since > :day0")
                .append(" or learner_since is not null and (register_since is null or register_since > :day0))");
        question.commune().ifPresent(c -> person.append(" and commune_code = :commune"));
        sql.append("\nfrom (").append(person).append(" offset 0 rows) counted")
                .append("\ngroup by commune_code, sex, ethnic_code, band");

        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("statuses", question.statuses().stream().map(LabourStatus::name).toList());
        LocalDate lastDay = LocalDate.of(last, 12, 31);
        for (int i = 1; i < bands.size(); i++) {
            statement = statement.param("born" + i, Date.valueOf(lastDay.minusYears(bands.get(i).fromAge())));
        }
        for (int i = 0; i < years.size(); i++) {
            LocalDate day = LocalDate.of(years.get(i), 12, 31);
            statement = statement.param("day" + i, Date.valueOf(day))
                    .param("adult" + i, Date.valueOf(day.minusYears(question.workingAge())));
        }
        if (question.commune().isPresent()) {
            statement = statement.param("commune", question.commune().get());
        }
        return statement.query((rs, n) -> {
            List<Count> byYear = new ArrayList<>(years.size());
            for (int i = 0; i < years.size(); i++) {
                byYear.add(new Count(rs.getLong("p" + i), rs.getLong("t" + i), rs.getLong("c" + i),
                        rs.getLong("u" + i)));
            }
            return new Cell(rs.getString("commune_code"), rs.getString("sex"), rs.getString("ethnic_code"),
                    rs.getString("band"), byYear);
        }).list();
    }

    /**
     * Who is a learner not matched to the survey on {@code day} (a date parameter): enrolled by a centre by then and
     * covered by no survey of their commune by then. The figure and the list behind it ({@code PersonRepository}) read it
     * here.
     */
    static String unmatchedOn(String day) {
        return "learner_since <= " + day + " and (register_since is null or register_since > " + day + ")";
    }

    /** A person's labour status on 31 December of year {@code i}. */
    private static String statusOn(int i) {
        String day = ":day" + i;
        return "(case when labour_status_since is null or labour_status_since <= " + day + " then labour_status"
                + " else (select s.status from labour_status_period s where s.person_id = person.id"
                + " and (s.since is null or s.since <= " + day + ") and s.until > " + day + ") end)";
    }

    /** Who counts as certified on 31 December of year {@code i}. */
    private static String certified(Question question, int i) {
        String day = ":day" + i;
        return question.nationalCertificatesCertified()
                ? "certified_since <= " + day + " or national_cert_since <= " + day
                : "certified_since <= " + day;
    }

    /** Who counts as trained on 31 December of year {@code i}. */
    private static String trained(Question question, int i) {
        String day = ":day" + i;
        StringBuilder predicate = new StringBuilder(certified(question, i));
        if (question.shortCourses()) {
            predicate.append(" or short_course_since <= ").append(day);
        }
        if (question.informalSkills()) {
            predicate.append(" or informal_since <= ").append(day);
        }
        switch (question.nationalCertificatesTrained()) {
            case ALL -> predicate.append(" or national_cert_since <= ").append(day);
            case EXPERIENCED -> predicate.append(" or national_cert_3y_since <= ").append(day);
            case NONE -> { }
        }
        return predicate.toString();
    }
}
