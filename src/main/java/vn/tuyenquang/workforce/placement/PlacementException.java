package vn.tuyenquang.workforce.placement;

import vn.tuyenquang.workforce.system.Refusal;

/** A shortlist step that cannot be taken: a stage out of order, contact not agreed, a closed vacancy. */
public class PlacementException extends Refusal {

    PlacementException(String messageKey) {
        super(messageKey, null);
    }
}
