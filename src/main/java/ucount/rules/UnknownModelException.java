package ucount.rules;

import ucount.model.Source;

/** R15 with {@code --unknown-models fail}: a device whose model the catalog does not know. */
public class UnknownModelException extends Exception {

    private final transient Source source;

    public UnknownModelException(Source source, String model) {
        super(source + ": unknown device model '" + model + "' (--unknown-models fail); "
                + "add it to a catalog file and pass --catalog FILE");
        this.source = source;
    }

    public Source source() {
        return source;
    }
}
