package vn.tuyenquang.workforce.indicators.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tuyenquang.workforce.indicators.CommuneTargets;

/** A commune's own targets as the department types them in: percentages to one decimal, and why. */
record TargetForm(@NotBlank String communeCode,
                  @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal trained,
                  @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal certified,
                  @NotBlank @Size(max = 300, message = "{target.reason.size}") String reason) {

    static TargetForm empty() {
        return new TargetForm("", null, null, "");
    }

    CommuneTargets.Entry entry() {
        return new CommuneTargets.Entry(communeCode, trained, certified, reason);
    }
}
