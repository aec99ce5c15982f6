package vn.tuyenquang.workforce.reference.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.EthnicGroup;
import vn.tuyenquang.workforce.reference.Occupation;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/** The reference lists as JSON, read-only. */
@RestController
@RequestMapping("/api/reference")
class ReferenceApiController {

    private final ReferenceCatalog catalog;

    ReferenceApiController(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "The province's 124 communes and wards (Resolution 202/2025/QH15), with their centres' coordinates")
    @GetMapping("/communes")
    List<Commune> communes() {
        return catalog.communes();
    }

    @Operation(summary = "One commune or ward by its 5-digit code")
    @GetMapping("/communes/{code}")
    Commune commune(@PathVariable String code) {
        return catalog.commune(code).orElseThrow(() -> notFound("commune", code));
    }

    @Operation(summary = "Vietnam's 54 ethnic groups and their codes")
    @GetMapping("/ethnic-groups")
    List<EthnicGroup> ethnicGroups() {
        return catalog.ethnicGroups();
    }

    /** VSCO 2020 groups (QĐ 34/2020/QĐ-TTg), optionally of one level (1–4) and whose code or title contains {@code q}, accents ignored. */
    @Operation(summary = "VSCO 2020 occupations, of one level (1–4) and matching q (code or title, accents ignored) if given")
    @GetMapping("/occupations")
    List<Occupation> occupations(@RequestParam(required = false) Integer level,
                                 @RequestParam(required = false) String q) {
        return catalog.searchOccupations(level, q);
    }

    @Operation(summary = "One VSCO 2020 occupation by its code")
    @GetMapping("/occupations/{code}")
    Occupation occupation(@PathVariable String code) {
        return catalog.occupation(code).orElseThrow(() -> notFound("occupation", code));
    }

    @Operation(summary = "The qualification levels, and whether each counts as trained and as certified")
    @GetMapping("/qualification-levels")
    List<QualificationLevel> qualificationLevels() {
        return catalog.qualificationLevels();
    }

    private static NotInList notFound(String list, String code) {
        return new NotInList(list, code);
    }

    /** A code no entry of the list has: 404, in the caller's language. */
    static class NotInList extends vn.tuyenquang.workforce.system.Refusal {

        NotInList(String list, String code) {
            super("reference." + list + ".notFound", "code", new Object[]{code});
        }
    }
}
