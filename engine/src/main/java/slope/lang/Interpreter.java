package slope.lang;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import slope.run.Budget;
import slope.run.PyError;

/**
 * Runs Python source: the entry point for the page, the command line and the tests.
 * <pre>
 *   Interpreter py = new Interpreter(out);
 *   py.addModule(torchModule);                      // Java functions and types
 *   py.registerType(Tensor.class, new TensorType()); // Python behaviour of a Java class
 *   py.addPythonModule("torch.nn", NN_SOURCE);       // a module written in Python, run on first import
 *   py.run(userCode);                                // throws PyError with line and column
 *   py.globals();                                    // the user's variables, in order
 *   py.eval("W.grad");                               // any expression, after the run
 * </pre>
 * Host classes that users subclass ({@code class Net(nn.Module)}) are written in Python and
 * registered with {@link #addPythonModule}; that source may {@code import} private Java modules
 * (say {@code _torch}) for the heavy lifting.
 * One interpreter runs on one thread at a time. Each statement counts one step of the
 * {@link Budget} active when {@link #run} starts.
 */
public final class Interpreter {
    private static final ThreadLocal<Interpreter> CURRENT = new ThreadLocal<>();

    private final Appendable out;
    final HashMap<String, Object> builtins = new HashMap<>();
    private final HashMap<String, PyClass> builtinClasses = new HashMap<>();
    private final Namespace main = new Namespace();
    private final HashMap<String, PyModule> modules = new HashMap<>();
    /** Sources registered by addPythonModule and not imported yet (package-private: SkimmedBodiesTest lexes them all). */
    final HashMap<String, String> pythonModules = new HashMap<>();
    /** Installers of Java modules not imported yet, by the names of the modules each makes. */
    private final HashMap<String, Consumer<Interpreter>> modulesLater = new HashMap<>();
    private final HashMap<Class<?>, ForeignType> types = new HashMap<>();
    /** Fake, deterministic object addresses for reprs like {@code <__main__.A object at 0x7f0000001000>}. */
    private final Addresses addresses = new Addresses();

    /** Object to fake address, by identity. */
    private static final class Addresses {
        private final HashMap<Object, Long> map = new HashMap<>();

        Long get(Object o) { return map.get(new Py.IdentityKey(o)); }

        void put(Object o, Long a) { map.put(new Py.IdentityKey(o), a); }

        int size() { return map.size(); }
    }
    Budget budget = Budget.unlimited();
    int depth;
    int recursionLimit = 1000;
    /** The most sys.setrecursionlimit may set. */
    int maxRecursionLimit = 1000;
    int reprDepth;
    /** The exception being handled by the innermost running except block, for bare raise. */
    PyError handling;
    /** The object its except clause bound, made once so that {@code __context__} is that very object. */
    Object handlingObject;

    public Interpreter(Appendable out) {
        this.out = out;
        main.put("__name__", "__main__");
        Builtins.install(this);
        addModulesLater(in -> in.addModule(MathModule.create(in)), "math");
        addModulesLater(in -> in.addModule(RandomModule.create(in)), "random");
        addModule(SysModule.create(this));
        addModule(SysModule.time());
        addModulesLater(in -> in.addModule(CopyModule.create(in)), "copy");
        PythonModules.install(this);
        TqdmModule.install(this);
    }

    /** The interpreter running on this thread, for code called without one (argument parsing, slices). */
    public static Interpreter current() { return CURRENT.get(); }

    /** Parses and runs source in the main module. Output already written stays written when it throws. */
    public void run(String source) {
        Interpreter saved = CURRENT.get();
        CURRENT.set(this);
        budget = activeBudget();
        depth = 0;
        try {
            Stmt.Block code = Parser.parseModule(source);
            code.exec(new Frame(this, null, null, main, null, null));
        } catch (PyError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded");
        } catch (OutOfMemoryError e) {
            throw new PyError("MemoryError", "the program ran out of memory");
        } catch (RuntimeException e) {
            throw internal(e);
        } finally {
            if (saved == null) CURRENT.remove();
            else CURRENT.set(saved);
        }
    }

