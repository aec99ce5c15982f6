package vn.tuyenquang.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.indicators.Baselines;
import vn.tuyenquang.workforce.indicators.Figure;
import vn.tuyenquang.workforce.indicators.IndicatorSettings;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.indicators.Source;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** The communes' labour-supply survey imported person by person, with the graduates import's guarantees. */
@IntegrationTest
@Import(TestAccounts.class)
class SurveyImportTest {

    static final String HEADER = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_dan_toc,ma_xa,tinh_trang_viec_lam,"
            + "trinh_do_cao_nhat,nganh_nghe,so_nam_lam_nghe,nam_dat_trinh_do";
    /** Xã Mèo Vạc: no other test records anyone there. */
    static final String MEO_VAC = "00769";

    @Autowired
    SurveyImports surveys;

    @Autowired
    ImportRuns runs;

    @Autowired
    InterruptedImports interrupted;

    @Autowired
    Indicators indicators;

    @Autowired
    Baselines baselines;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CurrentUser department;

    @BeforeEach
    void theDepartment() {
        department = accounts.create(Role.DEPARTMENT);
    }

    @Test
    void theSampleFileKeepsEveryGoodRowAndReportsTheBadOneInVietnamese() throws Exception {
        ImportRuns.Progress done;
        try (InputStream sample = Files.newInputStream(Path.of("batch/labour-survey/labour-survey-sample.csv"))) {
            done = await(surveys.upload(department, 2025, "dieu-tra.csv", sample).id());
        }

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.created()).isEqualTo(4);
        assertThat(runs.errors(department, done.run().id(), 10))
                .extracting(ImportError::rowNumber, ImportError::column, ImportError::value, ImportError::reasonKey)
                .containsExactly(tuple(6, "ngay_sinh", "30/02/1992", "import.value.date"));
        // Declared qualifications count at once: trung cấp is certified; six years on the job is trained.
        assertThat(person("008088900001")).isEqualTo("00694 EMPLOYED TRUNG_CAP true");
        assertThat(person("008195900002")).isEqualTo("00694 EMPLOYED ON_THE_JOB false");
        assertThat(jdbc.sql("select informal_since from person where citizen_id = '008195900002'")
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(person("008201900003")).isEqualTo("00700 UNEMPLOYED NONE false");

        mvc.perform(get("/imports/{id}/errors.csv", done.run().id()).with(user(department)))
                .andExpect(content().string(containsString("\"6\",\"ngay_sinh\",\"30/02/1992\",\"Ngày không hợp lệ")));
    }

    @Test
    void aSurveyRowWithSeveralMistakesNamesThemAllAfterOneUpload() throws Exception {
        String id = TestPeople.citizenId(LocalDate.of(1994, 6, 6), Sex.MALE);
        // an impossible date (reading), an unknown ethnic group and commune (references), an unknown level (reading)
        ImportRuns.Progress done = await(upload(2025, HEADER + "\n"
                + id + ",Hầu Mí Dế,31/06/1994,Nam,77,99999,Có việc làm,Tiến sĩ nghề,,,\n"));

        assertThat(done.rejected()).isEqualTo(1);
        assertThat(runs.errors(department, done.run().id(), 10)).extracting(ImportError::column, ImportError::reasonKey)
                .containsExactly(tuple("ngay_sinh", "import.value.date"), tuple("ma_dan_toc", "person.ethnic.unknown"),
                        tuple("ma_xa", "person.commune.unknown"), tuple("trinh_do_cao_nhat", "import.value.level"));
        // The department's upload awaits review until the row comes back corrected and is accepted.
        assertThat(runs.needingAttention(department)).extracting(p -> p.run().id()).contains(done.run().id());
        await(upload(2025, HEADER + "\n" + id + ",Hầu Mí Dế,30/06/1994,Nam,08,00694,Có việc làm,Sơ cấp,,,\n"));
        assertThat(runs.needingAttention(department)).extracting(p -> p.run().id()).doesNotContain(done.run().id());
    }

