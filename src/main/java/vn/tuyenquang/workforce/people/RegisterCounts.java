package vn.tuyenquang.workforce.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.system.Database;

/**
 * The register counted in one pass over the person table, the one read of it another module (the indicators) may
 * not do through entries, for speed: one cell per commune, sex, ethnic group and age band, with the persons of each
 * labour status and each kind of what they hold ({@link Holding}) as of 31 December of each year asked for, so that
 * whoever reads the count decides which kinds are trained and certified. Each person is one row, so each is counted
 * once; the dated columns derived from their qualifications (certified_since, short_course_since, informal_since,
 * national_cert_since, national_cert_3y_since) say from when they count.
 *
 * <p>One population per figure: a year's population is the persons the register (a commune's per-person survey) knew
 * by its 31 December ({@code register_since}), aged 15+ that day, by their labour status <em>that day</em> (employed
 * or unemployed; others are not counted): the current status where it held by then ({@code labour_status_since}), otherwise the period of
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

    /** A national skill certificate as the indicators tell them apart: none, held, or held with 3 years in the trade. */
    public enum NationalCertificate {
        NONE, HELD, HELD_THREE_YEARS
    }

    /**
     * What a person holds on a day, as far as any setting of the indicators tells persons apart: a degree or
     * certificate (then nothing else matters: such a person is trained and certified under every setting), otherwise
     * which national skill certificate, whether a short course and whether a skill acquired informally. Thirteen kinds
     * in all ({@link #ALL}); a count per kind answers every setting by adding up the kinds it counts.
     */
    public record Holding(boolean certified, NationalCertificate national, boolean shortCourse, boolean informal) {

        /** Every kind, each at its {@link #index()}. */
        public static final List<Holding> ALL;

        static {
            List<Holding> all = new ArrayList<>(List.of(new Holding(true, NationalCertificate.NONE, false, false)));
            for (NationalCertificate national : NationalCertificate.values()) {
                for (boolean shortCourse : new boolean[]{false, true}) {
                    for (boolean informal : new boolean[]{false, true}) {
                        all.add(new Holding(false, national, shortCourse, informal));
                    }
                }
            }
            ALL = List.copyOf(all);
        }

        public Holding {
            if (certified && (national != NationalCertificate.NONE || shortCourse || informal)) {
                throw new IllegalArgumentException("a certified person is one kind, whatever else they hold");
            }
        }

        /** The kind's place in {@link #ALL}; the counting query works it out per person in the same order. */
        public int index() {
            return certified ? 0 : 1 + national.ordinal() * 4 + (shortCourse ? 2 : 0) + (informal ? 1 : 0);
        }
    }

    /** The labour statuses a population can be drawn from (the indicators' denominators), in the count's order. */
    public static final List<LabourStatus> COUNTED = List.of(LabourStatus.EMPLOYED, LabourStatus.UNEMPLOYED,
            LabourStatus.ABROAD);

    /**
     * What to count: persons aged at least {@code workingAge} on 31 December of each of {@code years} (ascending),
     * in one of the {@link #COUNTED} statuses that day, in age {@code bands} (ascending, as of the last year), by what they hold.
     */
    public record Question(List<Integer> years, int workingAge, List<Band> bands, Optional<String> commune) {
    }

    /**
     * The counts of one year: the persons of the register that day by labour status ({@link #COUNTED}) and what they
     * hold ({@link Holding}), and the learners aged 15+ that training centres' records show by its 31 December
     * (enrolled by then) whom no survey of their commune covered by that day (in no population).
     */
    public record Count(long[] persons, long unmatched) {

        public long persons(LabourStatus status, Holding holding) {
            return persons[COUNTED.indexOf(status) * Holding.ALL.size() + holding.index()];
        }
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
        StringBuilder keys = new StringBuilder("commune_code, sex, ethnic_code, band");
        for (int i = 0; i < years.size(); i++) {
            String adult = "birth_date <= :adult" + i;
            person.append(",\n (case when ").append(adult).append(" and register_since <= :day").append(i)
                    .append(" and (register_until is null or register_until > :day").append(i).append(") then ")
                    .append(kindOn(i)).append(" end) as k").append(i)
                    .append(",\n (").append(adult).append(" and ").append(unmatchedOn(":day" + i))
                    .append(") as u").append(i);
            keys.append(", k").append(i).append(", u").append(i);
        }
        // Only who can count in some year: in one of the statuses now or changed since the first year, or unmatched.
        person.append("\n from person where birth_date <= :adult").append(years.size() - 1)
                .append(" and (labour_status in (:statuses) or labour_status_since > :day0")
                .append(" or learner_since is not null and (register_since is null or register_since > :day0))");
        question.commune().ifPresent(c -> person.append(" and commune_code = :commune"));
        // Persons grouped by cell and by their kind and unmatchedness each year: a row per combination that occurs (a
        // few per cell, since most persons are the same kind every year), one hash lookup a person.
        String sql = "select " + keys + ", count(*) as persons\nfrom (" + person + " offset 0 rows) counted\ngroup by "
                + keys;

        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("statuses", COUNTED.stream().map(LabourStatus::name).toList());
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
        int kinds = COUNTED.size() * Holding.ALL.size();
        Map<List<String>, long[][]> cells = new LinkedHashMap<>();
        statement.query(rs -> {
            List<String> cell = Arrays.asList(rs.getString("commune_code"), rs.getString("sex"),
                    rs.getString("ethnic_code"), rs.getString("band"));
            // Per year: the persons of each kind, then the unmatched learners.
            long[][] byYear = cells.computeIfAbsent(cell, c -> new long[years.size()][kinds + 1]);
            long persons = rs.getLong("persons");
            for (int i = 0; i < years.size(); i++) {
                int kind = rs.getInt("k" + i);
                if (!rs.wasNull()) {
                    byYear[i][kind] += persons;
                }
                if (rs.getBoolean("u" + i)) {
                    byYear[i][kinds] += persons;
                }
            }
        });
        return cells.entrySet().stream().map(e -> new Cell(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2),
                e.getKey().get(3), Arrays.stream(e.getValue())
                        .map(year -> new Count(Arrays.copyOf(year, kinds), year[kinds])).toList())).toList();
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

    /**
     * A person's kind on 31 December of year {@code i}: labour status (in the order of {@link #COUNTED}) × what
     * they hold ({@link Holding#index()}), or null when in none of those statuses that day.
     */
    private static String kindOn(int i) {
        String day = ":day" + i;
        int perStatus = Holding.ALL.size();
        StringBuilder status = new StringBuilder("case ").append(statusOn(i));
        for (int s = 0; s < COUNTED.size(); s++) {
            status.append(" when '").append(COUNTED.get(s).name()).append("' then ").append(s * perStatus);
        }
        return status + " end + "
                + "case when certified_since <= " + day + " then 0 else 1"
                + " + case when national_cert_3y_since <= " + day + " then 8 when national_cert_since <= " + day
                + " then 4 else 0 end"
                + " + case when short_course_since <= " + day + " then 2 else 0 end"
                + " + case when informal_since <= " + day + " then 1 else 0 end end";
    }
}
