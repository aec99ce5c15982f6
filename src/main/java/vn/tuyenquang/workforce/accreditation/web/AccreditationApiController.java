package vn.tuyenquang.workforce.accreditation.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accreditation.Accreditation;
import vn.tuyenquang.workforce.accreditation.AccreditationForm;
import vn.tuyenquang.workforce.accreditation.Accreditations;

@RestController
@RequestMapping("/api/accreditation/centres/{centreId}")
@Tag(name = "Kiểm định chất lượng / Accreditation", description = "Training centres' quality accreditation, IV.7e")
class AccreditationApiController {

    private final Accreditations accreditations;

    AccreditationApiController(Accreditations accreditations) {
        this.accreditations = accreditations;
    }

    @Operation(summary = "The centre's decisions, the latest (its standing) first")
    @GetMapping
    List<Accreditation> history(@PathVariable UUID centreId, @AuthenticationPrincipal CurrentUser user) {
        if (!user.role().isProvinceWide() && !user.centreId().map(centreId::equals).orElse(false)) {
            throw new AccessDeniedException("not this user's training centre");
        }
        return accreditations.history(centreId);
    }

    @Operation(summary = "Records a decision (the department's); a decision is never changed, a newer one replaces it")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Accreditation record(@PathVariable UUID centreId, @Valid @RequestBody AccreditationForm form,
                         @AuthenticationPrincipal CurrentUser user) {
        return accreditations.record(user, centreId, form);
    }
}
