package slope.lang;

/** A Java method stored in a class's dict: binds like a Python function when read through an instance. */
final class MethodDescriptor {
    final String name;
    final Method method;

    MethodDescriptor(String name, Method method) {
        this.name = name;
        this.method = method;
    }
}
