package vn.tuyenquang.workforce.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.Errors;

/**
 * How a controller submits a bound form: the action runs only when the form bound without errors, and a
 * {@link Refusal} becomes an error on the form, beside its field (or above the form when it names none), to be
 * shown with the form again.
 */
public final class Forms {

    private Forms() {
    }

    /** What {@code action} returned, or nothing when the form has errors to show (its own or the action's refusal). */
    public static <T> Optional<T> submit(Errors errors, Supplier<T> action) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (Refusal refusal) {
            if (refusal.field() == null) {
                errors.reject(refusal.messageKey());
            } else {
                errors.rejectValue(refusal.field(), refusal.messageKey());
            }
            return Optional.empty();
        }
    }

    /** Whether {@code action} ran without refusal; false when the form has errors to show. */
    public static boolean succeeds(Errors errors, Runnable action) {
        return submit(errors, () -> {
            action.run();
            return true;
        }).isPresent();
    }
}
