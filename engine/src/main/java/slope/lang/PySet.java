package slope.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A Python set. Membership is a hash map in insertion order; sets of ints iterate in the order
 * of CPython's hash table (so {@code set([3, 1, 2])} prints {@code {1, 2, 3}}), replayed from the
 * insertion order. Other sets keep insertion order (CPython's order for strings varies per run).
 */
final class PySet {
    final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();

    int size() { return map.size(); }

    void add(Object v) { map.putIfAbsent(Py.key(v), v); }

    boolean contains(Object v) { return map.containsKey(Py.key(v)); }

    boolean remove(Object v) { return map.remove(Py.key(v)) != null; }

    List<Object> items() {
        List<Object> values = new ArrayList<>(map.values());
        if (values.size() < 2 || values.size() > 100_000) return values;
        for (Object v : values) if (!(v instanceof Long || v instanceof Boolean)) return values;
        return cpythonOrder(values);
    }

    private static long hash(Object v) {
        long x = Py.asLong(v);
        final long p = (1L << 61) - 1;
        long h = x >= 0 ? x % p : -((-(x + 1) % p) + 1);
        return h == -1 ? -2 : h;
    }

    /** Replays setobject.c's set_add_entry / set_table_resize (3.11) to find each int's slot. */
    private static List<Object> cpythonOrder(List<Object> values) {
        Object[] table = new Object[8];
        long[] hashes = new long[8];
        int fill = 0;
        for (Object v : values) {
            long h = hash(v);
            insert(table, hashes, v, h);
            fill++;
            int mask = table.length - 1;
            if ((long) fill * 5 >= (long) mask * 3) {
                int minused = fill > 50000 ? fill * 2 : fill * 4;
                int size = 8;
                while (size <= minused) size <<= 1;
                Object[] nt = new Object[size];
                long[] nh = new long[size];
                for (int i = 0; i < table.length; i++) if (table[i] != null) insert(nt, nh, table[i], hashes[i]);
                table = nt;
                hashes = nh;
            }
        }
        List<Object> r = new ArrayList<>(values.size());
        for (Object v : table) if (v != null) r.add(v);
        return r;
    }

    private static void insert(Object[] table, long[] hashes, Object v, long h) {
        int mask = table.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int probes = i + 9 <= mask ? 9 : 0;
            for (int j = 0; j <= probes; j++) {
                if (table[i + j] == null) {
                    table[i + j] = v;
                    hashes[i + j] = h;
                    return;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
