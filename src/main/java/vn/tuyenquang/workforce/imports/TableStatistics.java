package vn.tuyenquang.workforce.imports;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A large import into nearly empty tables outgrows PostgreSQL's statistics long before autovacuum
 * catches up, and the planner then keeps scanning tables it believes tiny: every chunk gets slower.
 * Having the owners of the tables an import fills refresh their statistics at chunks 1, 2, 4, 8, … keeps the plans
 * right for a few cheap ANALYZEs (each owner leaves other databases to themselves).
 */
@Component
class TableStatistics {

    /** Runs {@code refreshes} when {@code chunk} (counted from 1) is a power of two. */
    void afterChunk(long chunk, List<Runnable> refreshes) {
        if (chunk > 0 && Long.bitCount(chunk) == 1) {
            refreshes.forEach(Runnable::run);
        }
    }
}
