package slope.lang;

import java.util.ArrayList;
import java.util.List;
import slope.run.PyError;

/**
 * Recursive-descent parser for the Python subset, with CPython's precedence and error wording.
 * It also builds the {@link Scope} tree so names can be resolved to slots after parsing.
 */
final class Parser {
    private static final int MAX_NESTING = 200;

    private List<Token> toks;
    private int p;
    private Scope scope;
    private int nesting;
    private int loopDepth;
    private int funcDepth;
    /** Yield statements seen in the current function. */
    private int yields;
    /** The nodes that cache what they look up, for a tree that outlives its run ({@link #parseLibraryModule}). */
    private final List<Expr.Caching> caching;

    private Parser(List<Token> toks, Scope scope, List<Expr.Caching> caching) {
        this.toks = toks;
        this.scope = scope;
        this.caching = caching;
    }

    /** Parses a module and resolves its names. */
    static Stmt.Block parseModule(String source) {
        return parseModule(new Lexer(source).tokenize(), new ArrayList<>());
    }

    /**
     * Parses one of the engine's own Python modules, which many runs share: adds to {@code caching} the nodes whose
     * caches a run leaves behind, and leaves each def's body as source until the function's first call
     * ({@link #parseSkimmedBody}). Its syntax errors would then surface late, so it is only for tested sources.
     */
    static Stmt.Block parseLibraryModule(String source, List<Expr.Caching> caching) {
        return parseModule(new Lexer(source, 0, true).tokenize(), caching);
    }

    private static Stmt.Block parseModule(List<Token> tokens, List<Expr.Caching> caching) {
        Scope module = new Scope(Scope.MODULE, null);
        Parser ps = new Parser(tokens, module, caching);
        List<Stmt> body = new ArrayList<>();
        while (ps.peek().kind != Token.EOF) {
            if (ps.peek().kind == Token.NEWLINE) {
                ps.p++;
                continue;
            }
            ps.statement(body);
        }
        module.resolve();
        return new Stmt.Block(body.toArray(new Stmt[0]), 1, 1);
    }

    /**
     * Parses a body the lexer skimmed, in the function's own scope (whose enclosing scopes are the module's and
     * classes', so its free names are globals), then resolves that scope again with the body's names in it.
     */
    static void parseSkimmedBody(Code code) {
        Token source = code.skimmed;
        Parser ps = new Parser(new Lexer(source.text, source.line - 1, false).tokenize(), code.scope, code.caching);
        ps.funcDepth = 1;
        Token first = ps.next(); // the INDENT of the body's first line
        List<Stmt> stmts = new ArrayList<>();
        while (ps.peek().kind != Token.EOF) {
            if (ps.peek().kind == Token.NEWLINE || ps.peek().kind == Token.DEDENT) ps.p++;
            else ps.statement(stmts);
        }
        code.scope.resolve();
        code.body = new Stmt.Block(stmts.toArray(new Stmt[0]), first.line, first.col);
        code.skimmed = null;
        code.scope = null;
        code.caching = null;
    }

    /** Parses one expression (for evaluating names and attributes after a run). */
    static Expr parseExpression(String source) {
        Scope module = new Scope(Scope.MODULE, null);
        Parser ps = new Parser(new Lexer(source).tokenize(), module, new ArrayList<>());
        Expr e = ps.testListStar();
        while (ps.peek().kind == Token.NEWLINE) ps.p++;
        if (ps.peek().kind != Token.EOF) throw ps.error(ps.peek(), "invalid syntax");
        module.resolve();
        return e;
    }

    // ---- tokens -------------------------------------------------------------------------

    private Token peek() { return toks.get(p); }

    private Token peekAt(int k) { return toks.get(Math.min(p + k, toks.size() - 1)); }

    private Token next() { return toks.get(p++); }

    private boolean at(String op) {
        Token t = peek();
        return (t.kind == Token.OP || t.kind == Token.NAME) && t.text.equals(op);
    }

    private boolean accept(String op) {
        if (at(op)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (!at(op)) {
            if (op.equals(":")) throw error(peek(), "expected ':'");
            throw error(peek(), "invalid syntax");
        }
        return next();
    }

    private PyError error(Token t, String msg) {
        if (t.kind == Token.INDENT) return new PyError("IndentationError", "unexpected indent", t.line, t.col - 1);
        return new PyError("SyntaxError", msg, t.line, t.col);
    }

    private static boolean isKeyword(String s) {
        switch (s) {
            case "False": case "None": case "True": case "and": case "as": case "assert": case "break":
            case "class": case "continue": case "def": case "del": case "elif": case "else": case "except":
            case "finally": case "for": case "from": case "global": case "if": case "import": case "in": case "is":
            case "lambda": case "nonlocal": case "not": case "or": case "pass": case "raise": case "return":
            case "try": case "while": case "with": case "yield": case "async": case "await":
                return true;
            default:
                return false;
        }
    }

    private String name() {
        Token t = peek();
        if (t.kind != Token.NAME || isKeyword(t.text)) throw error(t, "invalid syntax");
        p++;
        return t.text;
    }

    private Expr.Name nameNode(String name, Token t, boolean store) {
        Expr.Name n = new Expr.Name(name, t.line, t.col);
        scope.names.add(n);
        caching.add(n);
        if (store) scope.declare(name);
        return n;
    }

    // ---- statements ---------------------------------------------------------------------

    private void statement(List<Stmt> out) {
        int before = yields;
        int n = out.size();
        statementInner(out);
        if (yields != before) for (int i = n; i < out.size(); i++) out.get(i).hasYield = true;
    }

    private void statementInner(List<Stmt> out) {
        Token t = peek();
        if (t.kind == Token.INDENT) throw new PyError("IndentationError", "unexpected indent", t.line, t.col - 1);
        if (t.kind == Token.OP && t.text.equals("@")) {
            out.add(decorated());
            return;
        }
        if (t.kind == Token.NAME) {
            switch (t.text) {
                case "if": out.add(ifStmt("if")); return;
                case "while": out.add(whileStmt()); return;
                case "for": out.add(forStmt()); return;
                case "def": out.add(def(new Expr[0], t)); return;
                case "class": out.add(classDef(new Expr[0], t)); return;
                case "try": out.add(tryStmt()); return;
                case "with": out.add(withStmt()); return;
                default: break;
            }
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simple());
            if (accept(";")) {
                if (peek().kind == Token.NEWLINE) break;
                continue;
            }
            break;
        }
        Token t = peek();
        if (t.kind != Token.NEWLINE) {
            Stmt last = out.get(out.size() - 1);
            if (last instanceof Stmt.ExprStmt && ((Stmt.ExprStmt) last).expr instanceof Expr.Name
                    && ((Expr.Name) ((Stmt.ExprStmt) last).expr).name.equals("print")
                    && (t.kind == Token.STRING || t.kind == Token.FSTRING || t.kind == Token.NAME || t.kind == Token.INT
                    || t.kind == Token.FLOAT)) {
                throw new PyError("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?",
                        last.line, last.col);
            }
            throw error(t, "invalid syntax");
        }
        p++;
    }

