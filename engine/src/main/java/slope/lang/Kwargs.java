package slope.lang;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The keyword arguments of one call, in the order written: two parallel arrays rather than a
 * LinkedHashMap, because most calls pass one or two keywords ({@code requires_grad=True}) and a hash
 * table with its entries, entry set and iterator cost more than the call itself. A call site without
 * {@code **mapping} lends its own array of names. Binders read it by index; other code sees an
 * ordinary read-only {@link Map}.
 */
public final class Kwargs extends AbstractMap<String, Object> {
    private final String[] names;
    private final Object[] values;

    /** Names (distinct: the parser rejects a repeated keyword) and their values, index by index. */
    Kwargs(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** {@code kw} itself when it is a Kwargs, else its entries copied in order (Java hosts pass any map). */
    static Kwargs of(Map<String, Object> kw) {
        if (kw instanceof Kwargs) return (Kwargs) kw;
        String[] names = new String[kw.size()];
        Object[] values = new Object[names.length];
        int i = 0;
        for (Map.Entry<String, Object> e : kw.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new Kwargs(names, values);
    }

    public String name(int i) { return names[i]; }

    public Object value(int i) { return values[i]; }

    private int indexOf(Object name) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    @Override public int size() { return names.length; }

    @Override public boolean containsKey(Object name) { return indexOf(name) >= 0; }

    @Override public Object get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<Map.Entry<String, Object>>() {
            @Override public int size() { return names.length; }

            @Override public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<Map.Entry<String, Object>>() {
                    private int next;

                    @Override public boolean hasNext() { return next < names.length; }

                    @Override public Map.Entry<String, Object> next() {
                        if (next >= names.length) throw new NoSuchElementException();
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }
        };
    }
}
