package vn.tuyenquang.workforce.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The system's state for people, in their language: whether records can be saved (the database) and whether searching
 * and matching work (Elasticsearch), each in a sentence saying what it means for them. The same checks as
 * {@code /actuator/health}, which stays for machines.
 */
@Controller
class StatusController {

    /** The parts people depend on, in the order they read them, by the health check's name for each. */
    private static final String[] PARTS = {"db", "elasticsearch", "diskSpace"};

    private final HealthEndpoint health;

    StatusController(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/status")
    String status(Model model) {
        HealthComponent all = health.health();
        Map<String, Boolean> parts = new LinkedHashMap<>();
        if (all instanceof CompositeHealth composite) {
            for (String part : PARTS) {
                HealthComponent component = composite.getComponents().get(part);
                if (component != null) {
                    parts.put(part, Status.UP.equals(component.getStatus()));
                }
            }
        }
        model.addAttribute("allUp", Status.UP.equals(all.getStatus()));
        model.addAttribute("parts", parts);
        return "system/status";
    }
}
