package vn.tuyenquang.workforce.training;

/** One page of a longer list: which page it is, how long pages are, and how many items there are in all. */
public interface Paged {

    long total();

    int page();

    int size();

    default int pages() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }

    /** The page asked for, or the first when the request names one before it. */
    static int requested(int page) {
        return Math.max(page, 0);
    }
}
