package slope.lang;

import java.util.Map;

/**
 * A function written in Java. {@code args} are the positional arguments; {@code kwargs} the
 * keyword arguments in call order, or null when there are none. Parse both with {@link Args}.
 * Throw {@link slope.run.PyError} for user errors; the interpreter adds the line.
 */
@FunctionalInterface
public interface Native {
    Object call(Object[] args, Map<String, Object> kwargs);
}
