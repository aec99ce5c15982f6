package vn.tuyenquang.workforce.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.PersonRecords;

/** Hires recorded the way an employer records them: a vacancy, a shortlist, a contact agreed, interview and hire. */
@TestComponent
public class TestHires {

    private final Employers employers;
    private final Shortlists shortlists;
    private final ContactAnswers contacts;
    private final Hiring hiring;
    private final PersonRecords records;

    TestHires(Employers employers, Shortlists shortlists, ContactAnswers contacts, Hiring hiring, PersonRecords records) {
        this.records = records;
        this.employers = employers;
        this.shortlists = shortlists;
        this.contacts = contacts;
        this.hiring = hiring;
    }

    /**
     * {@code employer} hires the person on {@code on} in {@code occupation}, for a new open vacancy of theirs; the
     * person, who consents to be found, agrees to be contacted through {@code keeper} (the centre's staff or the commune
     * officer who keeps their record).
     */
    public void hire(CurrentUser employer, CurrentUser keeper, UUID person, String occupation, LocalDate on) {
        records.setConsent(person, true);
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(
                "Thợ " + occupation, occupation, "SO_CAP", "tay nghề", 10, 6_000_000L, 9_000_000L, "00694", null, null,
                null, LocalDate.now().plusDays(20), null, null)).id();
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
        ShortlistEntry entry = shortlists.shortlist(employer, vacancy, person);
        shortlists.requestContact(employer, entry.id(), null);
        contacts.answer(keeper, entry.id(), new ContactAnswers.Answered(ContactRequest.Answer.AGREED,
                vn.tuyenquang.workforce.system.ProvinceTime.today(java.time.Clock.systemUTC()), null));
        for (ShortlistEntry.Stage stage : List.of(ShortlistEntry.Stage.CONTACTED, ShortlistEntry.Stage.INTERVIEWED,
                ShortlistEntry.Stage.HIRED)) {
            hiring.move(employer, entry.id(), stage, on);
        }
    }
}
