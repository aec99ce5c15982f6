package vn.tuyenquang.workforce.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notice: a message (its key and arguments, put into words in the reader's language when shown), the page it is
 * about, and whether the reader has read it. It never carries personal data beyond a masked name.
 */
public record Notification(UUID id, String messageKey, List<String> arguments, String link, Instant createdAt,
                           boolean read) {
}
