package vn.tuyenquang.workforce.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** From a shortlist to a hire, with the candidate's contact details shown only on their agreement. */
@IntegrationTest
@Import(TestAccounts.class)
class ShortlistTest {

    static final String PHONE = "0977112233";

    @Autowired
    PersonRecords records;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    PersonRegister register;

    @Autowired
    Employers employers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Shortlists shortlists;

    @Autowired
    ContactAnswers contacts;

    @Autowired
    Hiring hiring;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient elasticsearch;

    @Autowired
    vn.tuyenquang.workforce.matching.CandidateSearch search;

    @Autowired
    vn.tuyenquang.workforce.matching.index.CandidateProjection candidates;

    CurrentUser staff;
    CurrentUser employer;
    CurrentUser department;
    String centreName;
    UUID person;
    UUID vacancy;

    @BeforeEach
    void aConsentingGraduateAndAnOpenVacancy() {
        UUID centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        centreName = training.centre(staff, centre).name();
        UUID course = accounts.newCourse(staff, centre, "May công nghiệp", "7533");
        LocalDate born = LocalDate.of(1998, 8, 18);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.FEMALE),
                "Hoàng Thị Thu", born, Sex.FEMALE, "02", "00694", PHONE, LabourStatus.UNEMPLOYED), LocalDate.of(2026, 2, 1));
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 5, 1));
        person = enrolment.personId();
        records.setConsent(person, true);
        employer = accounts.create(Role.EMPLOYER);
        department = accounts.create(Role.DEPARTMENT);
        UUID employerId = employer.employerId().orElseThrow();
        vacancy = employers.createVacancy(employer, employerId, new NewVacancy("Công nhân may", "7533", "SO_CAP",
                "May công nghiệp", 30, 6_500_000L, 8_000_000L, "00694", null, null, null, LocalDate.now().plusDays(20), null, null)).id();
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
    }

    @Test
    void theEmployerSeesNameAndPhoneOnlyWhileTheCandidateAgreesToBeContacted() throws Exception {
        mvc.perform(post("/vacancies/{id}/shortlist", vacancy).param("personId", person.toString())
                .with(user(employer)).with(csrf())).andExpect(flash().attribute("message", "shortlist.added"));
        assertThat(shortlistPage()).contains("H. T. Thu", "Xin liên hệ")
                .doesNotContain("Hoàng Thị Thu", PHONE);
        UUID entry = entry();

        move(entry, "CONTACTED").andExpect(flash().attribute("problem", "shortlist.contact.notAgreed"));

        shortlists.requestContact(employer, entry, null);
        mvc.perform(get("/people/{id}/contacts", person).with(user(staff))).andExpect(status().isOk());
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "AGREED").with(user(staff))
                .with(csrf())).andExpect(flash().attribute("message", "contact.answered.AGREED"));
        assertThat(shortlistPage()).contains("Hoàng Thị Thu", PHONE);

        // The request is answered: a second answer is refused, and only withdrawing consent ends the agreement.
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "DECLINED").with(user(staff))
                .with(csrf())).andExpect(flash().attribute("problem", "contact.answer.notPending"));
        assertThat(shortlistPage()).contains("Hoàng Thị Thu", PHONE);
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'shortlist_entry' and record_id = ?"
                + " and action = 'UPDATE'").param(entry.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void withdrawingConsentToBeFoundEndsEveryContactAgreementAndTheEmployerSeesTheCandidateMaskedAgain() throws Exception {
        mvc.perform(post("/vacancies/{id}/shortlist", vacancy).param("personId", person.toString())
                .with(user(employer)).with(csrf()));
        UUID entry = entry();
        shortlists.requestContact(employer, entry, null);
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "AGREED").with(user(staff))
                .with(csrf())).andExpect(flash().attribute("message", "contact.answered.AGREED"));
        assertThat(shortlistPage()).contains("Hoàng Thị Thu", PHONE);

        records.setConsent(person, false);

        assertThat(shortlistPage()).contains("H. T. Thu").doesNotContain("Hoàng Thị Thu", PHONE);
        assertThat(jdbc.sql("select contact_agreed_at is null from shortlist_entry where id = ?").param(entry)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        select after_state from audit_event where record_type = 'shortlist_entry' and record_id = ?
                        order by id desc limit 1""").param(entry.toString()).query(String.class).single())
                .contains("consentToBeFoundWithdrawn");
        // Giving consent again does not bring the agreement back: the person is asked again.
        records.setConsent(person, true);
        assertThat(shortlistPage()).doesNotContain("Hoàng Thị Thu", PHONE);
    }

    @Test
    void aHireRecordsAPlacementTheDepartmentSeesByCentreAndOccupation() throws Exception {
        mvc.perform(post("/vacancies/{id}/shortlist", vacancy).param("personId", person.toString())
                .with(user(employer)).with(csrf()));
        UUID entry = entry();
        shortlists.requestContact(employer, entry, null);
        mvc.perform(post("/people/{id}/contacts/{entry}", person, entry).param("answer", "AGREED").with(user(staff))
                .with(csrf()));

        move(entry, "CONTACTED").andExpect(flash().attribute("message", "shortlist.moved.CONTACTED"));
        move(entry, "INTERVIEWED").andExpect(flash().attribute("message", "shortlist.moved.INTERVIEWED"));
        mvc.perform(post("/shortlist/{id}/stage", entry).param("stage", "HIRED").param("hiredOn", "2026-12-01")
                        .param("vacancyId", vacancy.toString()).with(user(employer)).with(csrf()))
                .andExpect(flash().attribute("message", "shortlist.moved.HIRED"));
        move(entry, "REJECTED").andExpect(flash().attribute("problem", "shortlist.transition.refused"));

        assertThat(jdbc.sql("select occupation_code || ' ' || hired_on from placement where person_id = ?").param(person)
                .query(String.class).single()).isEqualTo("7533 2026-12-01");
        String placements = mvc.perform(get("/placements").with(user(department))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(placements).contains(centreName, "7533");
        mvc.perform(get("/placements").with(user(employer))).andExpect(status().isForbidden());
    }

    @Test
    void aHireMakesThePersonEmployedFromItsDayTakesAPlaceAndLeavesTheVacancysCandidates() throws Exception {
        UUID enrolment = jdbc.sql("select id from enrolment where person_id = ?").param(person).query(UUID.class).single();
        certificates.issue(staff, enrolment, "SC-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2026, 5, 2));
        UUID wide = openVacancy(2);
        UUID single = openVacancy(1);
        indexCandidates();
        assertThat(search.forVacancy(employer, wide, false, 20)).extracting(m -> m.personId()).contains(person.toString());
        LocalDate hiredOn = LocalDate.now();

        hire(wide, hiredOn);

        assertThat(register.find(person).orElseThrow().labourStatus()).isEqualTo(LabourStatus.EMPLOYED);
        // Employed from the hire's day: the days before keep the status the register held then.
        assertThat(jdbc.sql("select status || ' until ' || until from labour_status_period where person_id = ?")
                .param(person).query(String.class).single()).isEqualTo("UNEMPLOYED until " + hiredOn);
        assertThat(employers.vacancy(employer, wide).hired()).isEqualTo(1);
        assertThat(employers.vacancy(employer, wide).status()).isEqualTo(Vacancy.Status.OPEN);
        mvc.perform(get("/vacancies/{id}", wide).with(user(employer)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1/2 đã tuyển")));
        indexCandidates();
        assertThat(search.forVacancy(employer, wide, false, 20)).extracting(m -> m.personId()).doesNotContain(person.toString());

        // The last place taken fills the vacancy by itself; a filled vacancy takes no more hires.
        hire(single, hiredOn);
        assertThat(employers.vacancy(employer, single).status()).isEqualTo(Vacancy.Status.FILLED);
        assertThat(employers.vacancy(employer, single).hired()).isEqualTo(1);
    }

    private void indexCandidates() throws java.io.IOException {
        candidates.sync();
        elasticsearch.indices().refresh(r -> r.index(vn.tuyenquang.workforce.matching.index.CandidateProjection.ALIAS));
    }

    private UUID openVacancy(int headcount) {
        UUID id = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy("Công nhân may",
                "7533", "SO_CAP", "May công nghiệp", headcount, 6_500_000L, 8_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(20), null, null)).id();
        employers.move(employer, id, Vacancy.Status.OPEN);
        return id;
    }

    private void hire(UUID vacancyId, LocalDate on) {
        ShortlistEntry entry = shortlists.shortlist(employer, vacancyId, person);
        shortlists.requestContact(employer, entry.id(), null);
        contacts.answer(staff, entry.id(), new ContactAnswers.Answered(ContactRequest.Answer.AGREED,
                vn.tuyenquang.workforce.system.ProvinceTime.today(java.time.Clock.systemUTC()), null));
        for (ShortlistEntry.Stage stage : java.util.List.of(ShortlistEntry.Stage.CONTACTED, ShortlistEntry.Stage.INTERVIEWED,
                ShortlistEntry.Stage.HIRED)) {
            hiring.move(employer, entry.id(), stage, on);
        }
    }

    @Test
    void nobodyWhoWithdrewConsentCanBeShortlistedAndOtherEmployersSeeNoShortlist() throws Exception {
        records.setConsent(person, false);
        mvc.perform(post("/vacancies/{id}/shortlist", vacancy).param("personId", person.toString())
                .with(user(employer)).with(csrf())).andExpect(flash().attribute("problem", "shortlist.person.notFindable"));

        CurrentUser other = accounts.create(Role.EMPLOYER);
        mvc.perform(get("/vacancies/{id}/shortlist", vacancy).with(user(other))).andExpect(status().isForbidden());
        CurrentUser otherCentre = accounts.create(Role.CENTRE_STAFF);
        mvc.perform(get("/people/{id}/contacts", person).with(user(otherCentre))).andExpect(status().isForbidden());
    }

    private String shortlistPage() throws Exception {
        return mvc.perform(get("/vacancies/{id}/shortlist", vacancy).with(user(employer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private UUID entry() {
        return jdbc.sql("select id from shortlist_entry where vacancy_id = ? and person_id = ?").params(vacancy, person)
                .query(UUID.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions move(UUID entry, String stage) throws Exception {
        return mvc.perform(post("/shortlist/{id}/stage", entry).param("stage", stage).param("vacancyId", vacancy.toString())
                .with(user(employer)).with(csrf()));
    }
}
