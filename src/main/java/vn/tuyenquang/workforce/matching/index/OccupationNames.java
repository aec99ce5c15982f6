package vn.tuyenquang.workforce.matching.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tuyenquang.workforce.reference.Occupation;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.search.SearchIndexes;
import vn.tuyenquang.workforce.search.SearchIndexesReady;
import vn.tuyenquang.workforce.text.VietnameseText;
import vn.tuyenquang.workforce.training.CourseAdded;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * The {@value #ALIAS} index: every name an occupation of VSCO 2020 goes by, one document each, for the typeahead
 * ({@code OccupationSuggestions}): the level-4 titles, the job titles listed under them, ISCO-08's English titles where
 * the code is the same, and the names of the courses that train for them. Each name is kept as written and folded
 * (accents and case removed), with its number of words.
 * <p>
 * The documents' ids come from their contents, so writing them again changes nothing: every instance writes them all
 * once Elasticsearch is ready (retrying each minute until it is), and a new course's name is written after its
 * transaction commits; should that fail, everything is written again at the next minute.
 */
@Component
public class OccupationNames {

    public static final String ALIAS = "occupations";

    /** Where a name comes from. */
    public enum Kind {
        TITLE, JOB_TITLE, TITLE_EN, COURSE
    }

    /** One name of an occupation, as indexed. */
    public record OccupationName(String code, Kind kind, String name, String nameFolded, int words) {

        static OccupationName of(String code, Kind kind, String name) {
            String normalized = VietnameseText.normalize(name);
            String folded = VietnameseText.fold(normalized);
            return new OccupationName(code, kind, normalized, folded, folded.split("[^\\p{L}\\p{N}]+").length);
        }

        String id() {
            return UUID.nameUUIDFromBytes((code + '|' + kind + '|' + name).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(OccupationNames.class);

    private final ReferenceCatalog reference;
    private final TrainingReads training;
    private final SearchIndexes indexes;
    private final ElasticsearchClient client;
    private final AtomicBoolean written = new AtomicBoolean();

    OccupationNames(ReferenceCatalog reference, TrainingReads training, SearchIndexes indexes,
                    ElasticsearchClient client) {
        this.reference = reference;
        this.training = training;
        this.indexes = indexes;
        this.client = client;
    }

    @EventListener(SearchIndexesReady.class)
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void writeAllOnce() {
        if (!written.get() && indexes.isReady()) {
            List<OccupationName> names = all();
            if (write(names)) {
                written.set(true);
                log.info("Wrote {} occupation names to the {} index", names.size(), ALIAS);
            }
        }
    }

    /**
     * A new course's name, once its transaction commits. Before the indexes exist (courses added while the application
     * starts), nothing is written: the names are all written once they do.
     */
    @TransactionalEventListener
    void courseAdded(CourseAdded course) {
        if (!indexes.isReady()) {
            return;
        }
        reference.occupation(course.occupationCode()).filter(OccupationNames::offered).ifPresent(o -> {
            if (!write(List.of(OccupationName.of(o.code(), Kind.COURSE, course.name())))) {
                written.set(false);
            }
        });
    }

    /** Every name of every occupation offered for new records. */
    List<OccupationName> all() {
        List<OccupationName> names = new ArrayList<>();
        for (Occupation occupation : reference.occupations()) {
            if (offered(occupation)) {
                occupation.titleVi().ifPresent(t -> names.add(OccupationName.of(occupation.code(), Kind.TITLE, t)));
                occupation.jobTitles().forEach(t -> names.add(OccupationName.of(occupation.code(), Kind.JOB_TITLE, t)));
                occupation.titleEn().ifPresent(t -> names.add(OccupationName.of(occupation.code(), Kind.TITLE_EN, t)));
            }
        }
        for (TrainingReads.CourseName course : training.courseNames()) {
            reference.occupation(course.occupationCode()).filter(OccupationNames::offered)
                    .ifPresent(o -> names.add(OccupationName.of(o.code(), Kind.COURSE, course.name())));
        }
        return names;
    }

    private static boolean offered(Occupation occupation) {
        return occupation.vsco() && occupation.level() == 4;
    }

    private boolean write(List<OccupationName> names) {
        try {
            for (int from = 0; from < names.size(); from += OutboxProjection.BATCH) {
                List<BulkOperation> operations = names.subList(from, Math.min(names.size(), from + OutboxProjection.BATCH))
                        .stream().map(n -> BulkOperation.of(b -> b.index(i -> i.index(ALIAS).id(n.id()).document(n))))
                        .toList();
                // Through the alias only: a write before the alias exists must fail, not create an index of that name.
                BulkResponse response = client.bulk(b -> b.requireAlias(true).operations(operations));
                if (response.errors()) {
                    log.warn("Occupation names not all written: {}", response.items().stream()
                            .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
                    return false;
                }
            }
            client.indices().refresh(r -> r.index(ALIAS));
            return true;
        } catch (IOException | ElasticsearchException e) {
            log.warn("Occupation names could not be written ({}); retrying within a minute", e.getMessage());
            return false;
        }
    }
}
