package vn.tuyenquang.workforce.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in with its token ({@code Authorization: Bearer tqw_…}), as the account the token acts
 * for; an unknown or revoked token is answered like a wrong password, and an address that keeps presenting such
 * tokens is held back for a while ({@link LoginThrottle}), its calls refused unread. Calls without a token go on to HTTP
 * Basic, which people keep using.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final AuthenticationEntryPoint refusal;

    ApiTokenFilter(ApiTokens tokens, LoginThrottle throttle, AuthenticationEntryPoint refusal) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        if (throttle.tokensHeldBack(address)) {
            refusal.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
            return;
        }
        var user = tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            throttle.unknownToken(address);
            refusal.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
