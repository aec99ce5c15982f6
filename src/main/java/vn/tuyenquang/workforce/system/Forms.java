package vn.tuyenquang.workforce.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.Errors;

/**
 * How a controller submits a bound form: the action runs only when the form bound without errors, and a
 * {@link Refusal} (with every other found with it) becomes errors on the form, each beside its field (or above the
 * form when it names none), to be shown with the form again.
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
        } catch (Refusal refused) {
            reject(errors, refused);
            return Optional.empty();
        }
    }

    /**
     * The same, checking the values whole first: {@code check} (which writes nothing) runs even when the form did not
     * bind cleanly, and its refusals join the binding's errors on the fields that have none yet, so that the form shows
     * every mistake at once instead of one round at a time.
     */
    public static <T> Optional<T> submit(Errors errors, Runnable check, Supplier<T> action) {
        try {
            check.run();
        } catch (Refusal refused) {
            reject(errors, refused);
        }
        return submit(errors, action);
    }

    /** {@link #submit(Errors, Runnable, Supplier)} for an action that returns nothing: whether it ran. */
    public static boolean succeeds(Errors errors, Runnable check, Runnable action) {
        return submit(errors, check, () -> {
            action.run();
            return true;
        }).isPresent();
    }

    /** Whether {@code action} ran without refusal; false when the form has errors to show. */
    public static boolean succeeds(Errors errors, Runnable action) {
        return submit(errors, () -> {
            action.run();
            return true;
        }).isPresent();
    }

    /**
     * Puts the refusal and those found with it on the form, each beside its field (above the form when it names none);
     * a field already showing an error (from binding) keeps that one.
     */
    private static void reject(Errors errors, Refusal refused) {
        for (Refusal refusal : refused.all()) {
            if (refusal.field() == null) {
                errors.reject(refusal.messageKey(), refusal.arguments(), null);
            } else if (!errors.hasFieldErrors(refusal.field())) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
    }
}
