package slope.lang;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables of a module, in definition order. Each name lives in a {@link Cell} so that
 * compiled name lookups can keep the cell and skip the hash lookup next time.
 */
final class Namespace {
    final LinkedHashMap<String, Cell> cells = new LinkedHashMap<>();
    /** Bumped whenever a name is added, so cached builtin lookups know to look again. */
    int version;

    static final class Cell {
        final String name;
        Object value;

        Cell(String name) { this.name = name; }
    }

    Object get(String name) {
        Cell c = cells.get(name);
        return c == null ? null : c.value;
    }

    Cell cell(String name) {
        Cell c = cells.get(name);
        if (c == null) {
            c = new Cell(name);
            cells.put(name, c);
            version++;
        }
        return c;
    }

    void put(String name, Object value) { cell(name).value = value; }

    boolean remove(String name) {
        Cell c = cells.get(name);
        if (c == null || c.value == null) return false;
        c.value = null;
        return true;
    }

    /** The bound names and values, in order. */
    Map<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        for (Cell c : cells.values()) if (c.value != null) m.put(c.name, c.value);
        return m;
    }
}
