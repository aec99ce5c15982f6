package vn.tuyenquang.workforce.accounts;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The administrator's form for a new account. The initial password is one-time: its holder must
 * choose their own at first sign-in. A commune officer's commune is checked by {@link AccountManagement}.
 */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{account.username.pattern}") String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        String communeCode,
        UUID centreId,
        UUID employerId,
        @NotNull @Size(min = Passwords.MIN_LENGTH, max = 200, message = "{account.password.size}") @FitsBcrypt
        String initialPassword) {
}
