package ucount.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.rules.Totals;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;

/** Shared JSON pieces: one mapper, pretty printing with LF line ends, totals and warnings in contract shape. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static void write(JsonNode node, Writer out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeTree(node);
        }
        out.write("\n");
    }

    /**
     * A generator printing as {@link #write} does, for a report too large to hold as a tree (a million users): the
     * caller ends the document with a line break once the generator is closed; closing it leaves {@code out} open.
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(printer).without(SerializationFeature.FAIL_ON_EMPTY_BEANS).createGenerator(out);
    }

    /** All seven license types, in tier order. */
    public static ObjectNode totals(Totals totals) {
        ObjectNode node = object();
        for (LicenseType type : LicenseType.values()) node.put(type.name(), totals.get(type));
        return node;
    }

    public static ArrayNode strings(Collection<?> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(v -> array.add(String.valueOf(v)));
        return array;
    }

    public static ArrayNode warnings(List<Warning> warnings) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Warning w : warnings) {
            array.addObject().put("code", w.code()).put("message", w.message()).put("source", w.source().toString());
        }
        return array;
    }
}
