package slope.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A Python dict: insertion-ordered, keys compared with Python equality (1, 1.0 and True are one key).
 * Each entry keeps the key object first inserted, as Python does.
 */
public final class PyDict {
    final LinkedHashMap<Object, Object[]> map = new LinkedHashMap<>();
    /** Bumped by every change to the entries (not to the objects they hold). */
    private int version;
    /** What a native derived from the entries, and the version it saw (see {@link #derived}). */
    private Object derived;
    private int derivedAt;

    /**
     * What a native read from this dict and kept with it ({@link #keep}), while no entry has changed since;
     * else null. An optimizer's param group is read this way: each step, unless a scheduler changed the lr.
     */
    public Object derived() { return derivedAt == version ? derived : null; }

    public void keep(Object value) {
        derived = value;
        derivedAt = version;
    }

    public int size() { return map.size(); }

    /** The value for the key, or Java null if absent. */
    public Object get(Object key) {
        Object[] e = map.get(Py.key(key));
        return e == null ? null : e[1];
    }

    public void put(Object key, Object value) {
        version++;
        Object k = Py.key(key);
        Object[] e = map.get(k);
        if (e == null) map.put(k, new Object[] {key, value});
        else e[1] = value;
    }

    /** Removes the key; returns its value, or Java null if absent. */
    public Object remove(Object key) {
        version++;
        Object[] e = map.remove(Py.key(key));
        return e == null ? null : e[1];
    }

    public boolean containsKey(Object key) { return map.containsKey(Py.key(key)); }

    public List<Object> keys() {
        List<Object> r = new ArrayList<>(map.size());
        for (Object[] e : map.values()) r.add(e[0]);
        return r;
    }

    public List<Object> values() {
        List<Object> r = new ArrayList<>(map.size());
        for (Object[] e : map.values()) r.add(e[1]);
        return r;
    }

    /** Snapshot of {key, value} pairs in order. */
    public List<Object[]> entries() { return new ArrayList<>(map.values()); }

    void clear() {
        version++;
        map.clear();
    }
}
