package vn.tuyenquang.workforce.notifications.web;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.notifications.Notifications;
import vn.tuyenquang.workforce.system.PageAccess;

/** The bell's page: the user's notices, newest first; opening one marks it read and goes to its page. */
@Controller
class NotificationController {

    static final String NOTIFICATIONS_VIEW = "notifications/list";

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notifications", notifications.recent(user));
        return NOTIFICATIONS_VIEW;
    }

    @PostMapping("/notifications/{id}")
    String open(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        String link = notifications.open(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + link;
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal CurrentUser user) {
        notifications.readAll(user);
        return "redirect:/notifications";
    }

    /** Everyone signed in has notices of their own. */
    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess notificationPages() {
            return paths -> paths.requestMatchers("/notifications", "/notifications/**").authenticated();
        }
    }
}
