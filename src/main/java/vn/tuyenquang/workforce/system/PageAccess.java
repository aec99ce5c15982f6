package vn.tuyenquang.workforce.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module opens its own pages and API paths to the roles that need them. Everything no module
 * opens is denied: new pages are closed until their module says otherwise.
 */
@FunctionalInterface
public interface PageAccess {

    void grant(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths);
}
