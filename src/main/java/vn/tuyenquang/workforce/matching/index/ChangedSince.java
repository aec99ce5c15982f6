package vn.tuyenquang.workforce.matching.index;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Pages through records changed at or after an instant, in (last change, id) order, handing each page on:
 * how a rebuild copies the vacancies into a new index.
 */
final class ChangedSince {

    /** A page of the records changed since {@code since}, after the record {@code after} of that instant when given. */
    interface Reader<T> {
        List<T> read(Instant since, UUID after, int limit);
    }

    /** Where a page goes, with the version taken before it was read. */
    interface Sender<T> {
        void send(List<T> page, long version) throws IOException;
    }

    private ChangedSince() {
    }

    /** Sends every record changed since {@code since}, {@link OutboxProjection#BATCH} at a time; returns how many. */
    static <T> int send(Instant since, Reader<T> reader, Function<T, Instant> changedAt, Function<T, UUID> id,
                        Sender<T> sender) throws IOException {
        int sent = 0;
        UUID after = null;
        while (true) {
            long version = OutboxProjection.nextVersion();
            List<T> page = reader.read(since, after, OutboxProjection.BATCH);
            sender.send(page, version);
            sent += page.size();
            if (page.size() < OutboxProjection.BATCH) {
                return sent;
            }
            T last = page.get(page.size() - 1);
            since = changedAt.apply(last);
            after = id.apply(last);
        }
    }
}
