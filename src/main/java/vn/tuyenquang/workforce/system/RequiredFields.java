package vn.tuyenquang.workforce.system;

import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

/**
 * Whether a form's field must be filled in, read from the form's own constraints ({@code @NotNull}, {@code @NotBlank},
 * {@code @NotEmpty}), so that the mark beside a label ("*") says what the check will say: forms use it as
 * {@code @requiredFields.of(#object, 'title')}.
 */
@Component("requiredFields")
public class RequiredFields {

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    public boolean of(Object form, String field) {
        if (form == null) {
            return false;
        }
        return known.computeIfAbsent(form.getClass().getName() + "#" + field, key -> required(form.getClass(), field));
    }

    /** Whether any field of the form must be filled in, so that the form explains its mark once. */
    public boolean anyOf(Object form) {
        if (form == null) {
            return false;
        }
        return known.computeIfAbsent(form.getClass().getName() + "#*", key -> anyConstrained(form.getClass()));
    }

    private static boolean anyConstrained(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (var field : c.getDeclaredFields()) {
                if (constrained(field)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A constraint on a record's component lands on its field too; a class's fields are looked up its hierarchy. */
    private static boolean required(Class<?> type, String field) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (constrainedField(c, field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean constrainedField(Class<?> type, String field) {
        try {
            return constrained(type.getDeclaredField(field));
        } catch (NoSuchFieldException notThere) {
            return false;
        }
    }

    private static boolean constrained(AnnotatedElement element) {
        return element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class);
    }
}
