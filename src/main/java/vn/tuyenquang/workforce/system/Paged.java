package vn.tuyenquang.workforce.system;

/**
 * One page of a longer list: which page it is, how long pages are, and how many items there are in all. Every paged
 * answer implements it (the centres, a course's learners, the audit trail, a vacancy's candidates), so that pages are
 * counted and asked for one way.
 */
public interface Paged {

    long total();

    int page();

    int size();

    default int pages() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }

    /** The furthest page anyone may ask for: far beyond any list, and its offset still a whole number. */
    int LAST_PAGE_ASKED = 1_000_000;

    /** The page asked for, or the first when the request names one before it (an empty one far beyond the list). */
    static int requested(int page) {
        return Math.min(Math.max(page, 0), LAST_PAGE_ASKED);
    }
}