    private static Budget activeBudget() {
        Budget b = Budget.current();
        // The thread's default unlimited budget was never activated, so its clock reads as expired.
        if (b.maxSteps == Long.MAX_VALUE && b.maxMillis == Long.MAX_VALUE) b.activate();
        return b;
    }

    /** Evaluates one expression in the main module, e.g. {@code W.grad} after a run. */
    public Object eval(String expression) {
        Interpreter saved = CURRENT.get();
        CURRENT.set(this);
        budget = activeBudget();
        try {
            return Parser.parseExpression(expression).eval(new Frame(this, null, null, main, null, null));
        } catch (PyError e) {
            throw e;
        } catch (RuntimeException e) {
            throw internal(e);
        } finally {
            if (saved == null) CURRENT.remove();
            else CURRENT.set(saved);
        }
    }

    /** Checks source for syntax errors without running it. */
    public static void parse(String source) { Parser.parseModule(source); }

    /**
     * Python's recursion limit (default 1000): deeper calls raise RecursionError. It is also the
     * ceiling for {@code sys.setrecursionlimit}. In wasm-gc under Chromium about 700 nested Python
     * calls overflow the machine stack (an uncatchable trap), so the web build should set about 400.
     */
    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
        maxRecursionLimit = limit;
    }

    /** The main module's variables in definition order (dunder names left out). */
    public Map<String, Object> globals() {
        Map<String, Object> m = main.toMap();
        m.keySet().removeIf(k -> k.startsWith("__") && k.endsWith("__"));
        return Collections.unmodifiableMap(m);
    }

    Namespace mainNamespace() { return main; }

    /** One global of the main module, or Java null. */
    public Object global(String name) { return main.get(name); }

    public void setGlobal(String name, Object value) { main.put(name, value); }

    // ---- host extension points ----------------------------------------------------------

    /** Makes a module importable under its dotted name; its parent module gets it as an attribute. */
    public void addModule(PyModule m) {
        modules.put(m.name, m);
        int dot = m.name.lastIndexOf('.');
        if (dot > 0) {
            PyModule parent = modules.get(m.name.substring(0, dot));
            if (parent != null) parent.set(m.name.substring(dot + 1), m);
        }
        for (PyModule child : modules.values()) {
            if (child.name.startsWith(m.name + ".") && child.name.indexOf('.', m.name.length() + 1) < 0) {
                m.set(child.name.substring(m.name.length() + 1), child);
            }
        }
    }

    /**
     * Registers Java modules made on the first import of any of these names, by one call of install, which adds
     * them all with {@link #addModule}. Most programs import few modules, and in the browser making one costs the
     * first run the compiling of its code.
     */
    public void addModulesLater(Consumer<Interpreter> install, String... names) {
        for (String name : names) modulesLater.put(name, install);
    }

    /** The module registered under that name (loading a Python module if needed), or Java null. */
    public PyModule module(String name) { return tryImport(name); }

    /**
     * Registers a module written in Python; its source runs into a fresh module namespace on
     * first import. The source may import Java modules registered with {@link #addModule}.
     */
    public void addPythonModule(String name, String source) { pythonModules.put(name, source); }

    /** Runs Python source into a module namespace now (creating and registering the module if needed). */
    public PyModule runInModule(String name, String source) {
        return runInModule(name, source, false);
    }

    /**
     * Parsed sources of modules written in Python, per thread: every run imports torch.optim or torch.nn anew,
     * and parsing them again took longer than running them. One tree serves every run on its thread: its only
     * state is caches that check what they cached (a namespace, a module, the foreign types' version), which
     * each run makes its tree forget when it ends ({@link #forgetSharedCaches}).
     */
    private static final ThreadLocal<Map<String, SharedTree>> PARSED_MODULES = ThreadLocal.withInitial(HashMap::new);

    /** A module's tree shared by the runs on one thread, and its nodes that cache. */
    private static final class SharedTree {
        final Stmt.Block code;
        final List<Expr.Caching> caching = new ArrayList<>();

        SharedTree(String source) {
            code = Parser.parseLibraryModule(source, caching);
        }
    }

    /** The shared trees this interpreter ran, to forget their caches when its run ends. */
    private final List<SharedTree> sharedTrees = new ArrayList<>();

    /**
     * Makes the shared module trees this interpreter ran forget what they cached: a cache would keep this run's
     * interpreter, its globals and their tensors alive until the thread's next run. Runner calls it when a run ends.
     */
    public void forgetSharedCaches() {
        for (SharedTree t : sharedTrees) {
            for (Expr.Caching c : t.caching) c.forget();
        }
        sharedTrees.clear();
    }

    private PyModule runInModule(String name, String source, boolean registered) {
        PyModule m = modules.get(name);
        if (m == null) {
            m = new PyModule(name);
            addModule(m);
        }
        Interpreter saved = CURRENT.get();
        CURRENT.set(this);
        Budget savedBudget = budget;
        if (saved == null) budget = activeBudget();
        try {
            Stmt.Block code = registered ? sharedTree(source) : Parser.parseModule(source);
            code.exec(new Frame(this, null, null, m.ns, null, null));
        } catch (RuntimeException e) {
            if (e instanceof PyError) throw e;
            throw internal(e);
        } finally {
            budget = savedBudget;
            if (saved == null) CURRENT.remove();
            else CURRENT.set(saved);
        }
        return m;
    }

    private Stmt.Block sharedTree(String source) {
        Map<String, SharedTree> parsed = PARSED_MODULES.get();
        SharedTree tree = parsed.get(source);
        if (tree == null) {
            if (parsed.size() >= 64) parsed.clear(); // hosts may register modules of their own
            parsed.put(source, tree = new SharedTree(source));
        }
        sharedTrees.add(tree);
        return tree.code;
    }

    /** Gives instances of a Java class their Python behaviour. */
    public void registerType(Class<?> javaClass, ForeignType type) { types.put(javaClass, type); }

    /** The foreign type of a Java object, or null for values the interpreter defines itself. */
    public ForeignType foreignType(Object o) {
        Class<?> c = o.getClass();
        if (c == lastClass) return lastType; // tensors in a loop: skip the map (a Foreign never gets cached)
        if (o instanceof Foreign) return ((Foreign) o).pyType();
        // Python's own values have no foreign type: answer without evicting the cached class
        // (in 2 * x the int would otherwise replace Tensor there on every operator).
        if (c == Long.class || c == Double.class || c == String.class || c == Boolean.class) return null;
        ForeignType t = types.get(c);
        if (t == null) return null; // a dict or list between tensor ops must not evict Tensor from the cache
        lastClass = c;
        lastType = t;
        return t;
    }

    private Class<?> lastClass;
    private ForeignType lastType;

    /** The foreign type when {@code o}'s class is the one {@link #foreignType} answered last, else null. */
    ForeignType recentForeignType(Object o) { return o.getClass() == lastClass ? lastType : null; }

    /** Calls any Python callable from Java (for host code that takes callbacks). */
    public Object call(Object callable, Object... args) { return Ops.call(this, callable, args, null); }

    public Object call(Object callable, Object[] args, Map<String, Object> kwargs) {
        return Ops.call(this, callable, args, kwargs);
    }

    public Object getAttr(Object o, String name) { return Ops.getAttr(this, o, name); }

    public void setAttr(Object o, String name, Object value) { Ops.setAttr(this, o, name, value); }

    /** {@code o.name(*args)}. */
    public Object callMethod(Object o, String name, Object... args) { return Ops.callMethod(this, o, name, args, null); }

    /** Python {@code ==} as a Java boolean. */
    public boolean pyEquals(Object a, Object b) { return Ops.eq(this, a, b); }

    /** {@code a <op> b}, as the operator in Python code evaluates it. */
    public Object binary(BinOp op, Object a, Object b) { return Ops.binary(this, op, a, b); }

    public boolean truth(Object o) { return Ops.truth(this, o); }

    public String str(Object o) { return Text.str(this, o); }

    public String repr(Object o) { return Text.repr(this, o); }

    /** {@code format(o, spec)}, as f-strings use it. */
    public String format(Object o, String spec) { return Text.format(this, o, spec); }

    /** The values of any iterable. */
    public Object[] toArray(Object iterable) { return Ops.toArray(this, iterable); }

    /** Writes to the program's standard output; past the budget's output limit, what fits and a BudgetError. */
    public void print(String s) {
        int fits = budget.output(s);
        try {
            out.append(s, 0, fits);
            if (fits < s.length()) throw budget.outputError();
        } catch (IOException e) {
            throw PyError.runtime("cannot write output: " + e.getMessage());
        }
    }

    /** The Python type name of any value: {@code int}, {@code list}, {@code Tensor}, a class name. */
    public String typeName(Object o) {
        String n = Py.typeNameBuiltin(o);
        if (n != null) return n;
        ForeignType t = foreignType(o);
        return t != null ? t.name : o.getClass().getSimpleName();
    }

    // ---- internals ----------------------------------------------------------------------

    static PyError internal(RuntimeException e) {
        if (e instanceof PyError) return (PyError) e;
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (e instanceof ArithmeticException) return new PyError("ZeroDivisionError", "division by zero");
        return new PyError("RuntimeError", "internal error: " + what);
    }

    static boolean catchable(PyError e) { return !e.type.equals("BudgetError"); }

    Object callMethodObject(Object self, Object fn, Object[] args, Map<String, Object> kw) {
        if (fn instanceof PyFunction) return ((PyFunction) fn).invoke(this, self, args, kw);
        return Ops.call(this, Ops.bind(this, fn, self, self instanceof PyInstance ? ((PyInstance) self).cls : null), args, kw);
    }

    PyClass builtinClass(String name) {
        PyClass c = builtinClasses.get(name);
        if (c == null) {
            c = new PyClass(name, "builtins", builtinClasses.get("object"));
            builtinClasses.put(name, c);
        }
        return c;
    }

    void defineBuiltinClass(PyClass c) {
        builtinClasses.put(c.name, c);
        builtins.put(c.name, c);
    }

    /** A stable made-up address for {@code <... object at 0x...>} reprs. */
    public String address(Object o) { return "0x" + Long.toHexString(addressValue(o)); }

    /** The same address as a number: {@code id(o)}. */
    long addressValue(Object o) {
        Long a = addresses.get(o);
        if (a == null) {
            a = 0x7f0000001000L + 0x40L * addresses.size();
            addresses.put(o, a);
        }
        return a;
    }

    PyModule importModule(String name) {
        PyModule m = tryImport(name);
        if (m == null) throw new PyError("ModuleNotFoundError", "No module named '" + name + "'");
        return m;
    }

    PyModule tryImport(String name) {
        int dot = name.lastIndexOf('.');
        if (dot > 0 && tryImport(name.substring(0, dot)) == null) return null;
        PyModule m = modules.get(name);
        if (m != null) return m;
        Consumer<Interpreter> install = modulesLater.get(name);
        if (install != null) {
            modulesLater.values().removeIf(i -> i == install);
            install.accept(this);
            m = modules.get(name);
            if (m != null) return m;
        }
        String src = pythonModules.remove(name);
        if (src == null) return null;
        return runInModule(name, src, true);
    }

    Object instantiate(PyClass cls, Object[] args, Map<String, Object> kw) {
        if (cls.constructor != null) return cls.constructor.call(args, kw);
        PyInstance inst;
        Object make = cls.lookupUser("__new__");
        if (make != null) {
            // the class's own __new__, given the class first, makes the object; __init__ runs only on an instance of it
            Object made = Ops.call(this, new BoundMethod(cls, Ops.bind(this, make, null, cls)), args, kw);
            if (!(made instanceof PyInstance) || !((PyInstance) made).cls.isSubclassOf(cls)) return made;
            inst = (PyInstance) made;
        } else {
            inst = newInstance(cls, args);
        }
        Object init = cls.lookup("__init__");
        if (init instanceof PyFunction) {
            Object r = ((PyFunction) init).invoke(this, inst, args, kw);
            if (r != Py.NONE) throw PyError.type("__init__() should return None, not '" + typeName(r) + "'");
        } else if (init != null) {
            Ops.call(this, Ops.bind(this, init, inst, cls), args, kw);
        }
        return inst;
    }

    /** {@code object.__new__(cls)}: an instance with no attributes (an exception's keep their arguments). */
    PyInstance newInstance(PyClass cls, Object[] args) {
        PyInstance inst = new PyInstance(cls);
        if (cls.isSubclassOf(builtinClass("BaseException"))) inst.put("args", new PyTuple(args.clone()));
        return inst;
    }

    /** The exception to throw for {@code raise value}. */
    PyError raise(Object v) {
        if (v instanceof PyClass && ((PyClass) v).isSubclassOf(builtinClass("BaseException"))) {
            v = instantiate((PyClass) v, new Object[0], null);
        }
        if (v instanceof PyInstance && ((PyInstance) v).cls.isSubclassOf(builtinClass("BaseException"))) {
            PyInstance inst = (PyInstance) v;
            return new PyException(inst, Text.str(this, inst));
        }
        return PyError.type("exceptions must derive from BaseException");
    }

    /** The exception that {@code raise ... from cause} records: an instance (a class is instantiated), or None. */
    Object exceptionCause(Object cause) {
        PyClass base = builtinClass("BaseException");
        if (cause instanceof PyClass && ((PyClass) cause).isSubclassOf(base)) return instantiate((PyClass) cause, new Object[0], null);
        if (cause == Py.NONE || cause instanceof PyInstance && ((PyInstance) cause).cls.isSubclassOf(base)) return cause;
        throw PyError.type("exception causes must derive from BaseException");
    }

    /** KeyError carrying the key itself, as Python's does: str(e) is the key's repr. */
    public PyError keyError(Object key) {
        PyInstance inst = new PyInstance(builtinClass("KeyError"));
        inst.put("args", new PyTuple(key));
        return new PyException(inst, Text.repr(this, key));
    }

    /**
     * The class of the errors a library raises as {@code new PyError(name, ...)}, made here under {@code base}
     * (a builtin exception) so that its module can expose it to except clauses ({@code np.linalg.LinAlgError}).
     */
    public Object errorClass(String name, String module, String base) {
        PyClass c = builtinClasses.get(name);
        if (c == null) {
            c = new PyClass(name, module, builtinClass(base));
            builtinClasses.put(name, c);
        }
        return c;
    }

    PyClass exceptionClass(PyError e) {
        if (e instanceof PyException) return ((PyException) e).instance.cls;
        PyClass c = builtinClasses.get(e.type);
        if (c == null || !c.isSubclassOf(builtinClass("BaseException"))) {
            c = new PyClass(e.type, "builtins", builtinClass("Exception"));
            builtinClasses.put(e.type, c);
        }
        return c;
    }

    boolean exceptionMatches(PyError e, Object type) {
        if (type instanceof PyTuple) {
            for (Object t : ((PyTuple) type).items) if (exceptionMatches(e, t)) return true;
            return false;
        }
        if (!(type instanceof PyClass) || !((PyClass) type).isSubclassOf(builtinClass("BaseException"))) {
            throw PyError.type("catching classes that do not inherit from BaseException is not allowed");
        }
        return exceptionClass(e).isSubclassOf((PyClass) type);
    }

    Object exceptionObject(PyError e) {
        if (e instanceof PyException) return ((PyException) e).instance;
        PyInstance inst = new PyInstance(exceptionClass(e));
        String m = e.getMessage();
        inst.put("args", m == null || m.isEmpty() ? PyTuple.EMPTY : new PyTuple(m));
        return inst;
    }

    Object enter(Object mgr) {
        if (mgr instanceof PyInstance) {
            Object m = ((PyInstance) mgr).cls.lookupUser("__enter__");
            if (m == null) throw PyError.type("'" + typeName(mgr) + "' object does not support the context manager protocol");
            return callMethodObject(mgr, m, new Object[0], null);
        }
        ForeignType t = foreignType(mgr);
        if (t == null) throw PyError.type("'" + typeName(mgr) + "' object does not support the context manager protocol");
        return t.enter(mgr);
    }

    boolean exit(Object mgr, PyError e) {
        if (mgr instanceof PyInstance) {
            Object m = ((PyInstance) mgr).cls.lookupUser("__exit__");
            if (m == null) throw PyError.type("'" + typeName(mgr) + "' object does not support the context manager protocol");
            Object[] a = e == null ? new Object[] {Py.NONE, Py.NONE, Py.NONE}
                    : new Object[] {exceptionClass(e), exceptionObject(e), Py.NONE};
            return Ops.truth(this, callMethodObject(mgr, m, a, null));
        }
        return foreignType(mgr).exit(mgr, e);
    }
}
