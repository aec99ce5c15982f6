package vn.tuyenquang.workforce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.imports.GraduateImports;
import vn.tuyenquang.workforce.imports.ImportError;
import vn.tuyenquang.workforce.imports.ImportRuns;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Enrolling someone must not open their record (issue 14, part 1): a citizen ID submitted with another name or
 * birth date than the register holds is refused without revealing it, and waits for the department.
 */
@IntegrationTest
@Import(TestAccounts.class)
class IdentityConflictTest {

    private static final String STORED_NAME = "Nông Thị Thanh Xuân";

    @Autowired
    TrainingRegistry training;

    @Autowired
    GraduateImports imports;

    @Autowired
    ImportRuns runs;

    @Autowired
    IdentityConflicts conflicts;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.tuyenquang.workforce.notifications.Notifications notifications;

    CurrentUser harvester;
    UUID harvesterCourse;
    UUID harvesterCentre;
    CurrentUser department;
    String citizenId;
    UUID person;

    @BeforeEach
    void anotherCentresLearner() {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        LocalDate born = LocalDate.of(1993, 3, 13);
        citizenId = TestPeople.citizenId(born, Sex.FEMALE);
        person = training.enrol(staff, accounts.newCourse(staff, centre, "May công nghiệp", "7533"),
                new NewPerson(citizenId, STORED_NAME, born, Sex.FEMALE, "02", "00694", "0912300456",
                        LabourStatus.UNEMPLOYED), LocalDate.of(2026, 2, 2)).personId();
        harvesterCentre = accounts.newCentre();
        harvester = accounts.create(Role.CENTRE_STAFF, harvesterCentre);
        harvesterCourse = accounts.newCourse(harvester, harvesterCentre, "Hàn điện", "7212");
        department = accounts.create(Role.DEPARTMENT);
    }

    @Test
    void enrollingAnotherCentresLearnerUnderAnInventedNameIsRefusedRevealingNothingAndWaitsForTheDepartment()
            throws Exception {
        String answer = mvc.perform(post("/api/training/courses/{id}/enrolments", harvesterCourse)
                        .with(httpBasic(harvester.getUsername(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"person": {"citizenId": "%s", "fullName": "Tên Bịa Ra", "birthDate": "1993-07-01",
                                            "sex": "FEMALE", "communeCode": "00694", "labourStatus": "UNEMPLOYED"},
                                 "enrolledOn": "2026-03-02"}""".formatted(citizenId)))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(answer).contains("Số định danh đã có trong sổ với thông tin khác; liên hệ Sở để đối chiếu.")
                .doesNotContain(STORED_NAME).doesNotContain(person.toString()).doesNotContain("1993-03-13");
        mvc.perform(get("/people/{id}", person).with(user(harvester))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from enrolment where course_id = ?").param(harvesterCourse)
                .query(Long.class).single()).isZero();

        List<IdentityConflict.Open> queue = conflicts.open(department).stream()
                .filter(open -> open.conflict().personId().equals(person)).toList();
        assertThat(queue).singleElement().satisfies(open -> {
            assertThat(open.stored().fullName()).isEqualTo(STORED_NAME);
            assertThat(open.conflict().submittedName()).isEqualTo("Tên Bịa Ra");
            assertThat(open.conflict().submittedBy()).isEqualTo(harvester.getUsername());
            assertThat(open.conflict().centreId()).isEqualTo(harvesterCentre);
        });
        String page = mvc.perform(get("/people/conflicts").with(user(department))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(STORED_NAME, "Tên Bịa Ra", "Lỗi đánh máy của người gửi");
        // What differs is marked on both sides, and named for a screen reader: the day and month, not the year.
        assertThat(page.replaceAll("\\s+", " ")).contains(
                "<mark class=\"difference\"><span class=\"visually-hidden\">khác: </span><span>13/03</span></mark><span>/1993</span>",
                "<mark class=\"difference\"><span class=\"visually-hidden\">khác: </span><span>01/07</span></mark><span>/1993</span>");
        mvc.perform(get("/people/conflicts").with(user(harvester))).andExpect(status().isForbidden());
        // The department finds it on its home page and in its bell.
        assertThat(mvc.perform(get("/").with(user(department))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("hồ sơ chờ quyết định", "href=\"/people/conflicts\"");
        assertThat(notifications.recent(department)).extracting(n -> n.messageKey()).contains("notice.identityConflictQueued");

        mvc.perform(post("/people/conflicts/{id}", queue.get(0).conflict().id()).param("resolution", "KEPT_STORED")
                .with(user(department)).with(csrf())).andExpect(status().is3xxRedirection());
        // The centre that sent it hears the decision, about the name it sent.
        assertThat(notifications.recent(harvester)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.identityConflictResolved.KEPT_STORED");
            assertThat(n.arguments()).containsExactly("Tên Bịa Ra");
        });
        assertThat(conflicts.open(department)).noneMatch(open -> open.conflict().personId().equals(person));
        assertThat(jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single())
                .isEqualTo(STORED_NAME);
    }

    @Test
    void theSameIdentityWrittenWithoutAccentsIsTheSamePersonAndIsEnrolled() throws Exception {
        mvc.perform(post("/api/training/courses/{id}/enrolments", harvesterCourse)
                        .with(httpBasic(harvester.getUsername(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"person": {"citizenId": "%s", "fullName": "NONG THI THANH XUAN", "birthDate": "1993-03-13",
                                            "sex": "FEMALE", "communeCode": "00694", "labourStatus": "UNEMPLOYED"},
                                 "enrolledOn": "2026-03-02"}""".formatted(citizenId)))
                .andExpect(status().isCreated());

        assertThat(jdbc.sql("select count(*) from enrolment where course_id = ? and person_id = ?")
                .params(harvesterCourse, person).query(Long.class).single()).isEqualTo(1);
        assertThat(conflicts.open(department)).noneMatch(open -> open.conflict().personId().equals(person));
    }

    @Test
    void aGraduatesFileRowWithAnotherIdentityIsRejectedAndQueuedWithItsRowWhileTheOtherRowsLand() throws Exception {
        String newcomer = TestPeople.citizenId(LocalDate.of(1991, 1, 1), Sex.MALE);
        String file = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_xa,tinh_trang_viec_lam,ma_khoa_hoc,ngay_nhap_hoc\n"
                + newcomer + ",Lý Văn Mới,01/01/1991,Nam,00694,Thất nghiệp," + code() + ",02/03/2026\n"
                + citizenId + ",Tên Bịa Ra,13/03/1993,Nữ,00694,Thất nghiệp," + code() + ",02/03/2026\n";

        ImportRuns.Progress done = vn.tuyenquang.workforce.imports.ImportWaits.await(runs, harvester,
                imports.upload(harvester, harvesterCentre, "hoc-vien.csv",
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))).id());

