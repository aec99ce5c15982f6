package vn.tuyenquang.workforce.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request body that cannot even be taken apart (a multipart body without its parts) fails before any controller is
 * chosen, so neither the pages' nor the API's handlers see it: it is a bad request, as a page or a problem detail.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedRequests {

    static final String MESSAGE_KEY = "input.malformedBody";

    private final MessageSource messages;

    MalformedRequests(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    Object malformedMultipart(MultipartException malformed, HttpServletRequest request, Locale locale) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage(MESSAGE_KEY, null, locale));
            problem.setProperty("code", MESSAGE_KEY);
            return ResponseEntity.badRequest().body(problem);
        }
        return ErrorPage.of(HttpStatus.BAD_REQUEST, MESSAGE_KEY);
    }
}
