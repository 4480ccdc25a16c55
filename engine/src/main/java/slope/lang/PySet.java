package slope.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** A Python set (kept in insertion order, which CPython does not promise but small int sets show). */
final class PySet {
    final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();

    int size() { return map.size(); }

    void add(Object v) { map.putIfAbsent(Py.key(v), v); }

    boolean contains(Object v) { return map.containsKey(Py.key(v)); }

    boolean remove(Object v) { return map.remove(Py.key(v)) != null; }

    List<Object> items() { return new ArrayList<>(map.values()); }
}
