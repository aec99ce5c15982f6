package vn.tuyenquang.workforce.matching.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.reference.Occupation;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.PageAccess;
import vn.tuyenquang.workforce.training.TrainingRegistry;

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

    private final ReferenceCatalog reference;
    private final TrainingRegistry training;

    SuggestionController(ReferenceCatalog reference, TrainingRegistry training) {
        this.reference = reference;
        this.training = training;
    }

    /**
     * Occupations whose code starts with, or whose titles or job titles hold, what was typed (best first); then
     * those that courses of that name train for.
     */
    @GetMapping("/suggest/occupations")
    List<Suggestion> occupations(@RequestParam(defaultValue = "") String q, Locale locale) {
        if (q.isBlank()) {
            return List.of();
        }
        Map<String, Suggestion> found = new LinkedHashMap<>();
        reference.searchOccupations(4, q).forEach(o -> found.put(o.code(), new Suggestion(o.code(), label(o, locale))));
        for (TrainingRegistry.CourseName course : training.courseNamesMatching(q)) {
            reference.occupation(course.occupationCode()).ifPresent(o -> found.putIfAbsent(o.code(),
                    new Suggestion(o.code(), label(o, locale) + " (" + course.name() + ")")));
        }
        return found.values().stream().limit(SHOWN).toList();
    }

    @GetMapping("/suggest/skills")
    List<Suggestion> skills(@RequestParam(defaultValue = "") String q) {
        return training.courseNamesMatching(q).stream().map(TrainingRegistry.CourseName::name).distinct().limit(SHOWN)
                .map(name -> new Suggestion(name, name)).toList();
    }

    private static String label(Occupation occupation, Locale locale) {
        return occupation.code() + " · " + occupation.title(locale);
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess suggestions() {
            return paths -> paths.requestMatchers("/suggest/**").authenticated();
        }
    }
}
