package vn.tuyenquang.workforce.system;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON endpoints answer every failure with a {@link ProblemDetail}: Spring MVC's own exceptions through
 * {@link ResponseEntityExceptionHandler}, a {@link Refusal} as 422 with its reason in the caller's
 * language and the field at fault, a refused scope as 403, anything unexpected as a 500 that reveals
 * nothing internal.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(Refusal refusal, Locale locale) {
        HttpStatus status = refusal.messageKey().endsWith(".notFound") ? HttpStatus.NOT_FOUND
                : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), locale));
        problem.setProperty("code", refusal.messageKey());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        if (refusal.all().size() > 1) {
            // Every value at fault, so that a client can show them all at once.
            problem.setProperty("errors", refusal.all().stream().map(r -> {
                java.util.Map<String, String> error = new java.util.LinkedHashMap<>();
                error.put("code", r.messageKey());
                error.put("detail", messages.getMessage(r.messageKey(), r.arguments(), r.messageKey(), locale));
                if (r.field() != null) {
                    error.put("field", r.field());
                }
                return error;
            }).toList());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail searchUnavailable(SearchUnavailable e, Locale locale) {
        log.warn("Search unavailable: {}", e.getCause() == null ? "" : e.getCause().getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(SearchUnavailable.MESSAGE_KEY, null, locale));
        problem.setProperty("code", SearchUnavailable.MESSAGE_KEY);
        return problem;
    }

    /** A value the database refused that the request's own checks missed: nothing changed, the caller corrects it. */
    @ExceptionHandler
    ProblemDetail refusedByDatabase(DataIntegrityViolationException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage("input.refusedByDatabase", null, locale));
        problem.setProperty("code", "input.refusedByDatabase");
        return problem;
    }

    /**
     * A body that is not the JSON the operation takes (a key given twice, a value of the wrong type, a document cut
     * short): 400, saying what the parser found, in the caller's language.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String found = e.getCause() instanceof JsonProcessingException json && json.getOriginalMessage() != null
                ? json.getOriginalMessage().lines().findFirst().orElse("")
                : "";
        if (found.length() > 200) {
            found = found.substring(0, 200) + "…";
        }
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("input.unreadableJson", new Object[]{found}, locale));
        problem.setProperty("code", "input.unreadableJson");
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A value in the address that is not of its type (an id that is not a UUID, a page that is not a number, a date
     * not written as 2026-07-05, a word not among an order's choices): 400, naming the parameter and what it takes.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
                                                        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Class<?> type = e.getRequiredType();
        String expected = type == null ? messages.getMessage("input.type.other", null, locale)
                : type.isEnum() ? String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                        .map(String::valueOf).toList())
                : messages.getMessage("input.type." + switch (type.getSimpleName()) {
                    case "UUID" -> "uuid";
                    case "int", "Integer", "long", "Long" -> "number";
                    case "LocalDate" -> "date";
                    case "boolean", "Boolean" -> "boolean";
                    default -> "other";
                }, null, locale);
        String name = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : e.getPropertyName();
        String value = String.valueOf(e.getValue());
        if (value.length() > 60) {
            value = value.substring(0, 60) + "…";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("input.malformed", new Object[]{name, value, expected}, locale));
        problem.setProperty("code", "input.malformed");
        problem.setProperty("field", name);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure in an API call", e);
        return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