    private Stmt body(String what, Token header) {
        expect(":");
        if (peek().kind == Token.NEWLINE) {
            p++;
            while (peek().kind == Token.NEWLINE) p++;
            Token t = peek();
            if (t.kind != Token.INDENT) {
                throw new PyError("IndentationError", "expected an indented block after " + what + " on line "
                        + header.line, t.line, t.col);
            }
            p++;
            List<Stmt> stmts = new ArrayList<>();
            while (peek().kind != Token.DEDENT && peek().kind != Token.EOF) {
                if (peek().kind == Token.NEWLINE) {
                    p++;
                    continue;
                }
                statement(stmts);
            }
            accept(Token.DEDENT);
            return new Stmt.Block(stmts.toArray(new Stmt[0]), t.line, t.col);
        }
        List<Stmt> stmts = new ArrayList<>();
        Token t = peek();
        simpleStatements(stmts);
        return new Stmt.Block(stmts.toArray(new Stmt[0]), t.line, t.col);
    }

    private void accept(int kind) {
        if (peek().kind == kind) p++;
    }

    private Stmt ifStmt(String kw) {
        Token t = next();
        Expr test = namedTest();
        Stmt body = body("'" + kw + "' statement", t);
        Stmt orelse = null;
        if (at("elif")) orelse = ifStmt("elif");
        else if (at("else")) {
            Token e = next();
            orelse = body("'else' statement", e);
        }
        return new Stmt.If(test, body, orelse, t.line, t.col);
    }

