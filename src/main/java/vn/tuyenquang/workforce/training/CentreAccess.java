package vn.tuyenquang.workforce.training;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import vn.tuyenquang.workforce.accounts.CurrentUser;

/** Who may see and change a centre's records: the department and administrators, and the centre's own staff. */
final class CentreAccess {

    private CentreAccess() {
    }

    static boolean allows(CurrentUser user, UUID centreId) {
        return user.role().isProvinceWide() || user.centreId().map(centreId::equals).orElse(false);
    }

    /** The enrolment, when the user may reach the centre of its course. */
    static Enrolment enrolment(CurrentUser user, UUID enrolmentId, EnrolmentRepository enrolments,
                               CentreRepository centres) {
        Enrolment enrolment = enrolments.findEnrolment(enrolmentId)
                .orElseThrow(() -> new TrainingException("enrolment.notFound", null));
        check(user, centres.findCourse(enrolment.courseId()).orElseThrow().centreId());
        return enrolment;
    }

    static void check(CurrentUser user, UUID centreId) {
        if (!allows(user, centreId)) {
            throw new AccessDeniedException("not this user's training centre");
        }
    }
}
