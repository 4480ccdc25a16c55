package slope.lang;

/** A Java object that names its own Python type (an alternative to {@link Interpreter#registerType}). */
public interface Foreign {
    ForeignType pyType();
}
