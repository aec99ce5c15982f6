package vn.tuyenquang.workforce.imports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
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
import vn.tuyenquang.workforce.system.CsvDownload;
import vn.tuyenquang.workforce.imports.ImportRuns;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** Uploading a graduates file; following any import and resuming it. Its reports: {@link ImportReportController}. */
@Controller
class ImportController {

    static final String UPLOAD_VIEW = "imports/graduates";
    static final String PROGRESS_VIEW = "imports/progress";
    static final int ERRORS_SHOWN = 200;
    /** The graduates contract's course-code column (batch/graduates/README.md). */
    static final String COURSE_CODE = "ma_khoa_hoc";

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
        model.addAttribute("departures", progress.run().surveyYear() == null ? Map.of() : runs.departures(user, id));
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

    /**
     * The synthetic graduates sample with this centre's own course codes in place of the contract's (each course code of
     * the sample stands for one of the centre's courses, in order), so that it imports cleanly at that centre.
     */
    @GetMapping("/imports/graduates/{centreId}/sample.csv")
    ResponseEntity<String> centreSample(@PathVariable UUID centreId, @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        java.util.List<String> courses = training.courses(user, centreId).stream()
                .map(vn.tuyenquang.workforce.training.Course::code).toList();
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        StringBuilder csv = new StringBuilder();
        try (var in = new java.io.InputStreamReader(new ClassPathResource("batch/graduates/graduates-sample.csv")
                .getInputStream(), StandardCharsets.UTF_8);
             var records = CSVFormat.DEFAULT.builder().setHeader().get().parse(in);
             var out = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            int column = records.getHeaderNames().indexOf(COURSE_CODE);
            out.printRecord(records.getHeaderNames());
            for (CSVRecord record : records) {
                java.util.List<String> values = new java.util.ArrayList<>(record.toList());
                if (!courses.isEmpty()) {
                    values.set(column, codes.computeIfAbsent(values.get(column),
                            sample -> courses.get(codes.size() % courses.size())));
                }
                out.printRecord(values);
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("graduates-sample.csv").build().toString())
                .body(csv.toString());
    }

    /** The template and the synthetic sample of each import's contract (batch/&lt;contract&gt;/). */
    @GetMapping({"/imports/graduates-template.csv", "/imports/labour-survey-template.csv",
            "/imports/labour-survey-sample.csv"})
    ResponseEntity<Resource> contractFile(jakarta.servlet.http.HttpServletRequest request) {
        String name = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        String contract = name.substring(0, name.lastIndexOf('-'));
        return CsvDownload.contractFile(contract, name);
    }
}
