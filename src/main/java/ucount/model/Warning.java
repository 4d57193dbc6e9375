package ucount.model;

/**
 * Something a user should look at that does not stop the count: a code scripts can match, a sentence, a place.
 * Sorted by place (file, then line), so output does not depend on reading order.
 */
public record Warning(String code, String message, Source source) implements Comparable<Warning> {

    @Override
    public int compareTo(Warning o) {
        int c = source.file().compareTo(o.source.file());
        if (c == 0) c = Long.compare(source.line(), o.source.line());
        if (c == 0) c = code.compareTo(o.code);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
