package vn.tuyenquang.workforce.employers.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tuyenquang.workforce.accounts.NewAccount;
import vn.tuyenquang.workforce.accounts.Passwords;
import vn.tuyenquang.workforce.accounts.Role;

/** An account for one employer, with a one-time password. */
record EmployerAccountForm(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{account.username.pattern}") String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = 200, message = "{account.password.size}") String initialPassword) {

    NewAccount account(UUID employerId) {
        return new NewAccount(username, displayName, Role.EMPLOYER, null, null, employerId, initialPassword);
    }
}
