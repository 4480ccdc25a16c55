package slope.lang;

import java.util.Arrays;

/** A Python list: a growable array. */
public final class PyList {
    Object[] items;
    int size;

    public PyList() { items = new Object[4]; }

    public PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** Copies the given values. */
    public static PyList of(Object... values) { return new PyList(values.clone(), values.length); }

    public int size() { return size; }

    public Object get(int i) { return items[i]; }

    public void set(int i, Object v) { items[i] = v; }

    public void add(Object v) {
        if (size == items.length) items = Py.copyOfRange(items, 0, Math.max(4, size * 2));
        items[size++] = v;
    }

    public Object[] toArray() { return Py.copyOfRange(items, 0, size); }

    void insert(int i, Object v) {
        add(null);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    Object removeAt(int i) {
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - 1 - i);
        items[--size] = null;
        return v;
    }

    void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }
}