    @Test
    void theSameSurveyUploadedAgainChangesNothing() throws Exception {
        String file = HEADER + "\n" + row("Sùng Thị Dợ", 1993, Sex.FEMALE, "Có việc làm", "Sơ cấp", "7531", "", "2020")
                + row("Giàng Seo Chứ", 1985, Sex.MALE, "Thất nghiệp", "chua qua dao tao", "", "", "");
        await(upload(2025, file));
        long persons = count("person");
        long facts = count("person_qualification");
        long audit = count("audit_event");

        ImportRuns.Progress again = await(upload(2025, file));

        assertThat(again.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.rejected()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("person_qualification")).isEqualTo(facts);
        // The import's own two events (its upload and its end), nothing about records it did not change.
        assertThat(count("audit_event")).isEqualTo(audit + 2);
    }

    @Test
    void anOlderSurveyUploadedAgainAfterANewerOneChangesNothingAndSaysSoRowByRow() throws Exception {
        LocalDate born = LocalDate.of(1991, 3, 3);
        String citizenId = TestPeople.citizenId(born, Sex.FEMALE);
        String in2025 = HEADER + "\n" + String.join(",", citizenId, "Ly Thị Mai", "03/03/1991", "Nữ", "11", MEO_VAC,
                "Thất nghiệp", "Chưa qua đào tạo", "", "", "") + "\n";
        String in2026 = HEADER + "\n" + String.join(",", citizenId, "Ly Thị Mai", "03/03/1991", "Nữ", "11", "00694",
                "Có việc làm", "Chưa qua đào tạo", "", "", "") + "\n";
        await(upload(2025, in2025));
        await(upload(2026, in2026));
        long audit = count("audit_event");

        ImportRuns.Progress older = await(upload(2025, in2025));

        assertThat(older.updated()).isZero();
        assertThat(older.unchanged()).isEqualTo(1);
        assertThat(jdbc.sql("select commune_code || ' ' || labour_status from person where citizen_id = ?")
                .param(citizenId).query(String.class).single()).isEqualTo("00694 EMPLOYED");
        assertThat(count("audit_event")).isEqualTo(audit + 2);
        var started = mvc.perform(get("/imports/{id}/report.csv", older.run().id()).with(user(department))).andReturn();
        String report = new String(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(report).contains("Không đổi: một cuộc điều tra mới hơn");
    }

    @Test
    void aCommunesNewerSurveyIsTheAuthorityOnWhoLivesThere() throws Exception {
        // Xã Xuân Giang (01255), where no other test registers anyone: the figures before the newer survey are this
        // test's people alone (Xã Minh Ngọc, used before, also held IndicatorsTest's learner, and which ran first decided
        // the figure).
        String commune = "01255";
        LocalDate bornA = LocalDate.of(1988, 8, 8);
        LocalDate bornB = LocalDate.of(1989, 9, 9);
        String a = TestPeople.citizenId(bornA, Sex.MALE);
        String b = TestPeople.citizenId(bornB, Sex.FEMALE);
        String rowA = String.join(",", a, "Thào Văn Dê", "08/08/1988", "Nam", "11", commune, "Có việc làm",
                "Chưa qua đào tạo", "", "", "") + "\n";
        String rowB = String.join(",", b, "Thào Thị Mai", "09/09/1989", "Nữ", "11", commune, "Có việc làm",
                "Chưa qua đào tạo", "", "", "") + "\n";
        await(upload(2025, HEADER + "\n" + rowA + rowB));
        var settings = new vn.tuyenquang.workforce.indicators.IndicatorSettings(false, true,
                vn.tuyenquang.workforce.indicators.Denominator.LABOUR_FORCE);
        long population2025 = indicators.report(java.util.Optional.of(commune), 2025, settings).headline().population();
        long population2026 = indicators.report(java.util.Optional.of(commune), 2026, settings).headline().population();

        // The commune's 2026 survey lists Dê and not Mai: she leaves its population from that survey's day.
        ImportRuns.Progress newer = await(upload(2026, HEADER + "\n" + rowA));

        assertThat(indicators.report(java.util.Optional.of(commune), 2026, settings).headline().population())
                .isEqualTo(population2026 - 1);
        assertThat(indicators.report(java.util.Optional.of(commune), 2025, settings).headline().population())
                .isEqualTo(population2025);
        assertThat(runs.departures(department, newer.run().id())).containsEntry(commune, 1);
        mvc.perform(get("/imports/{id}", newer.run().id()).with(user(department)))
                .andExpect(content().string(containsString("Xã Xuân Giang: 1 người")));

        // A file of corrections to a few persons, not the whole survey, moves nobody out.
        ImportRuns.Progress corrections = await(surveys.upload(department, 2026, "sua.csv", stream(HEADER + "\n"
                + rowB.replace("Có việc làm", "Thất nghiệp").replace("," + commune + ",", "," + MEO_VAC + ",")
                .replace(b, TestPeople.citizenId(bornB, Sex.FEMALE))), false).id());
        assertThat(runs.departures(department, corrections.run().id())).isEmpty();
        // The older survey uploaded again moves nobody out of a population its newer one decided.
        ImportRuns.Progress older = await(upload(2025, HEADER + "\n" + rowA));
        assertThat(runs.departures(department, older.run().id())).isEmpty();
        // Another commune's 2026 survey lists her: she is in a population again, there.
        await(upload(2026, HEADER + "\n" + rowB.replace("," + commune + ",", "," + MEO_VAC + ",")));
        assertThat(jdbc.sql("select register_until is null from person where citizen_id = ?").param(b)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theSurveyUpdatesStatusAndResidenceButNeverOverridesACentresCertificate() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        LocalDate born = LocalDate.of(1996, 6, 6);
        String citizenId = TestPeople.citizenId(born, Sex.MALE);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(citizenId, "Lý Văn Tài", born, Sex.MALE, "02",
                "00694", null, LabourStatus.UNEMPLOYED), LocalDate.of(2024, 1, 8));
        training.complete(staff, enrolment.id(), LocalDate.of(2024, 5, 8));
        certificates.issue(staff, enrolment.id(), "SV-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2024, 5, 10));

        // The survey finds him working in Mèo Vạc and declares no training at all.
        await(upload(2025, HEADER + "\n" + citizenId + ",Lý Văn Tài,06/06/1996,Nam,02," + MEO_VAC
                + ",Có việc làm,Chưa qua đào tạo,,,\n"));

        assertThat(person(citizenId)).isEqualTo(MEO_VAC + " EMPLOYED SO_CAP true");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'person' and action = 'UPDATE'"
                + " and record_id = ? and after_state like '%EMPLOYED%'").param(enrolment.personId().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSurveyedCommuneRestsOnTheRegisterFromTheSurveyYearInsteadOfItsBaseline() throws Exception {
        String commune = "00778";
        baselines.record(department, new Baselines.Entry(commune, 2024, 5000, 2500, 1000, "Báo cáo xã 2024"));
        IndicatorSettings settings = indicators.defaultSettings();
        assertThat(indicators.report(Optional.of(commune), 2025, settings).headline())
                .isEqualTo(new Figure(5000, 2500, 1000, Source.BASELINE));

        await(upload(2025, HEADER + "\n"
                + row("Vàng Thị Mai", 1990, Sex.FEMALE, "Có việc làm", "Trung cấp", "", "", "2015", commune)
                + row("Lù Văn Sính", 1988, Sex.MALE, "Có việc làm", "Chưa qua đào tạo", "", "", "", commune)));

        assertThat(indicators.report(Optional.of(commune), 2025, settings).headline())
                .isEqualTo(new Figure(2, 1, 1, Source.REGISTER));
        // The year before the survey still rests on the baseline.
        assertThat(indicators.report(Optional.of(commune), 2024, settings).headline().source()).isEqualTo(Source.BASELINE);
    }

    @Test
    void aSurveyStoppedMidwayOrCutOffResumesWithNoRowLostAndNoneWrittenTwice() throws Exception {
        int rows = 4000;
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            file.append(row("Người Điều Tra " + i, 1960 + i % 40, i % 2 == 0 ? Sex.MALE : Sex.FEMALE, "Có việc làm",
                    "Sơ cấp", "", "", "2019", "00787"));
        }
        UUID id = upload(2025, file.toString());
        // An import this instance is running is its own, not an interrupted one.
        assertThat(interrupted.resumeInterrupted()).isZero();
        long execution = awaitFirstCommit(id);
        jobOperator.stop(execution);
        assertThat(await(id).status()).isEqualTo(BatchStatus.STOPPED);

        // An instance killed mid-import leaves its execution marked as running, owned by that instance, whose heartbeat
        // then stops: a survivor resumes it.
        jdbc.sql("update batch_job_execution set status = 'STARTED', end_time = null where job_execution_id = ?")
                .param(execution).update();
        jdbc.sql("update import_run set run_by = 'an-instance-that-stopped' where id = ?").param(id).update();
        jdbc.sql("update batch_step_execution set status = 'STARTED', end_time = null where job_execution_id = ?")
                .param(execution).update();
        assertThat(interrupted.resumeInterrupted()).isEqualTo(1);

        ImportRuns.Progress finished = await(id);
        assertThat(finished.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(finished.created()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from person where commune_code = '00787'").query(Long.class).single())
                .isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from person_qualification q join person p on p.id = q.person_id"
                + " where p.commune_code = '00787' and q.source = 'DECLARED'").query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void aFileThatIsNotASurveyIsRefusedAtOnceNamingTheMissingColumns() throws Exception {
        String graduates = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_xa,tinh_trang_viec_lam,ma_khoa_hoc,ngay_nhap_hoc\n";
        assertThatThrownBy(() -> surveys.upload(department, 2025, "hoc-vien.csv", stream(graduates)))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.survey.columns");
                    assertThat(e.detail()).isEqualTo("trinh_do_cao_nhat");
                });
        mvc.perform(multipart("/imports/surveys").file(new MockMultipartFile("file", "hoc-vien.csv", "text/csv",
                        graduates.getBytes(StandardCharsets.UTF_8))).param("surveyYear", "2025")
                        .with(user(department)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Tệp không phải tệp điều tra cung lao động theo mẫu: thiếu cột trinh_do_cao_nhat.")));
    }

    @Test
    void onlyTheDepartmentUploadsAndFollowsSurveys() throws Exception {
        UUID id = upload(2025, HEADER + "\n" + row("Chu Văn Tỉnh", 1980, Sex.MALE, "Có việc làm", "Sơ cấp", "", "", ""));
        CurrentUser officer = accounts.create(Role.COMMUNE_OFFICER);
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF);

        mvc.perform(get("/imports/surveys").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/surveys").with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/{id}", id).with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/{id}", id).with(user(department))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Điều tra cung lao động năm 2025")));
        assertThatThrownBy(() -> surveys.upload(staff, 2025, "x.csv", stream(HEADER + "\n")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static String row(String name, int birthYear, Sex sex, String status, String level, String trade,
                              String years, String attained) {
        return row(name, birthYear, sex, status, level, trade, years, attained, MEO_VAC);
    }

    private static String row(String name, int birthYear, Sex sex, String status, String level, String trade,
                              String years, String attained, String commune) {
        LocalDate born = LocalDate.of(birthYear, 3, 3);
        return String.join(",", TestPeople.citizenId(born, sex), name, "03/03/" + birthYear,
                sex == Sex.MALE ? "Nam" : "Nữ", "11", commune, status, level, trade, years, attained) + "\n";
    }

    private String person(String citizenId) {
        return jdbc.sql("select commune_code || ' ' || labour_status || ' ' || highest_level_code || ' ' || certified"
                + " from person where citizen_id = ?").param(citizenId).query(String.class).single();
    }

    private UUID upload(int year, String file) {
        return surveys.upload(department, year, "dieu-tra.csv", stream(file)).id();
    }

    private ImportRuns.Progress await(UUID importId) throws InterruptedException {
        return ImportWaits.await(runs, department, importId);
    }

    private long awaitFirstCommit(UUID importId) throws InterruptedException {
        return ImportWaits.awaitFirstCommit(runs, department, importId);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
