package vn.tuyenquang.workforce.home.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.imports.ImportRuns;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.matching.CandidateQuery;
import vn.tuyenquang.workforce.matching.CandidateSearch;
import vn.tuyenquang.workforce.notifications.Notifications;
import vn.tuyenquang.workforce.people.IdentityConflicts;
import vn.tuyenquang.workforce.placement.ContactAnswers;
import vn.tuyenquang.workforce.system.SearchUnavailable;
import vn.tuyenquang.workforce.training.TrainingReads;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The home page: the public page for anyone not signed in; for a signed-in user, first what their role has to look at.
 * The department (and administrators): the province's rates against the path, the contact queue, imports that need
 * attention. A commune officer: the commune's rates, its learners not matched to a survey, the contact queue. A
 * centre's staff: its courses, its imports that need attention, the contact queue. An employer: its vacancies with
 * places filled and candidates found, and the latest answers.
 */
@Controller
class HomeController {

    static final String HOME_VIEW = "home";
    private static final int SHOWN = 5;

    private final Indicators indicators;
    private final ContactAnswers contacts;
    private final ImportRuns imports;
    private final TrainingRegistry training;
    private final TrainingReads reads;
    private final Employers employers;
    private final CandidateSearch candidates;
    private final Notifications notifications;
    private final IdentityConflicts conflicts;

    HomeController(Indicators indicators, ContactAnswers contacts, ImportRuns imports, TrainingRegistry training, TrainingReads reads,
                   Employers employers, CandidateSearch candidates, Notifications notifications,
                   IdentityConflicts conflicts) {
        this.conflicts = conflicts;
        this.indicators = indicators;
        this.contacts = contacts;
        this.imports = imports;
        this.training = training;
        this.reads = reads;
        this.employers = employers;
        this.candidates = candidates;
        this.notifications = notifications;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null) {
            return HOME_VIEW;
        }
        switch (user.role()) {
            case ADMIN, DEPARTMENT -> {
                rates(user, model);
                contactQueue(user, model);
                model.addAttribute("importsToSee", imports.needingAttention(user).stream().limit(SHOWN).toList());
                model.addAttribute("conflictsWaiting", conflicts.waiting(user));
            }
            case COMMUNE_OFFICER -> {
                rates(user, model);
                contactQueue(user, model);
            }
            case CENTRE_STAFF -> {
                UUID centre = user.centreId().orElseThrow();
                model.addAttribute("centre", training.centre(user, centre));
                model.addAttribute("courses", training.courses(user, centre));
                model.addAttribute("completed", reads.completedByCourse(user, centre));
                model.addAttribute("importsToSee", imports.needingAttention(user).stream().limit(SHOWN).toList());
                contactQueue(user, model);
            }
            case EMPLOYER -> employer(user, model);
        }
        return HOME_VIEW;
    }

    /** The rates of the user's scope (the province, or the officer's commune) this year, against the path. */
    private void rates(CurrentUser user, Model model) {
        Optional<String> scope = indicators.scope(user, Optional.empty());
        model.addAttribute("report", indicators.report(scope, indicators.currentYear(), indicators.defaultSettings()));
    }

    private void contactQueue(CurrentUser user, Model model) {
        model.addAttribute("contactsWaiting", contacts.contactRequestsWaiting(user));
        model.addAttribute("contactQueue", contacts.contactQueue(user).stream().limit(SHOWN).toList());
    }

    /** The employer's vacancies, open ones first, each open one with how many candidates the search finds now. */
    private void employer(CurrentUser user, Model model) {
        UUID employerId = user.employerId().orElseThrow();
        List<Vacancy> vacancies = employers.vacancies(user, employerId).stream()
                .sorted(java.util.Comparator.comparing((Vacancy v) -> v.status() != Vacancy.Status.OPEN)
                        .thenComparing(Vacancy::deadline))
                .toList();
        Map<UUID, Long> found = new LinkedHashMap<>();
        try {
            vacancies.stream().filter(v -> v.status() == Vacancy.Status.OPEN).limit(SHOWN).forEach(v ->
                    found.put(v.id(), candidates.find(user, v.id(), CandidateQuery.best(false, 1)).total()));
        } catch (SearchUnavailable searchDown) {
            // The page still opens without the counts; the candidates page says why they are missing.
        }
        model.addAttribute("employer", employers.employer(user, employerId));
        model.addAttribute("vacancies", vacancies);
        model.addAttribute("candidatesFound", found);
        model.addAttribute("news", notifications.recent(user).stream().limit(SHOWN).toList());
    }
}
