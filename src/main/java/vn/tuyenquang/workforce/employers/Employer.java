package vn.tuyenquang.workforce.employers;

import java.time.Instant;
import java.util.UUID;

/** An employer in an industrial park or cluster of the province, with the person to contact there. */
public record Employer(UUID id, TaxCode taxCode, String name, String industrialPark, String communeCode,
                       String contactName, String contactPhone, String contactEmail, Instant createdAt) {
}
