package ucount.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupsTest {

    @Test
    void eachOwnerHasItsItemsInItemOrderAndItemsOfNoneAreLeftOut() {
        Groups groups = new Groups(4, new int[]{2, -1, 0, 2, 0, 3, 2});
        assertEquals(List.of(2, 4), items(groups, 0));
        assertEquals(List.of(), items(groups, 1));
        assertEquals(List.of(0, 3, 6), items(groups, 2));
        assertEquals(List.of(5), items(groups, 3));
    }

    @Test
    void noItemsAtAll() {
        Groups groups = new Groups(2, new int[0]);
        assertEquals(0, groups.size(0));
        assertEquals(0, groups.size(1));
    }

    private static List<Integer> items(Groups groups, int owner) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < groups.size(owner); i++) items.add(groups.item(owner, i));
        return items;
    }
}
