package vn.tuyenquang.workforce.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import vn.tuyenquang.workforce.imports.ImportFileException;
import vn.tuyenquang.workforce.imports.ImportRun;

/** An uploaded file handed to an import: on to the import's progress page, or back to the upload page with its problem. */
final class Uploads {

    private Uploads() {
    }

    /**
     * Starts {@code importing} the file (named as uploaded); a file refused as a whole ({@link ImportFileException})
     * shows {@code uploadPage} again with the problem.
     */
    static String start(MultipartFile file, BiFunction<String, InputStream, ImportRun> importing, Model model,
                        Supplier<String> uploadPage) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return "redirect:/imports/" + importing.apply(file.getOriginalFilename(), content).id();
        } catch (ImportFileException e) {
            model.addAttribute("fileProblem", e);
            return uploadPage.get();
        }
    }
}
