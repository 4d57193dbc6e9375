package ucount.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * CUCM's typemodel table (enum -> model name, formats.md section 4), for executeSQLQuery rows that select
 * {@code d.tkmodel} instead of joining typemodel for the name. Data: ucount/ingest/typemodel.csv.
 */
final class TypeModels {

    private static final Map<String, String> NAMES = load();

    private TypeModels() {
    }

    /** The model name of a typemodel number; any other value is returned as it is. */
    static String name(String value) {
        if (value == null || value.isEmpty() || !value.chars().allMatch(Character::isDigit)) return value;
        return NAMES.getOrDefault(value, value);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = TypeModels.class.getResourceAsStream("/ucount/ingest/typemodel.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                if (line.startsWith("#") || comma < 0 || line.startsWith("enum,")) continue;
                names.put(line.substring(0, comma).trim(), line.substring(comma + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
