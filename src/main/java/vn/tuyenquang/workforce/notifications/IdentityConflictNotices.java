package vn.tuyenquang.workforce.notifications;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.people.IdentityConflictQueued;
import vn.tuyenquang.workforce.people.IdentityConflictResolved;
import vn.tuyenquang.workforce.people.IdentityConflictsOverLimit;

/**
 * Identity conflicts in the bells: the department hears of each centre's submission waiting for its decision, and
 * when a centre reaches its day's allowance of them; the centre hears the decision on what it sent.
 */
@Component
class IdentityConflictNotices {

    private final Notifications notifications;

    IdentityConflictNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void queued(IdentityConflictQueued queued) {
        notifications.send(List.of(Audience.department()), "notice.identityConflictQueued", List.of(),
                "/people/conflicts");
    }

    @EventListener
    void resolved(IdentityConflictResolved resolved) {
        if (resolved.centreId() != null) {
            notifications.send(List.of(Audience.centre(resolved.centreId())),
                    "notice.identityConflictResolved." + resolved.resolution(), List.of(resolved.submittedName()),
                    "/people/" + resolved.personId());
        }
    }

    @EventListener
    void overLimit(IdentityConflictsOverLimit reached) {
        notifications.send(List.of(Audience.department()), "notice.identityConflictsOverLimit",
                List.of(String.valueOf(reached.limit()), reached.day().format(java.time.format.DateTimeFormatter
                        .ofPattern("dd/MM/yyyy"))), "/people/conflicts");
    }
}
