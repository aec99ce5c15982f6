package vn.tuyenquang.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingException;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Imports that never lose a row (issue 13): every record of a file has exactly one outcome, a value the
 * database would refuse never sinks a chunk, imports running at once keep their reports apart, CSV is read
 * as RFC 4180 records, reports never carry a live formula, and implausible rows are refused with a reason.
 */
@IntegrationTest
@Import(TestAccounts.class)
class ImportOutcomesTest {

    private static final String HEADER = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_dan_toc,ma_xa,dien_thoai,"
            + "tinh_trang_viec_lam,ma_khoa_hoc,ngay_nhap_hoc,ngay_hoan_thanh,so_chung_chi,ngay_cap";

    @Autowired
    GraduateImports imports;

    @Autowired
    SurveyImports surveys;

    @Autowired
    ImportRuns runs;

    @Autowired
    ImportFileRetention retention;

    @Autowired
    TrainingRegistry training;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CurrentUser staff;
    UUID centre;

    @BeforeEach
    void aCentreWithACourse() {
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        training.createCourse(staff, centre, new NewCourse("HAN-SC-01", "Hàn điện", "7212", "SO_CAP", 3, true));
    }

    @Test
    void aNameTooLongForTheRegisterIsReportedAndEveryGoodRowOfItsChunkLands() throws Exception {
        String file = HEADER + "\n" + rows(0, 20) + row(TestPeople.citizenId(LocalDate.of(1990, 1, 1), Sex.MALE),
                "A".repeat(121), "01/01/1990", "", "", "") + rows(20, 20);

        ImportRuns.Progress done = importAndWait(file);

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.created()).isEqualTo(40);
        assertThat(done.rejected()).isEqualTo(1);
        assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::column,
                ImportError::reasonKey).containsExactly(tuple(22, "ho_ten", "person.fullName.tooLong"));
        assertThat(enrolmentsOfCentre()).isEqualTo(40);
    }

    @Test
    void aRowTheDatabaseStillRefusesIsRejectedAloneAndTheRestOfItsChunkLands() throws Exception {
        // A rule only the database knows, standing for any refusal the row's checks could miss: the chunk is
        // written again row by row, and only the offending row is rejected.
        jdbc.sql("alter table person add constraint test_refused_name check (full_name <> 'Tên Bị Từ Chối')").update();
        try {
            String file = HEADER + "\n" + rows(0, 10) + row(TestPeople.citizenId(LocalDate.of(1991, 1, 1), Sex.MALE),
                    "Tên Bị Từ Chối", "01/01/1991", "", "", "") + rows(10, 10);

            ImportRuns.Progress done = importAndWait(file);

            assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(done.created()).isEqualTo(20);
            assertThat(done.rejected()).isEqualTo(1);
            assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::rowNumber,
                    ImportError::reasonKey).containsExactly(tuple(12, "import.row.refusedByDatabase"));
            assertThat(enrolmentsOfCentre()).isEqualTo(20);
        } finally {
            jdbc.sql("alter table person drop constraint test_refused_name").update();
        }
    }

    @Test
    void aControlCharacterOrAnImpossibleYearIsARowErrorNotAFailedImport() throws Exception {
        String file = HEADER + "\n" + rows(0, 3)
                + row(TestPeople.citizenId(LocalDate.of(1992, 2, 2), Sex.MALE), "Lê\u0000Văn", "02/02/1992", "", "", "")
                + TestPeople.citizenId(LocalDate.of(1993, 3, 3), Sex.MALE)
                + ",Lê Văn Ba,03/03/1993,Nam,01,00694,,Thất nghiệp,HAN-SC-01,+999999999-12-31,,,\n";

        ImportRuns.Progress done = importAndWait(file);

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.created()).isEqualTo(3);
        assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::column,
                ImportError::reasonKey).containsExactly(
                tuple(5, "ho_ten", "import.value.control"),
                tuple(6, "ngay_nhap_hoc", "import.value.dateRange"));
    }

    @Test
    void aQuotedCellWithALineBreakIsOneRecordAndTheReportNamesItsRowAndFirstLine() throws Exception {
        String learner = TestPeople.citizenId(LocalDate.of(1994, 4, 4), Sex.FEMALE);
        String file = HEADER + "\n"
                + learner + ",\"Nông Thị\nHoa\",04/04/1994,Nữ,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n"
                + "\"008194\n000999\",\"Tên \"\"có\"\" ngoặc, phẩy\",04/04/1994,Nữ,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n"
                + rows(0, 1);

        ImportRuns.Progress done = importAndWait(file);

        assertThat(done.run().dataRows()).isEqualTo(3);
        assertThat(done.created()).isEqualTo(2);
        assertThat(done.rejected()).isEqualTo(1);
        assertThat(jdbc.sql("select full_name from person where citizen_id = ?").param(learner).query(String.class)
                .single()).isEqualTo("Nông Thị Hoa");
        assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::firstLine,
                ImportError::column, ImportError::value).containsExactlyInAnyOrder(
                tuple(3, 4, "so_dinh_danh", "008194\n000999"),
                // quotation marks are not written in names: the cell, read whole, is refused for them too
                tuple(3, 4, "ho_ten", "Tên \"có\" ngoặc, phẩy"));
    }

    @Test
    void aSecondCertificateOnTheSameEnrolmentIsReportedNotDropped() throws Exception {
        String learner = TestPeople.citizenId(LocalDate.of(1995, 5, 5), Sex.MALE);
        String file = HEADER + "\n"
                + row(learner, "Lò Văn Năm", "05/05/1995", "30/06/2026", "SC-2026-1", "05/07/2026")
                + row(learner, "Lò Văn Năm", "05/05/1995", "30/06/2026", "KNQG-2026-9", "20/08/2026")
                + row(learner, "Lò Văn Năm", "05/05/1995", "30/06/2026", "SC-2026-1", "05/07/2026");

        ImportRuns.Progress done = importAndWait(file);

        assertThat(List.of(done.created(), done.updated(), done.unchanged(), done.rejected())).containsExactly(1L, 0L, 1L, 1L);
        assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::column,
                ImportError::reasonKey).containsExactly(tuple(3, "so_chung_chi", "certificate.enrolment.alreadyCertified"));
        assertThat(jdbc.sql("select number from certificate where centre_id = ?").param(centre).query(String.class).list())
                .containsExactly("SC-2026-1");
    }

    @Test
    void theFourOutcomesAddUpToTheFilesRecordsAndAReUploadIsAllUnchanged() throws Exception {
        String studying = TestPeople.citizenId(LocalDate.of(1996, 6, 6), Sex.MALE);
        importAndWait(HEADER + "\n" + row(studying, "Hà Văn Sáu", "06/06/1996", "", "", ""));
        String file = HEADER + "\n"
                + rows(0, 3)
                + row(studying, "Hà Văn Sáu", "06/06/1996", "30/06/2026", "SC-6", "05/07/2026")
                + "\n"
                + row(TestPeople.citizenId(LocalDate.of(1997, 7, 7), Sex.MALE), "Hà Văn Bảy", "31/02/1997", "", "", "");

        ImportRuns.Progress first = importAndWait(file);
        ImportRuns.Progress again = importAndWait(file);

        assertThat(first.run().dataRows()).isEqualTo(5);
        assertThat(List.of(first.created(), first.updated(), first.unchanged(), first.rejected()))
                .containsExactly(3L, 1L, 0L, 1L);
        assertThat(first.done()).isEqualTo(first.run().dataRows());
        assertThat(List.of(again.created(), again.updated(), again.unchanged(), again.rejected()))
                .containsExactly(0L, 0L, 4L, 1L);

        String page = mvc.perform(get("/imports/{id}", first.run().id()).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tạo mới").contains("Cập nhật").contains("Đã có, không đổi").contains("Bị từ chối")
                .contains("data-outcome=\"UPDATED\">1<");

        String report = csv(get("/imports/{id}/report.csv", first.run().id()));
        assertThat(report.lines().skip(1).toList()).hasSize(5);
        assertThat(report).startsWith("\uFEFF\"Dòng\",\"Dòng trong tệp\",\"Kết quả\",\"Cột\",\"Giá trị\",\"Lý do\"")
                .contains("\"2\",\"2\",\"Tạo mới\"").contains("\"5\",\"5\",\"Cập nhật\"")
                .contains("\"7\",\"7\",\"Bị từ chối\",\"ngay_sinh\",\"31/02/1997\",\"Ngày không hợp lệ");

        MvcResult xlsx = mvc.perform(get("/imports/{id}/report.xlsx", first.run().id()).with(user(staff))).andReturn();
        byte[] workbook = mvc.perform(asyncDispatch(xlsx)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Báo cáo nhập");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Kết quả");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Bị từ chối");
        }
    }

    @Test
    void aFormulaInARejectedRowComesBackAsTextInTheReports() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"bấm\")";
        String file = HEADER + "\n"
                + "\"" + formula.replace("\"", "\"\"") + "\",Tên,01/01/1990,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n"
                + "=cmd|' /C calc'!A0,@SUM(1),01/01/1990,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n";

        ImportRuns.Progress done = importAndWait(file);

        assertThat(done.rejected()).isEqualTo(2);
        String errors = csv(get("/imports/{id}/errors.csv", done.run().id()));
        assertThat(errors).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"bấm\"\")\"")
                .contains("\"'=cmd|' /C calc'!A0\"").doesNotContain(",\"=").doesNotContain(",\"@");
        String report = csv(get("/imports/{id}/report.csv", done.run().id()));
        assertThat(report).contains("\"'=cmd|' /C calc'!A0\"").doesNotContain(",\"=").doesNotContain(",\"@");
    }

    @Test
    void aCitizenIdThatLostItsLeadingZeroInASpreadsheetSaysSoAndHowToMendIt() throws Exception {
        ImportRuns.Progress done = importAndWait(HEADER + "\n"
                + "8090001234,Tên,01/01/1990,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n");

        assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::reasonKey)
                .containsExactly("citizenId.leadingZeroLost");
        String page = mvc.perform(get("/imports/{id}", done.run().id()).with(user(staff)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("bỏ số 0 ở đầu").contains("Văn bản (Text)");
    }

    @Test
    void aLearnerTooYoungOrEnrolledBeforeBirthIsRefusedAndOneOfMinimumAgeIsNot() throws Exception {
        String fifteen = TestPeople.citizenId(LocalDate.of(2011, 3, 2), Sex.MALE);
        String fourteen = TestPeople.citizenId(LocalDate.of(2011, 3, 3), Sex.MALE);
        String unborn = TestPeople.citizenId(LocalDate.of(1990, 1, 1), Sex.MALE);
        ImportRuns.Progress done = importAndWait(HEADER + "\n"
                + row(fifteen, "Đủ Tuổi", "02/03/2011", "", "", "")
                + row(fourteen, "Thiếu Tuổi", "03/03/2011", "", "", "")
                + unborn + ",Chưa Sinh,01/01/1990,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/1950,,,\n"
                + unborn + ",Chưa Sinh,01/01/1990,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/1800,,,\n");

        assertThat(done.created()).isEqualTo(1);
        assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::column,
                ImportError::reasonKey).containsExactly(
                tuple(3, "ngay_nhap_hoc", "enrolment.tooYoung"),
                tuple(4, "ngay_nhap_hoc", "enrolment.beforeBirth"),
                tuple(5, "ngay_nhap_hoc", "import.value.dateRange"));
        assertThat(count("person where citizen_id = '" + fifteen + "'")).isEqualTo(1);
    }

    @Test
    void aCompletionBeforeEnrolmentIsRefusedAndOneOnTheEnrolmentDayIsNot() throws Exception {
        ImportRuns.Progress done = importAndWait(HEADER + "\n"
                + row(TestPeople.citizenId(LocalDate.of(1990, 2, 2), Sex.MALE), "Cùng Ngày", "02/02/1990", "02/03/2026", "", "")
                + row(TestPeople.citizenId(LocalDate.of(1990, 2, 3), Sex.MALE), "Trước Ngày", "03/02/1990", "01/03/2026", "", ""));

        assertThat(done.created()).isEqualTo(1);
        assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::column,
                ImportError::reasonKey).containsExactly(tuple(3, "ngay_hoan_thanh", "enrolment.beforeEnrolment"));
    }

    @Test
    void aSurveyRowWithANameTooLongIsRejectedAloneAndTheRestOfTheSurveyLands() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        StringBuilder survey = new StringBuilder(SurveyImportTest.HEADER + "\n");
        for (int i = 0; i < 5; i++) {
            survey.append(TestPeople.citizenId(LocalDate.of(1985, 1, 1 + i), Sex.MALE)).append(",Người Khảo Sát ").append(i)
                    .append(",").append(String.format("%02d/01/1985", 1 + i)).append(",Nam,01,00808,Thất nghiệp,Sơ cấp,,,\n");
        }
        survey.insert(survey.indexOf("\n") + 1, TestPeople.citizenId(LocalDate.of(1985, 2, 1), Sex.MALE) + ","
                + "B".repeat(121) + ",01/02/1985,Nam,01,00808,Thất nghiệp,Sơ cấp,,,\n");

        ImportRuns.Progress done = ImportWaits.await(runs, department,
                surveys.upload(department, 2025, "khao-sat.csv", stream(survey.toString())).id());

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(List.of(done.created(), done.rejected())).containsExactly(5L, 1L);
        assertThat(runs.errors(department, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::reasonKey)
                .containsExactly(tuple(2, "person.fullName.tooLong"));
    }

    @Test
    void anEnrolmentBeforeBirthIsRefusedOnTheForm() {
        UUID course = training.courses(staff, centre).get(0).id();
        assertThatThrownBy(() -> training.enrol(staff, course, TestPeople.person("Trước Khi Sinh",
                LocalDate.of(2000, 5, 5), Sex.MALE), LocalDate.of(1999, 1, 1)))
                .hasMessage("enrolment.beforeBirth");
        assertThatThrownBy(() -> training.enrol(staff, course, TestPeople.person("Mười Bốn Tuổi",
                LocalDate.of(2012, 5, 5), Sex.MALE), LocalDate.of(2026, 5, 4)))
                .hasMessage("enrolment.tooYoung");
        assertThat(training.enrol(staff, course, TestPeople.person("Mười Lăm Tuổi",
                LocalDate.of(2011, 5, 4), Sex.MALE), LocalDate.of(2026, 5, 4)).status().name()).isEqualTo("ENROLLED");
    }

    @Test
    void aCoursesDurationMustFitItsLevelAndACourseIsAlwaysTraining() {
        record Case(String level, int months, String refusal) {
        }
        List<Case> cases = List.of(
                new Case("SO_CAP", 3, null), new Case("SO_CAP", 1, "course.duration.tooShort"),
                new Case("TRUNG_CAP", 12, null), new Case("TRUNG_CAP", 11, "course.duration.tooShort"),
                new Case("CAO_DANG", 24, null), new Case("CAO_DANG", 18, "course.duration.tooShort"),
                new Case("CONTINUING_UNDER_3M", 2, null),
                new Case("CONTINUING_UNDER_3M", 48, "course.duration.shortCourse"),
                new Case("NONE", 3, "course.level.notTraining"), new Case("ON_THE_JOB", 6, "course.level.notTraining"));
        int n = 0;
        for (Case c : cases) {
            NewCourse course = new NewCourse("C-" + n++, "Khóa " + c.level(), "7212", c.level(), c.months(), true);
            if (c.refusal() == null) {
                assertThat(training.createCourse(staff, centre, course).levelCode()).isEqualTo(c.level());
            } else {
                assertThatThrownBy(() -> training.createCourse(staff, centre, course))
                        .as(c.toString()).isInstanceOf(TrainingException.class).hasMessage(c.refusal());
            }
        }
    }

    @Test
    void fourImportsAtOnceKeepTheirCountsAndReportsApart() throws Exception {
        List<CurrentUser> staffs = new ArrayList<>();
        List<UUID> centres = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID other = accounts.newCentre();
            CurrentUser user = accounts.create(Role.CENTRE_STAFF, other);
            training.createCourse(user, other, new NewCourse("HAN-SC-01", "Hàn điện", "7212", "SO_CAP", 3, true));
            staffs.add(user);
            centres.add(other);
        }
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        // Each file has its own number of good rows and its own bad rows, marked by the centre's name.
        List<Callable<ImportRun>> uploads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int index = i;
            String file = HEADER + "\n" + rows(1000 * i, 1500 + 300 * i) + badRows("Trung Tâm " + i, 2 + i);
            uploads.add(() -> imports.upload(staffs.get(index), centres.get(index), "c" + index + ".csv",
                    stream(file)));
        }
        StringBuilder survey = new StringBuilder(SurveyImportTest.HEADER + "\n");
        for (int i = 0; i < 1200; i++) {
            survey.append(TestPeople.citizenId(LocalDate.of(1980 + i % 20, 1, 1 + i % 28), Sex.FEMALE))
                    .append(",Người Điều Tra ").append(i).append(",").append(String.format("%02d/01/%d", 1 + i % 28, 1980 + i % 20))
                    .append(",Nữ,01,00808,Có việc làm,Sơ cấp,7212,,\n");
        }
        survey.append("008180000000,Điều Tra Lỗi,30/02/1980,Nữ,01,00808,Có việc làm,Sơ cấp,7212,,\n");
        uploads.add(() -> surveys.upload(department, 2025, "survey.csv", stream(survey.toString())));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ImportRun>> started = pool.invokeAll(uploads);
        pool.shutdown();
        List<ImportRuns.Progress> done = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CurrentUser who = i < 3 ? staffs.get(i) : department;
            done.add(ImportWaits.await(runs, who, started.get(i).get().id()));
        }

        for (int i = 0; i < 3; i++) {
            ImportRuns.Progress progress = done.get(i);
            assertThat(progress.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(progress.created()).isEqualTo(1500 + 300 * i);
            assertThat(progress.rejected()).isEqualTo(2 + i);
            assertThat(progress.done()).isEqualTo(progress.run().dataRows());
            String name = "Trung Tâm " + i;
            assertThat(runs.errors(staffs.get(i), progress.run().id(), 100)).hasSize(2 + i)
                    .allSatisfy(error -> assertThat(error.value()).contains(name));
        }
        assertThat(done.get(3).created()).isEqualTo(1200);
        assertThat(done.get(3).rejected()).isEqualTo(1);
        assertThat(runs.errors(department, done.get(3).run().id(), 10)).extracting(ImportError::value)
                .containsExactly("30/02/1980");
    }

    @Test
    void aLargeFileIsWrittenByTwoWorkersAndALearnerInBothHalvesIsRecordedOnce() throws Exception {
        String twice = TestPeople.citizenId(LocalDate.of(1999, 9, 9), Sex.FEMALE);
        String file = HEADER + "\n" + row(twice, "Lục Thị Chín", "09/09/1999", "", "", "").replace(",Nam,", ",Nữ,")
                + rows(0, 11_998)
                + row(twice, "Lục Thị Chín", "09/09/1999", "30/06/2026", "TWICE-9", "05/07/2026").replace(",Nam,", ",Nữ,");

        ImportRuns.Progress done = importAndWait(file);

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("""
                        select count(*) from batch_step_execution
                        where job_execution_id = ? and step_name like 'importGraduates:records%'""")
                .param(done.run().jobExecutionId()).query(Long.class).single()).isEqualTo(2);
        // Whichever half came first created the learner's enrolment; the other found it.
        assertThat(done.created()).isEqualTo(11_999);
        assertThat(done.updated() + done.unchanged()).isEqualTo(1);
        assertThat(done.done()).isEqualTo(12_000);
        assertThat(count("person where citizen_id = '" + twice + "'")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from certificate c join person p on p.id = c.person_id where p.citizen_id = ?")
                .param(twice).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyRecordAnImportWritesNamesItsImportAndRowAndTheImportIsAuditedOnce() throws Exception {
        String learner = TestPeople.citizenId(LocalDate.of(1998, 8, 8), Sex.MALE);
        long auditBefore = count("audit_event");
        ImportRuns.Progress done = importAndWait(HEADER + "\n" + rows(0, 2)
                + row(learner, "Mạc Văn Tám", "08/08/1998", "30/06/2026", "SC-8", "05/07/2026"));
        UUID id = done.run().id();

        assertThat(jdbc.sql("select import_id, import_row from person where citizen_id = ?").param(learner)
                .query((rs, n) -> List.of(rs.getObject(1), rs.getInt(2))).single()).containsExactly(id, 4);
        assertThat(jdbc.sql("""
                        select count(*) from certificate c join enrolment e on e.id = c.enrolment_id
                        join person_qualification q on q.source_ref = cast(c.id as varchar)
                        where c.number = 'SC-8' and c.import_id = ? and c.import_row = 4 and e.import_id = ?
                          and e.import_row = 4 and q.import_id = ? and q.import_row = 4""")
                .params(id, id, id).query(Long.class).single()).isEqualTo(1);
        // The upload (file, SHA-256, records) and its end (the four counts): two events, not one per record.
        assertThat(count("audit_event") - auditBefore).isEqualTo(2);
        assertThat(done.run().fileSha256()).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("select highest_level_code from person where citizen_id = ?").param(learner)
                .query(String.class).single()).isEqualTo("SO_CAP");
    }

    @Test
    void anUploadedFileIsReadableOnlyByTheApplicationAndDeletedWhenItsRetentionEnds() throws Exception {
        ImportRuns.Progress done = importAndWait(HEADER + "\n" + rows(0, 1));
        Path file = Path.of(done.run().storedPath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(mvc.perform(get("/imports/{id}", done.run().id()).with(user(staff))).andReturn().getResponse()
                .getContentAsString()).contains("được giữ làm bằng chứng đến");

        assertThat(retention.deleteFilesEndedBefore(Instant.now().plusSeconds(60))).isGreaterThanOrEqualTo(1);

        assertThat(file).doesNotExist();
        ImportRuns.Progress after = runs.progress(staff, done.run().id());
        assertThat(after.run().fileDeletedAt()).isNotNull();
        assertThat(mvc.perform(get("/imports/{id}", done.run().id()).with(user(staff))).andReturn().getResponse()
                .getContentAsString()).contains("Tệp gốc đã được xóa ngày");
        assertThat(runs.errors(staff, done.run().id(), 10)).isEmpty();
    }

    @Test
    void theUploadFormStatesItsLimitAndAFileOverItGetsAPageSayingSo() throws Exception {
        assertThat(mvc.perform(get("/imports/graduates/{id}", centre).with(user(staff))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Tệp tối đa 200 MB.");
        // Raised while the request is read, before any controller: the page comes from the global advice.
        var page = new vn.tuyenquang.workforce.imports.web.UploadLimitProbe().tooLarge();
        assertThat(page.getStatus().value()).isEqualTo(413);
        assertThat(page.getModel()).containsEntry("messageKey", "imports.file.tooLarge").containsEntry("messageArgument", 200L);
    }

    @Test
    void aWorkbookThatExpandsBeyondItsBoundIsRefusedBeforeAnythingIsWritten() throws Exception {
        // A "zip bomb": 1.6 GB of XML squeezed into a couple of megabytes.
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.setLevel(9);
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 1600; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        long files = Files.list(Path.of("data/imports")).count();

        assertThatThrownBy(() -> imports.upload(staff, centre, "bom.xlsx", new ByteArrayInputStream(bomb.toByteArray())))
                .isInstanceOf(ImportFileException.class).hasMessage("import.file.sheetTooLarge");
        assertThat(Files.list(Path.of("data/imports")).count()).isEqualTo(files);
    }

    @Test
    void anUnknownImportIsNotFoundNotAnError() throws Exception {
        UUID unknown = UUID.randomUUID();
        String page = mvc.perform(get("/imports/{id}", unknown).with(user(staff)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Không tìm thấy lần nhập này");
        mvc.perform(get("/imports/{id}/errors.csv", unknown).with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/imports/{id}/report.csv", unknown).with(user(staff))).andExpect(status().isNotFound());
    }

    private String csv(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
                .with(user(staff))).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** {@code n} learners of HAN-SC-01, enrolled and certified, numbered from {@code from}. */
    private static String rows(int from, int n) {
        StringBuilder rows = new StringBuilder();
        String batch = UUID.randomUUID().toString().substring(0, 6);
        for (int i = from; i < from + n; i++) {
            LocalDate born = LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 28);
            rows.append(row(TestPeople.citizenId(born, Sex.MALE), "Người Thử " + i,
                    String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear()),
                    "30/06/2026", "B" + batch + "-" + i, "05/07/2026"));
        }
        return rows.toString();
    }

    private static String badRows(String marker, int n) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rows.append(row(TestPeople.citizenId(LocalDate.of(1990, 1, 1), Sex.MALE), marker + " " + i, "31/02/1990",
                    "", "", "").replace("31/02/1990", marker + " 31/02/1990"));
        }
        return rows.toString();
    }

    private static String row(String citizenId, String name, String born, String completed, String certificate,
                              String issued) {
        return citizenId + ",\"" + name.replace("\"", "\"\"") + "\"," + born + ",Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,"
                + completed + "," + certificate + "," + issued + "\n";
    }

    private ImportRuns.Progress importAndWait(String file) throws InterruptedException {
        ImportRun run = imports.upload(staff, centre, "hoc-vien.csv", stream(file));
        return ImportWaits.await(runs, staff, run.id());
    }

    private long enrolmentsOfCentre() {
        return jdbc.sql("select count(*) from enrolment e join course c on c.id = e.course_id where c.centre_id = ?")
                .param(centre).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
