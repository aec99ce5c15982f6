package vn.tuyenquang.workforce.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The error page (templates/error.html) with its status and the reason, in the reader's language. */
public final class ErrorPage {

    static final String VIEW = "error";

    private ErrorPage() {
    }

    public static ModelAndView of(HttpStatus status, String messageKey) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        return page;
    }

    /** The same, the reason's message taking one argument ({0}). */
    public static ModelAndView of(HttpStatus status, String messageKey, Object argument) {
        return of(status, messageKey).addObject("messageArgument", argument);
    }
}
