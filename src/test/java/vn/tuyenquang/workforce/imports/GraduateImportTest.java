package vn.tuyenquang.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.programmes.FundingProgramme;
import vn.tuyenquang.workforce.programmes.FundingProgrammes;
import vn.tuyenquang.workforce.programmes.ProgrammeForm;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingRegistry;

@IntegrationTest
@Import(TestAccounts.class)
class GraduateImportTest {

    static final String HEADER = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_dan_toc,ma_xa,dien_thoai,"
            + "tinh_trang_viec_lam,ma_khoa_hoc,ngay_nhap_hoc,ngay_hoan_thanh,so_chung_chi,ngay_cap";

    @Autowired
    GraduateImports imports;

    @Autowired
    ImportRuns runs;

    @Autowired
    InterruptedImports interrupted;

    @Autowired
    TrainingRegistry training;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    FundingProgrammes programmes;

    CurrentUser staff;
    UUID centre;

    @BeforeEach
    void aCentreWithTwoCourses() {
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        training.createCourse(staff, centre, new NewCourse("HAN-SC-01", "Hàn điện", "7212", "SO_CAP", 3, true));
        training.createCourse(staff, centre, new NewCourse("MAY-SC-02", "May công nghiệp", "7533", "SO_CAP", 3, true));
    }

