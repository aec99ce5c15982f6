package vn.tuyenquang.workforce.accounts.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;

/**
 * Who a call acts as: a centre's system signed in with an API token learns its centre's id here instead of copying it
 * from a web page.
 */
@RestController
@Tag(name = "Tài khoản / Account", description = "The account a call acts as")
class MeApiController {

    @Schema(description = "The account a call acts as, and the one scope its role gives it (the others are null).")
    record Me(@Schema(example = "truong.cdkt") String username,
              @Schema(example = "Cán bộ Trường CĐKT") String displayName,
              Role role,
              @Schema(description = "A centre's staff: the centre they work for") UUID centreId,
              @Schema(description = "An employer's staff: the employer") UUID employerId,
              @Schema(description = "A commune officer: the commune (5 digits)", pattern = "^\\d{5}$", example = "00694")
              String communeCode) {
    }

    @Operation(summary = "The account the call acts as (for an API token, the account that created it): its role and "
            + "its centre, employer or commune")
    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.getUsername(), user.displayName(), user.role(), user.centreId().orElse(null),
                user.employerId().orElse(null), user.communeCode().orElse(null));
    }
}
