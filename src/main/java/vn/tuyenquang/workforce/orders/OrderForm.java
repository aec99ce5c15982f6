package vn.tuyenquang.workforce.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An order as the centre or the department enters it: the employer by its tax code. */
public record OrderForm(@NotBlank String taxCode, @NotNull @Min(1) @Max(10000) Integer places,
                        @NotNull @Min(0) @Max(10000) Integer hiringCommitment) {

    public static OrderForm empty() {
        return new OrderForm("", null, 0);
    }
}
