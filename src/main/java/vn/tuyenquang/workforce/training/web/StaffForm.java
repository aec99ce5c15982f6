package vn.tuyenquang.workforce.training.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tuyenquang.workforce.accounts.NewAccount;
import vn.tuyenquang.workforce.accounts.Passwords;
import vn.tuyenquang.workforce.accounts.Role;

/** A staff account for one centre, with a one-time password. */
record StaffForm(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{account.username.pattern}") String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = 200, message = "{account.password.size}") String initialPassword) {

    NewAccount account(UUID centreId) {
        return new NewAccount(username, displayName, Role.CENTRE_STAFF, null, centreId, null, initialPassword);
    }
}
