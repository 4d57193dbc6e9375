package ucount.owners;

import ucount.model.Device;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JABBER_NAME: a Jabber device name is a prefix and the user ID ({@code CSFJDOE} for jdoe), compared ignoring case
 * and punctuation ({@code CSFJDOE} also fits {@code j.doe}), taking an e-mail-style ID by its local part
 * ({@code jdoe@example.com}), and allowing the ID to be cut at the 15-character device name limit.
 */
final class JabberName implements EvidenceCollector {

    /** Jabber for Windows/Mac, iPhone, Android, tablet (formats.md section 4). */
    static final List<String> PREFIXES = List.of("CSF", "TCT", "BOT", "TAB");

    @Override
    public Optional<Evidence> collect(Device device, UserIndex users) {
        String name = device.name().toUpperCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (!name.startsWith(prefix) || name.length() == prefix.length()) continue;
            List<String> fits = users.withJabberId(device.name().substring(prefix.length()));
            if (fits.isEmpty()) return Optional.empty();
            return Optional.of(new Evidence(EvidenceKind.JABBER_NAME, fits, "Jabber device name " + device.name()
                    + " (" + prefix + ") carries the user ID of " + EvidenceCollector.describe(fits)));
        }
        return Optional.empty();
    }
}
