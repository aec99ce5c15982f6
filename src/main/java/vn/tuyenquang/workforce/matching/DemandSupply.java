package vn.tuyenquang.workforce.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Demand;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.people.Supply;

/**
 * Which trades to train for: the open vacancies' headcount by occupation and commune, beside the people
 * of working age in the labour force who hold a certificate in that trade, in the commune and in the
 * whole province. The largest gaps come first.
 */
@Service
public class DemandSupply {

    /** One trade in one commune: demand, supply there and in the province, and what is missing. */
    public record Line(String occupationCode, String communeCode, long openHeadcount, long certifiedInCommune,
                       long certifiedInProvince) {

        /** Open places the commune's certified people cannot fill, even if all of them took one. */
        public long gap() {
            return Math.max(0, openHeadcount - certifiedInCommune);
        }
    }

    private final VacancyReads employers;
    private final RegisterReads register;

    DemandSupply(VacancyReads employers, RegisterReads register) {
        this.employers = employers;
        this.register = register;
    }

    public List<Line> lines(CurrentUser user) {
        if (!user.role().isProvinceWide()) {
            throw new AccessDeniedException("demand and supply are the department's");
        }
        List<Demand> demand = employers.openDemand();
        List<Supply> supply = register.certifiedSupply(
                demand.stream().map(Demand::occupationCode).distinct().toList());
        Map<String, Long> inCommune = new HashMap<>();
        Map<String, Long> inProvince = new HashMap<>();
        for (Supply s : supply) {
            inCommune.merge(s.occupationCode() + "/" + s.communeCode(), s.people(), Long::sum);
            inProvince.merge(s.occupationCode(), s.people(), Long::sum);
        }
        return demand.stream()
                .map(d -> new Line(d.occupationCode(), d.communeCode(), d.headcount(),
                        inCommune.getOrDefault(d.occupationCode() + "/" + d.communeCode(), 0L),
                        inProvince.getOrDefault(d.occupationCode(), 0L)))
                .sorted(Comparator.comparingLong(Line::gap).reversed().thenComparing(Line::occupationCode))
                .toList();
    }
}
