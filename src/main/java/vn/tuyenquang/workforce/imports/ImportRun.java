package vn.tuyenquang.workforce.imports;

import java.time.Instant;
import java.util.UUID;

/** One uploaded file and the Spring Batch job execution that imports it. */
public record ImportRun(UUID id, UUID centreId, String fileName, String storedPath, int dataRows, String uploadedBy,
                        Instant uploadedAt, Long jobExecutionId) {
}
