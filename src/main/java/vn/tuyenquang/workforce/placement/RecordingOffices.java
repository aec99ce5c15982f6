package vn.tuyenquang.workforce.placement;

import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The office a member of staff answers for, named as an employer would ask for it on the phone: their training centre,
 * their commune, or (null) the department, whose name the page gives in the reader's language.
 */
@Component
class RecordingOffices {

    private final TrainingRegistry training;
    private final ReferenceCatalog reference;

    RecordingOffices(TrainingRegistry training, ReferenceCatalog reference) {
        this.training = training;
        this.reference = reference;
    }

    /** The name of {@code user}'s office, or null for the department's staff. */
    String nameOf(CurrentUser user) {
        if (user.centreId().isPresent()) {
            return training.centre(user, user.centreId().get()).name();
        }
        return user.communeCode().flatMap(reference::commune).map(Commune::name).orElse(null);
    }
}
