package vn.tuyenquang.workforce.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tuyenquang.workforce.matching.index.CandidateDocument;
import vn.tuyenquang.workforce.matching.index.CandidateProjection;
import vn.tuyenquang.workforce.matching.index.SearchReindex;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.ApiTokens;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.demo.SyntheticProvince;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Candidate search on 1,000,000 generated candidates: the register is generated in PostgreSQL (every
 * person consenting, one or two qualifications in 26 trades, three in five certified by a course they
 * completed), the index is built by the application's own reindex job, and 1,000 generated vacancies are
 * searched through the JSON API over HTTP (as an employer's system would: JSON out, signed in with a Bearer token, and
 * again with Basic authentication, whose sign-in throttle counts every attempt in the database), each beside the same
 * search request sent straight to Elasticsearch in the same run. Prints p50,
 * p95 and p99 of both and the engine's own time; asserts only that both found the same candidates. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=CandidateSearchBenchmark} ({@code -Dbenchmark.candidates=N},
 * {@code -Dbenchmark.vacancies=N} for other sizes).
 */
@Tag("benchmark")
@IntegrationTest
@Import(TestAccounts.class)
class CandidateSearchBenchmark {

    static final int SIZE = 20;
    static final int WARM_UP = 200;
    static final String AT = "2026-01-02T03:04:05Z";

    /** The trades generated: an occupation and the Vietnamese name of a course in it. */
    record Trade(String occupation, String course) {
    }

    static final List<Trade> TRADES = List.of(new Trade("7212", "Hàn điện"), new Trade("7213", "Gò hàn khung vỏ"),
            new Trade("7214", "Lắp dựng kết cấu thép"), new Trade("7231", "Sửa chữa ô tô"),
            new Trade("7233", "Sửa chữa máy nông nghiệp"), new Trade("7411", "Điện dân dụng"),
            new Trade("7412", "Điện công nghiệp"), new Trade("7421", "Sửa chữa thiết bị điện tử"),
            new Trade("7522", "Mộc dân dụng"), new Trade("7523", "Vận hành máy chế biến gỗ"),
            new Trade("7531", "Cắt may"), new Trade("7533", "May công nghiệp"), new Trade("7536", "Làm giày da"),
            new Trade("7512", "Làm bánh"), new Trade("8172", "Vận hành máy bào gỗ"),
            new Trade("8171", "Vận hành dây chuyền giấy"), new Trade("8153", "Vận hành máy may"),
            new Trade("7115", "Mộc xây dựng"), new Trade("7112", "Nề hoàn thiện"), new Trade("7126", "Cấp thoát nước"),
            new Trade("6111", "Trồng cây ăn quả"), new Trade("6121", "Chăn nuôi gia súc"),
            new Trade("6221", "Nuôi trồng thủy sản"), new Trade("5120", "Kỹ thuật chế biến món ăn"),
            new Trade("8322", "Lái xe hạng B"), new Trade("8332", "Lái xe tải hạng C"));
    static final List<String> LEVELS = List.of("SO_CAP", "SO_CAP", "SO_CAP", "TRUNG_CAP", "TRUNG_CAP", "CAO_DANG",
            "CONTINUING_UNDER_3M", "ON_THE_JOB");
    static final List<String> MIN_LEVELS = List.of("CONTINUING_UNDER_3M", "SO_CAP", "SO_CAP", "SO_CAP", "TRUNG_CAP");

    @Autowired
    SearchReindex reindex;

    @Autowired
    CandidateSearch search;

    @Autowired
    JobExplorer explorer;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    Employers employers;

    @Autowired
    TrainingRegistry training;

