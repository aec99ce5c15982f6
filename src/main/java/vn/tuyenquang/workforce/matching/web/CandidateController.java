package vn.tuyenquang.workforce.matching.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.matching.CandidateSearch;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/** The candidates found for a vacancy, masked, each with why it was found. */
@Controller
class CandidateController {

    static final String CANDIDATES_VIEW = "matching/candidates";
    static final int SHOWN = 50;

    private final CandidateSearch search;
    private final Employers employers;
    private final ReferenceCatalog reference;

    CandidateController(CandidateSearch search, Employers employers, ReferenceCatalog reference) {
        this.search = search;
        this.employers = employers;
        this.reference = reference;
    }

    @GetMapping("/vacancies/{id}/candidates")
    String candidates(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean widen,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        Vacancy vacancy = employers.vacancy(user, id);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("widen", widen);
        model.addAttribute("candidates", search.forVacancy(user, id, widen, SHOWN));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        model.addAttribute("occupations", reference.occupationsByCode());
        return CANDIDATES_VIEW;
    }
}
