package vn.tuyenquang.workforce.orders.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.orders.EmployerOrder;
import vn.tuyenquang.workforce.orders.EmployerOrders;
import vn.tuyenquang.workforce.orders.OrderForm;
import vn.tuyenquang.workforce.orders.OrderedTraining;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "Đặt hàng đào tạo / Employer orders", description = "Training ordered by employers, and its jobs, IV.7d")
class OrderApiController {

    private final EmployerOrders orders;
    private final OrderedTraining report;

    OrderApiController(EmployerOrders orders, OrderedTraining report) {
        this.orders = orders;
        this.report = report;
    }

    @Operation(summary = "The year's completers of ordered courses beside the others, hired in the trade within 6 months")
    @GetMapping
    OrderedTraining.Comparison comparison(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return report.of(user, year);
    }

    @Operation(summary = "A course's order; 404 when the course was not ordered")
    @GetMapping("/courses/{courseId}")
    ResponseEntity<EmployerOrder> order(@PathVariable UUID courseId, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.of(orders.of(user, courseId));
    }

    @Operation(summary = "Records or changes a course's order (the course's centre or the department)")
    @PutMapping("/courses/{courseId}")
    EmployerOrder record(@PathVariable UUID courseId, @Valid @RequestBody OrderForm form,
                         @AuthenticationPrincipal CurrentUser user) {
        return orders.record(user, courseId, form);
    }
}
