package vn.tuyenquang.workforce.accounts;

import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Whether the signed-in user has one of these roles (named as {@link Role}'s constants). */
    public boolean hasAnyRole(String... roles) {
        if (!signedIn()) {
            return false;
        }
        Set<String> wanted = Set.of(roles);
        for (GrantedAuthority granted : SecurityContextHolder.getContext().getAuthentication().getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority != null && authority.startsWith("ROLE_") && wanted.contains(authority.substring(5))) {
                return true;
            }
        }
        return false;
    }
}
