package vn.tuyenquang.workforce.matching;

/**
 * What an employer asks of a vacancy's candidates, beyond the vacancy's own requirements (which no filter loosens): the
 * occupation's whole 3-digit group or only the occupation, the commune they live in, how far from the workplace at most,
 * a level above the vacancy's minimum, a centre's certificate only, the order, and the page.
 *
 * @param communeCode  only candidates living in this commune; null for all
 * @param withinKm     only candidates living at most this far from the workplace; null for any distance
 * @param minLevelCode a level required above the vacancy's own minimum; null (or a lower one) for the vacancy's
 * @param page         0-based
 */
public record CandidateQuery(boolean widen, String communeCode, Integer withinKm, String minLevelCode,
                             boolean verifiedOnly, CandidateOrder order, int page, int size) {

    public static final int PAGE_SIZE = 20;

    /** Elasticsearch answers no deeper than its first 10,000 hits. */
    static final int DEEPEST = 10_000;

    public CandidateQuery {
        communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode;
        minLevelCode = minLevelCode == null || minLevelCode.isBlank() ? null : minLevelCode;
        withinKm = withinKm == null || withinKm <= 0 ? null : Math.min(withinKm, 1_000);
        order = order == null ? CandidateOrder.BEST : order;
        size = Math.max(1, Math.min(size, 100));
        page = Math.max(0, Math.min(page, DEEPEST / size - 1));
    }

    /** The best candidates, first page, with no filter: what the vacancy alone asks. */
    public static CandidateQuery best(boolean widen, int size) {
        return new CandidateQuery(widen, null, null, null, false, CandidateOrder.BEST, 0, size);
    }

    int from() {
        return page * size;
    }
}
