package vn.tuyenquang.workforce.notifications;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accreditation.AccreditationLapsing;
import vn.tuyenquang.workforce.training.TrainingReads;

/** The department hears, 90 days ahead, that a centre's accreditation lapses; so does the centre. */
@Component
class AccreditationNotices {

    private final Notifications notifications;
    private final TrainingReads training;

    AccreditationNotices(Notifications notifications, TrainingReads training) {
        this.notifications = notifications;
        this.training = training;
    }

    @EventListener
    void lapsing(AccreditationLapsing lapsing) {
        String centre = training.centreName(lapsing.centreId()).orElse("");
        notifications.send(List.of(Audience.department(), Audience.centre(lapsing.centreId())),
                "notice.accreditationLapsing",
                List.of(centre, lapsing.validUntil().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                "/accreditation/centres/" + lapsing.centreId());
    }
}
