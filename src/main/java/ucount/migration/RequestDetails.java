package ucount.migration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the License Migration Request says about the upgrade and the requester (R27), as given by the user and
 * normalised. A field is {@code null} (or an empty list) when not given; a preview may lack some, a written
 * request may not.
 *
 * @param publicSpacePhones the user's estimate of public space phones; {@code null} takes the configuration's
 * @param contractNumbers   UCSS/ESW service contracts: the upgrade came through a contract
 * @param salesOrderNumbers sales orders: the upgrade was purchased
 */
public record RequestDetails(String fromVersion, String toVersion, Integer publicSpacePhones,
                             List<String> caseNumbers, List<String> macAddresses, List<String> contractNumbers,
                             List<String> salesOrderNumbers, String ciscoId, String company) {

    private static final Pattern VERSION = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:[.(][0-9A-Za-z.()-]*)?");
    private static final Pattern MAC_DIGITS = Pattern.compile("[0-9A-F]{12}");
    private static final Pattern REFERENCE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]*");
    private static final Pattern CISCO_ID = Pattern.compile("\\S+");

    public RequestDetails {
        caseNumbers = List.copyOf(caseNumbers);
        macAddresses = List.copyOf(macAddresses);
        contractNumbers = List.copyOf(contractNumbers);
        salesOrderNumbers = List.copyOf(salesOrderNumbers);
    }

    /** The version a pre-9.x cluster runs: 5.x to 8.x, the releases licensed by DLUs. */
    public static String fromVersion(String text) {
        int major = major(text);
        if (major < 5 || major > 8) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a pre-9.x version (DLU licensing is "
                    + "CUCM 5.x to 8.x, e.g. 7.1(3))");
        }
        return text.trim();
    }

    /** The version the cluster is upgraded to: 9.x or later. */
    public static String toVersion(String text) {
        if (major(text) < 9) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not 9.x or later (user licensing starts "
                    + "with CUCM 9.0, e.g. 9.1(2))");
        }
        return text.trim();
    }

    private static int major(String text) {
        Matcher m = VERSION.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a CUCM version such as 7.1(3) or 8.6.2");
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * A server MAC address as a license file names it: 12 hexadecimal digits, upper case. Accepts the usual
     * spellings: 000C29AB12CD, 00:0c:29:ab:12:cd, 00-0C-29-AB-12-CD, 000c.29ab.12cd.
     */
    public static String macAddress(String text) {
        String digits = text.trim().replaceAll("[:.-]", "").toUpperCase(Locale.ROOT);
        if (!MAC_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a MAC address (12 hexadecimal digits, "
                    + "e.g. 000C29AB12CD or 00:0c:29:ab:12:cd)");
        }
        return digits;
    }

    /** A case, contract or sales order number: letters, digits and hyphens. */
    public static String reference(String text, String what) {
        String value = text.trim();
        if (!REFERENCE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a " + what + " (letters, digits and hyphens)");
        }
        return value;
    }

    public static String ciscoId(String text) {
        String value = text.trim();
        if (!CISCO_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a Cisco.com user ID (one word, no spaces)");
        }
        return value;
    }

    public static String company(String text) {
        String value = text.trim().replaceAll("\\s+", " ");
        if (value.isEmpty()) throw new IllegalArgumentException("the company name is empty");
        return value;
    }

    /** The values in the order given, each once. */
    public static List<String> distinct(List<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }
}
