package vn.tuyenquang.workforce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The paths no controller answers: the first rule of both filter chains lets them through, to be answered "not found"
 * (404) for everyone, signed in or not, whatever module rule their prefix falls under, rather than "forbidden", which
 * would say that the address exists. Static files, which no controller answers either, are public. A path a controller
 * answers by another method or media type counts as answered, and meets the modules' rules.
 */
final class UnmappedPaths implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> controllers;

    UnmappedPaths(ObjectProvider<RequestMappingHandlerMapping> controllers) {
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            return controllers.getObject().getHandler(request) == null;
        } catch (Exception methodOrMediaTypeRefused) {
            return false;
        }
    }
}
