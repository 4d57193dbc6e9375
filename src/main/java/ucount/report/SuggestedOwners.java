package ucount.report;

import ucount.owners.Evidence;
import ucount.owners.OwnersResult;
import ucount.owners.Suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner suggestions of {@code ucount owners} as the estimate's reports show them beside each unassigned device:
 * {@code mgarcia (high: in the controlled devices of mgarcia)}.
 */
public final class SuggestedOwners {

    private SuggestedOwners() {
    }

    /**
     * The suggestions applied at the result's minimum confidence, keyed by {@code cluster + "/" + device name} (the
     * key {@link EstimateHtml#unassignedDevices} takes); devices without one are absent.
     */
    public static Map<String, String> byDevice(OwnersResult result) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Suggestion s : result.applied()) texts.put(s.cluster() + "/" + s.name(), text(s));
        return texts;
    }

    /** {@code owner (confidence: evidence; evidence)}, with the reason a confidence was lowered, if any. */
    static String text(Suggestion s) {
        List<String> notes = new ArrayList<>(s.evidence().stream().map(Evidence::text).toList());
        if (s.reason() != null) notes.add(s.reason());
        return s.suggestedOwner() + " (" + s.confidence().id() + ": " + String.join("; ", notes) + ")";
    }
}
