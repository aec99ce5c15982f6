package vn.tuyenquang.workforce.matching.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.matching.OccupationSuggestions;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.PageAccess;
import vn.tuyenquang.workforce.system.SearchUnavailable;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * Typeahead for the forms that name an occupation or skills (vacancies, courses): what is typed may lack
 * its accents. Occupations come from VSCO 2020 (titles and the job titles people use), skills from the courses
 * people are trained in.
 */
@RestController
class SuggestionController {

    static final int SHOWN = 10;

    /** A suggestion: the value that goes into the field, and what the list shows. */
    record Suggestion(String value, String label) {
    }

    private final OccupationSuggestions occupations;
    private final ReferenceCatalog reference;
    private final TrainingReads training;

    SuggestionController(OccupationSuggestions occupations, ReferenceCatalog reference, TrainingReads training) {
        this.occupations = occupations;
        this.reference = reference;
        this.training = training;
    }

    /**
     * Occupations for what was typed, best first (see {@link OccupationSuggestions}). While Elasticsearch is
     * unavailable the reference list's own search answers (titles and job titles, no course names), so that a form
     * can still be filled in.
     */
    @GetMapping("/suggest/occupations")
    List<Suggestion> occupations(@RequestParam(defaultValue = "") String q, Locale locale) {
        try {
            return occupations.suggest(q, SHOWN).stream()
                    .map(s -> new Suggestion(s.occupation().code(), s.label(locale))).toList();
        } catch (SearchUnavailable e) {
            return reference.searchOccupations(4, q).stream().limit(SHOWN)
                    .map(o -> new Suggestion(o.code(), new OccupationSuggestions.Suggested(o, null).label(locale)))
                    .toList();
        }
    }

    @GetMapping("/suggest/skills")
    List<Suggestion> skills(@RequestParam(defaultValue = "") String q) {
        return training.courseNamesMatching(q).stream().map(TrainingReads.CourseName::name).distinct().limit(SHOWN)
                .map(name -> new Suggestion(name, name)).toList();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess suggestions() {
            return paths -> paths.requestMatchers("/suggest/**").authenticated();
        }
    }
}
