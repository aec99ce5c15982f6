package vn.tuyenquang.workforce.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates each index of {@code index-config/} behind its alias when the alias is missing. Runs once the
 * application is ready and, while Elasticsearch is unreachable, retries every minute: the application
 * works on PostgreSQL meanwhile.
 */
@Component
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final java.time.format.DateTimeFormatter REBUILD_STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss").withZone(java.time.ZoneOffset.UTC);
    private static final Pattern VERSIONED_FILE = Pattern.compile("(?<alias>[a-z][a-z-]*)-v(?<version>\\d+)\\.json");

    /** One versioned index definition: {@code candidates-v1.json} defines index candidates-v1 behind alias candidates. */
    public record IndexVersion(String alias, int version, Resource definition) {

        public String indexName() {
            return alias + "-v" + version;
        }
    }

    private final ElasticsearchClient client;
    private final ApplicationEventPublisher events;
    private final List<IndexVersion> latest;
    private final AtomicBoolean ready = new AtomicBoolean();

    SearchIndexes(ElasticsearchClient client, ApplicationEventPublisher events) {
        this.client = client;
        this.events = events;
        this.latest = latestVersions(definitions());
    }

    /** The newest definition of every alias in {@code index-config/}. */
    public List<IndexVersion> latest() {
        return latest;
    }

    /** Whether every alias exists in Elasticsearch. */
    public boolean isReady() {
        return ready.get();
    }

    /** Creates every alias that is missing, with its newest index; tells the application once all exist. */
    @EventListener(ApplicationReadyEvent.class)
    public void createMissingIndexes() {
        try {
            for (IndexVersion index : latest) {
                ensure(index);
            }
            if (!ready.getAndSet(true)) {
                events.publishEvent(new SearchIndexesReady());
            }
        } catch (IOException | ElasticsearchException e) {
            log.warn("Elasticsearch indexes could not be checked ({}); retrying every minute."
                    + " Search and matching are unavailable until then.", e.getMessage());
        }
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void retryUntilReady() {
        if (!ready.get()) {
            createMissingIndexes();
        }
    }

    private void ensure(IndexVersion index) throws IOException {
        if (!client.indices().existsAlias(r -> r.name(index.alias())).value()) {
            try (InputStream body = index.definition().getInputStream()) {
                client.indices().create(r -> r.withJson(body).index(index.indexName()).aliases(index.alias(), a -> a));
            }
            log.info("Created index {} behind alias {}", index.indexName(), index.alias());
            return;
        }
        Set<String> current = client.indices().getAlias(r -> r.name(index.alias())).result().keySet();
        if (current.stream().noneMatch(name -> name.equals(index.indexName()) || name.startsWith(index.indexName() + "-"))) {
            log.warn("Alias {} points to {}, but index-config defines {}: run the reindex job to move to it",
                    index.alias(), current, index.indexName());
        }
    }

    /**
     * Creates an empty index for a rebuild of {@code alias}, from its newest definition, named after that
     * version and the moment ({@code candidates-v1-20261129t174501}); the alias does not point to it yet.
     */
    public String createRebuild(String alias, java.time.Instant at) throws IOException {
        IndexVersion version = latest.stream().filter(i -> i.alias().equals(alias)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("index-config defines no " + alias));
        String name = version.indexName() + "-" + REBUILD_STAMP.format(at);
        try (InputStream body = version.definition().getInputStream()) {
            client.indices().create(r -> r.withJson(body).index(name));
        }
        return name;
    }

    /**
     * Points {@code alias} at {@code index} alone, in one atomic request, so that a search sees either the
     * old index or the new one and never neither; then deletes the indexes it pointed to before. The new
     * index is refreshed first, so that the first search through the alias already sees all of it.
     */
    public void moveAlias(String alias, String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        Set<String> previous = client.indices().getAlias(r -> r.name(alias)).result().keySet();
        client.indices().updateAliases(r -> {
            previous.forEach(old -> r.actions(a -> a.remove(x -> x.index(old).alias(alias))));
            return r.actions(a -> a.add(x -> x.index(index).alias(alias)));
        });
        for (String old : previous) {
            if (!old.equals(index)) {
                client.indices().delete(r -> r.index(old));
            }
        }
        log.info("Alias {} moved from {} to {}", alias, previous, index);
    }

    static List<IndexVersion> latestVersions(List<IndexVersion> all) {
        Map<String, IndexVersion> newest = all.stream().collect(Collectors.toMap(IndexVersion::alias,
                Function.identity(), (a, b) -> a.version() >= b.version() ? a : b));
        return newest.values().stream().sorted(Comparator.comparing(IndexVersion::alias)).toList();
    }

    static List<IndexVersion> definitions() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:index-config/*.json");
            return Stream.of(files).map(SearchIndexes::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("index-config could not be read", e);
        }
    }

    private static IndexVersion parse(Resource file) {
        Matcher name = VERSIONED_FILE.matcher(String.valueOf(file.getFilename()));
        if (!name.matches()) {
            throw new IllegalStateException("index-config/" + file.getFilename() + " is not named <alias>-v<N>.json");
        }
        return new IndexVersion(name.group("alias"), Integer.parseInt(name.group("version")), file);
    }
}
