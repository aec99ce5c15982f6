package vn.tuyenquang.workforce.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.RegisterImports;
import vn.tuyenquang.workforce.people.SurveyedStatus;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The indicator pages as their readers see them, on two people of Xã Sà Phìn (00733), where no other
 * test records anyone: Lò Văn Sáng, certified in 2025, and Giàng Thị Mai, untrained: 1 of 2 trained
 * and certified, 50,0 %. The snapshot test records one more person, in Xã Lũng Phìn (00763).
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorPagesTest {

    static final String SA_PHIN = "00733";
    static final String LUNG_PHIN = "00763";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    Snapshots snapshots;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImports registerImports;

    CurrentUser department;
    CurrentUser staff;
    UUID course;

    @BeforeAll
    void twoPeopleOfSaPhin() {
        department = accounts.create(Role.DEPARTMENT);
        UUID centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        course = accounts.newCourse(staff, centre, "Điện dân dụng", "7411");
        UUID sang = certify(person("Lò Văn Sáng", LocalDate.of(1994, 2, 3), Sex.MALE), LocalDate.of(2025, 6, 30));
        UUID mai = training.enrol(staff, course, person("Giàng Thị Mai", LocalDate.of(1997, 5, 6), Sex.FEMALE),
                LocalDate.of(2026, 9, 1)).personId();
        // The commune's 2020 labour-supply survey met them both: they are its population from that year.
        registerImports.updateFromSurvey(List.of(new SurveyedStatus(sang, SA_PHIN, LabourStatus.EMPLOYED),
                new SurveyedStatus(mai, SA_PHIN, LabourStatus.EMPLOYED)), Map.of(), LocalDate.of(2020, 12, 31));
        // A learner the survey has not met: in no denominator, and said so.
        training.enrol(staff, course, person("Sùng Văn Dế", LocalDate.of(2001, 7, 8), Sex.MALE), LocalDate.of(2026, 9, 1));
    }

    @Test
    void theDepartmentSeesACommunesRatesAsNumeratorDenominatorAndPercentage() throws Exception {
        mvc.perform(get("/indicators").param("commune", SA_PHIN).param("year", "2026").with(user(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Sà Phìn")))
                .andExpect(content().string(containsString("50,0\u00a0%")))
                .andExpect(content().string(containsString("1 / 2 người")))
                .andExpect(content().string(containsString("Mục tiêu 72% vào năm 2030")))
                .andExpect(content().string(containsString("mẫu số là lực lượng lao động từ 15 tuổi trở lên")))
                .andExpect(content().string(containsString("với tình trạng việc làm tại ngày đó")))
                .andExpect(content().string(containsString(
                        "1 học viên chỉ có trong hồ sơ của cơ sở đào tạo, chưa khớp với điều tra cung lao động")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*/dist/chart\\.umd-[0-9a-f]{32}\\.js.*")))
                .andExpect(content().string(containsString("data-chart=\"{&quot;years&quot;:[2025,2026,2027,2028,2029,2030]")));
        // The charting library is served by the application itself, and so is the script that draws with it.
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/js/indicators.js")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"));
    }

    @Test
    void theProvinceTableDrillsDownToEachCommune() throws Exception {
        mvc.perform(get("/indicators").param("year", "2026").with(user(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Theo xã, phường")))
                .andExpect(content().string(containsString("/indicators?commune=" + SA_PHIN + "&amp;year=2026")))
                .andExpect(content().string(containsString("class=\"commune-map")));
        // A commune's own page has no province map.
        mvc.perform(get("/indicators").param("commune", SA_PHIN).param("year", "2026").with(user(department)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"commune-map"))));
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirOwnCommune() throws Exception {
        CurrentUser officer = accounts.create(Role.COMMUNE_OFFICER);

        mvc.perform(get("/indicators").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Hà Giang 1")))
                .andExpect(content().string(not(containsString("Theo xã, phường"))));
        mvc.perform(get("/indicators").param("commune", SA_PHIN).with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/export.xlsx").param("commune", SA_PHIN).with(user(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/indicators/baselines").with(user(officer))).andExpect(status().isForbidden());
    }

    @Test
    void theWorkbookSaysWhatItIsAndHoldsEveryTableInVietnameseWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get("/indicators/export.xlsx").param("commune", SA_PHIN).param("year", "2026")
                        .param("shortCourses", "true").with(user(department)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("ty-le-qua-dao-tao-2026-00733-bao-cao.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // A first sheet says what the workbook is; every sheet is named in the reader's language.
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            Sheet about = workbook.getSheetAt(0);
            assertThat(about.getSheetName()).isEqualTo("Thông tin báo cáo");
            assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026");
            assertThat(about.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Xã Sà Phìn");
            assertThat(about.getRow(3).getCell(1).getStringCellValue()).contains("khóa đào tạo dưới 3 tháng: có tính");
            assertThat(about.getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo("2 người: lực lượng lao động từ 15 tuổi trở lên, tính đến ngày 31/12/2026");
            assertThat(about.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Sổ lao động");
            Sheet trend = workbook.getSheet("Theo năm");
            assertThat(trend.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Theo năm");
            assertThat(trend.getRow(1).getCell(0).getStringCellValue()).contains("khóa đào tạo dưới 3 tháng: có tính");
            Row y2026 = trend.getRow(5);
            assertThat(y2026.getCell(0).getStringCellValue()).isEqualTo("2026");
            assertThat(y2026.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(y2026.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(y2026.getCell(3).getNumericCellValue()).isEqualTo(50.0);
            Sheet sex = workbook.getSheet("Theo giới tính");
            assertThat(sex.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Giới tính");
            assertThat(sex.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Nam");
            assertThat(sex.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(sex.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Nữ");
            assertThat(sex.getRow(5).getCell(2).getNumericCellValue()).isZero();
        }
    }

    @Test
    void eachTableDownloadsAsCsvReadableBySpreadsheets() throws Exception {
        String csv = mvc.perform(get("/indicators/export.csv").param("table", "age").param("commune", SA_PHIN)
                        .param("year", "2026").with(user(department)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF\"Theo nhóm tuổi\"");
        assertThat(csv).contains("\"25–34\",\"2\",\"1\",\"50.0\",\"1\",\"50.0\",\"Sổ lao động\"");
    }

    @Test
    void aFrozenYearKeepsItsFiguresWhileTodaysChange() throws Exception {
        // Freezing asks first, showing what it would freeze; only the confirmed request freezes.
        mvc.perform(post("/indicators/snapshots").param("year", "2023").with(user(department)).with(csrf()))
                .andExpect(redirectedUrl("/indicators/snapshots/new?year=2023&shortCourses=false&informalSkills=true&denominator=LABOUR_FORCE&nationalSkillCertificates=TRAINED_AFTER_THREE_YEARS&workersAbroad=OUTSIDE_LABOUR_FORCE"));
        assertThat(snapshots.find(2023)).isEmpty();
        mvc.perform(get("/indicators/snapshots/new").param("year", "2023").with(user(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xác nhận chốt số liệu năm 2023")))
                .andExpect(content().string(containsString("mẫu số là lực lượng lao động từ 15 tuổi trở lên")));
        mvc.perform(post("/indicators/snapshots").param("year", "2023").param("confirmed", "true")
                        .with(user(department)).with(csrf()))
                .andExpect(redirectedUrl("/indicators/snapshots/2023"))
                .andExpect(flash().attribute("message", "indicators.snapshot.done"));
        assertThat(figureOf(SA_PHIN, snapshots.get(2023).report())).isEqualTo(new Figure(2, 0, 0, Source.REGISTER));
        assertThat(figureOf(LUNG_PHIN, snapshots.get(2023).report())).isEqualTo(Figure.NONE);

        // A certificate dated 2023 and the 2023 survey that met its holder, both recorded after the freeze, change today's
        // 2023 figure and not the frozen one.
        Enrolment late = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(LocalDate.of(1990, 1, 1), Sex.MALE),
                "Vàng Văn Páo", LocalDate.of(1990, 1, 1), Sex.MALE, "03", LUNG_PHIN, null, LabourStatus.EMPLOYED),
                LocalDate.of(2023, 1, 10));
        training.complete(staff, late.id(), LocalDate.of(2023, 4, 10));
        certificates.issue(staff, late.id(), "SP-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2023, 4, 15));
        registerImports.updateFromSurvey(List.of(new SurveyedStatus(late.personId(), LUNG_PHIN, LabourStatus.EMPLOYED)),
                Map.of(), LocalDate.of(2023, 12, 31));

        assertThat(figureOf(LUNG_PHIN, snapshots.get(2023).report())).isEqualTo(Figure.NONE);
        assertThat(figureOf(LUNG_PHIN, indicators.report(Optional.empty(), 2023, snapshots.get(2023).report().settings())))
                .isEqualTo(new Figure(1, 1, 1, Source.REGISTER));
        mvc.perform(get("/indicators/snapshots/2023").with(user(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số liệu hôm nay khác với bản đã chốt.")))
                .andExpect(content().string(containsString("Bản chốt chính thức")))
                .andExpect(content().string(containsString("Xã Lũng Phìn")));

        mvc.perform(post("/indicators/snapshots").param("year", "2023").param("confirmed", "true")
                        .with(user(department)).with(csrf()))
                .andExpect(flash().attribute("problem", "indicators.snapshot.exists"));
        assertThatThrownBy(() -> jdbc.sql("update indicator_snapshot set report = '{}' where report_year = 2023").update())
                .hasMessageContaining("frozen");
    }

    @Test
    void aBaselineWithImpossibleCountsIsShownAgainWithTheReasonBesideTheField() throws Exception {
        mvc.perform(post("/indicators/baselines").with(user(department)).with(csrf())
                        .param("communeCode", "00745").param("year", "2025").param("labourForce", "100")
                        .param("trained", "120").param("certified", "10").param("sourceNote", "Điều tra 2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số người qua đào tạo không thể lớn hơn lực lượng lao động.")));
        mvc.perform(post("/indicators/baselines").with(user(department)).with(csrf())
                        .param("communeCode", "").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")));
        assertThat(jdbc.sql("select count(*) from commune_baseline where commune_code = '00745'").query(Long.class).single())
                .isZero();

        mvc.perform(post("/indicators/baselines").with(user(department)).with(csrf())
                        .param("communeCode", "00745").param("year", "2025").param("labourForce", "100")
                        .param("trained", "60").param("certified", "10").param("sourceNote", "Điều tra 2025"))
                .andExpect(redirectedUrl("/indicators/baselines"));
        mvc.perform(get("/indicators").param("commune", "00745").param("year", "2026").with(user(department)))
                .andExpect(content().string(containsString("60,0\u00a0%")))
                .andExpect(content().string(containsString("Số liệu nền")));
    }

    @Test
    void theDepartmentSetsACommunesOwnTargetsWithAReasonAndTheCommunesPageSaysSo() throws Exception {
        mvc.perform(post("/indicators/targets").with(user(department)).with(csrf())
                        .param("communeCode", "").param("trained", "120").param("certified", "").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
                .andExpect(content().string(containsString("Vui lòng chọn một giá trị.")));
        mvc.perform(post("/indicators/targets").with(user(accounts.create(Role.COMMUNE_OFFICER))).with(csrf())
                        .param("communeCode", LUNG_PHIN).param("trained", "90").param("certified", "40").param("reason", "x"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/indicators/targets").with(user(department)).with(csrf())
                        .param("communeCode", LUNG_PHIN).param("trained", "60").param("certified", "25")
                        .param("reason", "Xã biên giới, nhiều hộ nghèo"))
                .andExpect(redirectedUrl("/indicators/baselines"));
        mvc.perform(get("/indicators/baselines").with(user(department)))
                .andExpect(content().string(containsString("Xã biên giới, nhiều hộ nghèo")))
                .andExpect(content().string(containsString("60,0\u00a0%")));
        mvc.perform(get("/indicators").param("commune", LUNG_PHIN).with(user(department)))
                .andExpect(content().string(containsString("Mục tiêu riêng của xã, phường: 60% qua đào tạo, 25% có bằng cấp, chứng chỉ")));
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'commune_target' and record_id = ?")
                .param(LUNG_PHIN).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theProvincesMapAndTablesShowEveryChangeMadeSinceTheyWereLastShown() throws Exception {
        // Xã Thắng Mố (00829): nobody else records anyone there. Shown once with nobody, then after a certified
        // worker met by its survey, then after the department records Xã Bạch Đích's (00832) baseline.
        assertThat(mapTip("00829", provincePage())).isEqualTo("Xã Thắng Mố: Chưa có số liệu");
        assertThat(mapTip("00832", provincePage())).isEqualTo("Xã Bạch Đích: Chưa có số liệu");
        assertThat(workbookPopulationOf("Xã Thắng Mố")).isZero();

        Enrolment worker = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(LocalDate.of(1992, 3, 4), Sex.FEMALE),
                "Lục Thị Hoa", LocalDate.of(1992, 3, 4), Sex.FEMALE, "03", "00829", null, LabourStatus.EMPLOYED),
                LocalDate.of(2026, 1, 5));
        training.complete(staff, worker.id(), LocalDate.of(2026, 4, 5));
        certificates.issue(staff, worker.id(), "TM-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2026, 4, 6));
        registerImports.updateFromSurvey(List.of(new SurveyedStatus(worker.personId(), "00829", LabourStatus.EMPLOYED)),
                Map.of(), LocalDate.of(2026, 6, 30));
        String afterTheWorker = provincePage();
        assertThat(mapTip("00829", afterTheWorker)).isEqualTo("Xã Thắng Mố: 100,0\u00a0%");
        // Its line in the communes' table: 1 person, 1 trained, 100,0 %.
        assertThat(afterTheWorker.replaceAll("\\s+", " ")).contains(">Xã Thắng Mố</a> </td> <td data-sort=\"Xã\"> Xã </td>"
                + " <td data-sort=\"1\" class=\"text-end\"> 1 </td> <td data-sort=\"1\" class=\"text-end\"> 1 </td>"
                + " <td data-sort=\"100.0\" class=\"text-end\"> 100,0 </td>");

        assertThat(workbookPopulationOf("Xã Thắng Mố")).isEqualTo(1);

        mvc.perform(post("/indicators/baselines").with(user(department)).with(csrf())
                        .param("communeCode", "00832").param("year", "2025").param("labourForce", "400")
                        .param("trained", "300").param("certified", "100").param("sourceNote", "Điều tra 2025"))
                .andExpect(redirectedUrl("/indicators/baselines"));
        assertThat(mapTip("00832", provincePage())).isEqualTo("Xã Bạch Đích: 75,0\u00a0%");
    }

        @Test
    void aYearOutOfRangeIsRefusedWithItsReason() throws Exception {
        mvc.perform(get("/indicators").param("year", "1990").with(user(department)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Năm báo cáo phải từ 2015 đến năm hiện tại.")));
    }

    private String provincePage() throws Exception {
        return mvc.perform(get("/indicators").param("year", "2026").with(user(department)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A commune's population in the province's workbook (its communes' sheet). */
    private double workbookPopulationOf(String commune) throws Exception {
        byte[] xlsx = mvc.perform(get("/indicators/export.xlsx").param("year", "2026").with(user(department)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet communes = workbook.getSheetAt(1);
            for (Row row : communes) {
                if (row.getCell(1) != null && commune.equals(row.getCell(1).getStringCellValue())) {
                    return row.getCell(3).getNumericCellValue();
                }
            }
        }
        throw new AssertionError(commune + " is not in the workbook");
    }

    /** What the province's map says of a commune (its tooltip), up to its status against the path. */
    private static String mapTip(String commune, String page) {
        Matcher tip = Pattern.compile("data-commune=\"" + commune + "\" aria-label=\"([^\"(]*?) \\(").matcher(page);
        assertThat(tip.find()).as("the map names commune " + commune).isTrue();
        return tip.group(1);
    }

    private static Figure figureOf(String commune, IndicatorReport report) {
        return report.communes().stream().filter(c -> c.code().equals(commune)).findFirst().orElseThrow().figure();
    }

    private NewPerson person(String name, LocalDate born, Sex sex) {
        return new NewPerson(TestPeople.citizenId(born, sex), name, born, sex, "03", SA_PHIN, null, LabourStatus.EMPLOYED);
    }

    private UUID certify(NewPerson person, LocalDate on) {
        Enrolment enrolment = training.enrol(staff, course, person, on.minusMonths(4));
        training.complete(staff, enrolment.id(), on);
        certificates.issue(staff, enrolment.id(), "SP-" + UUID.randomUUID().toString().substring(0, 8), on);
        return enrolment.personId();
    }
}
