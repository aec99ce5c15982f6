package vn.tuyenquang.workforce.imports.web;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.imports.SurveyImports;
import vn.tuyenquang.workforce.indicators.Indicators;

/** The department uploads a commune's labour-supply survey and sees the survey imports so far. */
@Controller
class SurveyImportController {

    static final String SURVEYS_VIEW = "imports/surveys";

    private final SurveyImports surveys;
    private final Clock clock;

    SurveyImportController(SurveyImports surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @GetMapping("/imports/surveys")
    String uploadPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        int current = ProvinceTime.today(clock).getYear();
        model.addAttribute("years", IntStream.rangeClosed(Indicators.FIRST_YEAR, current).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("chosenYear", model.containsAttribute("chosenYear") ? model.getAttribute("chosenYear") : current - 1);
        model.addAttribute("history", surveys.history(user));
        return SURVEYS_VIEW;
    }

    @PostMapping("/imports/surveys")
    String upload(@RequestParam int surveyYear, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean fullSurvey,
                  @AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
        return Uploads.start(file, (name, content) -> surveys.upload(user, surveyYear, name, content, fullSurvey), model, () -> {
            model.addAttribute("chosenYear", surveyYear);
            return uploadPage(user, model);
        });
    }
}
