package slope.lang;

/** A Python function bound to its first argument. */
final class BoundMethod {
    final Object self;
    final Object fn;

    BoundMethod(Object self, Object fn) {
        this.self = self;
        this.fn = fn;
    }
}
