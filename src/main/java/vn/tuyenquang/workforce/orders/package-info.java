/**
 * Training ordered by employers (resolution IV.7d): a course's order, the employer, the places and the hiring
 * commitment ({@code EmployerOrders}), and whether ordered training ends in jobs in the trade more often than the rest
 * ({@code OrderedTraining}).
 */
@ApplicationModule(displayName = "orders", allowedDependencies = {"accounts", "employers", "placement", "system", "training"})
package vn.tuyenquang.workforce.orders;

import org.springframework.modulith.ApplicationModule;
