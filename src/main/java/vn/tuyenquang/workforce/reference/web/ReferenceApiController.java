package vn.tuyenquang.workforce.reference.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
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

    @GetMapping("/communes")
    List<Commune> communes() {
        return catalog.communes();
    }

    @GetMapping("/communes/{code}")
    Commune commune(@PathVariable String code) {
        return catalog.commune(code).orElseThrow(() -> notFound("commune", code));
    }

    @GetMapping("/ethnic-groups")
    List<EthnicGroup> ethnicGroups() {
        return catalog.ethnicGroups();
    }

    /** VSCO 2020 groups (QĐ 34/2020/QĐ-TTg), optionally of one level (1–4) and whose code or title contains {@code q}, accents ignored. */
    @GetMapping("/occupations")
    List<Occupation> occupations(@RequestParam(required = false) Integer level,
                                 @RequestParam(required = false) String q) {
        return catalog.searchOccupations(level, q);
    }

    @GetMapping("/occupations/{code}")
    Occupation occupation(@PathVariable String code) {
        return catalog.occupation(code).orElseThrow(() -> notFound("occupation", code));
    }

    @GetMapping("/qualification-levels")
    List<QualificationLevel> qualificationLevels() {
        return catalog.qualificationLevels();
    }

    private static ResponseStatusException notFound(String list, String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + list + " has the code " + code);
    }
}