        assertThat(List.of(done.created(), done.rejected())).containsExactly(1L, 1L);
        assertThat(runs.errors(harvester, done.run().id(), 10)).extracting(ImportError::rowNumber, ImportError::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "person.identity.conflict"));
        assertThat(conflicts.open(department)).filteredOn(open -> open.conflict().personId().equals(person))
                .singleElement().satisfies(open -> {
                    assertThat(open.conflict().importId()).isEqualTo(done.run().id());
                    assertThat(open.conflict().importRow()).isEqualTo(3);
                });
    }

    @Test
    void takingTheSubmittedIdentityCorrectsTheRegisterAndIsAudited() {
        LocalDate born = LocalDate.of(1993, 3, 13);
        try {
            training.enrol(harvester, harvesterCourse, new NewPerson(citizenId, "Nông Thị Thanh Xuyên", born, Sex.FEMALE,
                    "02", "00694", null, LabourStatus.UNEMPLOYED), LocalDate.of(2026, 3, 2));
        } catch (InvalidValueException refused) {
            assertThat(refused.messageKey()).isEqualTo("person.identity.conflict");
        }
        IdentityConflict conflict = conflicts.open(department).stream()
                .filter(open -> open.conflict().personId().equals(person)).findFirst().orElseThrow().conflict();

        conflicts.resolve(department, conflict.id(), IdentityConflict.Resolution.TOOK_SUBMITTED);

        assertThat(jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single())
                .isEqualTo("Nông Thị Thanh Xuyên");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'person' and record_id = ?"
                + " and action = 'UPDATE' and before_state like ?").params(person.toString(), "%" + STORED_NAME + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    private String code() {
        return training.courses(harvester, harvesterCentre).get(0).code();
    }

    @Test
    void aCentreQueuesNoMoreConflictsInADayThanAllowedAndTheDepartmentIsToldOnce() throws Exception {
        int allowed = 20;
        long before = notifications.unread(department);
        for (int attempt = 0; attempt < allowed + 5; attempt++) {
            String name = "Tên Thử " + attempt;
            mvc.perform(post("/api/training/courses/{id}/enrolments", harvesterCourse)
                            .with(httpBasic(harvester.getUsername(), TestAccounts.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"person": {"citizenId": "%s", "fullName": "%s", "birthDate": "1993-07-01",
                                                "sex": "FEMALE", "communeCode": "00694", "labourStatus": "UNEMPLOYED"},
                                     "enrolledOn": "2026-03-02"}""".formatted(citizenId, name)))
                    // Refused alike, before and past the allowance.
                    .andExpect(status().isUnprocessableEntity());
        }
        assertThat(jdbc.sql("select count(*) from identity_conflict where centre_id = ?").param(harvesterCentre)
                .query(Long.class).single()).isEqualTo(allowed);
        // Told that the centre's conflicts wait, and that it reached its allowance: once each, not 25 times.
        assertThat(notifications.unread(department)).isEqualTo(before + 2);
        assertThat(notifications.recent(department)).extracting(n -> n.messageKey())
                .contains("notice.identityConflictQueued", "notice.identityConflictsOverLimit");
    }
}
