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
 * Operating the search indexes: an administrator rebuilds one (after a new index-config version, say). The request has
 * no body: the index named in the address is rebuilt whole.
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
    @PostMapping("/api/search/candidates/reindex")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started reindexCandidates() {
        return started(reindex.candidates());
    }

    @Operation(summary = "Rebuilds the vacancies index into a new versioned index and moves the alias to it;"
            + " searches keep answering throughout")
    @PostMapping("/api/search/vacancies/reindex")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started reindexVacancies() {
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
