/**
 * Shortlists, contact agreements and hires. Which facade for what: {@code Shortlists} for the employer's side (put a
 * candidate on a vacancy's shortlist, see it, ask to contact someone); {@code ContactAnswers} for the side of the
 * staff who keep a person's record (the queue of requests, the person's answer, the employers interested in a
 * person); {@code Hiring} for moving a candidate on to a hire, undoing it on its day, and the hires by centre and
 * trade. Tells {@code ContactRequested}, {@code ContactAnswered} and {@code HireRecorded} once committed.
 */
@ApplicationModule(displayName = "placement", allowedDependencies = {
        "accounts", "employers", "people", "reference", "system", "text", "training"})
package vn.tuyenquang.workforce.placement;

import org.springframework.modulith.ApplicationModule;
