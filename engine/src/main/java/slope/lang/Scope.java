package slope.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import slope.run.PyError;

/**
 * A lexical scope seen by the parser (module, function or lambda or comprehension, class body).
 * Once the whole module is parsed, {@link #resolve()} decides for every name whether it is a
 * local slot, a variable of an enclosing function, a class-body name or a global.
 */
final class Scope {
    static final int MODULE = 0, FUNCTION = 1, CLASS = 2;

    final int kind;
    Scope parent;
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> globals = new HashSet<>();
    final Set<String> nonlocals = new HashSet<>();
    final List<Expr.Name> names = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final HashMap<String, Integer> slots = new HashMap<>();
    Code code;

    Scope(int kind, Scope parent) {
        this.kind = kind;
        this.parent = parent;
        if (parent != null) parent.children.add(this);
    }

    void declare(String name) { assigned.add(name); }

    void resolve() {
        if (kind == FUNCTION) {
            for (String n : assigned) { // kept slots: a skimmed body's scope is resolved again once parsed
                if (!globals.contains(n) && !nonlocals.contains(n) && !slots.containsKey(n)) slots.put(n, slots.size());
            }
            if (code != null) code.nslots = slots.size();
        }
        for (Expr.Name n : names) bind(n);
        for (Scope c : children) c.resolve();
    }

    private void bind(Expr.Name n) {
        String name = n.name;
        if (kind == MODULE || globals.contains(name)) {
            n.kind = Expr.Name.GLOBAL;
        } else if (kind == FUNCTION && slots.containsKey(name)) {
            n.kind = Expr.Name.LOCAL;
            n.slot = slots.get(name);
        } else if (kind == CLASS) {
            n.kind = Expr.Name.CLASS;
            Expr.Name fallback = new Expr.Name(name, n.line, n.col);
            enclosing(fallback, nonlocals.contains(name));
            n.fallback = fallback;
        } else {
            enclosing(n, nonlocals.contains(name));
        }
    }

    private void enclosing(Expr.Name n, boolean mustFind) {
        int depth = 0;
        for (Scope p = parent; p != null; p = p.parent) {
            if (p.kind == CLASS) continue;
            depth++;
            if (p.kind == MODULE || p.globals.contains(n.name)) break;
            Integer slot = p.slots.get(n.name);
            if (slot != null) {
                n.kind = Expr.Name.DEREF;
                n.depth = depth;
                n.slot = slot;
                return;
            }
        }
        if (mustFind) throw new PyError("SyntaxError", "no binding for nonlocal '" + n.name + "' found", n.line, n.col);
        n.kind = Expr.Name.GLOBAL;
    }
}
