package ucount.report;

import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.owners.Confidence;
import ucount.owners.Evidence;
import ucount.owners.OwnersResult;
import ucount.owners.Suggestion;
import ucount.owners.UserChange;
import ucount.rules.Totals;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code owners --format text}: the summary first (devices, suggestions, licenses before and after, the net change),
 * then the devices with their evidence, the users whose license changes, the consolidations, and the hygiene
 * findings.
 */
public final class OwnersText {

    private OwnersText() {
    }

    public static void write(OwnersResult result, Writer out) throws IOException {
        boolean several = result.before().clusters().size() > 1;
        StringBuilder sb = new StringBuilder();
        sb.append("Owner suggestions (rules: ").append(result.before().options().ruleSet().id()).append(", ")
                .append(several ? result.before().clusters().size() + " clusters"
                        : Facts.loneCluster(result.before().clusters().get(0).name(), n -> n))
                .append(", --min-confidence ").append(result.minConfidence().id()).append(")\n\n");
        summary(sb, result);
        sb.append('\n').append(totals(result));
        sb.append("Net change: ").append(netChange(result.change())).append('\n');
        devices(sb, result, several);
        changes(sb, result, several);
        consolidation(sb, result, several);
        findings(sb, result.findings());
        out.write(sb.toString());
    }

    private static void summary(StringBuilder sb, OwnersResult result) {
        List<Suggestion> all = result.suggestions();
        long unknownOwner = all.stream().filter(s -> s.currentOwner() != null).count();
        sb.append("Unassigned licensed devices: ").append(all.size()).append(" (").append(all.size() - unknownOwner)
                .append(" without an owner, ").append(unknownOwner).append(" whose owner is not among the users)\n");
        long suggested = all.stream().filter(Suggestion::suggested).count();
        sb.append("  with a suggested owner: ").append(suggested).append(" (");
        for (Confidence c : List.of(Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW)) {
            sb.append(c.id()).append(' ').append(all.stream().filter(s -> s.confidence() == c).count())
                    .append(c == Confidence.LOW ? ")" : ", ");
        }
        sb.append("; applied at --min-confidence ").append(result.minConfidence().id()).append(": ")
                .append(result.applied().size()).append(" (the rows of --bat FILE)\n");
        sb.append("  without a suggestion: ").append(all.size() - suggested).append(" (no evidence ")
                .append(count(all, Suggestion.Status.NO_EVIDENCE)).append(", ambiguous ")
                .append(count(all, Suggestion.Status.AMBIGUOUS)).append(", conflicting ")
                .append(count(all, Suggestion.Status.CONFLICTING)).append(")\n");
    }

    private static long count(List<Suggestion> all, Suggestion.Status status) {
        return all.stream().filter(s -> s.status() == status).count();
    }

    private static String totals(OwnersResult result) {
        Totals before = result.before().totals();
        Totals after = result.after().totals();
        Totals change = result.change();
        TextTable table = new TextTable(true);
        table.row("License type", "Before", "After", "Change");
        for (LicenseType type : LicenseType.values()) {
            table.row(type.displayName(), before.get(type), after.get(type), Facts.signed(change.get(type)));
        }
        table.row("Total", before.sum(), after.sum(), Facts.signed(change.sum()));
        return table.render("  ");
    }

