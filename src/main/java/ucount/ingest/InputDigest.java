package ucount.ingest;

/**
 * What a report was computed from: a file as the user named it, its SHA-256 (lower-case hex) and size in bytes.
 *
 * @param kind {@code export}, {@code catalog} ({@code --catalog FILE}) or {@code installed} ({@code --installed FILE})
 */
public record InputDigest(String kind, String path, String sha256, long bytes) {
}
