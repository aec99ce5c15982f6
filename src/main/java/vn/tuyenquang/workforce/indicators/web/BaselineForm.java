package vn.tuyenquang.workforce.indicators.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tuyenquang.workforce.indicators.Baselines;
import vn.tuyenquang.workforce.indicators.Indicators;

/** A commune's baseline as the department types it in. */
record BaselineForm(@NotBlank String communeCode,
                    @NotNull @Min(Indicators.FIRST_YEAR) @Max(2100) Integer year,
                    @NotNull @Min(0) @Max(MAX_PEOPLE) Long labourForce,
                    @NotNull @Min(0) @Max(MAX_PEOPLE) Long trained,
                    @NotNull @Min(0) @Max(MAX_PEOPLE) Long certified,
                    @NotBlank @Size(max = 200, message = "{baseline.sourceNote.size}") String sourceNote) {

    /** More people than any commune (or the whole province, about 1.9 million) could hold: a typing mistake. */
    static final long MAX_PEOPLE = 5_000_000L;

    static BaselineForm empty(int year) {
        return new BaselineForm("", year, null, null, null, "");
    }

    Baselines.Entry entry() {
        return new Baselines.Entry(communeCode, year, labourForce, trained, certified, sourceNote);
    }
}
