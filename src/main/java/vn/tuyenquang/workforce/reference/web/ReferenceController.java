package vn.tuyenquang.workforce.reference.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/** The reference lists as pages: communes, ethnic groups, occupations and qualification levels. */
@Controller
class ReferenceController {

    static final String COMMUNES_VIEW = "reference/communes";
    static final String ETHNIC_GROUPS_VIEW = "reference/ethnic-groups";
    static final String OCCUPATIONS_VIEW = "reference/occupations";
    static final String QUALIFICATION_LEVELS_VIEW = "reference/qualification-levels";

    private final ReferenceCatalog catalog;

    ReferenceController(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/reference/communes")
    String communes(@RequestParam(defaultValue = "") String q, Model model) {
        List<Commune> all = catalog.communes();
        Map<String, Long> counts = new HashMap<>(all.stream()
                .collect(Collectors.groupingBy(c -> c.kind().name(), Collectors.counting())));
        counts.put("total", (long) all.size());
        model.addAttribute("counts", counts);
        model.addAttribute("q", q);
        model.addAttribute("communes", catalog.searchCommunes(q));
        return COMMUNES_VIEW;
    }

    @GetMapping("/reference/ethnic-groups")
    String ethnicGroups(Model model) {
        model.addAttribute("ethnicGroups", catalog.ethnicGroups());
        return ETHNIC_GROUPS_VIEW;
    }

    @GetMapping("/reference/occupations")
    String occupations(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("occupations", catalog.searchOccupations(null, q));
        model.addAttribute("locale", locale);
        return OCCUPATIONS_VIEW;
    }

    @GetMapping("/reference/qualification-levels")
    String qualificationLevels(Model model) {
        model.addAttribute("levels", catalog.qualificationLevels());
        return QUALIFICATION_LEVELS_VIEW;
    }
}