    @Test
    void aMixedFileKeepsEveryGoodRowAndReportsEachBadOneWithItsColumnAndReason() throws Exception {
        String an = TestPeople.citizenId(LocalDate.of(1990, 5, 1), Sex.MALE);
        String xuan = TestPeople.citizenId(LocalDate.of(1995, 10, 20), Sex.FEMALE);
        String hoa = TestPeople.citizenId(LocalDate.of(2001, 1, 15), Sex.FEMALE);
        String file = HEADER + "\n"
                + an + ",Nguyễn Văn An,01/05/1990,Nam,01,00694,0912345678,Thất nghiệp,HAN-SC-01,02/03/2026,30/06/2026,SC-1,05/07/2026\n"
                + xuan + ",Lò Thị Xuân,20/10/1995,Nữ,02,00700,,Có việc làm,HAN-SC-01,02/03/2026,30/06/2026,SC-2,05/07/2026\n"
                + hoa + ",Ma Thị Hoà,2001-01-15,nu,02,00706,,that nghiep,MAY-SC-02,02/03/2026,,,\n"
                + "008199000105,Hoàng Văn Bình,09/09/1999,Nam,02,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n"
                + "008096000106,Triệu Thị Mai,31/02/1996,Nữ,09,00694,,Đi học,HAN-SC-01,02/03/2026,,,\n"
                + TestPeople.citizenId(LocalDate.of(1990, 1, 1), Sex.MALE)
                + ",NguyÔn V¨n Hïng,01/01/1990,Nam,01,00694,,Thất nghiệp,XYZ-99,02/03/2026,,,\n";

        ImportRuns.Progress done = importAndWait(file);

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.done()).isEqualTo(6);
        assertThat(done.created()).isEqualTo(3);
        assertThat(done.rejected()).isEqualTo(3);
        assertThat(jdbc.sql("select full_name from person where citizen_id = ?").param(hoa).query(String.class).single())
                .isEqualTo("Ma Thị Hòa");
        assertThat(jdbc.sql("select highest_level_code from person where citizen_id = ?").param(an).query(String.class)
                .single()).isEqualTo("SO_CAP");
        assertThat(jdbc.sql("select count(*) from certificate where centre_id = ?").param(centre).query(Long.class).single())
                .isEqualTo(2);
        assertThat(runs.errors(staff, done.run().id(), 100)).extracting(ImportError::rowNumber, ImportError::column,
                        ImportError::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "so_dinh_danh", "citizenId.sex"),
                        org.assertj.core.groups.Tuple.tuple(6, "ngay_sinh", "import.value.date"),
                        org.assertj.core.groups.Tuple.tuple(6, "tinh_trang_viec_lam", "import.value.labourStatus"),
                        org.assertj.core.groups.Tuple.tuple(7, "ho_ten", "import.value.legacyTCVN3"),
                        org.assertj.core.groups.Tuple.tuple(7, "ma_khoa_hoc", "import.course.unknown"));
    }

    /**
     * The optional programme column (issue 31): a row naming a programme of the department's list records who paid; an
     * unknown code, or a programme not running in the year of enrolment, is that row's mistake alone; the file without
     * the column (the other tests) is read as before. Uploading the enrolment again naming another programme is refused,
     * naming the same one changes nothing.
     */
    @Test
    void theProgrammeColumnRecordsWhoPaidAndAWrongCodeIsItsRowsMistakeAlone() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        FundingProgramme paid = programmes.create(new ProgrammeForm("CT-" + suffix, "Chương trình thử nghiệm",
                FundingProgramme.Kind.NATIONAL_TARGET, 2025, 2030));
        FundingProgramme other = programmes.create(new ProgrammeForm("DA-" + suffix, "Đề án thử nghiệm",
                FundingProgramme.Kind.PROVINCIAL_PROJECT, 2020, 2030));
        programmes.create(new ProgrammeForm("CU-" + suffix, "Đề án cũ", FundingProgramme.Kind.PROVINCIAL_PROJECT, 2020, 2022));
        String an = TestPeople.citizenId(LocalDate.of(1990, 5, 1), Sex.MALE);
        String header = HEADER + ",ma_chuong_trinh\n";
        String row = an + ",Nguyễn Văn An,01/05/1990,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,,";

        ImportRuns.Progress done = importAndWait(header
                + row + paid.code().toLowerCase() + "\n"
                + TestPeople.citizenId(LocalDate.of(1991, 5, 1), Sex.MALE)
                + ",Nguyễn Văn Ba,01/05/1991,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,,KHONG-CO\n"
                + TestPeople.citizenId(LocalDate.of(1992, 5, 1), Sex.MALE)
                + ",Nguyễn Văn Tư,01/05/1992,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,,CU-" + suffix + "\n"
                + TestPeople.citizenId(LocalDate.of(1993, 5, 1), Sex.MALE)
                + ",Nguyễn Văn Năm,01/05/1993,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,,\n");

        assertThat(done.created()).isEqualTo(2);
        assertThat(runs.errors(staff, done.run().id(), 100)).extracting(ImportError::rowNumber, ImportError::column,
                        ImportError::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ma_chuong_trinh", "programme.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "ma_chuong_trinh", "programme.notRunning"));
        assertThat(fundedBy(an)).containsExactly(paid.id());

        assertThat(importAndWait(header + row + paid.code() + "\n").unchanged()).isEqualTo(1);
        ImportRuns.Progress differs = importAndWait(header + row + other.code() + "\n");
        assertThat(differs.rejected()).isEqualTo(1);
        assertThat(runs.errors(staff, differs.run().id(), 10)).extracting(ImportError::column, ImportError::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ma_chuong_trinh", "enrolment.programmeDiffers"));
        assertThat(fundedBy(an)).containsExactly(paid.id());
    }

    private List<UUID> fundedBy(String citizenId) {
        return jdbc.sql("""
                        select f.programme_id from enrolment_funding f join enrolment e on e.id = f.enrolment_id
                        join person p on p.id = e.person_id where p.citizen_id = ?""")
                .param(citizenId).query(UUID.class).list();
    }

    @Test
    void aRowWithMistakesOfEveryKindNamesThemAllAfterOneUploadInTheOrderOfTheFilesColumns() throws Exception {
        String id = TestPeople.citizenId(LocalDate.of(1998, 4, 4), Sex.FEMALE);
        // Columns in another order than the template's: the report follows the file the clerk has open.
        String header = "ma_khoa_hoc,so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_dan_toc,ma_xa,dien_thoai,"
                + "tinh_trang_viec_lam,ngay_nhap_hoc,ngay_hoan_thanh,so_chung_chi,ngay_cap";
        ImportRuns.Progress done = importAndWait(header + "\n"
                // an unknown course and commune (references), a phone that cannot be one (a value), completion before
                // enrolment (plausibility), and an issue date that does not exist (reading)
                + "XYZ-99," + id + ",Vi Thị Lan,04/04/1998,Nữ,01,99999,0123,Thất nghiệp,02/03/2026,01/02/2026,SC-9,31/02/2026\n"
                // one good row beside it
                + "HAN-SC-01," + TestPeople.citizenId(LocalDate.of(1997, 7, 7), Sex.MALE)
                + ",Vi Văn Nam,07/07/1997,Nam,01,00694,,Thất nghiệp,02/03/2026,,,\n");

        assertThat(done.created()).isEqualTo(1);
        assertThat(done.rejected()).isEqualTo(1);
        assertThat(runs.errors(staff, done.run().id(), 100)).extracting(ImportError::column, ImportError::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ma_khoa_hoc", "import.course.unknown"),
                        org.assertj.core.groups.Tuple.tuple("ma_xa", "person.commune.unknown"),
                        org.assertj.core.groups.Tuple.tuple("dien_thoai", "phone.format"),
                        org.assertj.core.groups.Tuple.tuple("ngay_hoan_thanh", "enrolment.beforeEnrolment"),
                        org.assertj.core.groups.Tuple.tuple("ngay_cap", "import.value.date"));
    }

    @Test
    void anImportWithRefusedRowsAwaitsReviewUntilALaterUploadAcceptsEachOfThem() throws Exception {
        String first = TestPeople.citizenId(LocalDate.of(1994, 4, 4), Sex.MALE);
        String second = TestPeople.citizenId(LocalDate.of(1995, 5, 5), Sex.FEMALE);
        ImportRuns.Progress refused = importAndWait(HEADER + "\n"
                + first + ",Lý Văn Tư,31/04/1994,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n"
                + second + ",Lý Thị Năm,05/05/1995,Nữ,01,99999,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n");
        assertThat(refused.rejected()).isEqualTo(2);
        assertThat(runs.needingAttention(staff)).extracting(p -> p.run().id()).contains(refused.run().id());

        // One row corrected and uploaded again: the import still awaits the other.
        assertThat(importAndWait(HEADER + "\n"
                + first + ",Lý Văn Tư,30/04/1994,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n").created()).isOne();
        assertThat(runs.needingAttention(staff)).extracting(p -> p.run().id()).contains(refused.run().id());
        // The other row uploaded again as it was is refused again: nothing fixed.
        ImportRuns.Progress again = importAndWait(HEADER + "\n"
                + second + ",Lý Thị Năm,05/05/1995,Nữ,01,99999,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n");
        assertThat(runs.needingAttention(staff)).extracting(p -> p.run().id()).contains(refused.run().id(), again.run().id());
        // Corrected, it is accepted: the first import leaves the list, and so does the upload that refused it again.
        importAndWait(HEADER + "\n" + second + ",Lý Thị Năm,05/05/1995,Nữ,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n");
        assertThat(runs.needingAttention(staff)).extracting(p -> p.run().id())
                .doesNotContain(refused.run().id(), again.run().id());
    }

    @Test
    void aRowClashingWithSavedRecordsIsReportedAndTheRestOfItsChunkIsImported() throws Exception {
        String first = TestPeople.citizenId(LocalDate.of(1991, 1, 1), Sex.MALE);
        String second = TestPeople.citizenId(LocalDate.of(1992, 2, 2), Sex.MALE);
        String third = TestPeople.citizenId(LocalDate.of(1993, 3, 3), Sex.MALE);
        importAndWait(HEADER + "\n" + first
                + ",Lý Văn Một,01/01/1991,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,30/06/2026,DUP-1,05/07/2026\n");

        ImportRuns.Progress done = importAndWait(HEADER + "\n"
                + second + ",Lý Văn Hai,02/02/1992,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,30/06/2026,DUP-1,05/07/2026\n"
                + third + ",Lý Văn Ba,03/03/1993,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,30/06/2026,DUP-3,05/07/2026\n");

        assertThat(done.created()).isEqualTo(1);
        assertThat(done.rejected()).isEqualTo(1);
        assertThat(runs.errors(staff, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::column,
                        ImportError::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "so_chung_chi", "certificate.number.taken"));
        assertThat(count("person where citizen_id = '" + second + "'")).isZero();
        assertThat(count("person where citizen_id = '" + third + "'")).isEqualTo(1);
    }

    @Test
    void theSampleFileACentreDownloadsHasItsOwnCourseCodesSoOnlyItsDeliberateMistakesAreReported() throws Exception {
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        training.createCourse(staff, centre, new NewCourse("DDD-01", "Điện dân dụng", "7411", "SO_CAP", 3, true));
        training.createCourse(staff, centre, new NewCourse("KTCB-02", "Kỹ thuật chế biến món ăn", "5120", "SO_CAP", 3, true));

        String sample = mvc.perform(get("/imports/graduates/{id}/sample.csv", centre).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(sample).contains(",DDD-01,", ",KTCB-02,").doesNotContain("HAN-SC-01", "MAY-SC-02");
        ImportRuns.Progress progress = importAndWait(sample);
        // Every row but the two with the deliberate mistakes the sample shows the error report with
        // (batch/graduates/README.md), the second row's two mistakes both named.
        assertThat(progress.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(progress.created()).isEqualTo(4);
        assertThat(runs.errors(staff, progress.run().id(), 10)).extracting(ImportError::reasonKey)
                .containsExactly("citizenId.sex", "import.value.date", "person.commune.unknown");
    }

    @Test
    void uploadingTheSameFileAgainChangesNothing() throws Exception {
        String file = HEADER + "\n" + rows(30);
        importAndWait(file);
        long persons = count("person"), enrolments = count("enrolment"), certificates = count("certificate");
        long audit = count("audit_event");

        ImportRuns.Progress again = importAndWait(file);

        assertThat(again.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.rejected()).isZero();
        assertThat(again.unchanged()).isEqualTo(30);
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("enrolment")).isEqualTo(enrolments);
        assertThat(count("certificate")).isEqualTo(certificates);
        // The import's own two events (its upload and its end), nothing about records it did not change.
        assertThat(count("audit_event")).isEqualTo(audit + 2);
    }

    @Test
    void aCertificateNumberDifferingOnlyInLetterCaseOrSpacesIsTheSameNumber() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String first = TestPeople.citizenId(LocalDate.of(1994, 4, 4), Sex.MALE);
        String second = TestPeople.citizenId(LocalDate.of(1995, 5, 5), Sex.MALE);
        String third = TestPeople.citizenId(LocalDate.of(1996, 6, 6), Sex.MALE);
        importAndWait(HEADER + "\n" + first + ",Lý Văn Một,04/04/1994,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,"
                + "30/06/2026,HV" + batch + "-1,05/07/2026\n");

        // Another learner under the same number in small letters, in a later file and twice within one file.
        ImportRuns.Progress later = importAndWait(HEADER + "\n"
                + second + ",Lý Văn Hai,05/05/1995,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,30/06/2026,"
                + "hv" + batch.toLowerCase() + "-1 ,05/07/2026\n"
                + third + ",Lý Văn Ba,06/06/1996,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,30/06/2026,"
                + "HV" + batch + "-2,05/07/2026\n"
                + second.substring(0, 11) + "9,Lý Văn Bốn,05/05/1995,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,"
                + "30/06/2026,hv" + batch.toLowerCase() + "-2,05/07/2026\n");

        assertThat(later.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(later.rejected()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from certificate where centre_id = ? and upper(number) like ?")
                .params(centre, "HV" + batch + "-%").query(Long.class).single()).isEqualTo(2);
        // The same learner's own file uploaded again in other letters changes nothing.
        ImportRuns.Progress again = importAndWait(HEADER + "\n" + first + ",Lý Văn Một,04/04/1994,Nam,01,00694,,"
                + "Thất nghiệp,HAN-SC-01,02/03/2026,30/06/2026, hv" + batch.toLowerCase() + "-1,05/07/2026\n");
        assertThat(again.rejected()).isZero();
    }

    @Test
    void anImportStoppedMidwayOrCutOffResumesWithNoRowLostAndNoneWrittenTwice() throws Exception {
        int rows = 12_000;
        ImportRuns.Progress started = upload(HEADER + "\n" + rows(rows));
        long execution = awaitFirstCommit(started.run().id());
        jobOperator.stop(execution);
        ImportRuns.Progress stopped = await(started.run().id());
        assertThat(stopped.status()).isEqualTo(BatchStatus.STOPPED);
        assertThat(stopped.done()).isBetween(1L, (long) rows - 1);

        // An instance killed mid-import leaves its execution marked as running, owned by it. While that instance
        // still beats, nobody else touches its import; once its heartbeat has expired, one survivor resumes it.
        jdbc.sql("update batch_job_execution set status = 'STARTED', end_time = null where job_execution_id = ?")
                .param(execution).update();
        jdbc.sql("update batch_step_execution set status = 'STARTED', end_time = null where job_execution_id = ?")
                .param(execution).update();
        jdbc.sql("insert into instance_heartbeat (instance_id, started_at, beat_at) values ('other-instance', ?, ?)")
                .params(java.sql.Timestamp.from(java.time.Instant.now()), java.sql.Timestamp.from(java.time.Instant.now()))
                .update();
        jdbc.sql("update import_run set run_by = 'other-instance' where id = ?").param(started.run().id()).update();
        assertThat(interrupted.resumeInterrupted()).isZero();
        jdbc.sql("update instance_heartbeat set beat_at = ? where instance_id = 'other-instance'")
                .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(61))).update();
        assertThat(interrupted.resumeInterrupted()).isEqualTo(1);
        assertThat(interrupted.resumeInterrupted()).isZero();

        ImportRuns.Progress finished = await(started.run().id());
        assertThat(finished.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(finished.created()).isEqualTo(rows);
        assertThat(finished.done()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from enrolment e join course c on c.id = e.course_id where c.centre_id = ?")
                .param(centre).query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from certificate where centre_id = ?").param(centre).query(Long.class).single())
                .isEqualTo(rows);
    }

    @Test
    void aFileThatIsNotAGraduatesFileIsRefusedAtOnceWithOneMessage() {
        assertThatThrownBy(() -> imports.upload(staff, centre, "survey.csv", stream("ma_xa,so_lao_dong\n00694,100\n")))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.columns");
                    assertThat(e.detail()).contains("so_dinh_danh").contains("ho_ten");
                });
        assertThatThrownBy(() -> imports.upload(staff, centre, "hoc-vien.xlsx",
                new ByteArrayInputStream(new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0})))
                .hasMessage("import.file.notSpreadsheet");
        // A header with no records under it is refused at once, not started as a job that cannot finish.
        assertThatThrownBy(() -> imports.upload(staff, centre, "hoc-vien.csv", stream(HEADER + "\n")))
                .hasMessage("import.file.noRecords");
        assertThatThrownBy(() -> imports.upload(staff, centre, "anh.png",
                new ByteArrayInputStream(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, '\n'})))
                .isInstanceOf(ImportFileException.class);
        assertThatThrownBy(() -> imports.upload(staff, centre, "hoc-vien.csv", new ByteArrayInputStream(
                (HEADER + "\n008090000001,L\u00f2 Th\u00e0nh,01/01/1990\n").getBytes(StandardCharsets.ISO_8859_1))))
                .hasMessage("import.file.notUtf8");
        assertThatThrownBy(() -> imports.upload(staff, centre, "hoc-vien.csv",
                new ByteArrayInputStream(new byte[]{(byte) 0xC0, (byte) 0xC1, ',', 'x', '\n'})))
                .hasMessage("import.file.notUtf8");
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkFromExcelIsRead() throws Exception {
        String id = TestPeople.citizenId(LocalDate.of(1988, 8, 8), Sex.MALE);
        String file = "\uFEFF" + HEADER.replace(',', ';') + "\r\n"
                + id + ";Đặng Văn Sơn;08/08/1988;Nam;01;00694;;Có việc làm;HAN-SC-01;02/03/2026;;;\r\n";

        ImportRuns.Progress done = importAndWait(file);

        assertThat(done.created()).isEqualTo(1);
        assertThat(jdbc.sql("select full_name from person where citizen_id = ?").param(id).query(String.class).single())
                .isEqualTo("Đặng Văn Sơn");
    }

    @Test
    void anExcelWorkbookIsImportedWithItsDatesReadWhateverTheirDisplayFormat() throws Exception {
        String hai = TestPeople.citizenId(LocalDate.of(1992, 12, 3), Sex.MALE);
        String lan = TestPeople.citizenId(LocalDate.of(2003, 4, 25), Sex.FEMALE);
        byte[] workbook;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Học viên");
            var header = sheet.createRow(0);
            String[] columns = HEADER.split(",");
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            var vietnameseDate = book.createCellStyle();
            vietnameseDate.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            var builtInDate = book.createCellStyle();
            builtInDate.setDataFormat((short) 14);
            Object[][] rows = {
                    {hai, "Hà Văn Hải", LocalDate.of(1992, 12, 3), "Nam", "02", "00694", "0912000111", "Có việc làm",
                            "HAN-SC-01", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 30), "XL-1", LocalDate.of(2026, 7, 5)},
                    {lan, "Hoàng Thị Lan, con", "25/04/2003", "Nữ", "", "00700", "", "Thất nghiệp", "MAY-SC-02",
                            LocalDate.of(2026, 3, 2), null, null, null}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate date) {
                        var cell = row.createCell(c);
                        cell.setCellValue(date);
                        cell.setCellStyle(c == 2 ? builtInDate : vietnameseDate);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }

        ImportRuns.Progress done = await(imports.upload(staff, centre, "hoc-vien.xlsx",
                new ByteArrayInputStream(workbook)).id());

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.created()).isEqualTo(2);
        assertThat(jdbc.sql("select birth_date from person where citizen_id = ?").param(hai).query(java.sql.Date.class)
                .single().toLocalDate()).isEqualTo(LocalDate.of(1992, 12, 3));
        assertThat(jdbc.sql("select full_name from person where citizen_id = ?").param(lan).query(String.class).single())
                .isEqualTo("Hoàng Thị Lan, con");
        assertThat(jdbc.sql("select count(*) from certificate where number = 'XL-1' and centre_id = ?").param(centre)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aWorkbookIsReadWhereItsRecordsAreWhateverSheetOrRowTheirHeaderIsOn() throws Exception {
        String learner = TestPeople.citizenId(LocalDate.of(1997, 7, 7), Sex.FEMALE);
        byte[] workbook = workbook(book -> {
            book.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền mỗi học viên một dòng ở trang sau.");
            var list = book.createSheet("Danh sách");
            list.createRow(0).createCell(0).setCellValue("DANH SÁCH HỌC VIÊN KHÓA HÀN 2026");
            String[] columns = HEADER.split(",");
            var header = list.createRow(2);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            String[] values = (learner + ",Đào Thị Bảy,07/07/1997,Nữ,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,")
                    .split(",", -1);
            var row = list.createRow(3);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        });

        ImportRuns.Progress done = await(imports.upload(staff, centre, "hoc-vien.xlsx",
                new ByteArrayInputStream(workbook)).id());
        assertThat(done.created()).isEqualTo(1);
        assertThat(done.run().dataRows()).isEqualTo(1);

        byte[] instructionsOnly = workbook(book -> {
            var sheet = book.createSheet("Hướng dẫn");
            sheet.createRow(0).createCell(0).setCellValue("so_dinh_danh");
            sheet.getRow(0).createCell(1).setCellValue("ho_ten");
        });
        assertThatThrownBy(() -> imports.upload(staff, centre, "hoc-vien.xlsx", new ByteArrayInputStream(instructionsOnly)))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.headerNotFound");
                    assertThat(e.arguments()).containsExactly("Hướng dẫn", "1",
                            "ngay_sinh, gioi_tinh, ma_xa, tinh_trang_viec_lam, ma_khoa_hoc, ngay_nhap_hoc",
                            "so_dinh_danh, ho_ten, ngay_sinh, gioi_tinh, ma_xa, tinh_trang_viec_lam, ma_khoa_hoc, ngay_nhap_hoc");
                });
    }

    private static byte[] workbook(java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> fill)
            throws java.io.IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            fill.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theRefusedRowsComeBackAsAFileInTheUploadFormatThatIsUploadedAgainOnceCorrected() throws Exception {
        String good = TestPeople.citizenId(LocalDate.of(1996, 6, 16), Sex.FEMALE);
        String bad = TestPeople.citizenId(LocalDate.of(1995, 5, 15), Sex.MALE);
        ImportRuns.Progress first = importAndWait(HEADER + "\n"
                + good + ",Lương Thị Hiền,16/06/1996,Nữ,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n"
                + bad + ",Lương Văn Hải,31/02/1995,Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n");
        assertThat(first.rejected()).isEqualTo(1);

        String rejected = mvc.perform(get("/imports/{id}/rejected.csv", first.run().id()).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = rejected.lines().toList();
        assertThat(lines.get(0)).contains("so_dinh_danh", "ngay_sinh", "ma_khoa_hoc", "ly_do_tu_choi");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(bad, "Lương Văn Hải", "31/02/1995", "ngay_sinh: ").doesNotContain(good);

        // The clerk corrects the date in the file and uploads it as it is, reason column and all.
        ImportRuns.Progress again = importAndWait(rejected.replace("31/02/1995", "28/02/1995")
                .replace("\uFEFF", ""));
        assertThat(again.run().dataRows()).isEqualTo(1);
        assertThat(again.rejected()).isZero();
        assertThat(again.created()).isEqualTo(1);
    }

    @Test
    void theProgressPageAndTheErrorReportSpeakVietnamese() throws Exception {
        ImportRuns.Progress done = importAndWait(HEADER + "\n"
                + "008096000106,Triệu Thị Mai,31/02/1996,Nữ,09,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,,,\n");

        String page = mvc.perform(get("/imports/{id}", done.run().id()).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hoàn tất").contains("Dòng bị lỗi (1)").contains("31/02/1996")
                .contains("Ngày không hợp lệ");

        byte[] report = mvc.perform(get("/imports/{id}/errors.csv", done.run().id()).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(report, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Dòng\",\"Dòng trong tệp\",\"Cột\",\"Giá trị\",\"Lý do\"")
                .contains("\"2\",\"2\",\"ngay_sinh\",\"31/02/1996\",\"Ngày không hợp lệ");
    }

    @Test
    void theUploadPageSaysWhichColumnsAWrongFileLacks() throws Exception {
        String page = mvc.perform(multipart("/imports/graduates/{id}", centre)
                        .file(new MockMultipartFile("file", "khao-sat.csv", "text/csv",
                                "ma_xa,so_lao_dong\n00694,100\n".getBytes(StandardCharsets.UTF_8)))
                        .with(user(staff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
                .contains("Tệp không phải danh sách học viên theo mẫu: thiếu cột so_dinh_danh, ho_ten, ngay_sinh");
    }

    @Test
    void anotherCentresStaffCannotUploadForThisCentre() throws Exception {
        CurrentUser stranger = accounts.create(Role.CENTRE_STAFF, accounts.newCentre());

        mvc.perform(multipart("/imports/graduates/{id}", centre)
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
                        .with(user(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** {@code n} valid rows of learners who completed HAN-SC-01 and got certificates. */
    static String rows(int n) {
        StringBuilder rows = new StringBuilder();
        String batch = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < n; i++) {
            rows.append(TestPeople.citizenId(LocalDate.of(1990 + i % 10, 1 + i % 12, 1 + i % 28), Sex.MALE))
                    .append(",Người Thử ").append(i).append(",").append(String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1990 + i % 10))
                    .append(",Nam,01,00694,,Thất nghiệp,HAN-SC-01,02/03/2026,30/06/2026,").append("B").append(batch)
                    .append("-").append(i).append(",05/07/2026\n");
        }
        return rows.toString();
    }

    private ImportRuns.Progress importAndWait(String file) throws InterruptedException {
        return await(upload(file).run().id());
    }

    private ImportRuns.Progress upload(String file) {
        ImportRun run = imports.upload(staff, centre, "hoc-vien.csv", stream(file));
        return runs.progress(staff, run.id());
    }

    private ImportRuns.Progress await(UUID importId) throws InterruptedException {
        return ImportWaits.await(runs, staff, importId);
    }

    private long awaitFirstCommit(UUID importId) throws InterruptedException {
        return ImportWaits.awaitFirstCommit(runs, staff, importId);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
