package slope.lang;

import java.util.ArrayDeque;
import slope.run.PyError;

/**
 * A generator object: the frame of a function containing {@code yield}, resumed on each next().
 * Statements without a yield run as usual; the compound statements that contain one (blocks,
 * if, for, while, try, with) are walked by explicit cursors so execution can stop at a yield and resume.
 * An exception unwinds the cursor stack to the innermost try or with cursor that takes it, as Python
 * unwinds a frame's blocks. A generator dropped while suspended inside try or with never runs its
 * finally or __exit__: CPython closes it when its last reference goes, and Slope cannot tell when that is.
 */
final class Generator implements PyIter {
    private final Frame f;
    private final ArrayDeque<Cursor> stack = new ArrayDeque<>();
    private boolean running;
    private boolean done;
    /** The yield the generator is suspended at; null before it starts. */
    private Stmt.Yield at;
    /** The caller's exception being handled, in force while the generator's own except blocks handle none. */
    private PyError callerHandling;
    private Object callerHandlingObject;
    /** Returned by a cursor that pushed a child or finished: keep going. */
    private static final Object AGAIN = new Object();

    Generator(Frame f, Stmt.Block body) {
        this.f = f;
        stack.push(new BlockCursor(body));
    }

    String name() { return f.fn.code.name; }

    @Override public Object next() { return resume(null, Py.NONE); }

    /** gen.send: the next value, or null when the frame returns; the yield it resumes at gets v. */
    Object send(Object v) {
        if (at == null && !done && v != Py.NONE) throw PyError.type("can't send non-None value to a just-started generator");
        return resume(null, v);
    }

    /** gen.throw: e raised at the yield; the next value, or null when the frame returns. */
    Object throwIn(PyError e) { return resume(e, Py.NONE); }

    /** Raises GeneratorExit at the yield, so that finally blocks and __exit__ run; the generator must not yield again. */
    void close() {
        if (at == null || done) {
            done = true;
            return;
        }
        Object v;
        try {
            v = throwIn(f.in.raise(f.in.builtinClass("GeneratorExit")));
        } catch (PyError e) {
            if (e.type.equals("StopIteration") || f.in.exceptionMatches(e, f.in.builtinClass("GeneratorExit"))) return;
            throw e;
        }
        if (v != null) throw PyError.runtime("generator ignored GeneratorExit");
    }

