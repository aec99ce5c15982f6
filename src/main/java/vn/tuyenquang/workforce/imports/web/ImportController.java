package vn.tuyenquang.workforce.imports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.imports.GraduateImports;
import vn.tuyenquang.workforce.imports.ImportFileException;
import vn.tuyenquang.workforce.imports.ImportRuns;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** Uploading a graduates file; following any import and resuming it. Its reports: {@link ImportReportController}. */
@Controller
class ImportController {

    static final String UPLOAD_VIEW = "imports/graduates";
    static final String PROGRESS_VIEW = "imports/progress";
    static final int ERRORS_SHOWN = 200;

    private final GraduateImports imports;
    private final ImportRuns runs;
    private final TrainingRegistry training;
    ImportController(GraduateImports imports, ImportRuns runs, TrainingRegistry training) {
        this.imports = imports;
        this.runs = runs;
        this.training = training;
    }

    @GetMapping("/imports/graduates/{centreId}")
    String uploadPage(@PathVariable UUID centreId, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("centre", training.centre(user, centreId));
        model.addAttribute("history", imports.history(user, centreId));
        return UPLOAD_VIEW;
    }

    @PostMapping("/imports/graduates/{centreId}")
    String upload(@PathVariable UUID centreId, @RequestParam("file") MultipartFile file,
                  @AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
        return Uploads.start(file, (name, content) -> imports.upload(user, centreId, name, content), model,
                () -> uploadPage(centreId, user, model));
    }

    /** While the import runs, the page asks the browser to reload it every two seconds. */
    @GetMapping("/imports/{id}")
    String progress(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model,
                    HttpServletResponse response) {
        ImportRuns.Progress progress = runs.progress(user, id);
        if (progress.running()) {
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("progress", progress);
        model.addAttribute("centre", progress.run().centreId() == null ? null
                : training.centre(user, progress.run().centreId()));
        model.addAttribute("errors", runs.errors(user, id, ERRORS_SHOWN));
        model.addAttribute("errorsShown", ERRORS_SHOWN);
        return PROGRESS_VIEW;
    }

    @PostMapping("/imports/{id}/resume")
    String resume(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        try {
            runs.resume(user, id);
        } catch (ImportFileException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/imports/" + id;
    }

    /** The template and the synthetic sample of each import's contract (batch/&lt;contract&gt;/). */
    @GetMapping({"/imports/graduates-template.csv", "/imports/graduates-sample.csv",
            "/imports/labour-survey-template.csv", "/imports/labour-survey-sample.csv"})
    ResponseEntity<Resource> contractFile(jakarta.servlet.http.HttpServletRequest request) {
        String name = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        String contract = name.substring(0, name.lastIndexOf('-'));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new ClassPathResource("batch/" + contract + "/" + name));
    }
}
