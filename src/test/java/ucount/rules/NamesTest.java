package ucount.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Names.sorted must give exactly Names.ORDER, however the names are spelled and however many there are. */
class NamesTest {

    /** Letters whose case folding is not plain ASCII: dotless and dotted i, long s, Kelvin sign, sharp s, mu ... */
    private static final String ALPHABET = "abcXYZ019_.-@ \u00e9\u00c9\u00df\u0131\u0130\u017f\u212a\u00b5\u039c\u03bc"
            + "\u00ff\u0178\u01c5\u01c4\u01c6\u00e0\u00c0";

    @Test
    void sortedIsNamesOrderForTrickyCaseFolding() {
        Random random = new Random(20240601);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(20); // shorter and longer than the eight or sixteen characters packed
            for (int k = 0; k < length; k++) name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            names.add(name.toString());
        }
        assertSortedInNamesOrder(names);
        assertSortedInNamesOrder(names.subList(0, 100));
    }

    @Test
    void sortedIsNamesOrderForAsciiNamesOfEveryLengthAroundTheKeys() {
        Random random = new Random(20261122);
        String ascii = "aAbBzZ09_.-@ ~\u007f\u0000";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            // Many share their first eight or sixteen characters, so that the second key and the ties decide.
            StringBuilder name = new StringBuilder(List.of("", "John.Smi", "john.smith.contr").get(random.nextInt(3)));
            int length = random.nextInt(20); // within and past each of the two keys of eight characters
            for (int k = 0; k < length; k++) name.append(ascii.charAt(random.nextInt(ascii.length())));
            names.add(name.toString());
        }
        names.add("a\u00e9"); // a name past ASCII among them: its keys are made the other way
        names.add("A");
        assertSortedInNamesOrder(names);
    }

    @Test
    void aNulCharacterIsNotTakenForTheEndOfAName() {
        assertSortedInNamesOrder(List.of("a\u0000b", "a", "a\u0000", "abcdefgh\u0000", "abcdefgh", "abcdefg"));
    }

    @Test
    void namesOutsideTheBmpAreSortedByNamesOrderToo() {
        assertSortedInNamesOrder(List.of("b\uD83D\uDE00", "B\uFFFD", "a", "b\uE000", "B\uD83D\uDE01", "A"));
    }

    @Test
    void foldKeepsAnAlreadyFoldedNameAndRefusesSurrogates() {
        String id = "jsmith42";
        assertSame(id, Names.fold(id));
        assertEquals("sep00ab", Names.fold("SEP00AB"));
        assertNull(Names.fold("x\uD83D\uDE00"));
    }

    @Test
    void orderGivesThePlacesThatSortedLists() {
        List<String> names = List.of("bob", "Alice", "alice", "carol", "ALICE");
        int[] order = Names.order(names, Function.identity());
        List<String> listed = new ArrayList<>();
        for (int place : order) listed.add(names.get(place));
        assertEquals(List.of("ALICE", "Alice", "alice", "bob", "carol"), listed);
        assertEquals(listed, Names.sorted(names, Function.identity()));
    }

    /** Names.sorted lists the names as sorting them by Names.ORDER does. */
    private static void assertSortedInNamesOrder(List<String> names) {
        List<String> expected = new ArrayList<>(names);
        expected.sort(Names.ORDER);
        assertEquals(expected, Names.sorted(names, Function.identity()));
    }
}