    /**
     * Runs the frame to its next yield, with thrown (if not null) raised at the yield it is suspended at,
     * else sent given to that yield's target: the value yielded, or null when the frame returns.
     */
    private Object resume(PyError thrown, Object sent) {
        if (running) throw PyError.value("generator already executing");
        if (done) {
            if (thrown != null) throw thrown;
            return null;
        }
        Interpreter in = f.in;
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw new PyError("RecursionError", "maximum recursion depth exceeded");
        }
        running = true;
        // CPython keeps the exception being handled per frame: the generator's own while it runs, the caller's after
        callerHandling = in.handling;
        callerHandlingObject = in.handlingObject;
        ownHandling();
        try {
            if (thrown == null && at != null && at.target != null) {
                try {
                    at.target.assign(f, sent);
                } catch (RuntimeException e) {
                    thrown = stamp(e, at); // as if raised at the yield
                }
            }
            while (!stack.isEmpty()) {
                // taken before the try: TeaVM's wasm loses a local written inside a try block when it throws
                PyError raise = thrown;
                thrown = null;
                Object r;
                try {
                    r = raise == null ? stack.peek().run() : stack.peek().raiseAt(raise);
                } catch (RuntimeException e) {
                    unwind(Interpreter.internal(e));
                    continue;
                }
                if (r != AGAIN) return r;
            }
            done = true;
            return null;
        } catch (RuntimeException e) {
            done = true;
            throw e;
        } finally {
            running = false;
            in.depth--;
            in.handling = callerHandling;
            in.handlingObject = callerHandlingObject;
        }
    }

    /** e escaped the top cursor: the enclosing try and with cursors, innermost first, may take it; else it leaves the generator. */
    private void unwind(PyError e) {
        while (true) {
            stack.pop();
            Cursor c = stack.peek();
            if (c == null) throw e;
            try {
                c.raised(e);
                return;
            } catch (RuntimeException e2) {
                e = Interpreter.internal(e2);
            }
        }
    }

    /** Makes the exception being handled that of the generator's innermost running except block, or else the caller's. */
    private void ownHandling() {
        for (Cursor c : stack) {
            if (c instanceof TryCursor && ((TryCursor) c).handled != null) {
                f.in.handling = ((TryCursor) c).handled;
                f.in.handlingObject = ((TryCursor) c).handledObject;
                return;
            }
        }
        f.in.handling = callerHandling;
        f.in.handlingObject = callerHandlingObject;
    }

    private abstract class Cursor {
        boolean childDone;
        int childCode;

        /** Runs to a yield (returning its value) or returns AGAIN after pushing a child or finishing. */
        abstract Object run();

        /** A child raised e: this cursor takes it (and returns) or lets it pass by throwing. */
        void raised(PyError e) { throw e; }

        /** gen.throw: e is raised at the yield this cursor is suspended at. */
        Object raiseAt(PyError e) { throw at == null ? e : f.at(e, at.line, at.col); }

        Object finish(int code) {
            stack.pop();
            Cursor parent = stack.peek();
            if (parent != null) {
                parent.childDone = true;
                parent.childCode = code;
            }
            return AGAIN;
        }

        /** Replaces this cursor by one for s, whose completion goes to this cursor's parent. */
        Object become(Stmt s) {
            stack.pop();
            stack.push(cursor(s));
            return AGAIN;
        }
    }

    private Cursor cursor(Stmt s) {
        if (s instanceof Stmt.Block) return new BlockCursor((Stmt.Block) s);
        if (s instanceof Stmt.For) return new ForCursor((Stmt.For) s);
        if (s instanceof Stmt.While) return new WhileCursor((Stmt.While) s);
        if (s instanceof Stmt.If) return new IfCursor((Stmt.If) s);
        if (s instanceof Stmt.Try) return new TryCursor((Stmt.Try) s);
        if (s instanceof Stmt.With) return new WithCursor((Stmt.With) s);
        if (s instanceof Stmt.Yield) return new BlockCursor(new Stmt.Block(new Stmt[] {s}, s.line, s.col));
        throw PyError.runtime("internal error: cannot resume a " + s.getClass().getSimpleName());
    }

    private PyError stamp(RuntimeException e, Stmt s) {
        return f.at(e instanceof PyError ? (PyError) e : Interpreter.internal(e), s.line, s.col);
    }

    private final class BlockCursor extends Cursor {
        final Stmt[] body;
        int i;

        BlockCursor(Stmt.Block b) { this.body = b.body; }

        @Override Object run() {
            if (childDone) {
                childDone = false;
                if (childCode != Stmt.NORMAL) return finish(childCode);
            }
            while (i < body.length) {
                Stmt s = body[i++];
                f.in.budget.step();
                try {
                    if (s instanceof Stmt.Yield) {
                        Stmt.Yield y = (Stmt.Yield) s;
                        Object v = y.value == null ? Py.NONE : y.value.eval(f);
                        at = y;
                        if (!y.from) return v;
                        stack.push(new YieldFromCursor(y, Ops.iter(f.in, v)));
                        return AGAIN;
                    }
                    if (s.hasYield) {
                        stack.push(cursor(s));
                        return AGAIN;
                    }
                    int code = s.exec(f);
                    if (code != Stmt.NORMAL) return finish(code);
                } catch (RuntimeException e) {
                    throw stamp(e, s);
                }
            }
            return finish(Stmt.NORMAL);
        }
    }

    private final class YieldFromCursor extends Cursor {
        final Stmt.Yield s;
        final PyIter it;

        YieldFromCursor(Stmt.Yield s, PyIter it) {
            this.s = s;
            this.it = it;
        }

        @Override Object run() {
            Object v;
            try {
                v = it.next();
            } catch (RuntimeException e) {
                throw stamp(e, s);
            }
            return v == null ? finish(Stmt.NORMAL) : v;
        }

        /** A generator delegated to gets the exception first (close: is closed), as in CPython. */
        @Override Object raiseAt(PyError e) {
            if (!(it instanceof Generator)) throw e;
            Generator g = (Generator) it;
            if (f.in.exceptionMatches(e, f.in.builtinClass("GeneratorExit"))) {
                g.close();
                throw e;
            }
            Object v = g.throwIn(e);
            return v == null ? finish(Stmt.NORMAL) : v;
        }
    }

    private final class IfCursor extends Cursor {
        final Stmt.If s;

        IfCursor(Stmt.If s) { this.s = s; }

        @Override Object run() {
            boolean t;
            try {
                t = Ops.truth(f.in, s.test.eval(f));
            } catch (RuntimeException e) {
                throw stamp(e, s);
            }
            if (t) return become(s.body);
            return s.orelse == null ? finish(Stmt.NORMAL) : become(s.orelse);
        }
    }

    private final class ForCursor extends Cursor {
        final Stmt.For s;
        PyIter it;

        ForCursor(Stmt.For s) { this.s = s; }

        @Override Object run() {
            if (childDone) {
                childDone = false;
                if (childCode == Stmt.BREAK) return finish(Stmt.NORMAL);
                if (childCode == Stmt.RETURN) return finish(Stmt.RETURN);
            }
            Object v;
            try {
                if (it == null) it = Ops.iter(f.in, s.iter.eval(f));
                v = it.next();
                if (v != null) {
                    f.in.budget.step();
                    s.target.assign(f, v);
                }
            } catch (RuntimeException e) {
                throw stamp(e, s);
            }
            if (v == null) return s.orelse == null ? finish(Stmt.NORMAL) : become(s.orelse);
            stack.push(cursor(s.body));
            return AGAIN;
        }
    }

    private final class WhileCursor extends Cursor {
        final Stmt.While s;

        WhileCursor(Stmt.While s) { this.s = s; }

        @Override Object run() {
            if (childDone) {
                childDone = false;
                if (childCode == Stmt.BREAK) return finish(Stmt.NORMAL);
                if (childCode == Stmt.RETURN) return finish(Stmt.RETURN);
            }
            boolean t;
            try {
                t = Ops.truth(f.in, s.test.eval(f));
            } catch (RuntimeException e) {
                throw stamp(e, s);
            }
            if (!t) return s.orelse == null ? finish(Stmt.NORMAL) : become(s.orelse);
            f.in.budget.step();
            stack.push(cursor(s.body));
            return AGAIN;
        }
    }

    /** try/except/else/finally: the body, then the handler that catches, else or nothing, then finally, as Stmt.Try runs them. */
    private final class TryCursor extends Cursor {
        static final int START = 0, BODY = 1, HANDLER = 2, ELSE = 3, FINALLY = 4;
        final Stmt.Try s;
        int phase = START;
        /** The exception the running except block handles, and the object its clause bound. */
        PyError handled;
        Object handledObject;
        /** What finally passes on when it completes normally: a completion code, or an exception to raise again. */
        int code;
        PyError escaped;

        TryCursor(Stmt.Try s) { this.s = s; }

        @Override Object run() {
            if (phase == START) return enter(BODY, s.body);
            childDone = false;
            switch (phase) {
                case BODY:
                    return childCode == Stmt.NORMAL && s.orelse != null ? enter(ELSE, s.orelse) : toFinally(childCode, null);
                case HANDLER:
                    leaveHandler();
                    return toFinally(childCode, null);
                case ELSE:
                    return toFinally(childCode, null);
                default:
                    return finish(Stmt.Try.afterFinally(childCode, code, escaped));
            }
        }

        @Override void raised(PyError e) {
            if (phase == FINALLY) throw e;
            if (phase == BODY) {
                try {
                    int h = s.handlerFor(f, e);
                    if (h >= 0) {
                        handledObject = s.enterHandler(f, h, e);
                        handled = e;
                        enter(HANDLER, s.handlers[h]);
                        return;
                    }
                } catch (PyError e2) {
                    e = e2; // an except clause's type failed to evaluate: that error goes on, through finally
                }
            } else if (phase == HANDLER) {
                leaveHandler();
            }
            if (s.finalbody == null) throw e;
            toFinally(Stmt.NORMAL, e);
        }

        private Object enter(int next, Stmt part) {
            phase = next;
            stack.push(cursor(part));
            return AGAIN;
        }

        private void leaveHandler() {
            handled = null;
            handledObject = null;
            ownHandling();
        }

        private Object toFinally(int code, PyError escaped) {
            if (s.finalbody == null) return finish(code);
            this.code = code;
            this.escaped = escaped;
            return enter(FINALLY, s.finalbody);
        }
    }

    /** with: enter, the body, then exit with the body's exception (which a true result suppresses) or with None. */
    private final class WithCursor extends Cursor {
        final Stmt.With s;
        Object mgr;

        WithCursor(Stmt.With s) { this.s = s; }

        @Override Object run() {
            try {
                if (mgr == null) {
                    mgr = s.enter(f);
                    stack.push(cursor(s.body));
                    return AGAIN;
                }
                f.in.exit(mgr, null);
            } catch (RuntimeException e) {
                throw stamp(e, s);
            }
            childDone = false;
            return finish(childCode);
        }

        @Override void raised(PyError e) {
            boolean suppressed;
            try {
                suppressed = Stmt.With.suppresses(f, mgr, e);
            } catch (RuntimeException e2) {
                throw stamp(e2, s);
            }
            if (!suppressed) throw e;
            finish(Stmt.NORMAL);
        }
    }
}
