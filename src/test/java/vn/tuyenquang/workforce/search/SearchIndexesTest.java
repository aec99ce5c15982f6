package vn.tuyenquang.workforce.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.text.VietnameseText;

@IntegrationTest
class SearchIndexesTest {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    SearchIndexes indexes;

    @AfterEach
    void removeTestDocument() throws IOException {
        elasticsearch.delete(d -> d.index("candidates").id("test-person").refresh(Refresh.True));
    }

    static final String REBUILD_OF_V1 = "(candidates|vacancies)-v1(-\\d{8}t\\d{6})?";

    @Test
    void eachAliasPointsToTheNewestVersionOfIndexConfig() throws IOException {
        assertThat(indexes.isReady()).isTrue();
        assertThat(indexes.latest()).extracting(SearchIndexes.IndexVersion::indexName)
                .containsExactly("candidates-v1", "occupations-v1", "vacancies-v1");
        // The index itself, or a rebuild of that version by a reindex job (candidates-v1-<UTC time>).
        assertThat(elasticsearch.indices().getAlias(a -> a.name("candidates")).result().keySet())
                .singleElement().asString().matches(REBUILD_OF_V1);
        assertThat(elasticsearch.indices().getAlias(a -> a.name("vacancies")).result().keySet())
                .singleElement().asString().startsWith("vacancies-").matches(REBUILD_OF_V1);
    }

    @Test
    void aCandidateWrittenThroughTheAliasIsFoundByUnaccentedSkills() throws IOException {
        String skills = "Hàn điện, hàn hồ quang tay";
        elasticsearch.index(i -> i.index("candidates").id("test-person").refresh(Refresh.True).document(Map.of(
                "personId", "test-person",
                "communeCode", "00691",
                "location", Map.of("lat", 22.8585905, "lon", 104.9542295),
                "availableForWork", true,
                "skills", skills,
                "skillsFolded", VietnameseText.fold(skills))));

        // The shared index also holds the candidates other tests project: look at this document alone.
        SearchResponse<Map> found = elasticsearch.search(s -> s.index("candidates")
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("personId").value("test-person")))
                        .must(m -> m.match(t -> t.field("skillsFolded").query(VietnameseText.fold("han dien")))))),
                Map.class);

        assertThat(found.hits().hits()).hasSize(1);
        assertThat(found.hits().hits().get(0).index()).matches(REBUILD_OF_V1);
        assertThat(found.hits().hits().get(0).source()).containsEntry("skills", skills);
    }

    @Test
    void aDocumentWithAFieldTheMappingDoesNotNameIsRejected() {
        assertThatThrownBy(() -> elasticsearch.index(i -> i.index("candidates").id("test-person")
                .document(Map.of("personId", "test-person", "citizenId", "008090001234"))))
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("strict_dynamic_mapping_exception");
    }
}
