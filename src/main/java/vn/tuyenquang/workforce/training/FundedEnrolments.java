package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.programmes.FundingProgramme;
import vn.tuyenquang.workforce.programmes.Fundings;
import vn.tuyenquang.workforce.system.Refusal;

/**
 * An enrolment with the programme that pays for it (resolution IV.7b), as the course page's form and the API record
 * one: the learner and the programme checked together, then both saved in one transaction.
 */
@Service
public class FundedEnrolments {

    /** The form's and the request's field that names the programme. */
    public static final String PROGRAMME_FIELD = "programmeCode";

    private final TrainingRegistry training;
    private final Fundings fundings;

    FundedEnrolments(TrainingRegistry training, Fundings fundings) {
        this.training = training;
        this.fundings = fundings;
    }

    /** Checks the learner and the programme (empty for none) together, every mistake at once, writing nothing. */
    public void check(NewPerson person, LocalDate enrolledOn, String programmeCode) {
        List<Refusal> found = new ArrayList<>();
        try {
            training.checkLearner(person);
        } catch (Refusal refused) {
            found.addAll(refused.all());
        }
        try {
            fundings.named(programmeCode, enrolledOn, PROGRAMME_FIELD);
        } catch (Refusal refused) {
            found.add(refused);
        }
        Refusal.throwIfAny(found);
    }

    /** Enrols the person (as {@link TrainingRegistry#enrol} does) and records the programme that pays, if any. */
    @Transactional
    public Enrolment enrol(CurrentUser user, UUID courseId, NewPerson person, LocalDate enrolledOn,
                           String programmeCode) {
        Optional<FundingProgramme> programme = fundings.named(programmeCode, enrolledOn, PROGRAMME_FIELD);
        Enrolment enrolment = training.enrol(user, courseId, person, enrolledOn);
        programme.ifPresent(p -> fundings.fund(Map.of(enrolment.id(), p)));
        return enrolment;
    }
}
