package vn.tuyenquang.workforce.placement;

import java.util.UUID;

/**
 * A fact: staff recorded a person's answer to an employer's request to contact them. Told after it is committed; the
 * employer hears of it (notifications).
 */
public record ContactAnswered(UUID personId, UUID employerId, UUID vacancyId, String vacancyTitle,
                             ContactRequest.Answer answer) {
}
