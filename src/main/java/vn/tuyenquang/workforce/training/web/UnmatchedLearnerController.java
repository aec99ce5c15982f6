package vn.tuyenquang.workforce.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.CsvDownload;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * The learners behind "not matched to the survey": whom a commune officer's survey team should meet (the department's
 * for any commune), with where they trained, and an export for the team.
 */
@Controller
class UnmatchedLearnerController {

    static final String VIEW = "training/unmatched";

    private final PersonRecords records;
    private final TrainingReads training;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    UnmatchedLearnerController(PersonRecords records, TrainingReads training, ReferenceCatalog reference,
                               MessageSource messages) {
        this.records = records;
        this.training = training;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/training/unmatched-learners")
    String list(@RequestParam(defaultValue = "") String commune, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        List<Person> learners = records.unmatchedLearners(user, Optional.of(commune));
        model.addAttribute("learners", learners);
        model.addAttribute("enrolments", training.enrolmentsOf(learners.stream().map(Person::id).toList()));
        model.addAttribute("commune", commune);
        model.addAttribute("communes", reference.communes());
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("limit", PersonRecords.UNMATCHED_MAX);
        return VIEW;
    }

    /** The same list for the survey team, with the citizen ID a survey record needs to match. */
    @GetMapping("/training/unmatched-learners.csv")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String commune,
                                  @AuthenticationPrincipal CurrentUser user, Locale locale) {
        List<Person> learners = records.exportUnmatchedLearners(user, Optional.of(commune));
        Map<UUID, List<String>> enrolments = training.enrolmentsOf(learners.stream().map(Person::id).toList());
        Map<String, String> communeNames = reference.communeNames();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("person.citizenId", locale), text("person.fullName", locale),
                text("person.birthDate", locale), text("person.commune", locale), text("unmatched.trainedAt", locale)));
        for (Person learner : learners) {
            rows.add(List.of(learner.citizenId().value(), learner.fullName(), learner.birthDate().toString(),
                    communeNames.getOrDefault(learner.communeCode(), learner.communeCode()),
                    String.join("; ", enrolments.getOrDefault(learner.id(), List.of()))));
        }
        return CsvDownload.of("hoc-vien-chua-khop-dieu-tra.csv", rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
