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
    Scope scope;

    int slotOfKwonly(int i) { return params.length + (varargSlot >= 0 ? 1 : 0) + i; }
}
