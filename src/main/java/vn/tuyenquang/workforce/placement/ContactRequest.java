package vn.tuyenquang.workforce.placement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employer's request to contact a shortlisted candidate, with its message about the job, and the person's answer
 * as the staff who keep their record recorded it; no answer while the request waits in their queue. An agreement
 * carries how the employer reaches the person: the phone they agreed to share ({@code phone}, none when they have
 * none), and the office whose staff recorded it ({@code office}: a centre's or commune's name, null for the
 * department), whom the employer calls otherwise.
 */
public record ContactRequest(String message, Instant requestedAt, Answer answer, LocalDate answeredOn, String phone,
                             String office) {

    /** No request made. */
    static final ContactRequest NONE = new ContactRequest(null, null, null, null, null, null);

    /** The longest message an employer may write. */
    public static final int MESSAGE_MAX = 500;

    /** What the person said, or that they could not be reached. */
    public enum Answer {
        AGREED, DECLINED, UNREACHABLE
    }

    /** Whether the request waits for the person's answer. */
    public boolean pending() {
        return requestedAt != null && answer == null;
    }

    /** Whether the employer may ask (again): never asked, or the person could not be reached. */
    boolean mayAsk() {
        return requestedAt == null || answer == Answer.UNREACHABLE;
    }
}
