package ucount.owners;

import java.util.Locale;

/** How far an owner suggestion can be trusted, lowest first (so that {@code compareTo} orders by strength). */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    /** The spelling of the CLI and the JSON: {@code high}, {@code medium}, {@code low}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Confidence other) {
        return compareTo(other) >= 0;
    }

    /** One level down; LOW stays LOW. */
    Confidence lower() {
        return this == HIGH ? MEDIUM : LOW;
    }
}
