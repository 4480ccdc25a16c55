package slope.lang;

import java.util.LinkedHashMap;
import slope.run.Budget;
import slope.run.PyError;

/** Statement nodes. {@link #exec} returns how control leaves: NORMAL, BREAK, CONTINUE or RETURN. */
abstract class Stmt {
    static final int NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3;
    final int line, col;
    /** Whether a yield of the enclosing generator function is inside this statement. */
    boolean hasYield;

    Stmt(int line, int col) {
        this.line = line;
        this.col = col;
    }

    abstract int exec(Frame f);

    /** A statement list: counts a budget step per statement and stamps errors with the statement's line. */
    static final class Block extends Stmt {
        final Stmt[] body;

        Block(Stmt[] body, int line, int col) {
            super(line, col);
            this.body = body;
        }

        @Override int exec(Frame f) {
            Budget budget = f.in.budget;
            for (Stmt s : body) {
                budget.step();
                int r;
                try {
                    r = s.exec(f);
                } catch (PyError e) {
                    throw f.at(e, s.line, s.col);
                } catch (StackOverflowError e) {
                    throw new PyError("RecursionError", "maximum recursion depth exceeded", s.line, s.col);
                } catch (RuntimeException e) {
                    throw f.at(Interpreter.internal(e), s.line, s.col);
                }
                if (r != NORMAL) return r;
            }
            return NORMAL;
        }
    }

    static final class ExprStmt extends Stmt {
        final Expr expr;

        ExprStmt(Expr expr, int line, int col) {
            super(line, col);
            this.expr = expr;
        }

        @Override int exec(Frame f) {
            expr.eval(f);
            return NORMAL;
        }
    }

    static final class Assign extends Stmt {
        final Expr[] targets;
        final Expr value;

        Assign(Expr[] targets, Expr value, int line, int col) {
            super(line, col);
            this.targets = targets;
            this.value = value;
        }

        @Override int exec(Frame f) {
            Object v = value.eval(f);
            for (Expr t : targets) t.assign(f, v);
            return NORMAL;
        }
    }

    static final class AugAssign extends Stmt {
        final Expr target;
        final BinOp op;
        final Expr value;

        AugAssign(Expr target, BinOp op, Expr value, int line, int col) {
            super(line, col);
            this.target = target;
            this.op = op;
            this.value = value;
        }

        @Override int exec(Frame f) {
            if (target instanceof Expr.Attribute) {
                Expr.Attribute a = (Expr.Attribute) target;
                Object o = a.value.eval(f);
                Object cur = Ops.getAttr(f.in, o, a.name);
                Ops.setAttr(f.in, o, a.name, Ops.inplace(f.in, op, cur, value.eval(f)));
            } else if (target instanceof Expr.Subscript) {
                Expr.Subscript s = (Expr.Subscript) target;
                Object o = s.value.eval(f);
                Object k = s.index.eval(f);
                Object cur = Ops.getItem(f.in, o, k);
                Ops.setItem(f.in, o, k, Ops.inplace(f.in, op, cur, value.eval(f)));
            } else {
                Object cur = target.eval(f);
                target.assign(f, Ops.inplace(f.in, op, cur, value.eval(f)));
            }
            return NORMAL;
        }
    }

    static final class If extends Stmt {
        final Expr test;
        final Stmt body, orelse;

