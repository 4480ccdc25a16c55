package slope.lang;

/** The compiled form of a def or lambda: parameters, slot layout and body. */
final class Code {
    String name;
    String qualname;
    /** Positional-or-keyword parameters, in slots 0..n-1. */
    String[] params = new String[0];
    String[] kwonly = new String[0];
    int varargSlot = -1;
    int kwargSlot = -1;
    int nslots;
    Stmt body;
    boolean isGenerator;
    Expr lambdaBody;
    /**
     * A def body the lexer left as source ({@link Token#SKIMMED_BODY}), with the function's scope and the list its
     * tree's caching nodes go to, until {@link Parser#parseSkimmedBody} parses it on the first call.
     */
    Token skimmed;
    Scope scope;
    java.util.List<Expr.Caching> caching;

    int slotOfKwonly(int i) { return params.length + (varargSlot >= 0 ? 1 : 0) + i; }
}
