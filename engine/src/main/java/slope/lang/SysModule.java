package slope.lang;

import slope.run.PyError;

/** A small {@code sys}: stdout/stderr objects, recursion limit, maxsize, version, exit. */
final class SysModule {
    private SysModule() {}

    /** sys.stdout or sys.stderr; stderr text is dropped, since the page shows standard output. */
    static final class Stream implements Foreign {
        final boolean isOut;
        final ForeignType type;

        Stream(boolean isOut, ForeignType type) {
            this.isOut = isOut;
            this.type = type;
        }

        @Override public ForeignType pyType() { return type; }
    }

    /** {@code time}: clocks for timing loops; sleep returns at once (a run must not idle). */
    static PyModule time() {
        PyModule m = new PyModule("time");
        m.def("time", (a, kw) -> System.currentTimeMillis() / 1000.0);
        m.def("perf_counter", (a, kw) -> System.nanoTime() / 1e9);
        m.def("monotonic", (a, kw) -> System.nanoTime() / 1e9);
        m.def("sleep", (a, kw) -> {
            Args p = Args.parse("sleep", a, kw, "secs");
            if (p.getDouble("secs") < 0) throw PyError.value("sleep length must be non-negative");
            return Py.NONE;
        });
        return m;
    }

    static PyModule create(Interpreter in) {
        ForeignType io = new ForeignType("_io", "TextIOWrapper") {
            @Override public String repr(Object self) {
                return ((Stream) self).isOut ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
                        : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>";
            }
        };
        io.method("write", (self, a, kw) -> {
            Args.check("write", a, kw, 1, 1);
            if (!(a[0] instanceof String)) throw PyError.type("write() argument must be str, not " + in.typeName(a[0]));
            if (((Stream) self).isOut) in.print((String) a[0]);
            return (long) ((String) a[0]).length();
        });
        io.method("flush", (self, a, kw) -> Py.NONE);
        PyModule m = new PyModule("sys");
        m.set("stdout", new Stream(true, io));
        m.set("stderr", new Stream(false, io));
        m.set("maxsize", Long.MAX_VALUE);
        m.set("version", "3.11.7 (Slope)");
        m.set("version_info", new PyTuple(3L, 11L, 7L, "final", 0L));
        m.set("platform", "slope");
        m.set("argv", PyList.of(""));
        m.def("getrecursionlimit", (a, kw) -> {
            Args.check("getrecursionlimit", a, kw, 0, 0);
            return (long) in.recursionLimit;
        });
        m.def("setrecursionlimit", (a, kw) -> {
            Args.check("setrecursionlimit", a, kw, 1, 1);
            long n = Py.index(a[0]);
            if (n < 1) throw PyError.value("recursion limit must be greater or equal than 1");
            // The host's limit is what the machine stack allows; programs may lower it, not raise it.
            in.recursionLimit = (int) Math.min(n, in.maxRecursionLimit);
            return Py.NONE;
        });
        m.def("exit", (a, kw) -> {
            throw new PyError("SystemExit", a.length > 0 ? Text.str(in, a[0]) : "");
        });
        return m;
    }
}
