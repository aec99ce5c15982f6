package vn.tuyenquang.workforce.system;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link Refusal} from a page, shown as the error page with its reason in the reader's language: 404
 * for a record that does not exist, 422 for a request that cannot be carried out. Forms catch their own
 * refusals to show them beside the field; this is for the rest. A search engine that does not answer is 503
 * with what the user can still do ({@link SearchUnavailable}). JSON endpoints answer with a problem
 * detail instead ({@link ApiExceptionHandler}, which comes first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalPages {

    @ExceptionHandler
    ModelAndView refused(Refusal refusal) {
        HttpStatus status = refusal.messageKey().endsWith(".notFound") ? HttpStatus.NOT_FOUND
                : HttpStatus.UNPROCESSABLE_ENTITY;
        return ErrorPage.of(status, refusal.messageKey());
    }

    /**
     * A value the database refused (too long, out of range, a NUL byte) that a form's own checks missed: the
     * request changed nothing (its transaction rolled back) and the person is told to correct the value.
     */
    @ExceptionHandler
    ModelAndView refusedByDatabase(DataIntegrityViolationException refused) {
        return ErrorPage.of(HttpStatus.UNPROCESSABLE_ENTITY, "input.refusedByDatabase");
    }

    /** An address or parameter of the wrong type (a year that is not a number, an unknown choice). */
    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    ModelAndView badRequest(Exception badValue) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "input.badValue");
    }

    @ExceptionHandler
    ModelAndView searchUnavailable(SearchUnavailable unavailable) {
        return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, SearchUnavailable.MESSAGE_KEY);
    }
}
