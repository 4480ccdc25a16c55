package slope.lang;

/** Rich comparisons; {@link #swapped()} is the operator tried on the right operand ({@code a < b} as {@code b > a}). */
public enum CmpOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;

    CmpOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public CmpOp swapped() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    boolean test(int c) {
        switch (this) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }
}
