package ucount.rules;

import ucount.model.LicenseType;

import java.util.AbstractList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One user's requirement (R1-R13): every license the user needs (empty when none, R8), the licensed devices they
 * own, and the reasons, each citing a rule id.
 */
public record UserLicense(String cluster, String userId, List<LicenseType> licenses, List<String> devices,
                          List<String> reasons) {

    public UserLicense {
        licenses = List.copyOf(licenses);
        devices = List.copyOf(devices);
        if (!(reasons instanceof WordedLater)) reasons = List.copyOf(reasons);
    }

    /** The user license, the highest of the user-level licenses; {@code null} when none (R8). */
    public LicenseType userLicense() {
        return licenses.stream().filter(l -> l != LicenseType.TELEPRESENCE_ROOM).max(Enum::compareTo)
                .orElse(licenses.isEmpty() ? null : LicenseType.TELEPRESENCE_ROOM);
    }

    /**
     * Reasons worded when first read: the text report of a million users prints none of them, JSON prints each
     * once. {@code wording} words the reasons of the user at {@code place} and gives the same list every time.
     */
    static List<String> wordedLater(IntFunction<List<String>> wording, int place) {
        return new WordedLater(wording, place);
    }

    /** An unmodifiable list of reasons, worded on first use and kept. */
    private static final class WordedLater extends AbstractList<String> {

        private final IntFunction<List<String>> wording;
        private final int place;
        /** Racing threads may word it twice, to equal lists: either is kept. */
        private volatile List<String> worded;

        WordedLater(IntFunction<List<String>> wording, int place) {
            this.wording = wording;
            this.place = place;
        }

        private List<String> worded() {
            List<String> list = worded;
            if (list == null) worded = list = List.copyOf(wording.apply(place));
            return list;
        }

        @Override
        public String get(int index) {
            return worded().get(index);
        }

        @Override
        public int size() {
            return worded().size();
        }
    }
}
