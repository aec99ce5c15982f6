package vn.tuyenquang.workforce.training.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.tuyenquang.workforce.training.TrainingException;

/** A training record that does not exist, or a step that cannot be taken, shown as an error page. */
@ControllerAdvice(basePackageClasses = TrainingErrors.class)
class TrainingErrors {

    @ExceptionHandler
    ModelAndView refused(TrainingException e) {
        HttpStatus status = e.messageKey().endsWith(".notFound") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", e.messageKey());
        return page;
    }
}
