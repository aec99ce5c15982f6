package vn.tuyenquang.workforce.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as other modules see them: who they are, their role, and the commune their data
 * is scoped to. Controllers receive it with {@code @AuthenticationPrincipal CurrentUser user}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private Account account;

    CurrentUser(Account account) {
        this.account = account;
    }

    public UUID id() {
        return account.id();
    }

    public String displayName() {
        return account.displayName();
    }

    public Role role() {
        return account.role();
    }

    /** The one commune a commune officer's data is limited to; empty for province-wide roles. */
    public Optional<String> communeCode() {
        return Optional.ofNullable(account.communeCode());
    }

    /**
     * Whose figures this person reads in a report kept for the province and for each commune (work abroad, digital
     * skills): empty for the whole province (the department, administrators), a commune officer's own commune; anyone
     * else is refused.
     */
    public Optional<String> provinceOrOwnCommune() {
        if (role().isProvinceWide()) {
            return Optional.empty();
        }
        return Optional.of(communeCode().orElseThrow(() -> new AccessDeniedException(
                "figures for the department and each commune")));
    }

    /**
     * Whose training this person reads where the department reads every centre's and a centre's staff their own
     * (completions, enrolments, imports, learners): empty for the whole province (the department, administrators), a
     * centre's staff their centre; anyone else is refused.
     */
    public Optional<UUID> provinceOrOwnCentre() {
        if (role().isProvinceWide()) {
            return Optional.empty();
        }
        return Optional.of(centreId().orElseThrow(() -> new AccessDeniedException(
                "training for the department and each centre's own")));
    }

    /** The one training centre a centre's staff member works for; empty for other roles. */
    public Optional<UUID> centreId() {
        return Optional.ofNullable(account.centreId());
    }

    /** The one employer an employer's account acts for; empty for other roles. */
    public Optional<UUID> employerId() {
        return Optional.ofNullable(account.employerId());
    }

    public boolean mustChangePassword() {
        return account.mustChangePassword();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    /** Once signed in, the session (kept in the database) holds the account without its password hash. */
    @Override
    public void eraseCredentials() {
        account = account.withoutPassword();
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }


    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
