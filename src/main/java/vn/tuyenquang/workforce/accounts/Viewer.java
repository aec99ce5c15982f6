package vn.tuyenquang.workforce.accounts;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, as the templates ask it ({@code th:if="${@viewer.hasAnyRole('ADMIN', 'DEPARTMENT')}"}):
 * what Spring Security's {@code sec:authorize} answered, without parsing an access expression at every use. The layout
 * asks it about fifteen times a page, and {@code sec:authorize} parsing each time was a tenth of a page's work. What a
 * page shows is no security boundary: every address checks its user itself. Not public: only templates use it, by name.
 */
@Component("viewer")
class Viewer {

    /** Whether someone is signed in (not the anonymous visitor). */
    public boolean signedIn() {
        return signedInUser().isPresent();
    }

    /** Whether the signed-in user has one of these roles (named as {@link Role}'s constants). */
    public boolean hasAnyRole(String... roles) {
        Set<String> wanted = Arrays.stream(roles).map(role -> Role.valueOf(role).authority()).collect(Collectors.toSet());
        return signedInUser().stream().flatMap(user -> user.getAuthorities().stream())
                .anyMatch(granted -> wanted.contains(granted.getAuthority()));
    }

    private static Optional<Authentication> signedInUser() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(authentication -> authentication.isAuthenticated()
                        && !(authentication instanceof AnonymousAuthenticationToken));
    }
}
