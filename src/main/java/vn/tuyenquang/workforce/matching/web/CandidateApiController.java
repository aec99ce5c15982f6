package vn.tuyenquang.workforce.matching.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.matching.CandidateMatch;
import vn.tuyenquang.workforce.matching.CandidateSearch;

/**
 * Candidate search as JSON: the same masked, explained results as the candidates page (never a citizen ID,
 * phone, address or full name; contact details only through the shortlist once the person agrees).
 */
@RestController
@Tag(name = "Tuyển dụng / Vacancies", description = "An employer's vacancies and their lifecycle")
class CandidateApiController {

    static final int MAX_SIZE = 100;

    /** The candidates found, best first; {@code widened}: the whole 3-digit occupation group was searched. */
    record CandidatesFound(UUID vacancyId, boolean widened, List<CandidateMatch> candidates) {
    }

    private final CandidateSearch search;

    CandidateApiController(CandidateSearch search) {
        this.search = search;
    }

    @Operation(summary = "The best candidates for the vacancy, masked and each with why it was found (at most 100)")
    @GetMapping("/api/vacancies/{id}/candidates")
    CandidatesFound candidates(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean widen,
                               @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal CurrentUser user) {
        return new CandidatesFound(id, widen, search.forVacancy(user, id, widen, Math.max(1, Math.min(size, MAX_SIZE))));
    }
}
