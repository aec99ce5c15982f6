package vn.tuyenquang.workforce.people;

import java.util.UUID;

import vn.tuyenquang.workforce.accounts.CurrentUser;

/**
 * Lets another module say who may open a person's record: the training module, for instance, lets a
 * centre's staff open their own learners. The register itself lets the department open everyone and a
 * commune officer the residents of their commune.
 */
@FunctionalInterface
public interface PersonVisibility {

    boolean mayView(CurrentUser user, UUID personId);
}
