package vn.tuyenquang.workforce.placement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A fact: an employer hired a person for a vacancy through the application, from {@code hiredOn}. Told after the hire
 * is committed; those who keep the person's record hear of it (notifications).
 */
public record HireRecorded(UUID personId, UUID vacancyId, String vacancyTitle, LocalDate hiredOn) {
}
