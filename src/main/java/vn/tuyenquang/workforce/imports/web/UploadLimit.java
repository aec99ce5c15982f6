package vn.tuyenquang.workforce.imports.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.tuyenquang.workforce.system.ErrorPage;

/**
 * The largest file an upload form takes ({@code spring.servlet.multipart.max-file-size}), stated on the forms;
 * a larger one gets a page saying so (413) instead of a dropped connection. The exception is raised before
 * any controller is chosen, so this advice applies to every request.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the general answer to any other malformed multipart body
class UploadLimit {

    private final long limitMb;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size}") DataSize limit) {
        this.limitMb = limit.toMegabytes();
    }

    @ModelAttribute("uploadLimitMb")
    long uploadLimitMb() {
        return limitMb;
    }

    @ExceptionHandler
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        return ErrorPage.of(HttpStatus.PAYLOAD_TOO_LARGE, "imports.file.tooLarge", limitMb);
    }
}
