package vn.tuyenquang.workforce.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password bcrypt can hash: at most 72 bytes in UTF-8 (a Vietnamese letter may take 3), refused beside its
 * field instead of failing when it is hashed.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FitsBcrypt.Check.class)
public @interface FitsBcrypt {

    int MAX_BYTES = 72;

    String message() default "{account.password.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<FitsBcrypt, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }
    }
}
