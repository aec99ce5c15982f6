package vn.tuyenquang.workforce.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.notifications.Notification;
import vn.tuyenquang.workforce.notifications.Notifications;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** A centre's quality accreditation (resolution IV.7e): recorded, shown where its certificates are checked, told ahead. */
@IntegrationTest
@Import(TestAccounts.class)
class AccreditationTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    Accreditations accreditations;

    @Autowired
    AccreditationLapses lapses;

    @Autowired
    Notifications notifications;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    TestAccounts accounts;

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.tuyenquang.workforce.credentials.Credentials credentials;

    @Test
    void anAccreditedCentreShowsItOnItsPageItsCertificatesVerificationAndTheOutcomes() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        LocalDate until = today().plusYears(2);
        accreditations.record(department, centre, new AccreditationForm(Accreditation.Result.ACCREDITED,
                "Trung tâm Kiểm định chất lượng thử nghiệm", today().minusDays(10), until));
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        LocalDate born = LocalDate.of(1999, 9, 9);
        Enrolment enrolment = training.enrol(staff, course, TestPeople.person("Ma Văn Kiểm", born, Sex.MALE),
                LocalDate.of(2025, 1, 6));
        training.complete(staff, enrolment.id(), LocalDate.of(2025, 4, 6));
        Certificate certificate = certificates.issue(staff, enrolment.id(), "KD-" + UUID.randomUUID().toString()
                .substring(0, 6), LocalDate.of(2025, 4, 7));

        assertThat(page(get("/training/centres/{id}", centre).with(user(staff))))
                .contains("Đã được kiểm định chất lượng đến " + until.format(DAY));
        assertThat(page(get("/verify/{code}", certificate.verificationCode())))
                .contains("Cơ sở đã được kiểm định chất lượng đến " + until.format(DAY));
        assertThat(page(get("/outcomes").param("year", "2025").with(user(staff))))
                .contains("Đã kiểm định chất lượng đến " + until.format(DAY));
        // The page a certificate's QR code opens asks this once it has checked the signature.
        int statusIndex = credentials.of(staff, certificate.id()).statusIndex();
        assertThat(page(get("/credentials/revocations/{i}", statusIndex)))
                .contains("\"revoked\":false", "\"centreAccreditedUntil\":\"" + until + "\"");
    }

    /**
     * Lapsing in 60 days: told once (department and centre), never twice, however often the job runs. Lapsing in 200
     * days: not yet. A newer decision "not accredited" ends the standing and keeps the history.
     */
    @Test
    void theDepartmentIsToldOnce90DaysBeforeALapseAndANewerDecisionReplacesTheStanding() {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        UUID soon = accounts.newCentre();
        UUID later = accounts.newCentre();
        LocalDate lapse = today().plusDays(60);
        accreditations.record(department, soon, new AccreditationForm(Accreditation.Result.ACCREDITED, "Tổ chức A",
                today().minusYears(4), lapse));
        accreditations.record(department, later, new AccreditationForm(Accreditation.Result.ACCREDITED, "Tổ chức B",
                today().minusYears(1), today().plusDays(200)));

        lapses.tell();
        lapses.tell();

        CurrentUser soonStaff = accounts.create(Role.CENTRE_STAFF, soon);
        assertThat(notifications.recent(department)).filteredOn(n -> n.link().equals("/accreditation/centres/" + soon))
                .hasSize(1).first().extracting(Notification::arguments)
                .satisfies(arguments -> assertThat(arguments).contains(lapse.format(DAY)));
        assertThat(notifications.recent(soonStaff)).extracting(Notification::link)
                .containsOnlyOnce("/accreditation/centres/" + soon);
        assertThat(notifications.recent(department)).extracting(Notification::link)
                .doesNotContain("/accreditation/centres/" + later);

        assertThat(accreditations.current(soon)).isPresent();
        accreditations.record(department, soon, new AccreditationForm(Accreditation.Result.NOT_ACCREDITED, "Tổ chức A",
                today(), null));
        assertThat(accreditations.current(soon)).isEmpty();
        assertThat(accreditations.history(soon)).extracting(Accreditation::result)
                .containsExactly(Accreditation.Result.NOT_ACCREDITED, Accreditation.Result.ACCREDITED);
    }

    @Test
    void onlyTheDepartmentRecordsAndTheFormShowsEveryMistakeAtOnce() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        CurrentUser department = accounts.create(Role.DEPARTMENT);

        assertThat(page(post("/accreditation/centres/{id}", centre).with(user(department)).with(csrf())
                .param("result", "ACCREDITED").param("body", "Tổ chức C")
                .param("decidedOn", today().plusDays(3).toString())))
                .contains("Ngày quyết định không được sau hôm nay.", "Ghi ngày hết hiệu lực của kết quả kiểm định.");
        assertThat(accreditations.history(centre)).isEmpty();
        assertThatThrownBy(() -> accreditations.record(staff, centre, new AccreditationForm(
                Accreditation.Result.ACCREDITED, "Tổ chức C", today(), today().plusYears(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accreditations.check(new AccreditationForm(Accreditation.Result.NOT_ACCREDITED,
                "Tổ chức C", today(), today().plusYears(1))))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.messageKey()).isEqualTo("accreditation.validUntil.notAccredited"));
        mvc.perform(get("/accreditation/centres/{id}", centre).with(user(staff))).andExpect(status().isOk());
        mvc.perform(post("/accreditation/centres/{id}", centre).with(user(staff)).with(csrf())
                .param("result", "ACCREDITED")).andExpect(status().isForbidden());
        mvc.perform(get("/accreditation/centres/{id}", centre).with(user(accounts.create(Role.CENTRE_STAFF))))
                .andExpect(status().isForbidden());
    }

    private LocalDate today() {
        return ProvinceTime.today(clock);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
