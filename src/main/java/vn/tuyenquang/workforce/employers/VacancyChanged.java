package vn.tuyenquang.workforce.employers;

import java.util.UUID;

/** A vacancy was posted or changed (its status, say); published in the transaction that changes it. */
public record VacancyChanged(UUID vacancyId) {
}