    private Expr namedTest() {
        Expr e = test();
        if (at(":=")) throw error(peek(), "the walrus operator := is not supported");
        if (at("=")) {
            throw new PyError("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.line, e.col);
        }
        return e;
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr test = namedTest();
        loopDepth++;
        Stmt body = body("'while' statement", t);
        loopDepth--;
        Stmt orelse = null;
        if (at("else")) {
            Token e = next();
            orelse = body("'else' statement", e);
        }
        return new Stmt.While(test, body, orelse, t.line, t.col);
    }

    private Stmt forStmt() {
        Token t = next();
        Expr target = targetList();
        expect("in");
        Expr iter = testList();
        loopDepth++;
        Stmt body = body("'for' statement", t);
        loopDepth--;
        Stmt orelse = null;
        if (at("else")) {
            Token e = next();
            orelse = body("'else' statement", e);
        }
        return new Stmt.For(target, iter, body, orelse, t.line, t.col);
    }

    /** Targets of for and comprehensions: stops before 'in'. */
    private Expr targetList() {
        Token t = peek();
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        while (true) {
            if (at("*")) {
                Token s = next();
                items.add(new Expr.Starred(bitOr(), s.line, s.col));
            } else {
                items.add(bitOr());
            }
            if (!accept(",")) break;
            comma = true;
            if (at("in") || at("=")) break;
        }
        Expr e = comma ? new Expr.TupleExpr(items.toArray(new Expr[0]), t.line, t.col) : items.get(0);
        return store(e, false);
    }

    private Stmt tryStmt() {
        Token t = next();
        Stmt body = body("'try' statement", t);
        List<Expr> types = new ArrayList<>();
        List<Expr.Name> names = new ArrayList<>();
        List<Stmt> handlers = new ArrayList<>();
        while (at("except")) {
            Token e = next();
            Expr type = null;
            Expr.Name name = null;
            if (!at(":")) {
                type = test();
                if (at(",")) {
                    List<Expr> alts = new ArrayList<>();
                    alts.add(type);
                    while (accept(",")) alts.add(test());
                    type = new Expr.TupleExpr(alts.toArray(new Expr[0]), e.line, e.col);
                }
                if (accept("as")) {
                    Token n = peek();
                    name = nameNode(name(), n, true);
                }
            }
            types.add(type);
            names.add(name);
            handlers.add(body("'except' statement", e));
        }
        Stmt orelse = null, fin = null;
        if (at("else")) {
            Token e = next();
            orelse = body("'else' statement", e);
        }
        if (at("finally")) {
            Token e = next();
            fin = body("'finally' statement", e);
        }
        if (handlers.isEmpty() && fin == null) throw error(peek(), "expected 'except' or 'finally' block");
        return new Stmt.Try(body, types.toArray(new Expr[0]), names.toArray(new Expr.Name[0]),
                handlers.toArray(new Stmt[0]), orelse, fin, t.line, t.col);
    }

    private Stmt withStmt() {
        Token t = next();
        List<Expr> ctxs = new ArrayList<>();
        List<Expr> targets = new ArrayList<>();
        do {
            ctxs.add(test());
            targets.add(accept("as") ? store(targetAtom(), false) : null);
        } while (accept(","));
        Stmt body = body("'with' statement", t);
        for (int i = ctxs.size() - 1; i >= 0; i--) {
            body = new Stmt.With(ctxs.get(i), targets.get(i), body, t.line, t.col);
        }
        return body;
    }

    /** {@code yield value}, {@code yield from iterable}, or {@code target = yield value} (target gets the value sent in). */
    private Stmt yieldStmt(Expr target) {
        Token t = next();
        if (scope.kind != Scope.FUNCTION || scope.code == null || scope.code.lambdaBody != null) {
            throw error(t, "'yield' outside function");
        }
        boolean from = accept("from");
        if (from && target != null) throw error(t, "Slope does not support the value of yield from");
        Expr v = atEndOfSimple() ? null : testListStar();
        if (from && v == null) throw error(peek(), "invalid syntax");
        scope.code.isGenerator = true;
        yields++;
        return new Stmt.Yield(target, v, from, t.line, t.col);
    }

    private Expr targetAtom() {
        if (at("(") || at("[")) return atomExpr();
        return bitOr();
    }

    private Stmt decorated() {
        List<Expr> decs = new ArrayList<>();
        while (at("@")) {
            next();
            decs.add(test());
            if (peek().kind != Token.NEWLINE) throw error(peek(), "invalid syntax");
            p++;
        }
        Token t = peek();
        Expr[] d = decs.toArray(new Expr[0]);
        if (at("def")) return def(d, t);
        if (at("class")) return classDef(d, t);
        throw error(t, "invalid syntax");
    }

    private String qualPrefix() {
        StringBuilder b = new StringBuilder();
        List<Scope> chain = new ArrayList<>();
        for (Scope s = scope; s != null && s.kind != Scope.MODULE; s = s.parent) chain.add(0, s);
        for (Scope s : chain) {
            if (s.code != null) b.append(s.code.name).append(s.kind == Scope.CLASS ? "." : ".<locals>.");
        }
        return b.toString();
    }

    private Stmt def(Expr[] decorators, Token t) {
        next();
        Token nt = peek();
        String name = name();
        Code code = new Code();
        code.name = name;
        code.qualname = qualPrefix() + name;
        expect("(");
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<String> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        String[] star = new String[2];
        parameters(")", params, defaults, kwonly, kwDefaults, star, true);
        expect(")");
        if (accept("->")) test();
        Expr.Name target = nameNode(name, nt, true);
        Scope fs = new Scope(Scope.FUNCTION, scope);
        fs.code = code;
        declareParams(fs, code, params, kwonly, star);
        Scope saved = scope;
        int savedLoop = loopDepth;
        scope = fs;
        loopDepth = 0;
        funcDepth++;
        int savedYields = yields;
        if (peek().is(":") && peekAt(1).kind == Token.NEWLINE && peekAt(2).kind == Token.SKIMMED_BODY) {
            code.skimmed = peekAt(2);
            code.scope = fs;
            code.caching = caching;
            p += 3;
        } else {
            code.body = body("function definition", t);
        }
        yields = savedYields;
        funcDepth--;
        loopDepth = savedLoop;
        scope = saved;
        return new Stmt.Def(code, defaults.toArray(new Expr[0]), kwDefaults.toArray(new Expr[0]), decorators, target,
                t.line, t.col);
    }

    private static void declareParams(Scope fs, Code code, List<String> params, List<String> kwonly, String[] star) {
        for (String s : params) fs.declare(s);
        code.params = params.toArray(new String[0]);
        if (star[0] != null) {
            code.varargSlot = params.size();
            fs.declare(star[0]);
        }
        for (String s : kwonly) fs.declare(s);
        code.kwonly = kwonly.toArray(new String[0]);
        if (star[1] != null) {
            code.kwargSlot = params.size() + (star[0] != null ? 1 : 0) + kwonly.size();
            fs.declare(star[1]);
        }
    }

    /** Parses a parameter list up to {@code end}; star[0] = *args name, star[1] = **kwargs name. */
    private void parameters(String end, List<String> params, List<Expr> defaults, List<String> kwonly,
                            List<Expr> kwDefaults, String[] star, boolean annotations) {
        boolean kwOnlyMode = false;
        while (!at(end)) {
            Token t = peek();
            if (accept("**")) {
                Token nt = peek();
                star[1] = name();
                if (params.contains(star[1]) || kwonly.contains(star[1]) || star[1].equals(star[0])) {
                    throw error(nt, "duplicate argument '" + star[1] + "' in function definition");
                }
                if (annotations && accept(":")) test();
            } else if (accept("*")) {
                kwOnlyMode = true;
                if (!at(",") && !at(end)) {
                    Token nt = peek();
                    star[0] = name();
                    if (params.contains(star[0])) {
                        throw error(nt, "duplicate argument '" + star[0] + "' in function definition");
                    }
                    if (annotations && accept(":")) test();
                }
            } else if (accept("/")) {
                // positional-only marker: treated as ordinary parameters
            } else {
                String n = name();
                if (params.contains(n) || kwonly.contains(n) || n.equals(star[0])) {
                    throw error(t, "duplicate argument '" + n + "' in function definition");
                }
                if (annotations && accept(":")) test();
                Expr d = accept("=") ? test() : null;
                if (kwOnlyMode) {
                    kwonly.add(n);
                    kwDefaults.add(d);
                } else {
                    if (d == null && !defaults.isEmpty()) {
                        throw error(t, "non-default argument follows default argument");
                    }
                    params.add(n);
                    if (d != null) defaults.add(d);
                }
            }
            if (!accept(",")) break;
        }
    }

    private Stmt classDef(Expr[] decorators, Token t) {
        next();
        Token nt = peek();
        String name = name();
        List<Expr> bases = new ArrayList<>();
        if (accept("(")) {
            while (!at(")")) {
                if (peek().kind == Token.NAME && peekAt(1).is("=")) {
                    throw error(peek(), "class keyword arguments (metaclass=...) are not supported");
                }
                bases.add(test());
                if (!accept(",")) break;
            }
            expect(")");
        }
        Expr.Name target = nameNode(name, nt, true);
        Scope cs = new Scope(Scope.CLASS, scope);
        Code marker = new Code();
        marker.name = name;
        cs.code = marker;
        Scope saved = scope;
        int savedLoop = loopDepth;
        scope = cs;
        loopDepth = 0;
        int savedYields = yields;
        Stmt body = body("class definition", t);
        yields = savedYields;
        scope = saved;
        loopDepth = savedLoop;
        return new Stmt.ClassDef(name, bases.toArray(new Expr[0]), body, decorators, target, t.line, t.col);
    }

    private Stmt simple() {
        Token t = peek();
        if (t.kind == Token.NAME) {
            switch (t.text) {
                case "pass": p++; return new Stmt.Pass(t.line, t.col);
                case "break":
                    p++;
                    if (loopDepth == 0) throw error(t, "'break' outside loop");
                    return new Stmt.Jump(Stmt.BREAK, t.line, t.col);
                case "continue":
                    p++;
                    if (loopDepth == 0) throw error(t, "'continue' not properly in loop");
                    return new Stmt.Jump(Stmt.CONTINUE, t.line, t.col);
                case "return": {
                    p++;
                    if (funcDepth == 0) throw error(t, "'return' outside function");
                    Expr v = atEndOfSimple() ? null : testListStar();
                    return new Stmt.Return(v, t.line, t.col);
                }
                case "import": return importStmt();
                case "from": return fromStmt();
                case "global": case "nonlocal": {
                    p++;
                    do {
                        String n = name();
                        if (scope.kind == Scope.MODULE && t.text.equals("nonlocal")) {
                            throw error(t, "nonlocal declaration not allowed at module level");
                        }
                        (t.text.equals("global") ? scope.globals : scope.nonlocals).add(n);
                    } while (accept(","));
                    return new Stmt.Pass(t.line, t.col);
                }
                case "raise": {
                    p++;
                    Expr e = atEndOfSimple() ? null : test();
                    Expr cause = e != null && accept("from") ? test() : null;
                    return new Stmt.Raise(e, cause, t.line, t.col);
                }
                case "assert": {
                    p++;
                    Expr test = test();
                    Expr msg = accept(",") ? test() : null;
                    return new Stmt.Assert(test, msg, t.line, t.col);
                }
                case "del": {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    do {
                        targets.add(store(bitOr(), false));
                    } while (accept(",") && !atEndOfSimple());
                    return new Stmt.Delete(targets.toArray(new Expr[0]), t.line, t.col);
                }
                case "yield": return yieldStmt(null);
                default: break;
            }
        }
        Expr first = testListStar();
        if (at("=") && peekAt(1).is("yield")) {
            p++;
            return yieldStmt(store(first, true));
        }
        if (at("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (accept("=")) {
                value = testListStar();
                targets.add(value);
            }
            targets.remove(targets.size() - 1);
            Expr[] ts = new Expr[targets.size()];
            for (int i = 0; i < ts.length; i++) ts[i] = store(targets.get(i), true);
            return new Stmt.Assign(ts, value, t.line, t.col);
        }
        Token op = peek();
        if (op.kind == Token.OP && op.text.length() >= 2 && op.text.endsWith("=") && !op.text.equals("==")
                && !op.text.equals("<=") && !op.text.equals(">=") && !op.text.equals("!=")) {
            BinOp bop = BinOp.fromSymbol(op.text.substring(0, op.text.length() - 1));
            if (bop != null) {
                p++;
                if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                    throw new PyError("SyntaxError", "'" + describe(first) + "' is an illegal expression for augmented assignment",
                            first.line, first.col);
                }
                store(first, false);
                Expr value = testListStar();
                return new Stmt.AugAssign(first, bop, value, t.line, t.col);
            }
        }
        if (at(":")) {
            p++;
            Expr annotation = test();
            Stmt assign = null;
            if (accept("=")) {
                Expr value = testListStar();
                assign = new Stmt.Assign(new Expr[] {store(first, true)}, value, t.line, t.col);
            } else if (first instanceof Expr.Name) {
                store(first, true);
            }
            // a class body keeps its annotations (dataclasses read them); elsewhere they are not evaluated
            if (scope.kind == Scope.CLASS && first instanceof Expr.Name) {
                return new Stmt.Annotate(((Expr.Name) first).name, annotation, assign, t.line, t.col);
            }
            return assign != null ? assign : new Stmt.Pass(t.line, t.col);
        }
        return new Stmt.ExprStmt(first, t.line, t.col);
    }