    @Autowired
    ReferenceCatalog reference;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    @Test
    void searchesAMillionCandidatesThroughTheApiBesideRawElasticsearch() throws Exception {
        int candidates = Integer.getInteger("benchmark.candidates", 1_000_000);
        int vacancyCount = Integer.getInteger("benchmark.vacancies", 1_000);

        long loading = System.nanoTime();
        load(candidates, courses());
        double loaded = seconds(loading);

        long indexing = System.nanoTime();
        JobExecution job = reindex.candidates();
        while (explorer.getJobExecution(job.getId()).isRunning()) {
            Thread.sleep(1000);
        }
        double indexed = seconds(indexing);
        assertThat(explorer.getJobExecution(job.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        client.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
        long documents = client.count(c -> c.index(CandidateProjection.ALIAS)).count();

        CurrentUser department = accounts.create(Role.DEPARTMENT);
        List<Searched> vacancies = vacancies(department, vacancyCount);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (department.getUsername() + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer " + tokens.create(department, department.id(), "Đo tốc độ").secret();

        for (int i = 0; i < WARM_UP; i++) {
            Searched v = vacancies.get(i % vacancies.size());
            api(http, bearer, v);
            api(http, basic, v);
            raw(v);
        }
        double[] apiTimes = new double[vacancies.size()];
        double[] basicTimes = new double[vacancies.size()];
        double[] rawTimes = new double[vacancies.size()];
        double[] engineTimes = new double[vacancies.size()];
        long found = 0;
        int agreed = 0;
        for (int i = 0; i < vacancies.size(); i++) {
            Searched v = vacancies.get(i);
            // Alternate which goes first, so that neither always meets the other's warm caches.
            long[] rawTook = new long[1];
            List<String> apiIds;
            List<String> rawIds;
            if (i % 2 == 0) {
                long start = System.nanoTime();
                apiIds = api(http, bearer, v);
                apiTimes[i] = seconds(start);
                start = System.nanoTime();
                rawIds = raw(v, rawTook);
                rawTimes[i] = seconds(start);
            } else {
                long start = System.nanoTime();
                rawIds = raw(v, rawTook);
                rawTimes[i] = seconds(start);
                start = System.nanoTime();
                apiIds = api(http, bearer, v);
                apiTimes[i] = seconds(start);
            }
            long start = System.nanoTime();
            api(http, basic, v);
            basicTimes[i] = seconds(start);
            engineTimes[i] = rawTook[0] / 1000.0;
            found += apiIds.size();
            if (apiIds.equals(rawIds.subList(0, Math.min(SIZE, rawIds.size())))) {
                agreed++;
            }
        }

        double apiP95 = percentile(apiTimes, 95);
        double rawP95 = percentile(rawTimes, 95);
        System.out.printf(Locale.ROOT, """

                ==== Candidate search benchmark: %,d candidates indexed of %,d generated (loaded into PostgreSQL in %.0f s) ====
                Index built by the reindex job in %.0f s (%,.0f candidates/s); %,d vacancies searched (%d of them widened to
                the occupation group), %d results asked for, %.1f found on average; %d warm-up searches each way first.
                                                            p50        p95        p99
                Raw Elasticsearch (same request, Java client): %6.1f ms  %6.1f ms  %6.1f ms   (engine's own 'took': %.0f / %.0f / %.0f ms)
                Application's API (HTTP, Bearer token, JSON):  %6.1f ms  %6.1f ms  %6.1f ms
                The same with Basic auth (throttle counted):  %6.1f ms  %6.1f ms  %6.1f ms
                API p95 / raw p95: %.2f x, with Basic auth %.2f x (target <= 1.2 x: %s); API p95 < 150 ms: %s
                Same candidates, same order, through both: %d of %d vacancies
                =======================================================================================================
                %n""", documents, candidates, loaded, indexed, documents / indexed, vacancies.size(),
                vacancies.stream().filter(Searched::widen).count(), SIZE, (double) found / vacancies.size(), WARM_UP,
                percentile(rawTimes, 50) * 1000, rawP95 * 1000, percentile(rawTimes, 99) * 1000,
                percentile(engineTimes, 50) * 1000, percentile(engineTimes, 95) * 1000, percentile(engineTimes, 99) * 1000,
                percentile(apiTimes, 50) * 1000, apiP95 * 1000, percentile(apiTimes, 99) * 1000,
                percentile(basicTimes, 50) * 1000, percentile(basicTimes, 95) * 1000, percentile(basicTimes, 99) * 1000,
                apiP95 / rawP95, percentile(basicTimes, 95) / rawP95, apiP95 / rawP95 <= 1.2 ? "met" : "NOT met", apiP95 < 0.150 ? "met" : "NOT met", agreed, vacancies.size());

        assertThat(found).isPositive();
        assertThat(agreed).isGreaterThan(vacancies.size() * 9 / 10);
    }

    /** A vacancy to search, with the request the application sends for it, built before any timing. */
    record Searched(UUID id, boolean widen, SearchRequest request) {
    }

    private List<String> api(HttpClient http, String authorization, Searched v) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/vacancies/" + v.id() + "/candidates?size=" + SIZE + "&widen=" + v.widen()))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The API answered " + response.statusCode());
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode candidate : json.readTree(response.body()).get("candidates")) {
            ids.add(candidate.get("personId").asText());
        }
        return ids;
    }

    private List<String> raw(Searched v) throws Exception {
        return raw(v, new long[1]);
    }

    private List<String> raw(Searched v, long[] took) throws Exception {
        SearchResponse<CandidateDocument> response = client.search(v.request(), CandidateDocument.class);
        took[0] = response.took();
        return response.hits().hits().stream().map(h -> h.id()).toList();
    }

    /** One course per trade, at a centre of its own; their names are the candidates' skills. */
    private Map<String, UUID> courses() {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        Map<String, UUID> courses = new HashMap<>();
        for (Trade trade : TRADES) {
            courses.put(trade.occupation(), training.createCourse(staff, centre, new NewCourse(
                    "BM-" + trade.occupation(), trade.course(), trade.occupation(), "SO_CAP", 3, true)).id());
        }
        return courses;
    }

