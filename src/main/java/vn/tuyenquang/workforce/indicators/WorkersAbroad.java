package vn.tuyenquang.workforce.indicators;

/**
 * How workers abroad under a labour contract (Law 69/2020/QH14) count while abroad: every figure says which. They are
 * counted in their home commune either way, from the day of departure to the day of return.
 */
public enum WorkersAbroad {
    /**
     * Not in the province's labour force while abroad (the default): the statistics office's labour-force definition
     * counts the resident population.
     */
    OUTSIDE_LABOUR_FORCE,
    /**
     * In the province's labour force as employed (they work under contract), as a province that counts its workers
     * abroad among its own may choose: in both denominators, trained and certified by what they hold.
     */
    IN_LABOUR_FORCE
}
