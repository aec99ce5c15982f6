package vn.tuyenquang.workforce.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.placement.ContactAnswered;
import vn.tuyenquang.workforce.placement.ContactRequested;
import vn.tuyenquang.workforce.placement.HireRecorded;
import vn.tuyenquang.workforce.text.VietnameseText;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * What happens on a shortlist, in the bells, once it is committed (a notice lost to a failure here never undoes the
 * fact): those who keep the person's record (the department, the person's commune, the centres that trained them)
 * hear of an employer's request to contact the person and of their hire; the employer hears the person's answer. The
 * person is named masked, as the employer sees them before agreeing.
 */
@Component
class PlacementNotices {

    private final Notifications notifications;
    private final PersonRegister register;
    private final TrainingReads training;

    PlacementNotices(Notifications notifications, PersonRegister register, TrainingReads training) {
        this.notifications = notifications;
        this.register = register;
        this.training = training;
    }

    @ApplicationModuleListener
    void contactRequested(ContactRequested requested) {
        Optional<Person> person = register.find(requested.personId());
        notifications.send(keepersOf(requested.personId(), person), "notice.contactRequested",
                List.of(requested.employerName(), requested.vacancyTitle(), maskedName(person)), "/contacts");
    }

    @ApplicationModuleListener
    void contactAnswered(ContactAnswered answered) {
        notifications.send(List.of(Audience.employer(answered.employerId())),
                "notice.contactAnswered." + answered.answer(),
                List.of(maskedName(register.find(answered.personId())), answered.vacancyTitle()),
                "/vacancies/" + answered.vacancyId() + "/shortlist");
    }

    @ApplicationModuleListener
    void hired(HireRecorded hire) {
        Optional<Person> person = register.find(hire.personId());
        notifications.send(keepersOf(hire.personId(), person), "notice.hired",
                List.of(maskedName(person), hire.vacancyTitle()), "/people/" + hire.personId());
    }

    /** Who keeps the person's record: the department, their commune's officers, the centres that trained them. */
    private List<Audience> keepersOf(UUID personId, Optional<Person> person) {
        List<Audience> keepers = new ArrayList<>();
        keepers.add(Audience.department());
        person.ifPresent(p -> keepers.add(Audience.commune(p.communeCode())));
        training.centresOf(personId).forEach(centre -> keepers.add(Audience.centre(centre)));
        return keepers;
    }

    private static String maskedName(Optional<Person> person) {
        return person.map(p -> VietnameseText.maskName(p.fullName())).orElse("");
    }
}
