package ucount.axl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A SOAP fault the server answered with (formats.md section 2: {@code detail/axlError/axlcode, axlmessage}). */
public class AxlFault extends AxlException {

    private static final Pattern SUGGESTED = Pattern.compile("(?i)less than (\\d+)");

    private final String operation;
    private final String code;
    private final String faultMessage;

    AxlFault(AxlEndpoint endpoint, String operation, String code, String faultMessage) {
        super(endpoint.where() + ": AXL fault on " + operation + (code == null ? "" : ": axlcode " + code) + ": "
                + faultMessage);
        this.operation = operation;
        this.code = code;
        this.faultMessage = faultMessage;
    }

    public String operation() {
        return operation;
    }

    public String code() {
        return code;
    }

    public String faultMessage() {
        return faultMessage;
    }

    /**
     * CUCM refuses a page that would be too large with "Query request too large. Total rows matched: N rows.
     * Suggestive Row Fetch: less than M rows": the page size to ask instead, or null when this is another fault.
     */
    Integer suggestedPageSize(int asked) {
        if (!faultMessage.toLowerCase(java.util.Locale.ROOT).contains("too large")) return null;
        Matcher m = SUGGESTED.matcher(faultMessage);
        int size = m.find() ? Integer.parseInt(m.group(1)) - 1 : asked / 2;
        return size >= 1 && size < asked ? size : null;
    }
}
