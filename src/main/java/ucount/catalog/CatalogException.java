package ucount.catalog;

/** A catalog file that cannot be used: the message names the file, the line and the problem. */
public class CatalogException extends Exception {
    public CatalogException(String message) {
        super(message);
    }
}
