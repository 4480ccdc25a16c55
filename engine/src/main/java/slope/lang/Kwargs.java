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
 * table with its entries, entry set and iterator cost more than the call itself. Binders read it by
 * index; other code sees an ordinary {@link Map}.
 */
public final class Kwargs extends AbstractMap<String, Object> {
    private String[] names;
    private Object[] values;
    private int size;

    Kwargs(int capacity) {
        names = new String[capacity];
        values = new Object[capacity];
    }

    /** {@code kw} itself when it is a Kwargs, else its entries copied in order (Java hosts pass any map). */
    static Kwargs of(Map<String, Object> kw) {
        if (kw instanceof Kwargs) return (Kwargs) kw;
        Kwargs k = new Kwargs(kw.size());
        for (Map.Entry<String, Object> e : kw.entrySet()) k.put(e.getKey(), e.getValue());
        return k;
    }

    public String name(int i) { return names[i]; }

    public Object value(int i) { return values[i]; }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    @Override public int size() { return size; }

    @Override public boolean containsKey(Object name) { return indexOf(name) >= 0; }

    @Override public Object get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override public Object put(String name, Object value) {
        int i = indexOf(name);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (size == names.length) grow();
        names[size] = name;
        values[size++] = value;
        return null;
    }

    /** Room for more names: a {@code **mapping} can bring any number. */
    private void grow() {
        int capacity = Math.max(4, 2 * size);
        String[] n = new String[capacity];
        Object[] v = new Object[capacity];
        System.arraycopy(names, 0, n, 0, size);
        System.arraycopy(values, 0, v, 0, size);
        names = n;
        values = v;
    }

    @Override public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<Map.Entry<String, Object>>() {
            @Override public int size() { return size; }

            @Override public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<Map.Entry<String, Object>>() {
                    private int next;

                    @Override public boolean hasNext() { return next < size; }

                    @Override public Map.Entry<String, Object> next() {
                        if (next >= size) throw new NoSuchElementException();
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }
        };
    }
}
