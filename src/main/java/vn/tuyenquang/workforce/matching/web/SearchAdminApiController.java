package vn.tuyenquang.workforce.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.matching.index.CandidateDocument;
import vn.tuyenquang.workforce.matching.index.CandidateProjection;
import vn.tuyenquang.workforce.matching.index.VacancyDocument;
import vn.tuyenquang.workforce.matching.index.VacancyProjection;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.matching.index.SearchReindex;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * Operating the search indexes: an administrator rebuilds one (after a new index-config version, say). The request is
 * JSON (an empty object: there are no options), so that no form of another site, posted with an administrator's
 * remembered credentials, can start one.
 */
@RestController
@Tag(name = "Tìm kiếm / Search", description = "Operating the search indexes")
class SearchAdminApiController {

    record Started(long execution, String status) {
    }

    private final SearchReindex reindex;

    SearchAdminApiController(SearchReindex reindex) {
        this.reindex = reindex;
    }

    @Operation(summary = "Rebuilds the candidates index into a new versioned index and moves the alias to it;"
            + " searches keep answering throughout")
    @PostMapping(path = "/api/search/candidates/reindex", consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started reindexCandidates(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "An empty JSON object: the index named in the address is rebuilt whole; sent as application/json so that no form of another site can start a reindex", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object"), examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = "{}"))) @org.springframework.web.bind.annotation.RequestBody java.util.Map<String, Object> options) {
        return started(reindex.candidates());
    }

    @Operation(summary = "Rebuilds the vacancies index into a new versioned index and moves the alias to it;"
            + " searches keep answering throughout")
    @PostMapping(path = "/api/search/vacancies/reindex", consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started reindexVacancies(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "An empty JSON object: the index named in the address is rebuilt whole; sent as application/json so that no form of another site can start a reindex", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object"), examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = "{}"))) @org.springframework.web.bind.annotation.RequestBody java.util.Map<String, Object> options) {
        return started(reindex.vacancies());
    }

    private static Started started(JobExecution execution) {
        return new Started(execution.getId(), execution.getStatus().name());
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess searchAdministration() {
            return paths -> paths.requestMatchers("/api/search/**").hasRole(Role.ADMIN.name());
        }
    }
}
