package slope.lang;

/** {@code super()}: attribute lookup starting after {@code cls} in the MRO of self's class. */
final class PySuper {
    final PyClass cls;
    final Object self;

    PySuper(PyClass cls, Object self) {
        this.cls = cls;
        this.self = self;
    }
}
