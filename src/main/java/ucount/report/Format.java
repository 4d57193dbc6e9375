package ucount.report;

/** Output formats (contract: {@code --format text|json|csv|md|html}). */
public enum Format {
    TEXT, JSON, CSV, MD, HTML
}