    /** "-6 ENHANCED, +1 ENHANCED_PLUS (5 licenses fewer)", in tier order. */
    static String netChange(Totals change) {
        String parts = change.asMap().entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> Facts.signed(e.getValue()) + " " + e.getKey().name()).collect(Collectors.joining(", "));
        if (parts.isEmpty()) return "none";
        int sum = change.sum();
        String overall = sum < 0 ? -sum + (sum == -1 ? " license" : " licenses") + " fewer"
                : sum > 0 ? sum + (sum == 1 ? " license" : " licenses") + " more" : "as many licenses";
        return parts + " (" + overall + ")";
    }

    private static void devices(StringBuilder sb, OwnersResult result, boolean several) {
        sb.append("\nDevices (").append(result.suggestions().size()).append(")\n");
        if (result.suggestions().isEmpty()) {
            sb.append("  (none: every licensed device has an owner among the users)\n");
            return;
        }
        TextTable table = new TextTable(false);
        table.row("Device", "Model", "License", "Owner now", "Suggested owner", "Confidence", "Evidence");
        for (Suggestion s : result.suggestions()) {
            String confidence = confidence(s, result.minConfidence());
            List<String> notes = evidence(s);
            String evidence = notes.isEmpty() ? "-" : String.join("; ", notes);
            table.row((several ? s.cluster() + "/" : "") + s.name(), s.device().model(), s.license(),
                    s.currentOwner() == null ? "-" : s.currentOwner(),
                    s.suggested() ? s.suggestedOwner() : "-", confidence, evidence);
        }
        sb.append(table.render("  "));
    }

    /** {@code high}, {@code low (not applied)}, or why there is no suggestion ({@code no evidence}). */
    static String confidence(Suggestion s, Confidence minimum) {
        return !s.suggested() ? s.status().id().replace('-', ' ')
                : s.confidence().id() + (s.appliedAt(minimum) ? "" : " (not applied)");
    }

    /**
     * The evidence texts, and the reason a confidence was lowered; without a suggestion, the reason alone, and
     * nothing when there was no evidence at all (the confidence column says so).
     */
    static List<String> evidence(Suggestion s) {
        if (!s.suggested()) return s.evidence().isEmpty() || s.reason() == null ? List.of() : List.of(s.reason());
        List<String> notes = new ArrayList<>(s.evidence().stream().map(Evidence::text).toList());
        if (s.reason() != null) notes.add(s.reason());
        return notes;
    }

    /** The user's licenses now and the device-only ones of the devices they would take over. */
    static String licensesNow(UserChange c) {
        return (c.before().isEmpty() ? "" : Facts.licenses(c.before()) + " + ") + "device-only "
                + Facts.licenses(c.addedDeviceOnly()) + " (" + String.join(", ", c.addedDevices()) + ")";
    }

    private static void changes(StringBuilder sb, OwnersResult result, boolean several) {
        List<UserChange> changed = result.userChanges().stream().filter(UserChange::licenseChanges).toList();
        sb.append("\nUsers whose license changes (").append(changed.size()).append(")\n");
        if (changed.isEmpty()) sb.append("  (none)\n");
        for (UserChange c : changed) {
            sb.append("  ").append(user(c, several)).append(": ").append(Facts.licenses(c.before())).append(" -> ")
                    .append(Facts.licenses(c.after())).append(" (takes ").append(String.join(", ", c.addedDevices()))
                    .append(")\n");
        }
    }

    private static void consolidation(StringBuilder sb, OwnersResult result, boolean several) {
        List<UserChange> merged = result.userChanges().stream().filter(UserChange::consolidates).toList();
        int saved = merged.stream().mapToInt(c -> c.licensesBefore() - c.after().size()).sum();
        sb.append("\nConsolidation: devices that would share one higher license (").append(merged.size())
                .append(merged.size() == 1 ? " user, " : " users, ").append(saved)
                .append(saved == 1 ? " license" : " licenses").append(" fewer)\n");
        if (merged.isEmpty()) sb.append("  (none)\n");
        for (UserChange c : merged) {
            String was = licensesNow(c);
            sb.append("  ").append(user(c, several)).append(": ").append(was).append(" -> ")
                    .append(Facts.licenses(c.after())).append(" (").append(c.licensesBefore()).append(" licenses -> ")
                    .append(c.after().size()).append(")\n");
        }
    }

    private static void findings(StringBuilder sb, List<Warning> findings) {
        sb.append("\nHygiene findings (").append(findings.size()).append(")\n");
        if (findings.isEmpty()) sb.append("  (none)\n");
        for (Warning w : findings) {
            sb.append("  ").append(w.source()).append(": ").append(w.code()).append(": ").append(w.message())
                    .append('\n');
        }
    }

    private static String user(UserChange c, boolean several) {
        return (several ? c.cluster() + "/" : "") + c.userId();
    }
}
