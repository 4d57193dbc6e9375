package ucount.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One AXL item ({@code phone}, {@code user}, {@code row} ...) as a small tree, built from the stream one item at a
 * time so that a response of any size is never held whole. Names are local names, matched case-insensitively
 * ({@code userid} in a user, {@code userId} in a remote destination profile).
 *
 * @param nil  the element had {@code xsi:nil="true"}
 * @param text the element's own text, trimmed
 * @param line where the element starts
 */
record XmlNode(String name, boolean nil, String text, List<XmlNode> children, long line) {

    XmlNode {
        children = List.copyOf(children);
    }

    /** The first child of that name, or null. */
    XmlNode child(String childName) {
        for (int i = 0; i < children.size(); i++) { // by index: a million items, several lookups each, no iterator
            XmlNode c = children.get(i);
            if (c.name.equalsIgnoreCase(childName)) return c;
        }
        return null;
    }

    List<XmlNode> children(String childName) {
        List<XmlNode> found = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            XmlNode c = children.get(i);
            if (c.name.equalsIgnoreCase(childName)) found.add(c);
        }
        return found;
    }

    /**
     * A child's value: {@code null} when the element is absent (the export did not carry the field), {@code ""} when
     * it is empty or nil (the field is empty), otherwise its trimmed text. An XFkType ({@code <x uuid="...">name</x>})
     * reads as its name.
     */
    String value(String childName) {
        XmlNode c = child(childName);
        if (c == null) return null;
        return c.nil ? "" : c.text;
    }

    /**
     * The values ({@link #value}) of the children {@code names} lists, each the first child of its name, at its
     * name's place in {@code names}: one pass over the children, where looking each name up would pass over them once
     * a name, comparing names while ignoring case. The array is the {@code names}' own, filled again by its next call.
     */
    String[] values(ChildNames names) {
        String[] values = names.values;
        Arrays.fill(values, null);
        names.nested = null;
        for (int i = 0; i < children.size(); i++) {
            XmlNode c = children.get(i);
            int place = names.placeOf(c.name);
            if (place >= 0 && values[place] == null) {
                values[place] = c.nil ? "" : c.text;
                if (!c.children.isEmpty() && names.mustBeValues[place] && names.nested == null) names.nested = c;
            }
        }
        return values;
    }

    /**
     * Names of children to read with {@link #values}, and where each name met so far goes. The readers share one
     * String for the name of every element of the same name (until a name pushes it out), so a name is compared
     * ignoring case once, and then found by identity. For one thread: each reader of items has its own.
     */
    static final class ChildNames {

        /** Names met beyond this many are compared every time (a reader sharing no names stays correct). */
        private static final int REMEMBERED = 32;

        private final String[] names;
        /** Whether the element of the name at each place must hold a value, not elements ({@link #nested}). */
        private final boolean[] mustBeValues;
        /** What {@link #values} fills. */
        private final String[] values;
        /** The first child {@link #values} read as a value that holds elements (text lost in them); null if none. */
        private XmlNode nested;
        private final String[] met = new String[REMEMBERED];
        private final int[] placeOfMet = new int[REMEMBERED];
        private int metCount;

        /**
         * {@code mustBeValues}: those of the names whose elements must hold a value (the fields a result depends on);
         * the others may hold elements (containers), or lose their text to them unchecked (descriptive fields).
         */
        ChildNames(List<String> names, Set<String> mustBeValues) {
            this.names = names.toArray(String[]::new);
            this.values = new String[this.names.length];
            this.mustBeValues = new boolean[this.names.length];
            for (int i = 0; i < this.names.length; i++) this.mustBeValues[i] = mustBeValues.contains(this.names[i]);
        }

        /**
         * The first value {@link #values} last read from an element that holds elements, where a value belongs
         * ({@code <ownerUserName><value>jdoe</value></ownerUserName>}): read as its own text, it would be empty, and
         * the field would count as not set; null when there was none.
         */
        XmlNode nested() {
            return nested;
        }

        /** The place of {@code name} (ignoring case) among the names, or -1. */
        int placeOf(String name) {
            for (int i = 0; i < metCount; i++) {
                if (met[i] == name) return placeOfMet[i];
            }
            int place = -1;
            for (int i = 0; i < names.length && place < 0; i++) {
                if (names[i].equalsIgnoreCase(name)) place = i;
            }
            if (metCount < REMEMBERED) {
                met[metCount] = name;
                placeOfMet[metCount++] = place;
            }
            return place;
        }
    }

    /** The grandchildren {@code a/b} of every {@code a}: {@code lines/line}, {@code associatedDevices/device}. */
    List<XmlNode> all(String childName, String grandchildName) {
        List<XmlNode> found = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) { // by index: 630k users, a few calls each, no iterator
            XmlNode c = children.get(i);
            if (!c.name.equalsIgnoreCase(childName)) continue;
            for (int j = 0; j < c.children.size(); j++) {
                XmlNode g = c.children.get(j);
                if (g.name.equalsIgnoreCase(grandchildName)) found.add(g);
            }
        }
        return found;
    }

    /** Whether the element is a container that was carried ({@code <associatedDevices/>} is carried and empty). */
    boolean has(String childName) {
        return child(childName) != null;
    }
}