        If(Expr test, Stmt body, Stmt orelse, int line, int col) {
            super(line, col);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override int exec(Frame f) {
            if (Ops.truth(f.in, test.eval(f))) return body.exec(f);
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class While extends Stmt {
        final Expr test;
        final Stmt body, orelse;

        While(Expr test, Stmt body, Stmt orelse, int line, int col) {
            super(line, col);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override int exec(Frame f) {
            Budget budget = f.in.budget;
            while (Ops.truth(f.in, test.eval(f))) {
                budget.step();
                int r = body.exec(f);
                if (r == BREAK) return NORMAL;
                if (r == RETURN) return r;
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class For extends Stmt {
        final Expr target, iter;
        final Stmt body, orelse;

        For(Expr target, Expr iter, Stmt body, Stmt orelse, int line, int col) {
            super(line, col);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override int exec(Frame f) {
            Object seq = iter.eval(f);
            Budget budget = f.in.budget;
            if (seq instanceof PyRange) {
                PyRange r = (PyRange) seq;
                long n = r.length();
                long v = r.start;
                for (long i = 0; i < n; i++, v += r.step) {
                    budget.step();
                    target.assign(f, v);
                    int c = body.exec(f);
                    if (c == BREAK) return NORMAL;
                    if (c == RETURN) return c;
                }
            } else {
                PyIter it = Ops.iter(f.in, seq);
                while (true) {
                    Object v;
                    try {
                        v = it.next();
                    } catch (PyError e) {
                        throw f.at(e, line, col);
                    }
                    if (v == null) break;
                    budget.step();
                    target.assign(f, v);
                    int c = body.exec(f);
                    if (c == BREAK) return NORMAL;
                    if (c == RETURN) return c;
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class Jump extends Stmt {
        final int code;

        Jump(int code, int line, int col) {
            super(line, col);
            this.code = code;
        }

        @Override int exec(Frame f) { return code; }
    }

    static final class Return extends Stmt {
        final Expr value;

        Return(Expr value, int line, int col) {
            super(line, col);
            this.value = value;
        }

        @Override int exec(Frame f) {
            f.ret = value == null ? Py.NONE : value.eval(f);
            return RETURN;
        }
    }

    static final class Def extends Stmt {
        final Code code;
        final Expr[] defaults;
        /** Default per keyword-only parameter; null where required. */
        final Expr[] kwDefaults;
        final Expr[] decorators;
        final Expr.Name target;

        Def(Code code, Expr[] defaults, Expr[] kwDefaults, Expr[] decorators, Expr.Name target, int line, int col) {
            super(line, col);
            this.code = code;
            this.defaults = defaults;
            this.kwDefaults = kwDefaults;
            this.decorators = decorators;
            this.target = target;
        }

        @Override int exec(Frame f) {
            Object[] decs = new Object[decorators.length];
            for (int i = 0; i < decs.length; i++) decs[i] = decorators[i].eval(f);
            Object[] d = new Object[defaults.length];
            for (int i = 0; i < d.length; i++) d[i] = defaults[i].eval(f);
            Object[] kd = new Object[kwDefaults.length];
            for (int i = 0; i < kd.length; i++) kd[i] = kwDefaults[i] == null ? null : kwDefaults[i].eval(f);
            Object fn = new PyFunction(code, d, kd, f.classNs != null ? f.parent : f, f.globals);
            for (int i = decs.length - 1; i >= 0; i--) fn = Ops.call(f.in, decs[i], new Object[] {fn}, null);
            target.assign(f, fn);
            return NORMAL;
        }
    }

    /** {@code name: annotation [= value]} in a class body: the assignment, then the annotation in __annotations__. */
    static final class Annotate extends Stmt {
        final String name;
        final Expr annotation;
        final Stmt assign;

        Annotate(String name, Expr annotation, Stmt assign, int line, int col) {
            super(line, col);
            this.name = name;
            this.annotation = annotation;
            this.assign = assign;
        }

        @Override int exec(Frame f) {
            if (assign != null) assign.exec(f);
            Object annotations = f.classNs.get("__annotations__");
            if (!(annotations instanceof PyDict)) f.classNs.put("__annotations__", annotations = new PyDict());
            ((PyDict) annotations).put(name, annotation.eval(f));
            return NORMAL;
        }
    }

    static final class ClassDef extends Stmt {
        final String name;
        final Expr[] bases;
        final Stmt body;
        final Expr[] decorators;
        final Expr.Name target;

        ClassDef(String name, Expr[] bases, Stmt body, Expr[] decorators, Expr.Name target, int line, int col) {
            super(line, col);
            this.name = name;
            this.bases = bases;
            this.body = body;
            this.decorators = decorators;
            this.target = target;
        }

        @Override int exec(Frame f) {
            Object[] decs = new Object[decorators.length];
            for (int i = 0; i < decs.length; i++) decs[i] = decorators[i].eval(f);
            PyClass[] bs = new PyClass[bases.length == 0 ? 1 : bases.length];
            if (bases.length == 0) bs[0] = f.in.builtinClass("object");
            for (int i = 0; i < bases.length; i++) {
                Object b = bases[i].eval(f);
                if (!(b instanceof PyClass)) {
                    throw PyError.type(b instanceof ForeignType
                            ? "cannot subclass the host type '" + ((ForeignType) b).name + "'"
                            : "bases must be types");
                }
                bs[i] = (PyClass) b;
            }
            LinkedHashMap<String, Object> ns = new LinkedHashMap<>();
            Object modName = f.globals.get("__name__");
            ns.put("__module__", modName == null ? "__main__" : modName);
            Frame cf = new Frame(f.in, null, f.classNs != null ? f.parent : f, f.globals, ns, f.fn);
            body.exec(cf);
            PyClass cls = new PyClass(name, (String) ns.get("__module__"), bs);
            for (java.util.Map.Entry<String, Object> e : ns.entrySet()) {
                Object v = e.getValue();
                if (v instanceof PyFunction && ((PyFunction) v).owner == null) ((PyFunction) v).owner = cls;
                if (v instanceof Builtins.Wrapper) {
                    Object w = ((Builtins.Wrapper) v).fn;
                    if (w instanceof PyFunction && ((PyFunction) w).owner == null) ((PyFunction) w).owner = cls;
                }
                // __new__ is a static method without saying so, as in CPython: it is given the class
                if (e.getKey().equals("__new__") && v instanceof PyFunction) v = new Builtins.Wrapper(Builtins.Wrapper.STATICMETHOD, v, null);
                cls.dict.put(e.getKey(), v);
            }
            Object c = cls;
            for (int i = decs.length - 1; i >= 0; i--) c = Ops.call(f.in, decs[i], new Object[] {c}, null);
            target.assign(f, c);
            return NORMAL;
        }
    }

    static final class Import extends Stmt {
        final String module;
        /** The name bound: the alias, or the top package for a plain dotted import. */
        final Expr.Name target;
        final boolean bindTop;

        Import(String module, Expr.Name target, boolean bindTop, int line, int col) {
            super(line, col);
            this.module = module;
            this.target = target;
            this.bindTop = bindTop;
        }

        @Override int exec(Frame f) {
            PyModule m = f.in.importModule(module);
            if (bindTop) {
                int dot = module.indexOf('.');
                if (dot >= 0) m = f.in.importModule(module.substring(0, dot));
            }
            target.assign(f, m);
            return NORMAL;
        }
    }

    static final class ImportFrom extends Stmt {
        final String module;
        /** Null names means {@code import *}. */
        final String[] names;
        final Expr.Name[] targets;

        ImportFrom(String module, String[] names, Expr.Name[] targets, int line, int col) {
            super(line, col);
            this.module = module;
            this.names = names;
            this.targets = targets;
        }

        @Override int exec(Frame f) {
            PyModule m = f.in.importModule(module);
            if (names == null) {
                for (java.util.Map.Entry<String, Object> e : m.attributes().entrySet()) {
                    if (!e.getKey().startsWith("_")) f.globals.put(e.getKey(), e.getValue());
                }
                return NORMAL;
            }
            for (int i = 0; i < names.length; i++) {
                Object v = m.get(names[i]);
                if (v == null) {
                    PyModule sub = f.in.tryImport(module + "." + names[i]);
                    if (sub == null) {
                        throw new PyError("ImportError", "cannot import name '" + names[i] + "' from '" + module
                                + "' (unknown location)");
                    }
                    v = sub;
                }
                targets[i].assign(f, v);
            }
            return NORMAL;
        }
    }

    static final class Assert extends Stmt {
        final Expr test, msg;

        Assert(Expr test, Expr msg, int line, int col) {
            super(line, col);
            this.test = test;
            this.msg = msg;
        }

        @Override int exec(Frame f) {
            if (!Ops.truth(f.in, test.eval(f))) {
                if (msg == null) throw new PyError("AssertionError", "");
                Object m = msg.eval(f);
                throw f.in.raise(f.in.call(f.in.builtinClass("AssertionError"), m));
            }
            return NORMAL;
        }
    }

    static final class Raise extends Stmt {
        final Expr exc;
        /** The {@code from} clause, or null. */
        final Expr cause;

        Raise(Expr exc, Expr cause, int line, int col) {
            super(line, col);
            this.exc = exc;
            this.cause = cause;
        }

        @Override int exec(Frame f) {
            if (exc == null) {
                PyError cur = f.in.handling;
                if (cur == null) throw new PyError("RuntimeError", "No active exception to reraise");
                throw cur;
            }
            PyError e = f.in.raise(exc.eval(f));
            if (!(e instanceof PyException)) throw e;
            PyInstance inst = ((PyException) e).instance;
            // implicit chaining: raised while handling another exception, it remembers that one
            if (f.in.handling != null && f.in.handlingObject != inst) inst.put("__context__", f.in.handlingObject);
            if (cause != null) {
                inst.put("__cause__", f.in.exceptionCause(cause.eval(f)));
                inst.put("__suppress_context__", Boolean.TRUE);
            }
            throw e;
        }
    }

    static final class Try extends Stmt {
        final Stmt body;
        final Expr[] types;
        final Expr.Name[] names;
        final Stmt[] handlers;
        final Stmt orelse, finalbody;

        Try(Stmt body, Expr[] types, Expr.Name[] names, Stmt[] handlers, Stmt orelse, Stmt finalbody, int line, int col) {
            super(line, col);
            this.body = body;
            this.types = types;
            this.names = names;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override int exec(Frame f) {
            int r = NORMAL;
            PyError escaped = null;
            try {
                r = bodyAndHandlers(f);
            } catch (PyError e) {
                if (finalbody == null) throw e;
                escaped = e;
            }
            return finalbody == null ? r : afterFinally(finalbody.exec(f), r, escaped);
        }

        private int bodyAndHandlers(Frame f) {
            int r;
            try {
                r = body.exec(f);
            } catch (PyError e) {
                int h = handlerFor(f, e);
                if (h < 0) throw e;
                PyError saved = f.in.handling;
                Object savedObject = f.in.handlingObject;
                try {
                    enterHandler(f, h, e);
                    return handlers[h].exec(f);
                } finally {
                    f.in.handling = saved;
                    f.in.handlingObject = savedObject;
                }
            }
            // else runs outside the handlers: what it raises is not theirs to catch
            return r == NORMAL && orelse != null ? orelse.exec(f) : r;
        }

        /** The except clause that catches e, or -1 (none does, or e is a budget error no program may catch). */
        int handlerFor(Frame f, PyError e) {
            if (!Interpreter.catchable(e)) return -1;
            for (int i = 0; i < handlers.length; i++) {
                if (types[i] == null || f.in.exceptionMatches(e, types[i].eval(f))) return i;
            }
            return -1;
        }

        /** Binds except clause h's name to e and makes e the exception being handled; returns the object bound. */
        Object enterHandler(Frame f, int h, PyError e) {
            Object caught = f.in.exceptionObject(e);
            if (names[h] != null) names[h].assign(f, caught);
            f.in.handling = e;
            f.in.handlingObject = caught;
            return caught;
        }

        /** How the statement ends once finally completed with code: a jump there wins over the exception or code before it. */
        static int afterFinally(int finallyCode, int code, PyError escaped) {
            if (finallyCode != NORMAL) return finallyCode;
            if (escaped != null) throw escaped;
            return code;
        }
    }

    static final class With extends Stmt {
        final Expr ctx;
        final Expr target;
        final Stmt body;

        With(Expr ctx, Expr target, Stmt body, int line, int col) {
            super(line, col);
            this.ctx = ctx;
            this.target = target;
            this.body = body;
        }

        @Override int exec(Frame f) {
            Object mgr = enter(f);
            int r;
            try {
                r = body.exec(f);
            } catch (PyError e) {
                if (suppresses(f, mgr, e)) return NORMAL;
                throw e;
            }
            f.in.exit(mgr, null);
            return r;
        }

        /** Evaluates the manager, enters it and binds the target; returns the manager. */
        Object enter(Frame f) {
            Object mgr = ctx.eval(f);
            Object entered = f.in.enter(mgr);
            if (target != null) target.assign(f, entered);
            return mgr;
        }

        /** Exits mgr with the body's exception e: whether __exit__ suppressed it. */
        static boolean suppresses(Frame f, Object mgr, PyError e) { return Interpreter.catchable(e) && f.in.exit(mgr, e); }
    }

    static final class Delete extends Stmt {
        final Expr[] targets;

        Delete(Expr[] targets, int line, int col) {
            super(line, col);
            this.targets = targets;
        }

        @Override int exec(Frame f) {
            for (Expr t : targets) t.delete(f);
            return NORMAL;
        }
    }

    /** {@code [target =] yield value} or {@code yield from iterable}; only {@link Generator} runs these. */
    static final class Yield extends Stmt {
        /** Assigned the value sent in when the generator resumes (None for next()), or null. */
        final Expr target;
        final Expr value;
        final boolean from;

        Yield(Expr target, Expr value, boolean from, int line, int col) {
            super(line, col);
            this.target = target;
            this.value = value;
            this.from = from;
            this.hasYield = true;
        }

        @Override int exec(Frame f) { throw PyError.runtime("internal error: yield outside a generator"); }
    }

    static final class Pass extends Stmt {
        Pass(int line, int col) { super(line, col); }

        @Override int exec(Frame f) { return NORMAL; }
    }
}
