package org.newsdesk.extract;

import org.jsoup.nodes.Element;

/**
 * The index of each element of a page, by identity: an open-addressing table of parallel arrays, which keeps the
 * positions unboxed (an {@code IdentityHashMap<Element, Integer>} boxes every index past 127). Not thread-safe.
 */
final class ElementTable {

    private Element[] keys;
    private int[] values;
    private int count;

    /** @param expected about how many elements will be put: the table is sized for them once */
    ElementTable(int expected) {
        int size = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2; // twice as many slots, at least
        keys = new Element[size];
        values = new int[size];
    }

    void put(Element e, int index) {
        if (2 * (count + 1) > keys.length) resize();
        int mask = keys.length - 1;
        for (int slot = hash(e) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == null) {
                keys[slot] = e;
                values[slot] = index;
                count++;
                return;
            }
            if (keys[slot] == e) {
                values[slot] = index;
                return;
            }
        }
    }

    /** The element's index, or -1 when it was never put. */
    int get(Element e) {
        int mask = keys.length - 1;
        for (int slot = hash(e) & mask; ; slot = (slot + 1) & mask) {
            Element k = keys[slot];
            if (k == e) return values[slot];
            if (k == null) return -1;
        }
    }

    private void resize() {
        Element[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Element[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        count = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) put(oldKeys[i], oldValues[i]);
    }

    private static int hash(Element e) {
        int h = System.identityHashCode(e);
        return h ^ (h >>> 16);
    }
}
