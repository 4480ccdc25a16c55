package slope.lang;

/** Python's binary operators, with the dunder names used for user classes. */
public enum BinOp {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), TRUEDIV("/", "truediv"), FLOORDIV("//", "floordiv"),
    MOD("%", "mod"), POW("**", "pow"), MATMUL("@", "matmul"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"),
    AND("&", "and"), OR("|", "or"), XOR("^", "xor");

    public final String symbol;
    /** {@code __add__}, {@code __radd__}, {@code __iadd__}. */
    public final String dunder, rdunder, idunder;

    BinOp(String symbol, String name) {
        this.symbol = symbol;
        this.dunder = "__" + name + "__";
        this.rdunder = "__r" + name + "__";
        this.idunder = "__i" + name + "__";
    }

    static BinOp fromSymbol(String s) {
        for (BinOp op : values()) if (op.symbol.equals(s)) return op;
        return null;
    }
}
