package slope.lang;

/** A {@link Method} bound to its receiver: what {@code x.backward} evaluates to. */
final class BoundNative {
    final Object self;
    final String name;
    final Method method;

    BoundNative(Object self, String name, Method method) {
        this.self = self;
        this.name = name;
        this.method = method;
    }
}
