package vn.tuyenquang.workforce.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Guards the rule that a published index version is never edited: a mapping change is a new file. */
class IndexConfigTest {

    private static final Path INDEX_CONFIG = Path.of("index-config");

    @Test
    void everyPublishedIndexVersionIsUnchangedSinceItWasRecorded() throws Exception {
        Map<String, String> recorded = Files.readAllLines(INDEX_CONFIG.resolve("SHA256SUMS")).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\\s+\\*?", 2))
                .collect(Collectors.toMap(parts -> parts[1], parts -> parts[0]));

        try (Stream<Path> files = Files.list(INDEX_CONFIG)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString();
                assertThat(recorded).as("%s must be recorded in index-config/SHA256SUMS", name).containsKey(name);
                assertThat(sha256(file)).as("%s was edited after it was published: add a new version instead", name)
                        .isEqualTo(recorded.get(name));
            }
        }
    }

    @Test
    void everyVersionOnTheClasspathIsACreateIndexBodyWithAStrictMapping() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertThat(SearchIndexes.definitions()).isNotEmpty();
        for (SearchIndexes.IndexVersion version : SearchIndexes.definitions()) {
            JsonNode body = json.readTree(version.definition().getInputStream());
            assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("settings", "mappings");
            assertThat(body.at("/mappings/dynamic").asText()).as(version.indexName()).isEqualTo("strict");
        }
    }

    @Test
    void theNewestVersionOfEachAliasWins() {
        var v1 = new SearchIndexes.IndexVersion("candidates", 1, null);
        var v2 = new SearchIndexes.IndexVersion("candidates", 2, null);
        var vacancies = new SearchIndexes.IndexVersion("vacancies", 1, null);

        assertThat(SearchIndexes.latestVersions(java.util.List.of(v2, vacancies, v1)))
                .extracting(SearchIndexes.IndexVersion::indexName)
                .containsExactly("candidates-v2", "vacancies-v1");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
