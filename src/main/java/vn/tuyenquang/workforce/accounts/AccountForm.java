package vn.tuyenquang.workforce.accounts;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form that gives a training centre or an employer an account of its own, with a one-time password:
 * the account is tied to that centre or employer, whatever the form says.
 */
public record AccountForm(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{account.username.pattern}") String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = 200, message = "{account.password.size}") @FitsBcrypt
        String initialPassword) {

    public static AccountForm empty() {
        return new AccountForm("", "", "");
    }

    /** A staff account of the training centre. */
    public NewAccount centreStaff(UUID centreId) {
        return new NewAccount(username, displayName, Role.CENTRE_STAFF, null, centreId, null, initialPassword);
    }

    /** An account of the employer. */
    public NewAccount employer(UUID employerId) {
        return new NewAccount(username, displayName, Role.EMPLOYER, null, null, employerId, initialPassword);
    }
}
