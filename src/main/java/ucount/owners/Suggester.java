package ucount.owners;

import ucount.model.Device;
import ucount.rules.DeviceLicense;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Weighs a device's evidence into one suggestion:
 * <ol>
 * <li>Evidence naming exactly one known user is a vote; naming several users it is ambiguous and votes for none.</li>
 * <li>Strong votes (high or medium) for different users: no suggestion, "conflicting evidence".</li>
 * <li>Otherwise the user of the strongest votes is suggested, with the confidence of the strongest vote for them;
 * all evidence is listed. A weaker vote for someone else lowers the confidence one level.</li>
 * <li>No vote: no suggestion, "ambiguous evidence" when some evidence named several users, else "no evidence".</li>
 * </ol>
 */
final class Suggester {

    private final List<EvidenceCollector> collectors = EvidenceCollector.all();

    Suggestion suggest(DeviceLicense license, Device device, UserIndex users) {
        List<Evidence> evidence = new ArrayList<>();
        for (EvidenceCollector collector : collectors) {
            Optional<Evidence> found = collector.collect(device, users);
            found.ifPresent(evidence::add);
        }
        evidence.sort(null);
        return decide(license, device, evidence);
    }

    static Suggestion decide(DeviceLicense license, Device device, List<Evidence> evidence) {
        List<Evidence> votes = evidence.stream().filter(Evidence::isVote).toList();
        if (votes.isEmpty()) {
            List<Evidence> ambiguous = evidence.stream().filter(Evidence::isAmbiguous).toList();
            if (ambiguous.isEmpty()) {
                String why = evidence.isEmpty() ? "no evidence" : "no evidence names a known user: " + texts(evidence);
                return none(license, device, Suggestion.Status.NO_EVIDENCE, evidence, why);
            }
            return none(license, device, Suggestion.Status.AMBIGUOUS, evidence, "ambiguous evidence: "
                    + texts(ambiguous));
        }
        List<Evidence> strong = votes.stream().filter(v -> v.confidence().atLeast(Confidence.MEDIUM)).toList();
        List<Evidence> deciding = strong.isEmpty() ? votes : strong;
        List<String> candidates = deciding.stream().map(v -> v.users().get(0)).distinct().sorted().toList();
        if (candidates.size() > 1) {
            return none(license, device, Suggestion.Status.CONFLICTING, evidence, "conflicting evidence: "
                    + texts(deciding));
        }
        String owner = candidates.get(0);
        Confidence confidence = votes.stream().filter(v -> v.users().get(0).equals(owner)).map(Evidence::confidence)
                .max(Comparator.naturalOrder()).orElseThrow();
        List<Evidence> against = votes.stream().filter(v -> !v.users().get(0).equals(owner)).toList();
        String reason = null;
        if (!against.isEmpty()) {
            Confidence lowered = confidence.lower();
            reason = "confidence lowered from " + confidence.id() + " to " + lowered.id() + ": weaker evidence names "
                    + against.stream().map(v -> v.users().get(0)).distinct().sorted()
                    .collect(Collectors.joining(", "));
            confidence = lowered;
        }
        return new Suggestion(license.cluster(), device, license.license(), Suggestion.Status.SUGGESTED, owner,
                confidence, evidence, reason);
    }

    private static Suggestion none(DeviceLicense license, Device device, Suggestion.Status status,
                                   List<Evidence> evidence, String reason) {
        return new Suggestion(license.cluster(), device, license.license(), status, null, null, evidence, reason);
    }

    private static String texts(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::text).collect(Collectors.joining("; "));
    }
}
