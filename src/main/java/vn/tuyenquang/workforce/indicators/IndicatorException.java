package vn.tuyenquang.workforce.indicators;

import vn.tuyenquang.workforce.system.Refusal;

/** An indicators request that cannot be carried out: a bad baseline, a year already frozen, … */
public class IndicatorException extends Refusal {

    public IndicatorException(String messageKey, String field) {
        super(messageKey, field);
    }
}
