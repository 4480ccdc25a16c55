package slope.lang;

import java.util.ArrayDeque;
import slope.run.PyError;

/**
 * A generator object: the frame of a function containing {@code yield}, resumed on each next().
 * Statements without a yield run as usual; the compound statements that contain one (blocks,
 * if, for, while) are walked by explicit cursors so execution can stop at a yield and resume.
 */
final class Generator implements PyIter {
    private final Frame f;
    private final ArrayDeque<Cursor> stack = new ArrayDeque<>();
    private boolean running;
    private boolean done;
    /** Returned by a cursor that pushed a child or finished: keep going. */
    private static final Object AGAIN = new Object();

    Generator(Frame f, Stmt.Block body) {
        this.f = f;
        stack.push(new BlockCursor(body));
    }

    String name() { return f.fn.code.name; }

    @Override public Object next() {
        if (done) return null;
        if (running) throw PyError.value("generator already executing");
        Interpreter in = f.in;
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw new PyError("RecursionError", "maximum recursion depth exceeded");
        }
        running = true;
        try {
            while (!stack.isEmpty()) {
                Object r = stack.peek().run();
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
        }
    }

    private abstract class Cursor {
        boolean childDone;
        int childCode;

        /** Runs to a yield (returning its value) or returns AGAIN after pushing a child or finishing. */
        abstract Object run();

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
                        if (!y.from) return v;
                        stack.push(new YieldFromCursor(Ops.iter(f.in, v)));
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
        final PyIter it;

        YieldFromCursor(PyIter it) { this.it = it; }

        @Override Object run() {
            Object v = it.next();
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
}
