package vn.tuyenquang.workforce.matching.web;

import java.util.List;
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
import vn.tuyenquang.workforce.matching.CandidateOrder;
import vn.tuyenquang.workforce.matching.CandidateQuery;
import vn.tuyenquang.workforce.matching.CandidateSearch;
import vn.tuyenquang.workforce.matching.Workplaces;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/** The candidates found for a vacancy, masked, each with why it was found. */
@Controller
class CandidateController {

    static final String CANDIDATES_VIEW = "matching/candidates";
    /** The distances one may choose to search within, in km. */
    static final List<Integer> DISTANCES = List.of(5, 10, 25, 50, 100);

    private final CandidateSearch search;
    private final Employers employers;
    private final ReferenceCatalog reference;

    CandidateController(CandidateSearch search, Employers employers, ReferenceCatalog reference) {
        this.search = search;
        this.employers = employers;
        this.reference = reference;
    }

    /**
     * A page of the vacancy's candidates, filtered and ordered as asked; the filters are kept in every link (the pages,
     * widening the search), and each candidate still says why they were found.
     */
    @GetMapping("/vacancies/{id}/candidates")
    String candidates(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean widen,
                      @RequestParam(required = false) String commune, @RequestParam(required = false) Integer withinKm,
                      @RequestParam(required = false) String minLevel,
                      @RequestParam(defaultValue = "false") boolean verifiedOnly,
                      @RequestParam(defaultValue = "BEST") CandidateOrder order, @RequestParam(defaultValue = "0") int page,
                      @AuthenticationPrincipal CurrentUser user, jakarta.servlet.http.HttpServletRequest request,
                      Model model) {
        Vacancy vacancy = employers.vacancy(user, id);
        // Where shortlisting a candidate brings the employer back to: these results, as filtered and paged.
        model.addAttribute("here", request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        CandidateQuery query = new CandidateQuery(widen, commune, withinKm, minLevel, verifiedOnly, order, page,
                CandidateQuery.PAGE_SIZE);
        int vacancyMinimum = reference.qualificationLevel(vacancy.minLevelCode()).orElseThrow().ordinal();
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("query", query);
        model.addAttribute("found", search.find(user, id, query));
        model.addAttribute("communes", reference.communes());
        model.addAttribute("distances", DISTANCES);
        model.addAttribute("levelChoices", reference.qualificationLevels().stream()
                .filter(level -> level.ordinal() >= vacancyMinimum).toList());
        model.addAttribute("orders", CandidateOrder.values());
        model.addAttribute("onMap", Workplaces.of(vacancy, reference) != null);
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        model.addAttribute("occupations", reference.occupationsByCode());
        return CANDIDATES_VIEW;
    }
}
