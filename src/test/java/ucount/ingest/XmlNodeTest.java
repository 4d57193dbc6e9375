package ucount.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlNodeTest {

    private static XmlNode leaf(String name, String text) {
        return new XmlNode(name, false, text, List.of(), 1);
    }

    private static XmlNode nil(String name) {
        return new XmlNode(name, true, "", List.of(), 1);
    }

    private static XmlNode item(XmlNode... children) {
        return new XmlNode("phone", false, "", List.of(children), 1);
    }

    @Test
    void values_areEachNamesFirstChildIgnoringCase_nilEmpty_absentNull() {
        XmlNode node = item(leaf("Name", "SEP1"), leaf("name", "SEP2"), nil("MODEL"), leaf("other", "x"));
        XmlNode.ChildNames names = new XmlNode.ChildNames(List.of("name", "model", "absent"), java.util.Set.of());
        assertArrayEquals(new String[] {"SEP1", "", null}, node.values(names));
        assertArrayEquals(new String[] {null, null, null}, item().values(names));
    }

    @Test
    void values_agreeWithValue_forNamesSharedOrNot_andMoreNamesThanRemembered() {
        // Readers share one String a name; a reader that does not, or more than 32 names, must read the same.
        List<String> asked = List.of("class", "name", "model", "product", "ownerUserName", "userId");
        XmlNode.ChildNames names = new XmlNode.ChildNames(asked, java.util.Set.of());
        List<String> pool = new ArrayList<>(asked);
        for (int i = 0; i < 40; i++) pool.add("other" + i);
        Random random = new Random(8);
        for (int n = 0; n < 2000; n++) {
            List<XmlNode> children = new ArrayList<>();
            for (int c = random.nextInt(12); c > 0; c--) {
                String name = pool.get(random.nextInt(pool.size()));
                if (random.nextBoolean()) name = name.toUpperCase(); // a case difference, and a String of its own
                else if (random.nextBoolean()) name = new String(name.toCharArray()); // equal, not shared
                children.add(random.nextInt(5) == 0 ? nil(name) : leaf(name, "v" + n + "." + c));
            }
            XmlNode node = new XmlNode("phone", false, "", children, 1);
            String[] expected = asked.stream().map(node::value).toArray(String[]::new);
            assertArrayEquals(expected, node.values(names), node + " " + Arrays.toString(expected));
        }
    }

    @Test
    void childNames_placeOfAName_ignoringCase_orMinusOne() {
        XmlNode.ChildNames names = new XmlNode.ChildNames(List.of("userid", "ownerUserName"), java.util.Set.of());
        assertEquals(1, names.placeOf("OWNERUSERNAME"));
        assertEquals(0, names.placeOf("userId"));
        assertEquals(-1, names.placeOf("loginUserId"));
        assertEquals(-1, names.placeOf("loginUserId"), "a name met before, remembered as none of them");
        assertEquals(1, names.placeOf("ownerUserName"));
    }
}
