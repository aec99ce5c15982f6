package vn.tuyenquang.workforce.matching;

import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/** Where places are, for distances: a vacancy's workplace, a commune's centre; and the distance between two. */
public final class Workplaces {

    private Workplaces() {
    }

    /** The workplace as {latitude, longitude}: its own coordinates, else the centre of its commune (null if unknown). */
    public static double[] of(Vacancy vacancy, ReferenceCatalog reference) {
        if (vacancy.latitude() != null) {
            return new double[]{vacancy.latitude().doubleValue(), vacancy.longitude().doubleValue()};
        }
        return communeCentre(vacancy.communeCode(), reference);
    }

    /** The centre of the commune as {latitude, longitude}, or null for a code not in the list. */
    public static double[] communeCentre(String communeCode, ReferenceCatalog reference) {
        return reference.commune(communeCode)
                .map(c -> new double[]{c.latitude().doubleValue(), c.longitude().doubleValue()}).orElse(null);
    }

    /** The great-circle distance in kilometres. */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