    /** Writes the generated register (persons, completed enrolments, qualifications) to files and copies them in. */
    private void load(int persons, Map<String, UUID> courses) throws Exception {
        Path folder = Files.createDirectories(Path.of("target/benchmark"));
        Path personFile = folder.resolve("candidates-" + persons + ".csv");
        Path enrolmentFile = folder.resolve("candidate-enrolments-" + persons + ".csv");
        Path qualificationFile = folder.resolve("candidate-qualifications-" + persons + ".csv");
        SyntheticProvince province = new SyntheticProvince(2031, reference.communes());
        Random random = new Random(2031);
        try (BufferedWriter people = Files.newBufferedWriter(personFile, StandardCharsets.UTF_8);
             BufferedWriter enrolments = Files.newBufferedWriter(enrolmentFile, StandardCharsets.UTF_8);
             BufferedWriter qualifications = Files.newBufferedWriter(qualificationFile, StandardCharsets.UTF_8)) {
            for (int i = 0; i < persons; i++) {
                SyntheticProvince.Resident r = province.nextResident();
                UUID person = UUID.randomUUID();
                people.write(String.join(",", person.toString(), r.citizenId(), r.fullName(),
                        VietnameseText.fold(r.fullName()), r.birthDate().toString(), r.male() ? "MALE" : "FEMALE",
                        r.ethnicCode(), r.communeCode(), r.labourStatus(), "true", AT, "false", AT, AT));
                people.write('\n');
                int first = random.nextInt(TRADES.size());
                int count = random.nextInt(10) < 3 ? 2 : 1;
                for (int q = 0; q < count; q++) {
                    Trade trade = TRADES.get((first + q * (1 + random.nextInt(TRADES.size() - 1))) % TRADES.size());
                    String level = LEVELS.get(random.nextInt(LEVELS.size()));
                    LocalDate on = LocalDate.of(2005 + random.nextInt(21), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    boolean certified = !"ON_THE_JOB".equals(level) && random.nextInt(5) < 3;
                    if (certified) {
                        enrolments.write(String.join(",", UUID.randomUUID().toString(),
                                courses.get(trade.occupation()).toString(), person.toString(), "COMPLETED",
                                on.minusMonths(3).toString(), on.toString()));
                        enrolments.write('\n');
                    }
                    qualifications.write(String.join(",", UUID.randomUUID().toString(), person.toString(), level,
                            trade.occupation(), certified ? "CERTIFICATE" : "DECLARED", "bench/" + UUID.randomUUID(),
                            on.toString(), certified ? "" : String.valueOf(random.nextInt(16))));
                    qualifications.write('\n');
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            copy(connection, personFile, """
                    person (id, citizen_id, full_name, full_name_folded, birth_date, sex, ethnic_code, commune_code,
                            labour_status, consent_to_be_found, consent_changed_at, certified, created_at, updated_at)""");
            copy(connection, enrolmentFile, "enrolment (id, course_id, person_id, status, enrolled_on, completed_on)");
            copy(connection, qualificationFile, """
                    person_qualification (id, person_id, level_code, occupation_code, source, source_ref, acquired_on,
                                          years_in_trade)""");
        }
        jdbc.sql("vacuum analyze person").update();
        jdbc.sql("vacuum analyze enrolment").update();
        jdbc.sql("vacuum analyze person_qualification").update();
    }

    private static void copy(Connection connection, Path file, String table) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin with (format csv)", in);
        }
    }

    /**
     * Open vacancies posted through the service: a trade, a minimum level, a workplace commune, skills from
     * the trade's course (every fifth typed without accents, every fifth widened to the occupation group).
     */
    private List<Searched> vacancies(CurrentUser department, int count) {
        UUID employer = accounts.newEmployer();
        List<Commune> communes = reference.communes();
        Random random = new Random(2032);
        List<Searched> vacancies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Trade trade = TRADES.get(random.nextInt(TRADES.size()));
            String skills = trade.course() + (random.nextBoolean() ? ", vận hành máy" : ", đọc bản vẽ");
            Vacancy vacancy = employers.createVacancy(department, employer, new NewVacancy("Tuyển " + trade.course(),
                    trade.occupation(), MIN_LEVELS.get(random.nextInt(MIN_LEVELS.size())),
                    i % 5 == 1 ? VietnameseText.fold(skills) : skills, 1 + random.nextInt(50), 6_000_000L, 12_000_000L,
                    communes.get(random.nextInt(communes.size())).code(), null, null, null,
                    LocalDate.now().plusMonths(2), null, null));
            employers.move(department, vacancy.id(), Vacancy.Status.OPEN);
            boolean widen = i % 5 == 3;
            vacancies.add(new Searched(vacancy.id(), widen, search.request(vacancy, CandidateQuery.best(widen, SIZE))));
        }
        return vacancies;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
