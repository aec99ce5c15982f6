package vn.tuyenquang.workforce.employers;

import vn.tuyenquang.workforce.system.Refusal;

/** An employer or vacancy request that cannot be carried out: a bad tax code, a step the vacancy cannot take. */
public class EmployerException extends Refusal {

    EmployerException(String messageKey, String field) {
        super(messageKey, field);
    }
}
