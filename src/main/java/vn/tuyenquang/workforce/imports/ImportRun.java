package vn.tuyenquang.workforce.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded file and the Spring Batch job execution that imports it: a centre's graduates file
 * ({@code centreId} set) or a labour-supply survey ({@code surveyYear} set).
 */
public record ImportRun(UUID id, ImportKind kind, UUID centreId, Integer surveyYear, String fileName, String storedPath,
                        int dataRows, String uploadedBy, Instant uploadedAt, Long jobExecutionId) {
}
