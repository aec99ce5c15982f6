package vn.tuyenquang.workforce.indicators;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * How many times this instance has counted the register since it started ({@code /actuator/info}:
 * {@code indicators.registerRecounts}): the load test prints it beside its figures, to show the register is counted
 * once per change and not once per view.
 */
@Component
class RecountsInfo implements InfoContributor {

    private final RegisterCells cells;

    RecountsInfo(RegisterCells cells) {
        this.cells = cells;
    }

    @Override
    public void contribute(Info.Builder info) {
        info.withDetail("indicators", java.util.Map.of("registerRecounts", cells.recounts()));
    }
}
