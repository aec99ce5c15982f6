package vn.tuyenquang.workforce.training;

import java.time.Instant;
import java.util.UUID;

/** A vocational training centre (cơ sở giáo dục nghề nghiệp). */
public record TrainingCentre(UUID id, String code, String name, String communeCode, Instant createdAt) {
}
