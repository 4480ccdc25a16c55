package slope.lang;

import java.util.Map;

/** A Java method of a foreign type or builtin class: like {@link Native}, with the receiver apart. */
@FunctionalInterface
public interface Method {
    Object call(Object self, Object[] args, Map<String, Object> kwargs);
}
