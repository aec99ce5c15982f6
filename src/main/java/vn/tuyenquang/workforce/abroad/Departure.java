package vn.tuyenquang.workforce.abroad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A worker's departure to work abroad under contract: to which country (ISO 3166-1 alpha-2), in which occupation
 * (VSCO 2020), sent by which licensed enterprise or public service unit, on which day, for how many months, and the day
 * they came back when known.
 */
public record Departure(UUID id, UUID personId, String countryCode, String occupationCode, String sentBy,
                        LocalDate departedOn, int contractMonths, LocalDate returnedOn, String recordedBy,
                        Instant recordedAt) {
}
