package vn.tuyenquang.workforce.credentials.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * What the department publishes (keys, status lists, revocations), the token check and the learner's download are
 * public; a certificate's credentials are for those who may read the certificate (the service checks the centre).
 */
@Configuration(proxyBeanMethods = false)
class CredentialsAccess {

    @Bean
    PageAccess credentialPages() {
        return paths -> paths
                .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json", "/.well-known/did.json",
                        "/credentials/status/*", "/credentials/revocations/*", "/credentials/wallet/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/verify/token").permitAll()
                .requestMatchers(HttpMethod.GET, "/credentials/*", "/credentials/*/qr.svg", "/credentials/*/badge.jwt",
                        "/credentials/*/certificate.pdf", "/credentials/courses/*/certificates.pdf")
                .hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name(), Role.CENTRE_STAFF.name());
    }
}
