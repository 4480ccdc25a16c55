package slope.lang;

/** An immutable Python tuple. */
public final class PyTuple {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    public final Object[] items;

    public PyTuple(Object... items) { this.items = items; }

    public int size() { return items.length; }

    public Object get(int i) { return items[i]; }
}
