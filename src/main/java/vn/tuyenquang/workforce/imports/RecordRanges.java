package vn.tuyenquang.workforce.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits an import's file into consecutive ranges of records, one partition each ({@code from} inclusive,
 * {@code to} exclusive, counted from 0), so that two workers write at once: PostgreSQL then uses both cores
 * of the machine instead of waiting on one connection. Each partition keeps its own restart point, so a
 * resumed import resumes every partition where it stopped.
 */
class RecordRanges implements Partitioner {

    /** Fewer records than this per partition are not worth a second worker. */
    static final int MINIMUM_PER_PARTITION = 5 * ImportSteps.CHUNK;

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Long records = StepSynchronizationManager.getContext().getStepExecution().getJobParameters().getLong("records");
        int total = records == null ? Integer.MAX_VALUE : records.intValue();
        int partitions = records == null ? 1 : Math.max(1, Math.min(gridSize, total / MINIMUM_PER_PARTITION));
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        long size = records == null ? total : (total + partitions - 1) / partitions;
        for (int i = 0; i < partitions; i++) {
            ExecutionContext range = new ExecutionContext();
            range.putInt("from", (int) Math.min(total, i * size));
            range.putInt("to", i == partitions - 1 ? total : (int) Math.min(total, (i + 1) * size));
            ranges.put("records" + i, range);
        }
        return ranges;
    }
}
