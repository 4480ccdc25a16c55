package slope.lang;

/** Unary operators; ABS is the {@code abs()} builtin. */
public enum UnaryOp {
    NEG("-", "__neg__"), POS("+", "__pos__"), INVERT("~", "__invert__"), ABS("abs()", "__abs__");

    public final String symbol;
    public final String dunder;

    UnaryOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }
}
