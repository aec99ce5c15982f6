package vn.tuyenquang.workforce.placement;

import java.util.UUID;

/**
 * A fact: an employer asked to contact a shortlisted person about a vacancy. Told after it is committed; the request
 * waits in the queue of those who keep the person's record, who hear of it (notifications).
 */
public record ContactRequested(UUID personId, String employerName, String vacancyTitle) {
}
