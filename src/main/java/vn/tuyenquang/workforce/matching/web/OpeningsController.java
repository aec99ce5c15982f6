package vn.tuyenquang.workforce.matching.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.matching.VacancyMatch;
import vn.tuyenquang.workforce.matching.VacancySearch;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * The open vacancies that fit a person (for the staff who may open their record) or a centre's graduates
 * (for its staff and the department), each with why it fits. No link to the vacancy's own page: that is
 * the employer's and the department's; everything a job seeker needs to know is shown here.
 */
@Controller
class OpeningsController {

    static final String VIEW = "matching/openings";
    static final int SHOWN = 30;

    private final VacancySearch search;
    private final ReferenceCatalog reference;

    OpeningsController(VacancySearch search, ReferenceCatalog reference) {
        this.search = search;
        this.reference = reference;
    }

    @GetMapping("/people/{id}/vacancies")
    String forPerson(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        VacancySearch.PersonOpenings found = search.forPerson(user, id, SHOWN);
        model.addAttribute("person", found.person());
        return page(found.openings(), model);
    }

    @GetMapping("/training/centres/{id}/vacancies")
    String forCentre(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        VacancySearch.CentreOpenings found = search.forCentre(user, id, SHOWN);
        model.addAttribute("centre", found.centre());
        return page(found.openings(), model);
    }

    private String page(List<VacancyMatch> openings, Model model) {
        model.addAttribute("openings", openings);
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        model.addAttribute("occupations", reference.occupationsByCode());
        return VIEW;
    }
}
