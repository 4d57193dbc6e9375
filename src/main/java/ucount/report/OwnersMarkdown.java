package ucount.report;

import ucount.model.LicenseType;
import ucount.owners.Confidence;
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
 * {@code owners --format md}: the licenses before and after the suggested owners are set, the devices with their
 * suggestions and evidence, the users whose license changes, the consolidations and the hygiene findings, as tables
 * for a ticket or a merge request.
 */
public final class OwnersMarkdown {

    private OwnersMarkdown() {
    }

    public static void write(OwnersResult result, Metadata metadata, Writer out) throws IOException {
        boolean several = result.before().clusters().size() > 1;
        List<Suggestion> all = result.suggestions();
        StringBuilder sb = new StringBuilder();
        sb.append("# Owner suggestions\n\n");
        sb.append("Rules ").append(Markdown.bold(result.before().options().ruleSet().id())).append(", ")
                .append(several ? "clusters " + result.before().clusters().stream()
                        .map(c -> Markdown.bold(Markdown.text(c.name()))).collect(Collectors.joining(", "))
                        : Facts.loneCluster(result.before().clusters().get(0).name(),
                        n -> Markdown.bold(Markdown.text(n))))
                .append(", `--min-confidence ").append(result.minConfidence().id()).append("`: ")
                .append(Markdown.bold(Facts.plural(result.applied().size(), "owner", "owners") + " to set"))
                .append(", net change ").append(Markdown.bold(Markdown.text(OwnersText.netChange(result.change()))))
                .append(".\n\n");
        sb.append(summary(result, all)).append('\n');
        sb.append(totals(result)).append('\n');
        sb.append("## Devices\n\n").append(devices(result, several)).append('\n');
        sb.append("## Users whose license changes\n\n").append(changes(result, several)).append('\n');
        sb.append("## Consolidation\n\n").append(consolidation(result, several)).append('\n');
        sb.append("## Hygiene findings\n\n").append(result.findings().isEmpty() ? "None.\n"
                : EstimateMarkdown.warnings(result.findings())).append('\n');
        sb.append(Markdown.footer(metadata));
        out.write(sb.toString());
    }

    private static String summary(OwnersResult result, List<Suggestion> all) {
        long unknownOwner = all.stream().filter(s -> s.currentOwner() != null).count();
        long suggested = all.stream().filter(Suggestion::suggested).count();
        String byConfidence = List.of(Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW).stream()
                .map(c -> c.id() + " " + all.stream().filter(s -> s.confidence() == c).count())
                .collect(Collectors.joining(", "));
        return "- Unassigned licensed devices: " + all.size() + " (" + (all.size() - unknownOwner)
                + " without an owner, " + unknownOwner + " whose owner is not among the users; R14)\n"
                + "- With a suggested owner: " + suggested + " (" + byConfidence + "); applied at `--min-confidence "
                + result.minConfidence().id() + "`: " + result.applied().size() + " (the rows of `--bat FILE`)\n"
                + "- Without a suggestion: " + (all.size() - suggested) + " (no evidence "
                + count(all, Suggestion.Status.NO_EVIDENCE) + ", ambiguous " + count(all, Suggestion.Status.AMBIGUOUS)
                + ", conflicting " + count(all, Suggestion.Status.CONFLICTING) + ")\n";
    }

    private static long count(List<Suggestion> all, Suggestion.Status status) {
        return all.stream().filter(s -> s.status() == status).count();
    }

    private static String totals(OwnersResult result) {
        Totals before = result.before().totals();
        Totals after = result.after().totals();
        Totals change = result.change();
        Markdown.Table table = new Markdown.Table("License type", "Before>", "After>", "Change>");
        for (LicenseType type : LicenseType.values()) {
            table.row(type.displayName(), before.get(type), after.get(type), Facts.signed(change.get(type)));
        }
        table.rawRow(Markdown.bold("Total"), Markdown.bold(String.valueOf(before.sum())),
                Markdown.bold(String.valueOf(after.sum())), Markdown.bold(Facts.signed(change.sum())));
        return table.render();
    }

    private static String devices(OwnersResult result, boolean several) {
        if (result.suggestions().isEmpty()) return "None: every licensed device has an owner among the users.\n";
        List<String> head = new ArrayList<>();
        if (several) head.add("Cluster");
        head.addAll(List.of("Device", "Model", "License", "Owner now", "Suggested owner", "Confidence", "Evidence"));
        Markdown.Table table = new Markdown.Table(head.toArray(String[]::new));
        for (Suggestion s : result.suggestions()) {
            List<Object> row = new ArrayList<>();
            if (several) row.add(Markdown.text(s.cluster()));
            row.add(Markdown.text(s.name()));
            row.add(Markdown.text(s.device().model()));
            row.add(Markdown.text(s.license().name()));
            row.add(s.currentOwner() == null ? "-" : Markdown.text(s.currentOwner()));
            row.add(s.suggested() ? Markdown.bold(Markdown.text(s.suggestedOwner())) : "-");
            row.add(Markdown.text(OwnersText.confidence(s, result.minConfidence())));
            List<String> evidence = OwnersText.evidence(s);
            row.add(evidence.isEmpty() ? "-" : Markdown.lines(evidence));
            table.rawRow(row.toArray());
        }
        return table.render();
    }

    private static String changes(OwnersResult result, boolean several) {
        List<UserChange> changed = result.userChanges().stream().filter(UserChange::licenseChanges).toList();
        if (changed.isEmpty()) return "None.\n";
        Markdown.Table table = new Markdown.Table(several ? new String[]{"Cluster", "User", "Before", "After", "Takes"}
                : new String[]{"User", "Before", "After", "Takes"});
        for (UserChange c : changed) {
            List<Object> row = new ArrayList<>();
            if (several) row.add(c.cluster());
            row.addAll(List.of(c.userId(), Facts.licenses(c.before()), Facts.licenses(c.after()),
                    String.join(", ", c.addedDevices())));
            table.row(row.toArray());
        }
        return table.render();
    }

    private static String consolidation(OwnersResult result, boolean several) {
        List<UserChange> merged = result.userChanges().stream().filter(UserChange::consolidates).toList();
        if (merged.isEmpty()) return "None: no devices would share one higher license.\n";
        int saved = merged.stream().mapToInt(c -> c.licensesBefore() - c.after().size()).sum();
        List<String> head = new ArrayList<>();
        if (several) head.add("Cluster");
        head.addAll(List.of("User", "Now", "After", "Licenses now>", "Licenses after>"));
        Markdown.Table table = new Markdown.Table(head.toArray(String[]::new));
        for (UserChange c : merged) {
            List<Object> row = new ArrayList<>();
            if (several) row.add(c.cluster());
            row.addAll(List.of(c.userId(), OwnersText.licensesNow(c), Facts.licenses(c.after()), c.licensesBefore(),
                    c.after().size()));
            table.row(row.toArray());
        }
        return "Devices that would share one higher license: " + Facts.plural(merged.size(), "user", "users") + ", "
                + Facts.plural(saved, "license", "licenses") + " fewer.\n\n" + table.render();
    }
}
