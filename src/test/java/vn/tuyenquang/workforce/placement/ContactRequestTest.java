package vn.tuyenquang.workforce.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.notifications.Notifications;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * An employer's request to contact a candidate reaches the queue of those who keep the person's record, and nobody
 * else's; their answer reaches the employer; a hire recorded by mistake is undone on its day, and only then.
 */
@IntegrationTest
@Import(TestAccounts.class)
class ContactRequestTest {

    static final String PHONE = "0977445566";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    PersonRecords records;

    @Autowired
    PersonRegister register;

    @Autowired
    Employers employers;

    @Autowired
    Shortlists shortlists;

    @Autowired
    ContactAnswers contacts;

    @Autowired
    Hiring hiring;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    CurrentUser staff;
    CurrentUser employer;
    UUID person;
    UUID vacancy;
    UUID entry;

    @BeforeEach
    void aShortlistedGraduate() {
        UUID centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "May công nghiệp", "7533");
        LocalDate born = LocalDate.of(1999, 3, 9);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.FEMALE),
                "Nông Thị Hoa", born, Sex.FEMALE, "02", "00694", PHONE, LabourStatus.UNEMPLOYED), LocalDate.of(2026, 2, 1));
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 5, 1));
        person = enrolment.personId();
        records.setConsent(person, true);
        employer = accounts.create(Role.EMPLOYER);
        vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy("Công nhân may",
                "7533", "SO_CAP", "May công nghiệp", 1, 6_500_000L, 8_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(20), null, null)).id();
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
        entry = shortlists.shortlist(employer, vacancy, person).id();
    }

    @Test
    void aRequestReachesTheQueuesOfThoseWhoKeepTheRecordAndTheirAnswerReachesTheEmployer() throws Exception {
        CurrentUser officer = accounts.create(Role.COMMUNE_OFFICER);
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        CurrentUser otherCentre = accounts.create(Role.CENTRE_STAFF);
        long before = notifications.unread(staff);

        mvc.perform(post("/shortlist/{id}/contact-request", entry).param("message", "Ca ngày, KCN Long Bình An")
                        .param("vacancyId", vacancy.toString()).with(user(employer)).with(csrf()))
                .andExpect(flash().attribute("message", "contact.request.sent"));

        // The centre that trained her, her commune's officer and the department see it waiting, with her name.
        for (CurrentUser keeper : new CurrentUser[]{staff, officer, department}) {
            assertThat(page("/contacts", keeper)).contains("Nông Thị Hoa", "Ca ngày, KCN Long Bình An", "Công nhân may",
                    "Chờ trả lời");
            assertThat(contacts.contactRequestsWaiting(keeper)).isPositive();
        }
        assertThat(notifications.unread(staff)).isEqualTo(before + 1);
        // Another centre keeps no record of her: its queue does not hold her, and its count leaves her out.
        assertThat(page("/contacts", otherCentre)).doesNotContain("Nông Thị Hoa");
        assertThat(contacts.contactRequestsWaiting(otherCentre)).isZero();
        assertThat(notifications.recent(otherCentre)).isEmpty();
        // Asked once: the employer cannot ask again while the request waits.
        mvc.perform(post("/shortlist/{id}/contact-request", entry).param("vacancyId", vacancy.toString())
                .with(user(employer)).with(csrf())).andExpect(flash().attribute("problem", "contact.request.pending"));
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).contains("N. T. Hoa", "Chờ trả lời")
                .doesNotContain("Nông Thị Hoa", PHONE);

        // The officer records that she could not be reached: the employer is told and may ask again.
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "UNREACHABLE")
                        .param("queue", "true").with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "contact.answered.UNREACHABLE"));
        assertThat(notifications.recent(employer)).extracting(n -> n.messageKey())
                .containsExactly("notice.contactAnswered.UNREACHABLE");
        assertThat(contacts.contactRequestsWaiting(staff)).isZero();
        mvc.perform(post("/shortlist/{id}/contact-request", entry).param("vacancyId", vacancy.toString())
                .with(user(employer)).with(csrf())).andExpect(flash().attribute("message", "contact.request.sent"));

        // The centre's staff reach her; she agrees on the day she said so: the employer sees her name and phone.
        LocalDate today = ProvinceTime.today(java.time.Clock.systemUTC());
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "AGREED")
                        .param("answeredOn", today.toString()).param("queue", "true").with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "contact.answered.AGREED"));
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).contains("Nông Thị Hoa", PHONE);
        assertThat(page("/contacts", staff)).contains("Chờ trả lời (0)", "<span>Đồng ý được liên hệ</span>",
                today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        LocalDate yesterday = today.minusDays(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where record_type = 'shortlist_entry' and record_id = ?""")
                .param(entry.toString()).query(Long.class).single()).isEqualTo(5);

        // An answer from the future is refused; another centre cannot answer for her.
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "DECLINED")
                        .param("answeredOn", yesterday.plusDays(3).toString()).with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("problem", "contact.answer.future"));
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "DECLINED")
                .with(user(otherCentre)).with(csrf())).andExpect(status().isForbidden());
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).contains(PHONE);
    }

    @Test
    void theAgreementCarriesThePhoneThePersonSharesOrTheOfficeToCallWhenThereIsNone() throws Exception {
        shortlists.requestContact(employer, entry, null);
        // A number that cannot be a phone is refused, and nothing is recorded.
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "AGREED")
                        .param("phone", "12345").with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("problem", "contact.answer.phone.format"));
        // She gives another number than the one on her record: that is the one the employer gets.
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "AGREED")
                        .param("phone", "+84 912 000 111").with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "contact.answered.AGREED"));
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).contains("Nông Thị Hoa", "0912000111")
                .doesNotContain(PHONE);

        // Someone with no phone at all: the employer is told which office recorded the agreement, to call it.
        LocalDate born = LocalDate.of(2000, 8, 8);
        UUID course = accounts.newCourse(staff, staff.centreId().orElseThrow(), "May công nghiệp", "7533");
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.MALE),
                "Hoàng Văn Tùng", born, Sex.MALE, "02", "00694", null, LabourStatus.UNEMPLOYED), LocalDate.of(2026, 2, 1));
        records.setConsent(enrolment.personId(), true);
        UUID second = shortlists.shortlist(employer, vacancy, enrolment.personId()).id();
        shortlists.requestContact(employer, second, null);
        mvc.perform(post("/people/{id}/contacts/{entry}", enrolment.personId(), second).param("answer", "AGREED")
                .param("phone", "").with(user(staff)).with(csrf()));
        String centreName = training.centre(staff, staff.centreId().orElseThrow()).name();
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).contains("Hoàng Văn Tùng",
                "không có số điện thoại", "Hãy liên hệ " + centreName);
    }

    @Test
    void aDeclineIsFinalForThatEmployer() throws Exception {
        shortlists.requestContact(employer, entry, null);
        answer(ContactRequest.Answer.DECLINED);

        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).contains("Không đồng ý")
                .doesNotContain("Nông Thị Hoa", PHONE, "Xin liên hệ");
        assertThatThrownBy(() -> shortlists.requestContact(employer, entry, "Xin hỏi lại"))
                .hasMessage("contact.request.answered");
    }

    @Test
    void aHireIsUndoneOnItsDayGivingBackTheStatusAndThePlace() throws Exception {
        shortlists.requestContact(employer, entry, null);
        answer(ContactRequest.Answer.AGREED);
        LocalDate today = ProvinceTime.today(java.time.Clock.systemUTC());
        for (ShortlistEntry.Stage stage : java.util.List.of(ShortlistEntry.Stage.CONTACTED,
                ShortlistEntry.Stage.INTERVIEWED, ShortlistEntry.Stage.HIRED)) {
            hiring.move(employer, entry, stage, today);
        }
        assertThat(employers.vacancy(employer, vacancy).status()).isEqualTo(Vacancy.Status.FILLED);
        assertThat(register.find(person).orElseThrow().labourStatus()).isEqualTo(LabourStatus.EMPLOYED);
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).contains("Hoàn tác tuyển dụng");

        mvc.perform(post("/shortlist/{id}/undo-hire", entry).param("vacancyId", vacancy.toString())
                .with(user(employer)).with(csrf())).andExpect(flash().attribute("message", "shortlist.hireUndone"));

        assertThat(register.find(person).orElseThrow().labourStatus()).isEqualTo(LabourStatus.UNEMPLOYED);
        assertThat(jdbc.sql("select count(*) from labour_status_period where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from placement where person_id = ?").param(person).query(Long.class).single())
                .isZero();
        Vacancy after = employers.vacancy(employer, vacancy);
        assertThat(after.hired()).isZero();
        assertThat(after.status()).isEqualTo(Vacancy.Status.OPEN);
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).contains("Đã phỏng vấn", "0/1 đã tuyển")
                .doesNotContain("Hoàn tác tuyển dụng");
        assertThat(jdbc.sql("select after_state from audit_event where record_type = 'shortlist_entry' and record_id = ?"
                + " order by id desc limit 1").param(entry.toString()).query(String.class).single()).contains("hireUndone");

        // Hired again, and the day of the recording is over: it stands.
        hiring.move(employer, entry, ShortlistEntry.Stage.HIRED, today);
        jdbc.sql("update placement set created_at = created_at - interval '1 day' where shortlist_entry_id = ?")
                .param(entry).update();
        mvc.perform(post("/shortlist/{id}/undo-hire", entry).param("vacancyId", vacancy.toString())
                .with(user(employer)).with(csrf())).andExpect(flash().attribute("problem", "shortlist.undo.tooLate"));
        assertThat(register.find(person).orElseThrow().labourStatus()).isEqualTo(LabourStatus.EMPLOYED);
    }

    @Test
    void noAnswerRevealsThePersonWithoutAWaitingRequestMadeOnOrBeforeItsDayAndHerConsent() throws Exception {
        // No request was ever sent for her: there is nothing to agree to.
        assertThatThrownBy(() -> answer(ContactRequest.Answer.AGREED))
                .hasMessage("contact.answer.notPending");
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).doesNotContain("Nông Thị Hoa", PHONE);

        // An answer dated before the request was made.
        shortlists.requestContact(employer, entry, null);
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "AGREED")
                        .param("answeredOn", today().minusDays(1).toString()).with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("problem", "contact.answer.beforeRequest"));
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).doesNotContain("Nông Thị Hoa", PHONE);

        // She withdrew consent to be found while the request waited: "agreed" cannot be recorded for her.
        records.setConsent(person, false);
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "AGREED")
                        .param("answeredOn", today().toString()).with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("problem", "contact.answer.noConsent"));
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).doesNotContain("Nông Thị Hoa", PHONE);

        // A refusal may still be recorded; once answered, the request takes no second answer.
        answer(ContactRequest.Answer.DECLINED);
        records.setConsent(person, true);
        assertThatThrownBy(() -> answer(ContactRequest.Answer.AGREED))
                .hasMessage("contact.answer.notPending");
        assertThat(page("/vacancies/" + vacancy + "/shortlist", employer)).doesNotContain("Nông Thị Hoa", PHONE);
    }

    private ShortlistEntry answer(ContactRequest.Answer answer) {
        return contacts.answer(staff, entry, new ContactAnswers.Answered(answer, today(), null));
    }

    private static LocalDate today() {
        return ProvinceTime.today(java.time.Clock.systemUTC());
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
