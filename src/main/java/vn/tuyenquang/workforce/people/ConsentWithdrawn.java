package vn.tuyenquang.workforce.people;

import java.util.UUID;

/**
 * A person withdrew their consent to be found by employers (published in the transaction that records it):
 * whatever other modules hold on its strength, such as an employer's permission to contact them, ends with it.
 */
public record ConsentWithdrawn(UUID personId) {
}
