package vn.tuyenquang.workforce.notifications;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.people.IdentityConflictsOverLimit;

/** Tells the department when a training centre reaches its day's allowance of identity conflicts. */
@Component
class IdentityConflictNotices {

    private final Notifications notifications;

    IdentityConflictNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void overLimit(IdentityConflictsOverLimit reached) {
        notifications.send(List.of(Audience.department()), "notice.identityConflictsOverLimit",
                List.of(String.valueOf(reached.limit()), reached.day().format(java.time.format.DateTimeFormatter
                        .ofPattern("dd/MM/yyyy"))), "/people/conflicts");
    }
}