    private boolean atEndOfSimple() {
        Token t = peek();
        return t.kind == Token.NEWLINE || t.kind == Token.EOF || t.is(";");
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call || e instanceof Expr.MethodCall) return "function call";
        if (e instanceof Expr.Const) return "literal";
        if (e instanceof Expr.TupleExpr) return "tuple";
        if (e instanceof Expr.ListExpr) return "list";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.Lambda) return "lambda";
        return "expression";
    }

    /** Checks that e can be assigned to and declares the names it binds. */
    private Expr store(Expr e, boolean assign) {
        if (e instanceof Expr.Name) {
            scope.declare(((Expr.Name) e).name);
            return e;
        }
        if (e instanceof Expr.Attribute || e instanceof Expr.Subscript) return e;
        if (e instanceof Expr.TupleExpr) {
            for (Expr x : ((Expr.TupleExpr) e).elts) store(x, assign);
            return e;
        }
        if (e instanceof Expr.ListExpr) {
            for (Expr x : ((Expr.ListExpr) e).elts) store(x, assign);
            return e;
        }
        if (e instanceof Expr.Starred) {
            store(((Expr.Starred) e).value, assign);
            return e;
        }
        String what = describe(e);
        throw new PyError("SyntaxError", "cannot assign to " + what + (assign && !what.equals("tuple")
                ? " here. Maybe you meant '==' instead of '='?" : ""), e.line, e.col);
    }

    private Stmt importStmt() {
        Token t = next();
        List<Stmt> parts = new ArrayList<>();
        do {
            Token nt = peek();
            String mod = dotted();
            if (accept("as")) {
                Token at = peek();
                parts.add(new Stmt.Import(mod, nameNode(name(), at, true), false, t.line, t.col));
            } else {
                int dot = mod.indexOf('.');
                String top = dot < 0 ? mod : mod.substring(0, dot);
                parts.add(new Stmt.Import(mod, nameNode(top, nt, true), true, t.line, t.col));
            }
        } while (accept(","));
        if (parts.size() == 1) return parts.get(0);
        return new Stmt.Block(parts.toArray(new Stmt[0]), t.line, t.col);
    }

    private String dotted() {
        if (at(".")) throw error(peek(), "relative imports are not supported");
        StringBuilder b = new StringBuilder(name());
        while (accept(".")) b.append('.').append(name());
        return b.toString();
    }

    private Stmt fromStmt() {
        Token t = next();
        String mod = dotted();
        expect("import");
        if (accept("*")) return new Stmt.ImportFrom(mod, null, null, t.line, t.col);
        boolean paren = accept("(");
        List<String> names = new ArrayList<>();
        List<Expr.Name> targets = new ArrayList<>();
        do {
            if (paren && at(")")) break;
            Token nt = peek();
            String n = name();
            names.add(n);
            if (accept("as")) {
                Token at = peek();
                targets.add(nameNode(name(), at, true));
            } else {
                targets.add(nameNode(n, nt, true));
            }
        } while (accept(","));
        if (paren) expect(")");
        return new Stmt.ImportFrom(mod, names.toArray(new String[0]), targets.toArray(new Expr.Name[0]), t.line, t.col);
    }

    // ---- expressions --------------------------------------------------------------------

    private void enter(Token t) {
        if (++nesting > MAX_NESTING) throw error(t, "too many nested parentheses");
    }

    /** test (',' test)* with starred items: a tuple if there is a comma. */
    private Expr testListStar() {
        Token t = peek();
        Expr first = starOrTest();
        if (!at(",")) return first;
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (atExprEnd()) break;
            items.add(starOrTest());
        }
        return new Expr.TupleExpr(items.toArray(new Expr[0]), t.line, t.col);
    }

    private Expr testList() { return testListStar(); }

    private boolean atExprEnd() {
        Token t = peek();
        if (t.kind == Token.NEWLINE || t.kind == Token.EOF) return true;
        if (t.kind != Token.OP) return false;
        switch (t.text) {
            case ")": case "]": case "}": case "=": case ";": case ":":
                return true;
            default:
                return t.text.length() >= 2 && t.text.endsWith("=") && !t.text.equals("==") && !t.text.equals("!=")
                        && !t.text.equals("<=") && !t.text.equals(">=");
        }
    }

    private Expr starOrTest() {
        if (at("*")) {
            Token s = next();
            return new Expr.Starred(bitOr(), s.line, s.col);
        }
        return test();
    }

    Expr test() {
        Token t = peek();
        if (t.is("lambda")) return lambda();
        enter(t);
        Expr e = orTest();
        if (at(":=")) {
            Token op = next();
            if (!(e instanceof Expr.Name)) {
                String what = e instanceof Expr.Attribute ? "attribute" : e instanceof Expr.Subscript ? "subscript" : describe(e);
                Expr start = e; // CPython points at the start of the target
                while (start instanceof Expr.Attribute || start instanceof Expr.Subscript) {
                    start = start instanceof Expr.Attribute ? ((Expr.Attribute) start).value : ((Expr.Subscript) start).value;
                }
                throw new PyError("SyntaxError", "cannot use assignment expressions with " + what, start.line, start.col);
            }
            bindNamed((Expr.Name) e, op);
            Expr value = test();
            nesting--;
            return new Expr.NamedExpr((Expr.Name) e, value, t.line, t.col);
        }
        if (at("if") ) {
            p++;
            Expr cond = orTest();
            if (!at("else")) throw error(peek(), "expected 'else' after 'if' expression");
            p++;
            Expr orelse = test();
            e = new Expr.IfExp(cond, e, orelse, t.line, t.col);
        }
        nesting--;
        return e;
    }

    /**
     * Declares the target of {@code name := value} (PEP 572): in a comprehension it binds in the scope around the
     * comprehensions, so each comprehension on the way reaches that variable.
     */
    private void bindNamed(Expr.Name target, Token op) {
        Scope s = scope;
        List<Scope> comprehensions = new ArrayList<>();
        while (s.code != null && "<comprehension>".equals(s.code.name)) {
            comprehensions.add(s);
            s = s.parent;
        }
        if (s.kind == Scope.CLASS && !comprehensions.isEmpty()) {
            throw error(op, "assignment expression within a comprehension cannot be used in a class body");
        }
        s.declare(target.name);
        for (Scope c : comprehensions) (s.kind == Scope.MODULE ? c.globals : c.nonlocals).add(target.name);
    }

    private Expr lambda() {
        Token t = next();
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<String> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        String[] star = new String[2];
        parameters(":", params, defaults, kwonly, kwDefaults, star, false);
        expect(":");
        Code code = new Code();
        code.name = "<lambda>";
        code.qualname = qualPrefix() + "<lambda>";
        Scope fs = new Scope(Scope.FUNCTION, scope);
        fs.code = code;
        declareParams(fs, code, params, kwonly, star);
        Scope saved = scope;
        scope = fs;
        code.lambdaBody = test();
        scope = saved;
        if (!kwonly.isEmpty()) throw error(t, "keyword-only parameters in lambda are not supported");
        return new Expr.Lambda(code, defaults.toArray(new Expr[0]), t.line, t.col);
    }

    private Expr orTest() {
        Token t = peek();
        Expr e = andTest();
        if (!at("or")) return e;
        List<Expr> vs = new ArrayList<>();
        vs.add(e);
        while (accept("or")) vs.add(andTest());
        return new Expr.BoolOpExpr(false, vs.toArray(new Expr[0]), t.line, t.col);
    }

    private Expr andTest() {
        Token t = peek();
        Expr e = notTest();
        if (!at("and")) return e;
        List<Expr> vs = new ArrayList<>();
        vs.add(e);
        while (accept("and")) vs.add(notTest());
        return new Expr.BoolOpExpr(true, vs.toArray(new Expr[0]), t.line, t.col);
    }

    private Expr notTest() {
        Token t = peek();
        if (accept("not")) {
            enter(t);
            Expr e = new Expr.Not(notTest(), t.line, t.col);
            nesting--;
            return e;
        }
        return comparison();
    }

    private Object compOp() {
        Token t = peek();
        if (t.kind == Token.OP) {
            switch (t.text) {
                case "<": p++; return CmpOp.LT;
                case "<=": p++; return CmpOp.LE;
                case "==": p++; return CmpOp.EQ;
                case "!=": p++; return CmpOp.NE;
                case ">": p++; return CmpOp.GT;
                case ">=": p++; return CmpOp.GE;
                default: return null;
            }
        }
        if (t.is("in")) {
            p++;
            return "in";
        }
        if (t.is("not") && peekAt(1).is("in")) {
            p += 2;
            return "not in";
        }
        if (t.is("is")) {
            p++;
            if (accept("not")) return "is not";
            return "is";
        }
        return null;
    }

    private Expr comparison() {
        Token t = peek();
        Expr e = bitOr();
        Object op = compOp();
        if (op == null) return e;
        List<Object> ops = new ArrayList<>();
        List<Expr> operands = new ArrayList<>();
        operands.add(e);
        while (op != null) {
            ops.add(op);
            operands.add(bitOr());
            op = compOp();
        }
        return new Expr.Compare(ops.toArray(), operands.toArray(new Expr[0]), t.line, t.col);
    }

    private Expr bitOr() {
        Expr e = bitXor();
        while (at("|")) {
            Token t = next();
            e = new Expr.BinOpExpr(BinOp.OR, e, bitXor(), t.line, t.col);
        }
        return e;
    }

    private Expr bitXor() {
        Expr e = bitAnd();
        while (at("^")) {
            Token t = next();
            e = new Expr.BinOpExpr(BinOp.XOR, e, bitAnd(), t.line, t.col);
        }
        return e;
    }

    private Expr bitAnd() {
        Expr e = shift();
        while (at("&")) {
            Token t = next();
            e = new Expr.BinOpExpr(BinOp.AND, e, shift(), t.line, t.col);
        }
        return e;
    }

    private Expr shift() {
        Expr e = arith();
        while (at("<<") || at(">>")) {
            Token t = next();
            e = new Expr.BinOpExpr(t.text.equals("<<") ? BinOp.LSHIFT : BinOp.RSHIFT, e, arith(), t.line, t.col);
        }
        return e;
    }

    private Expr arith() {
        Expr e = term();
        while (at("+") || at("-")) {
            Token t = next();
            e = new Expr.BinOpExpr(t.text.equals("+") ? BinOp.ADD : BinOp.SUB, e, term(), t.line, t.col);
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        while (true) {
            Token t = peek();
            BinOp op = null;
            if (t.kind == Token.OP) {
                switch (t.text) {
                    case "*": op = BinOp.MUL; break;
                    case "/": op = BinOp.TRUEDIV; break;
                    case "//": op = BinOp.FLOORDIV; break;
                    case "%": op = BinOp.MOD; break;
                    case "@": op = BinOp.MATMUL; break;
                    default: break;
                }
            }
            if (op == null) return e;
            p++;
            e = new Expr.BinOpExpr(op, e, factor(), t.line, t.col);
        }
    }

    private Expr factor() {
        Token t = peek();
        UnaryOp op = t.kind != Token.OP ? null : t.text.equals("-") ? UnaryOp.NEG : t.text.equals("+") ? UnaryOp.POS
                : t.text.equals("~") ? UnaryOp.INVERT : null;
        if (op == null) return power();
        p++;
        enter(t);
        Expr operand = factor();
        nesting--;
        if (op == UnaryOp.NEG && operand instanceof Expr.Const) {
            Object v = ((Expr.Const) operand).value;
            if (v instanceof Double) return new Expr.Const(Py.negate((Double) v), t.line, t.col);
            if (v instanceof Long && (Long) v != Long.MIN_VALUE) return new Expr.Const(-(Long) v, t.line, t.col);
        }
        return new Expr.Unary(op, operand, t.line, t.col);
    }

    private Expr power() {
        Expr e = atomExpr();
        if (at("**")) {
            Token t = next();
            enter(t);
            Expr r = factor();
            nesting--;
            return new Expr.BinOpExpr(BinOp.POW, e, r, t.line, t.col);
        }
        return e;
    }

    private Expr atomExpr() {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.is("(")) {
                p++;
                enter(t);
                Expr.Call call = callArgs(e, t);
                nesting--;
                if (e instanceof Expr.Name && ((Expr.Name) e).name.equals("super") && call.args.length == 0
                        && call.kwNames.length == 0) {
                    e = new Expr.Super(e.line, e.col);
                } else if (e instanceof Expr.Attribute) {
                    Expr.Attribute a = (Expr.Attribute) e;
                    Expr.MethodCall m = new Expr.MethodCall(a.value, a.name, call, a.line, a.col);
                    caching.add(m);
                    e = m;
                } else {
                    e = call;
                }
            } else if (t.is("[")) {
                p++;
                enter(t);
                Expr index = subscriptList();
                nesting--;
                expect("]");
                e = new Expr.Subscript(e, index, t.line, t.col);
            } else if (t.is(".")) {
                p++;
                Token nt = peek();
                if (nt.kind != Token.NAME) throw error(nt, "invalid syntax");
                p++;
                Expr.Attribute a = new Expr.Attribute(e, nt.text, nt.line, nt.col);
                caching.add(a);
                e = a;
            } else {
                return e;
            }
        }
    }

    private Expr.Call callArgs(Expr fn, Token open) {
        List<Expr> args = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Expr> kwValues = new ArrayList<>();
        List<Expr> kwStars = new ArrayList<>();
        while (!at(")")) {
            Token t = peek();
            if (accept("**")) {
                kwNames.add(null);
                kwValues.add(test());
                kwStars.add(null);
            } else if (accept("*")) {
                args.add(new Expr.Starred(test(), t.line, t.col));
            } else if (t.kind == Token.NAME && peekAt(1).is("=") && !isKeyword(t.text)) {
                p += 2;
                if (kwNames.contains(t.text)) throw error(t, "keyword argument repeated: " + t.text);
                kwNames.add(t.text);
                kwValues.add(test());
            } else {
                if (!kwNames.isEmpty() || !kwStars.isEmpty()) {
                    Expr a = test();
                    if (!kwStars.isEmpty() && kwNames.size() == kwStars.size()) {
                        throw new PyError("SyntaxError", "positional argument follows keyword argument unpacking", a.line, a.col);
                    }
                    throw new PyError("SyntaxError", "positional argument follows keyword argument", a.line, a.col);
                }
                int mark = scope.names.size(), childMark = scope.children.size();
                Expr a = test();
                if (at("for")) a = comprehension(Expr.Comprehension.GEN, a, null, mark, childMark, t);
                args.add(a);
            }
            if (!accept(",")) break;
        }
        if (!at(")")) throw error(peek(), "invalid syntax");
        p++;
        return new Expr.Call(fn, args.toArray(new Expr[0]), kwNames.toArray(new String[0]),
                kwValues.toArray(new Expr[0]), fn.line, fn.col);
    }

    private Expr subscriptList() {
        Token t = peek();
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        while (true) {
            items.add(subscript());
            if (!accept(",")) break;
            comma = true;
            if (at("]")) break;
        }
        return comma ? new Expr.TupleExpr(items.toArray(new Expr[0]), t.line, t.col) : items.get(0);
    }

    private Expr subscript() {
        Token t = peek();
        Expr lower = null, upper = null, step = null;
        if (!at(":")) {
            if (at("*")) return starOrTest();
            lower = test();
            if (!at(":")) return lower;
        }
        expect(":");
        if (!at(":") && !at("]") && !at(",")) upper = test();
        if (accept(":")) {
            if (!at("]") && !at(",")) step = test();
        }
        return new Expr.Slice(lower, upper, step, t.line, t.col);
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind) {
            case Token.INT: case Token.FLOAT:
                p++;
                return new Expr.Const(t.value, t.line, t.col);
            case Token.STRING: case Token.FSTRING:
                return strings();
            case Token.NAME:
                switch (t.text) {
                    case "True": p++; return new Expr.Const(Boolean.TRUE, t.line, t.col);
                    case "False": p++; return new Expr.Const(Boolean.FALSE, t.line, t.col);
                    case "None": p++; return new Expr.Const(Py.NONE, t.line, t.col);
                    default:
                        if (isKeyword(t.text)) throw error(t, "invalid syntax");
                        p++;
                        return nameNode(t.text, t, false);
                }
            case Token.OP:
                switch (t.text) {
                    case "(": return parenthesized();
                    case "[": return listDisplay();
                    case "{": return dictDisplay();
                    case "...": p++; return new Expr.Const(Py.ELLIPSIS, t.line, t.col);
                    default: break;
                }
                break;
            default:
                break;
        }
        if (t.kind == Token.NEWLINE || t.kind == Token.EOF) throw error(t, "invalid syntax");
        throw error(t, "invalid syntax");
    }

    private Expr parenthesized() {
        Token t = next();
        enter(t);
        try {
            if (accept(")")) return new Expr.TupleExpr(new Expr[0], t.line, t.col);
            int mark = scope.names.size(), childMark = scope.children.size();
            Expr first = starOrTest();
            if (at("for")) {
                Expr e = comprehension(Expr.Comprehension.GEN, first, null, mark, childMark, t);
                expect(")");
                return e;
            }
            if (accept(")")) {
                if (first instanceof Expr.Starred) throw error(t, "cannot use starred expression here");
                return first;
            }
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (accept(",")) {
                if (at(")")) break;
                items.add(starOrTest());
            }
            expect(")");
            return new Expr.TupleExpr(items.toArray(new Expr[0]), t.line, t.col);
        } finally {
            nesting--;
        }
    }

    private Expr listDisplay() {
        Token t = next();
        enter(t);
        try {
            List<Expr> items = new ArrayList<>();
            if (accept("]")) return new Expr.ListExpr(new Expr[0], t.line, t.col);
            int mark = scope.names.size(), childMark = scope.children.size();
            Expr first = starOrTest();
            if (at("for")) {
                Expr e = comprehension(Expr.Comprehension.LIST, first, null, mark, childMark, t);
                expect("]");
                return e;
            }
            items.add(first);
            while (accept(",")) {
                if (at("]")) break;
                items.add(starOrTest());
            }
            expect("]");
            return new Expr.ListExpr(items.toArray(new Expr[0]), t.line, t.col);
        } finally {
            nesting--;
        }
    }

    private Expr dictDisplay() {
        Token t = next();
        enter(t);
        try {
            if (accept("}")) return new Expr.DictExpr(new Expr[0], new Expr[0], t.line, t.col);
            int mark = scope.names.size(), childMark = scope.children.size();
            if (at("**")) {
                List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
                return dictRest(t, keys, values);
            }
            Expr first = starOrTest();
            if (accept(":")) {
                Expr v = test();
                if (at("for")) {
                    Expr e = comprehension(Expr.Comprehension.DICT, first, v, mark, childMark, t);
                    expect("}");
                    return e;
                }
                List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
                keys.add(first);
                values.add(v);
                if (!accept(",")) {
                    expect("}");
                    return new Expr.DictExpr(keys.toArray(new Expr[0]), values.toArray(new Expr[0]), t.line, t.col);
                }
                return dictRest(t, keys, values);
            }
            if (at("for")) {
                Expr e = comprehension(Expr.Comprehension.SET, first, null, mark, childMark, t);
                expect("}");
                return e;
            }
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (accept(",")) {
                if (at("}")) break;
                items.add(starOrTest());
            }
            expect("}");
            return new Expr.SetExpr(items.toArray(new Expr[0]), t.line, t.col);
        } finally {
            nesting--;
        }
    }

    private Expr dictRest(Token t, List<Expr> keys, List<Expr> values) {
        while (!at("}")) {
            if (accept("**")) {
                keys.add(null);
                values.add(bitOr());
            } else {
                keys.add(test());
                expect(":");
                values.add(test());
            }
            if (!accept(",")) break;
        }
        expect("}");
        return new Expr.DictExpr(keys.toArray(new Expr[0]), values.toArray(new Expr[0]), t.line, t.col);
    }

    /** Parses the for/if clauses after elt; names parsed in elt (since mark) move into the new scope. */
    private Expr comprehension(int kind, Expr elt, Expr value, int mark, int childMark, Token t) {
        Scope outer = scope;
        Scope cs = new Scope(Scope.FUNCTION, outer);
        outer.children.remove(cs);
        List<Expr.Name> moved = new ArrayList<>(outer.names.subList(mark, outer.names.size()));
        outer.names.subList(mark, outer.names.size()).clear();
        cs.names.addAll(moved);
        List<Scope> movedScopes = new ArrayList<>(outer.children.subList(childMark, outer.children.size()));
        outer.children.subList(childMark, outer.children.size()).clear();
        for (Scope s : movedScopes) s.parent = cs;
        cs.children.addAll(movedScopes);
        outer.children.add(cs);
        Code code = new Code();
        code.name = "<comprehension>";
        cs.code = code;
        List<Expr> targets = new ArrayList<>();
        List<Expr> iters = new ArrayList<>();
        List<Expr[]> conds = new ArrayList<>();
        boolean first = true;
        scope = cs;
        while (accept("for")) {
            targets.add(targetList());
            expect("in");
            if (first) {
                scope = outer;
                iters.add(orTest());
                scope = cs;
                first = false;
            } else {
                iters.add(orTest());
            }
            List<Expr> cl = new ArrayList<>();
            while (accept("if")) cl.add(orTestNoCond());
            conds.add(cl.toArray(new Expr[0]));
        }
        scope = outer;
        Expr.Comprehension c = new Expr.Comprehension(kind, elt, value, targets.toArray(new Expr[0]),
                iters.toArray(new Expr[0]), conds.toArray(new Expr[0][]), t.line, t.col);
        c.code = code;
        return c;
    }

    private Expr orTestNoCond() {
        if (at("lambda")) return lambda();
        return orTest();
    }

    // ---- strings ------------------------------------------------------------------------

    private Expr strings() {
        Token first = peek();
        List<Object> parts = new ArrayList<>();
        boolean anyF = false;
        StringBuilder lit = new StringBuilder();
        while (peek().kind == Token.STRING || peek().kind == Token.FSTRING) {
            Token t = next();
            if (t.kind == Token.STRING) {
                lit.append(t.text);
            } else {
                anyF = true;
                List<Object> fp = fstring(t.text, t.raw, t);
                for (Object o : fp) {
                    if (o instanceof String) lit.append((String) o);
                    else {
                        if (lit.length() > 0) {
                            parts.add(lit.toString());
                            lit.setLength(0);
                        }
                        parts.add(o);
                    }
                }
            }
        }
        if (!anyF) return new Expr.Const(lit.toString(), first.line, first.col);
        if (lit.length() > 0) parts.add(lit.toString());
        return new Expr.FString(parts.toArray(), first.line, first.col);
    }

    /** Splits an f-string body into literal text and {@link Expr.Field}s. */
    private List<Object> fstring(String body, boolean raw, Token t) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0, n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '{') {
                if (i + 1 < n && body.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(raw ? lit.toString() : Lexer.unescape(lit.toString(), t.line, t.col));
                    lit.setLength(0);
                }
                i = field(body, i + 1, raw, t, parts);
                continue;
            }
            if (c == '}') {
                if (i + 1 < n && body.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                throw error(t, "f-string: single '}' is not allowed");
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0) parts.add(raw ? lit.toString() : Lexer.unescape(lit.toString(), t.line, t.col));
        return parts;
    }

    /** Parses one replacement field starting after '{'; returns the index after its '}'. */
    private int field(String body, int start, boolean raw, Token t, List<Object> parts) {
        int n = body.length();
        int depth = 0;
        int i = start;
        char quote = 0;
        int exprEnd = -1;
        boolean selfDoc = false;
        for (; i < n; i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '\'' || c == '"') quote = c;
            else if (c == '(' || c == '[' || c == '{') depth++;
            else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
            else if (depth == 0) {
                if (c == '}' || c == ':') break;
                if (c == '!' && i + 1 < n && body.charAt(i + 1) != '=') break;
                if (c == '=' && i + 1 < n && "=".indexOf(body.charAt(i + 1)) < 0 && i > start
                        && "=!<>".indexOf(body.charAt(i - 1)) < 0) {
                    int k = i + 1;
                    while (k < n && body.charAt(k) == ' ') k++;
                    if (k < n && (body.charAt(k) == '}' || body.charAt(k) == '!' || body.charAt(k) == ':')) {
                        selfDoc = true;
                        exprEnd = i;
                        i = k;
                        break;
                    }
                }
            }
        }
        if (i >= n) throw error(t, "f-string: expecting '}'");
        if (exprEnd < 0) exprEnd = i;
        String exprText = body.substring(start, exprEnd);
        if (exprText.trim().isEmpty()) throw error(t, "f-string: empty expression not allowed");
        Expr e = subExpression(exprText, t);
        char conv = 0;
        if (selfDoc) {
            parts.add(body.substring(start, i));
            conv = 'r';
        }
        if (body.charAt(i) == '!') {
            if (i + 1 >= n) throw error(t, "f-string: expecting '}'");
            conv = body.charAt(i + 1);
            if (conv != 'r' && conv != 's' && conv != 'a') {
                throw error(t, "f-string: invalid conversion character '" + conv + "': expected 's', 'r', or 'a'");
            }
            if (conv == 'a') conv = 'r';
            i += 2;
        }
        Expr spec = null;
        if (i < n && body.charAt(i) == ':') {
            int s = ++i;
            int d = 0;
            for (; i < n; i++) {
                char c = body.charAt(i);
                if (c == '{') d++;
                else if (c == '}') {
                    if (d == 0) break;
                    d--;
                }
            }
            if (i >= n) throw error(t, "f-string: expecting '}'");
            List<Object> sp = fstring(body.substring(s, i), raw, t);
            if (selfDoc && conv == 'r') conv = 0;
            if (sp.isEmpty()) spec = null;
            else if (sp.size() == 1 && sp.get(0) instanceof String) spec = new Expr.Const(sp.get(0), t.line, t.col);
            else spec = new Expr.FString(sp.toArray(), t.line, t.col);
        }
        if (i >= n || body.charAt(i) != '}') throw error(t, "f-string: expecting '}'");
        parts.add(new Expr.Field(e, conv, spec));
        return i + 1;
    }

    private Expr subExpression(String text, Token t) {
        List<Token> sub = new Lexer("(" + text.replace('\n', ' ') + ")", t.line - 1, false).tokenize();
        List<Token> savedToks = toks;
        int savedP = p;
        toks = sub;
        p = 0;
        try {
            Expr e = testListStar();
            if (peek().kind != Token.NEWLINE && peek().kind != Token.EOF) throw error(peek(), "f-string: invalid syntax");
            return e;
        } finally {
            toks = savedToks;
            p = savedP;
        }
    }
}
