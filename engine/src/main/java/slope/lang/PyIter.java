package slope.lang;

/** An iterator: {@link #next()} returns the next value, or Java null when exhausted. */
public interface PyIter {
    Object next();

    /** An iterator over the given values. */
    static PyIter of(Object... values) { return Ops.arrayIter(values); }
}
