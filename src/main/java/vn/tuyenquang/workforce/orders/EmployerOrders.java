package vn.tuyenquang.workforce.orders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employer;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * A course's employer order: recorded, changed or removed by the course's centre or the department (audited); the
 * employer named by its tax code must be one the department registered.
 */
@Service
public class EmployerOrders {

    private final OrderRepository orders;
    private final TrainingRegistry training;
    private final Employers employers;
    private final AuditTrail audit;
    private final Clock clock;

    EmployerOrders(OrderRepository orders, TrainingRegistry training, Employers employers, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.training = training;
        this.employers = employers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The course's order, when the user may reach the course. */
    public Optional<EmployerOrder> of(CurrentUser user, UUID courseId) {
        training.course(user, courseId);
        return orders.find(courseId).map(this::named);
    }

    /** Every order, with its employer's name, by course. */
    public java.util.Map<UUID, EmployerOrder> all() {
        List<EmployerOrder> all = orders.all();
        java.util.Map<UUID, String> names = employers.names(all.stream().map(EmployerOrder::employerId).toList());
        return all.stream().collect(java.util.stream.Collectors.toMap(EmployerOrder::courseId,
                o -> o.named(names.get(o.employerId()))));
    }

    private EmployerOrder named(EmployerOrder order) {
        return order.named(employers.names(List.of(order.employerId())).get(order.employerId()));
    }

    /** Checks an order as entered, every mistake at once, writing nothing. */
    public void check(OrderForm form) {
        List<Refusal> found = new ArrayList<>();
        if (form.taxCode() != null && !form.taxCode().isBlank() && employer(form.taxCode()).isEmpty()) {
            found.add(new OrderException("order.employer.unknown", "taxCode"));
        }
        if (form.places() != null && form.hiringCommitment() != null && form.hiringCommitment() > form.places()) {
            found.add(new OrderException("order.commitment.abovePlaces", "hiringCommitment"));
        }
        Refusal.throwIfAny(found);
    }

    @Transactional
    public EmployerOrder record(CurrentUser user, UUID courseId, OrderForm form) {
        training.course(user, courseId);
        check(form);
        Employer employer = employer(form.taxCode()).orElseThrow();
        Optional<EmployerOrder> before = orders.find(courseId).map(this::named);
        EmployerOrder order = new EmployerOrder(courseId, employer.id(), employer.name(), form.places(),
                form.hiringCommitment(), user.getUsername(), clock.instant());
        orders.save(order);
        before.ifPresentOrElse(b -> audit.changed("course_order", courseId, b, order),
                () -> audit.created("course_order", courseId, order));
        return order;
    }

    @Transactional
    public void remove(CurrentUser user, UUID courseId) {
        training.course(user, courseId);
        orders.find(courseId).map(this::named).ifPresent(before -> {
            orders.delete(courseId);
            audit.deleted("course_order", courseId, before);
        });
    }

    /** The registered employer with this tax code (spaces aside). */
    private Optional<Employer> employer(String taxCode) {
        String code = taxCode.replace(" ", "").strip();
        return employers.search(code, 5).stream().filter(e -> e.taxCode().value().equals(code)).findFirst();
    }
}
