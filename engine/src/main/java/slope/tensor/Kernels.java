package slope.tensor;

/**
 * The CPU kernels: every loop over tensor elements lives here. Ops above this class decide
 * shapes, dtypes and gradients; this class only computes values, rounding each result to its
 * dtype so float32 tensors hold exactly what PyTorch's float32 kernels produce.
 */
public final class Kernels {
    private Kernels() {}

    private static final double LN2 = 0.6931471805599453;

    public enum UnaryOp {
        NEG, EXP, LOG, SQRT, SIN, COS, TAN, TANH, SIGMOID, RELU, ABS, SIGN, RECIPROCAL, FLOOR, CEIL, ROUND,
        LOGICAL_NOT, LOG1P, EXPM1, LOG10, LOG2, RSQRT, ERF, TRUNC, ASIN, ACOS, ATAN, SINH, COSH, ASINH, ACOSH, ATANH,
        EXP2, ERFC, FRAC, SIGNBIT, IDENTITY;

        double apply(double x, DType dt) {
            switch (this) {
                case NEG: return -1.0 * x; // TeaVM's wasm drops the sign of -(0.0)
                case EXP: return Math.exp(x);
                case LOG: return Math.log(x);
                case SQRT: return Math.sqrt(x);
                case SIN: return Math.sin(x);
                case COS: return Math.cos(x);
                case TAN: return Math.tan(x);
                case TANH: return FloatMath.tanh(x); // FloatMath: TeaVM's wasm gets tanh, sinh and log10 wrong (tanh(1e-30) is 0)
                case SIGMOID: {
                    // PyTorch: 1 / (1 + exp(-x)), each step in the tensor's dtype
                    double e = dt.round(Math.exp(-x));
                    return 1 / dt.round(1 + e);
                }
                case RELU: return relu(x);
                case ABS: return Math.abs(x);
                case SIGN: return x > 0 ? 1 : x < 0 ? -1 : (x != x ? x : 0);
                case RECIPROCAL: return 1 / x;
                case FLOOR: return Math.floor(x);
                case CEIL: return Math.ceil(x);
                case ROUND: return FloatMath.rint(x);
                case LOGICAL_NOT: return x == 0 ? 1 : 0;
                // ATen's vml sends these to SLEEF at every size (MKL's are disabled in vml.h)
                case LOG1P: return dt == DType.FLOAT32 ? SleefFloat.log1pf((float) x) : FloatMath.log1p(x);
                case EXPM1: return dt == DType.FLOAT32 ? SleefFloat.expm1f((float) x) : FloatMath.expm1(x);
                case LOG10: return FloatMath.log10(x);
                case LOG2: return Math.log(x) / LN2;
                case RSQRT: return 1 / dt.round(Math.sqrt(x)); // two roundings, as 1 / sqrt(x) in the dtype
                case ERF: return Erf.erf(x);
                case TRUNC: return x < 0 ? Math.ceil(x) : Math.floor(x);
                case ASIN: return Math.asin(x);
                case ACOS: return Math.acos(x);
                case ATAN: return Math.atan(x);
                case SINH: return FloatMath.sinh(x);
                case COSH: return FloatMath.cosh(x);
                case ASINH: return FloatMath.asinh(x);
                case ACOSH: return FloatMath.acosh(x);
                case ATANH: return FloatMath.atanh(x);
                case EXP2: return Math.pow(2, x);
                case ERFC: return Erf.erfc(x);
                case FRAC: return x - TRUNC.apply(x, dt); // exact in the dtype
                // the sign bit, not x < 0: -0.0 and a negative NaN count too
                case SIGNBIT: return Double.doubleToRawLongBits(x) < 0 ? 1 : 0;
                default: return x;
            }
        }
    }

    public enum BinaryOp {
        ADD, SUB, MUL, DIV, POW, MAXIMUM, MINIMUM, FLOOR_DIV, REMAINDER, ATAN2, FMOD, HYPOT, XLOGY, LOGADDEXP,
        RELU_BACKWARD,
        GT, GE, LT, LE, EQ, NE, AND, OR, XOR;

        double apply(double a, double b) {
            switch (this) {
                case ADD: return a + b;
                case SUB: return a - b;
                case MUL: return a * b;
                case DIV: return a / b;
                case POW: return pow(a, b);
                case MAXIMUM: return a != a || b != b ? Double.NaN : Math.max(a, b);
                case MINIMUM: return a != a || b != b ? Double.NaN : Math.min(a, b);
                case FLOOR_DIV: return Math.floor(a / b);
                case REMAINDER: {
                    double r = a % b;
                    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
                }
                case ATAN2: return Math.atan2(a, b);
                case FMOD: return a % b; // C's fmod: the sign of a, exact
                case HYPOT: return FloatMath.hypot(a, b);
                case XLOGY: return b != b ? Double.NaN : a == 0 ? 0 : a * Math.log(b); // ATen: 0 where x is 0, NaN for NaN y
                case LOGADDEXP: { // ATen's CPU kernel: the larger plus log1p of the exp of minus the gap
                    if (Double.isInfinite(a) && a == b) return a;
                    return Math.max(a, b) + FloatMath.log1p(Math.exp(-Math.abs(a - b)));
                }
                case RELU_BACKWARD: return reluBackward(a, b);
                case GT: return a > b ? 1 : 0;
                case GE: return a >= b ? 1 : 0;
                case LT: return a < b ? 1 : 0;
                case LE: return a <= b ? 1 : 0;
                case EQ: return a == b ? 1 : 0;
                case NE: return a != b ? 1 : 0;
                case AND: return a != 0 && b != 0 ? 1 : 0;
                case OR: return a != 0 || b != 0 ? 1 : 0;
                default: return (a != 0) != (b != 0) ? 1 : 0;
            }
        }

        public boolean comparison() { return ordinal() >= GT.ordinal(); }
    }

    /** PyTorch special-cases small exponents (x*x, x*x*x, sqrt, reciprocal) in its pow kernel. */
    static double pow(double a, double b) {
        if (b == 2) return a * a;
        if (b == 1) return a;
        if (b == 0.5) return Math.sqrt(a);
        if (b == -1) return 1 / a;
        return Math.pow(a, b);
    }

    // ---- elementwise ----

    /**
     * {@code a ** exponent} for a floating dtype as ATen's pow_tensor_scalar kernel: sqrt, rsqrt and
     * reciprocal for 0.5, -0.5 and -1; products rounded step by step for 2, 3 and -2; otherwise pow.
     * That kernel runs with AVX-512: blocks of 32 elements go through the vector path, SLEEF's powf with
     * the exponent rounded to float, the last {@code n % 32} through the scalar path, std::pow(float,
     * double) with the exponent kept in double.
     */
    static final int POW_BLOCK = 32;
    /** ATen's sigmoid vector path: blocks of 2 x 16 float lanes (see {@link #unary}). */
    public static final int SIGMOID_BLOCK = 32;

    /**
     * Where ATen's cpu_kernel_vec leaves its vector path: after whole blocks of {@code block} elements when
     * the input is laid out densely (TensorIterator then walks it as one run), at 0 when it is strided
     * (basic_loop, the scalar op, for every element). Runs over 32768 elements are split by threads in
     * ATen, each with its own tail; that is not followed.
     */
    public static int vectorEnd(Tensor a, int block) {
        int n = a.numel();
        return dense(a) ? n - n % block : 0;
    }

    /** Whether some order of the dims makes {@code a} contiguous (no gaps, no overlap). */
    static boolean dense(Tensor a) {
        if (a.isContiguous()) return true;
        int r = a.shape.length;
        boolean[] used = new boolean[r];
        long expected = 1;
        for (int k = 0; k < r; k++) {
            int pick = -1;
            for (int d = 0; d < r; d++) {
                if (used[d]) continue;
                if (a.shape[d] == 1 || a.strides[d] == expected) {
                    pick = d;
                    break;
                }
            }
            if (pick < 0) return false;
            used[pick] = true;
            expected *= a.shape[pick];
        }
        return true;
    }

    public static Tensor powScalar(Tensor a, double e, DType dt) {
        Tensor lazy = Lazy.pow(a, e, dt);
        if (lazy != null) return lazy;
        double[] x = a.values();
        double[] y = Storage.allocate(x.length).data();
        pow(x, 0, y, 0, 0, x.length, e, a.dtype, dt, vectorEnd(a, POW_BLOCK));
        return new Tensor(y, a.shape, dt);
    }

    /**
     * The elements {@code i} in [from, to) of {@code a ** e}: reads {@code x[i + dx]}, writes {@code y[i + dy]}.
     * The index is the element's own in the whole result, because SLEEF's vector path ends at {@code vectorEnd}.
     */
    static void pow(double[] x, int dx, double[] y, int dy, int from, int to, double e, DType in, DType dt, int vectorEnd) {
        if (dt == DType.FLOAT32 && in == dt && (e == 2 || e == 3)) {
            // the common squares and cubes of float32 values in loops of their own, rounded as written
            if (e == 2) for (int i = from; i < to; i++) y[i + dy] = (float) (x[i + dx] * x[i + dx]);
            else for (int i = from; i < to; i++) y[i + dy] = (float) ((float) (x[i + dx] * x[i + dx]) * x[i + dx]);
            return;
        }
        double vectorExponent = dt.round(e);
        for (int i = from; i < to; i++) {
            double v = dt.round(x[i + dx]), r;
            if (e == 2) r = v * v;
            else if (e == 3) r = dt.round(v * v) * v;
            else if (e == -2) r = 1 / dt.round(v * v);
            else if (e == 0.5) r = Math.sqrt(v);
            else if (e == -0.5) r = 1 / dt.round(Math.sqrt(v));
            else if (e == -1) r = 1 / v;
            else if (i >= vectorEnd) r = Math.pow(v, e);
            else if (dt == DType.FLOAT32) r = SleefFloat.powf((float) v, (float) e);
            else r = Math.pow(v, vectorExponent);
            y[i + dy] = dt.round(r);
        }
    }

    public static Tensor unary(UnaryOp op, Tensor a, DType out) {
        Tensor lazy = Lazy.unary(op, a, out);
        if (lazy != null) return lazy;
        double[] x = a.values();
        int n = a.numel();
        double[] y = Storage.allocate(n).data();
        unary(op, x, 0, y, 0, 0, n, a.dtype, out, vectorEnd(a, SIGMOID_BLOCK));
        return new Tensor(y, a.shape, out);
    }

    /** The elements {@code i} in [from, to) of {@code op(x)}, indexed as in {@link #pow}. */
    static void unary(UnaryOp op, double[] x, int dx, double[] y, int dy, int from, int to, DType in, DType out, int vectorEnd) {
        int i = from;
        if (op == UnaryOp.SIGMOID && out == DType.FLOAT32) {
            // ATen's vector path, blocks of 2 x 16 lanes: 1 / (1 + exp(0 - x)) with SLEEF's expf
            for (int end = Math.min(vectorEnd, to); i < end; i++) {
                y[i + dy] = 1 / (1 + SleefFloat.expf(0 - (float) x[i + dx]));
            }
        }
        switch (op) {
            case EXP: for (; i < to; i++) y[i + dy] = Math.exp(x[i + dx]); break;
            case LOG: for (; i < to; i++) y[i + dy] = Math.log(x[i + dx]); break;
            case SQRT: for (; i < to; i++) y[i + dy] = Math.sqrt(x[i + dx]); break;
            case IDENTITY: System.arraycopy(x, i + dx, y, i + dy, to - i); break;
            // the common cheap ops in loops of their own (no per-element dispatch; it costs most in wasm)
            case NEG: for (; i < to; i++) y[i + dy] = -1.0 * x[i + dx]; break;
            case RELU: for (; i < to; i++) y[i + dy] = relu(x[i + dx]); break;
            case ABS: for (; i < to; i++) y[i + dy] = Math.abs(x[i + dx]); break;
            default: for (; i < to; i++) y[i + dy] = op.apply(x[i + dx], out);
        }
        // negating, clamping or taking |x| of a value already in the dtype leaves it in the dtype
        boolean exact = in == out && (op == UnaryOp.NEG || op == UnaryOp.RELU || op == UnaryOp.ABS);
        if (!exact) round(y, from + dy, to + dy, out);
    }

    /** Rounds results to their dtype in one tight pass, apart from the arithmetic loops. */
    static void round(double[] y, int from, int to, DType dt) {
        switch (dt) {
            case FLOAT32: for (int i = from; i < to; i++) y[i] = (float) y[i]; break;
            case FLOAT64: break;
            default: for (int i = from; i < to; i++) y[i] = dt.round(y[i]);
        }
    }

    /**
     * {@code op(a, b)} with broadcasting. Operands are first rounded to {@code compute} (a Python
     * float meeting a float32 tensor becomes a float32), then the result is rounded to {@code out}.
     */
    public static Tensor binary(BinaryOp op, Tensor a, Tensor b, DType compute, DType out) {
        Tensor lazy = Lazy.binary(op, a, b, compute, out);
        if (lazy != null) return lazy;
        int[] shape = Shape.broadcast(a.shape, b.shape);
        double[] y = Storage.allocate(Shape.numel(shape)).data();
        binaryTo(op, a, b, compute, out, shape, y);
        return new Tensor(y, shape, out);
    }

    /** {@code op(a, b)} broadcast to {@code shape}, written row-major into {@code y} and rounded to {@code out}. */
    private static void binaryTo(BinaryOp op, Tensor a, Tensor b, DType compute, DType out, int[] shape, double[] y) {
        int n = Shape.numel(shape);
        a = inDType(a, compute);
        b = inDType(b, compute);
        int[] sa = broadcastStrides(a, shape), sb = broadcastStrides(b, shape);
        int rank = shape.length;
        // float32 results are rounded inside the arithmetic loops (one pass over memory, not two)
        boolean f32 = out == DType.FLOAT32;
        if (rank == 0 || n == 0) {
            if (n == 1) y[0] = op.apply(a.storage.valueAt(a.offset), b.storage.valueAt(b.offset));
            f32 = false;
        } else if (isDense(a, n) && isDense(b, n)) {
            row(op, a.storage.data(), a.offset, 1, b.storage.data(), b.offset, 1, y, 0, n, f32);
        } else if (isDense(a, n) && allZero(sb)) {
            row(op, a.storage.data(), a.offset, 1, b.storage.data(), b.offset, 0, y, 0, n, f32);
        } else if (allZero(sa) && isDense(b, n)) {
            row(op, a.storage.data(), a.offset, 0, b.storage.data(), b.offset, 1, y, 0, n, f32);
        } else if (allZero(sa) && allZero(sb)) {
            // both broadcast from one value (the backward of sum and mean): compute it once
            double v = op.apply(a.storage.valueAt(a.offset), b.storage.valueAt(b.offset));
            java.util.Arrays.fill(y, 0, n, f32 ? (float) v : v);
        } else {
            // one row of the innermost dim at a time
            int last = rank - 1, len = shape[last];
            StridedWalk w = StridedWalk.rows(shape, sa, a.offset, sb, b.offset);
            int q = 0;
            do {
                row(op, a.storage.data(), w.a, sa[last], b.storage.data(), w.b, sb[last], y, q, len, f32);
                q += len;
            } while (w.advance());
        }
        if (!f32) round(y, 0, n, out);
    }

    /**
     * {@code y[q..q+n) = op(x1[p1 + i*s1], x2[p2 + i*s2])}, rounded to float32 when {@code f32}. The common
     * ops get loops the JIT can vectorize for the dense and scalar-operand cases; the rest go element by element.
     */
    static void row(BinaryOp op, double[] x1, int p1, int s1, double[] x2, int p2, int s2, double[] y, int q, int n,
                    boolean f32) {
        if (f32 && rowF32(op, x1, p1, s1, x2, p2, s2, y, q, n)) return;
        row(op, x1, p1, s1, x2, p2, s2, y, q, n);
        if (f32) for (int i = q; i < q + n; i++) y[i] = (float) y[i];
    }

    /** The float32 loops of {@link #row}: each result rounded as it is written; false for the ops without one. */
    private static boolean rowF32(BinaryOp op, double[] x1, int p1, int s1, double[] x2, int p2, int s2, double[] y, int q, int n) {
        if (s1 == 1 && s2 == 1) {
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] + x2[p2 + i]); return true;
                case SUB: for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] - x2[p2 + i]); return true;
                case MUL: for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] * x2[p2 + i]); return true;
                case DIV: for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] / x2[p2 + i]); return true;
                case RELU_BACKWARD: reluBackward(x1, p1, x2, p2, y, q, n); return true; // the gradient's own values
                default: return false;
            }
        } else if (s1 == 1 && s2 == 0) {
            double c = x2[p2];
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] + c); return true;
                case SUB: for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] - c); return true;
                case MUL: for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] * c); return true;
                case DIV: for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] / c); return true;
                case POW:
                    if (c == 2) {
                        for (int i = 0; i < n; i++) y[q + i] = (float) (x1[p1 + i] * x1[p1 + i]);
                        return true;
                    }
                    return false;
                default: return false;
            }
        } else if (s1 == 0 && s2 == 1) {
            double c = x1[p1];
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) y[q + i] = (float) (c + x2[p2 + i]); return true;
                case SUB: for (int i = 0; i < n; i++) y[q + i] = (float) (c - x2[p2 + i]); return true;
                case MUL: for (int i = 0; i < n; i++) y[q + i] = (float) (c * x2[p2 + i]); return true;
                case DIV: for (int i = 0; i < n; i++) y[q + i] = (float) (c / x2[p2 + i]); return true;
                default: return false;
            }
        }
        return false;
    }

    /**
     * max(v, 0), NaN kept: a negative value's sign bit clears all of it, with no branch on the sign, which random
     * data mispredicts (-0.0 gives 0.0).
     */
    static double relu(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return v != v ? v : Double.longBitsToDouble(bits & ~(bits >> 63));
    }

    /**
     * ATen's {@code threshold_backward(g, r, 0)}, relu's gradient: {@code r <= 0 ? 0 : g}, so NaN passes. Without a
     * branch on the sign, which random data mispredicts: g's bits are kept under a mask that is all ones where r is
     * positive or NaN, else cleared to 0.
     */
    public static double reluBackward(double g, double r) {
        long bits = Double.doubleToRawLongBits(r);
        long keep = r != r ? -1 : (-bits & ~bits) >> 63; // -1 exactly where bits > 0, that is where r > 0
        return Double.longBitsToDouble(Double.doubleToRawLongBits(g) & keep);
    }

    /** {@link #reluBackward} of dense rows. */
    private static void reluBackward(double[] g, int pg, double[] r, int pr, double[] y, int q, int n) {
        for (int i = 0; i < n; i++) y[q + i] = reluBackward(g[pg + i], r[pr + i]);
    }

    private static void row(BinaryOp op, double[] x1, int p1, int s1, double[] x2, int p2, int s2, double[] y, int q, int n) {
        if (s1 == 1 && s2 == 1) {
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] + x2[p2 + i]; return;
                case SUB: for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] - x2[p2 + i]; return;
                case MUL: for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] * x2[p2 + i]; return;
                case DIV: for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] / x2[p2 + i]; return;
                case RELU_BACKWARD: reluBackward(x1, p1, x2, p2, y, q, n); return;
                default: break;
            }
        } else if (s1 == 1 && s2 == 0) {
            double c = x2[p2];
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] + c; return;
                case SUB: for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] - c; return;
                case MUL: for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] * c; return;
                case DIV: for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] / c; return;
                case POW:
                    if (c == 2) {
                        for (int i = 0; i < n; i++) y[q + i] = x1[p1 + i] * x1[p1 + i];
                        return;
                    }
                    if (c == 1) {
                        System.arraycopy(x1, p1, y, q, n);
                        return;
                    }
                    break;
                default: break;
            }
        } else if (s1 == 0 && s2 == 1) {
            double c = x1[p1];
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) y[q + i] = c + x2[p2 + i]; return;
                case SUB: for (int i = 0; i < n; i++) y[q + i] = c - x2[p2 + i]; return;
                case MUL: for (int i = 0; i < n; i++) y[q + i] = c * x2[p2 + i]; return;
                case DIV: for (int i = 0; i < n; i++) y[q + i] = c / x2[p2 + i]; return;
                default: break;
            }
        }
        for (int i = 0; i < n; i++) y[q + i] = op.apply(x1[p1 + i * s1], x2[p2 + i * s2]);
    }

    /** The tensor's values as {@code dt} holds them: a Python float meeting float32 is rounded first. */
    private static Tensor inDType(Tensor t, DType dt) {
        if (t.dtype == dt || dt == DType.FLOAT64) return t; // float64 holds every value of the others exactly
        if (t.dim() == 0) return Tensor.ofValue(dt.round(t.storage.valueAt(t.offset)), dt);
        double[] v = t.values().clone();
        round(v, 0, v.length, dt);
        return new Tensor(v, t.shape, dt);
    }

    private static boolean isDense(Tensor t, int n) {
        return t.numel() == n && t.isContiguous();
    }

    private static boolean allZero(int[] strides) {
        for (int s : strides) if (s != 0) return false;
        return true;
    }

    /**
     * ATen's tanh_backward: {@code g * (1 - y * y)}. GCC compiles ATen's kernel with FMA contraction, so in
     * float32 {@code 1 - y * y} is one fused multiply-add.
     */
    public static Tensor tanhBackward(Tensor g, Tensor y, DType out) {
        int[] shape = Shape.broadcast(g.shape, y.shape);
        double[] a = expand(g, shape), b = expand(y, shape);
        double[] r = Storage.allocate(a.length).data();
        for (int i = 0; i < r.length; i++) r[i] = tanhBackward(a[i], b[i], out);
        return new Tensor(r, shape, out);
    }

    /** One element of {@link #tanhBackward(Tensor, Tensor, DType)}: {@code g * (1 - y * y)}, in float32 with one fma. */
    public static double tanhBackward(double g, double y, DType out) {
        double ga = out.round(g), yb = out.round(y);
        double d = out == DType.FLOAT32 ? FloatMath.fma((float) (-1.0 * yb), (float) yb, 1f) : 1 - yb * yb;
        return out.round(ga * d);
    }

    /**
     * {@code g * (x * 2)}, the gradient of {@code x ** 2} as PyTorch's pow_backward computes it (x.pow(1) is x,
     * times 2, times g), in one loop instead of two; null unless the tensors are large and dense (or g one
     * value), when the two ops are left to run.
     */
    public static Tensor squareBackward(Tensor g, Tensor x) {
        return Lazy.squareBackward(g, x);
    }

    /**
     * {@code y[q..q+n) = g * (x * 2)}, each product rounded to float32 when {@code f32}; g read with stride 0 or 1.
     * The float32 loops here compute in float arithmetic: a float op on floats is the double op rounded to float
     * (double has more than twice float's precision), with one conversion each way instead of one per step.
     */
    static void squareBackward(double[] g, int pg, int sg, double[] x, int px, double[] y, int q, int n, boolean f32) {
        if (f32 && sg == 0) {
            float c = (float) g[pg];
            for (int i = 0; i < n; i++) y[q + i] = c * ((float) x[px + i] * 2);
        } else if (f32) {
            for (int i = 0; i < n; i++) y[q + i] = (float) g[pg + i] * ((float) x[px + i] * 2);
        } else {
            for (int i = 0; i < n; i++) y[q + i] = g[pg + i * sg] * (x[px + i] * 2);
        }
    }

    /**
     * {@code y[q..q+n) = g * (x * 2) + c} in float32 arithmetic, each step rounded: a square's gradient and a constant added to
     * it, as autograd adds a polynomial's terms' gradients. {@code g * (x * 2) - c} is {@code + (-c)}, which rounds the same.
     */
    static void squareBackwardThen(double[] x, int px, double g, double c, double[] y, int q, int n) {
        float gf = (float) g, cf = (float) c;
        for (int i = 0; i < n; i++) y[q + i] = gf * ((float) x[px + i] * 2) + cf;
    }

    /**
     * {@code y[q..q+n) = x * c + s}, or {@code x * c - s} when {@code subtract}: s read with stride 0 or 1, the
     * product and the sum each rounded to float32 when {@code f32}. A constant s is subtracted as {@code + (-s)},
     * which rounds the same.
     */
    static void affine(double[] x, int px, double c, double[] s, int ps, int ss, boolean subtract, double[] y, int q, int n,
                       boolean f32) {
        float cf = (float) c;
        if (ss == 0) {
            double shift = subtract ? -s[ps] : s[ps];
            float shiftF = (float) shift;
            if (f32) for (int i = 0; i < n; i++) y[q + i] = (float) x[px + i] * cf + shiftF;
            else for (int i = 0; i < n; i++) y[q + i] = x[px + i] * c + shift;
        } else if (f32 && subtract) {
            for (int i = 0; i < n; i++) y[q + i] = (float) x[px + i] * cf - (float) s[ps + i];
        } else if (f32) {
            for (int i = 0; i < n; i++) y[q + i] = (float) x[px + i] * cf + (float) s[ps + i];
        } else if (subtract) {
            for (int i = 0; i < n; i++) y[q + i] = x[px + i] * c - s[ps + i];
        } else {
            for (int i = 0; i < n; i++) y[q + i] = x[px + i] * c + s[ps + i];
        }
    }

    /**
     * {@code y[q..q+n) = x * c + z * z}, or {@code - z * z} when {@code subtract}, in float32 arithmetic, each step rounded:
     * a polynomial's {@code x ** 2 + b * x} in one loop.
     */
    static void affineSquare(double[] x, int px, double c, double[] z, int pz, boolean subtract, double[] y, int q, int n) {
        float cf = (float) c, sign = subtract ? -1 : 1;
        for (int i = 0; i < n; i++) {
            float zi = (float) z[pz + i];
            y[q + i] = (float) x[px + i] * cf + sign * (zi * zi);
        }
    }

    /**
     * {@code y[q..q+n) = (x * c1 + c2) + s}, or {@code - s} when {@code subtract}, in float32: each of the three
     * steps rounded; s read with stride 0 or 1.
     */
    static void affineThen(double[] x, int px, double c1, double c2, double[] s, int ps, int ss, boolean subtract, double[] y,
                           int q, int n) {
        float c1f = (float) c1, c2f = (float) c2;
        if (ss == 0) {
            float shift = (float) (subtract ? -s[ps] : s[ps]);
            for (int i = 0; i < n; i++) y[q + i] = (float) x[px + i] * c1f + c2f + shift;
        } else if (subtract) {
            for (int i = 0; i < n; i++) y[q + i] = (float) x[px + i] * c1f + c2f - (float) s[ps + i];
        } else {
            for (int i = 0; i < n; i++) y[q + i] = (float) x[px + i] * c1f + c2f + (float) s[ps + i];
        }
    }

    /** {@code dst = op(a, b)} written through dst's strides: the in-place ops ({@code x -= y}, {@code .grad += g}). */
    public static void binaryInto(BinaryOp op, Tensor dst, Tensor a, Tensor b) {
        int n = dst.numel();
        if (dst.offset == 0 && dst.storage.data().length == n && dst.isContiguous() && sameOrApart(a, dst) && sameOrApart(b, dst)
                && java.util.Arrays.equals(Shape.broadcast(a.shape, b.shape), dst.shape)) {
            // each result lands where its own operands were read: write into dst directly, no temporary.
            // Operands are computed first: a pending one that reads dst then needs no copy of it.
            a.storage.data();
            b.storage.data();
            binaryTo(op, a, b, dst.dtype, dst.dtype, dst.shape, dst.forWrite());
            return;
        }
        Tensor result = binary(op, a, b, dst.dtype, dst.dtype);
        copyInto(dst, result);
    }

    /** Whether {@code t} is {@code dst}'s very layout or lies in other memory. */
    private static boolean sameOrApart(Tensor t, Tensor dst) {
        return t.storage != dst.storage
                || (t.offset == dst.offset && java.util.Arrays.equals(t.shape, dst.shape) && java.util.Arrays.equals(t.strides, dst.strides));
    }

    /** {@code dst.copy_(src)}: src broadcast to dst's shape, rounded to dst's dtype. */
    public static void copyInto(Tensor dst, Tensor src) {
        int[] shape = dst.shape;
        int n = dst.numel();
        int[] ss = broadcastStrides(src, shape);
        int[] ds = dst.strides;
        int ps = src.offset, pd = dst.offset;
        double[] x = src.storage.data(), y = dst.forWrite(); // src first, as in binaryInto
        DType dt = dst.dtype;
        boolean round = src.dtype != dt;
        if (src.storage == dst.storage) x = x.clone(); // overlapping views read the old values
        if (n == 0) return;
        int rank = shape.length;
        if (rank == 0) {
            y[pd] = round ? dt.round(x[ps]) : x[ps];
            return;
        }
        // one row of the innermost dim at a time
        int last = rank - 1, len = shape[last], s1 = ss[last], d1 = ds[last];
        StridedWalk w = StridedWalk.rows(shape, ss, ps, ds, pd);
        do {
            int from = w.a, to = w.b;
            if (round) {
                for (int i = 0; i < len; i++) y[to + i * d1] = dt.round(x[from + i * s1]);
            } else if (s1 == 1 && d1 == 1) {
                System.arraycopy(x, from, y, to, len);
            } else {
                for (int i = 0; i < len; i++) y[to + i * d1] = x[from + i * s1];
            }
        } while (w.advance());
    }

    /**
     * Writes row-major {@code values}, already in t's dtype, into t as an in-place op does, bumping its
     * version; nothing to copy when they are t's own storage as {@link #writable} gave it, updated where it lies.
     */
    public static void store(Tensor t, double[] values) {
        if (values != t.storage.data()) copyInto(t, new Tensor(values, t.shape, t.dtype));
    }

    /**
     * {@code t}'s values to change in place and then hand to {@link #store}: its storage's own array when
     * {@code t} is all of it (taken for writing: the version is bumped, and pending readers keep the old
     * values), else a copy.
     */
    public static double[] writable(Tensor t) {
        if (t.offset == 0 && t.isContiguous() && t.storage.data().length == t.numel()) return t.forWrite();
        return gather(t);
    }

    /** {@code where(cond, a, b)} with broadcasting over all three. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b, DType out) {
        int[] shape = Shape.broadcast(Shape.broadcast(cond.shape, a.shape), b.shape);
        double[] c = inShape(cond, shape), x = inShape(a, shape), z = inShape(b, shape);
        double[] y = Storage.allocate(c.length).data();
        if (a.dtype == out && b.dtype == out) {
            for (int i = 0; i < y.length; i++) y[i] = c[i] != 0 ? x[i] : z[i]; // already in the dtype
        } else {
            for (int i = 0; i < y.length; i++) y[i] = out.round(c[i] != 0 ? x[i] : z[i]);
        }
        return new Tensor(y, shape, out);
    }

    /** The values of {@code t} broadcast to {@code shape}, row-major: t's own array when it already is that. */
    private static double[] inShape(Tensor t, int[] shape) {
        return java.util.Arrays.equals(t.shape, shape) ? t.values() : expand(t, shape);
    }

    /** The values of {@code t} broadcast to {@code shape}, in row-major order. */
    static double[] expand(Tensor t, int[] shape) {
        int[] st = broadcastStrides(t, shape);
        Tensor view = new Tensor(t.storage, shape, st, t.offset, t.dtype);
        return gather(view);
    }

    /** Row-major copy of a strided view. */
    public static double[] gather(Tensor t) {
        double[] y = Storage.allocate(t.numel()).data();
        // a contiguous view is one run of its storage (the first .grad of a leaf, a slice of rows)
        if (t.isContiguous()) System.arraycopy(t.storage.data(), t.offset, y, 0, y.length);
        else copyInto(new Tensor(y, t.shape, t.dtype), t);
        return y;
    }

    private static int[] broadcastStrides(Tensor t, int[] shape) {
        int[] s = new int[shape.length];
        int lead = shape.length - t.shape.length;
        if (lead < 0) {
            throw slope.run.PyError.runtime("output with shape " + Shape.list(shape)
                    + " doesn't match the broadcast shape " + Shape.list(Shape.broadcast(t.shape, shape)));
        }
        for (int i = 0; i < t.shape.length; i++) {
            int d = t.shape[i];
            if (d == shape[lead + i]) {
                s[lead + i] = d == 1 ? 0 : t.strides[i];
            } else if (d == 1) {
                s[lead + i] = 0;
            } else {
                throw slope.run.PyError.runtime("output with shape " + Shape.list(shape)
                        + " doesn't match the broadcast shape " + Shape.list(Shape.broadcast(t.shape, shape)));
            }
        }
        return s;
    }

    // ---- reductions ----

    public enum ReduceOp { SUM, PROD, MAX, MIN, ARGMAX, ARGMIN }

    /**
     * Reduces {@code t} over {@code dims} (sorted, distinct). Sums of float32 follow PyTorch's
     * float accumulation ({@link Summation}); the others are exact.
     */
    public static Tensor reduce(ReduceOp op, Tensor t, boolean[] reduced, boolean keepdim, DType out) {
        int rank = t.shape.length;
        int[] keptShape = new int[rank];
        int outRank = 0;
        for (int d = 0; d < rank; d++) {
            keptShape[d] = reduced[d] ? 1 : t.shape[d];
            if (!reduced[d]) outRank++;
        }
        if (op == ReduceOp.SUM && t.dtype.floating) {
            double[] y = Summation.sum(t, reduced, Shape.numel(keptShape));
            for (int i = 0; i < y.length; i++) y[i] = out.round(y[i]);
            return new Tensor(y, keepdim ? keptShape : dropReduced(t.shape, reduced, outRank), out);
        }
        // Move the reduced dims last: each output element then reduces one contiguous row.
        int[] perm = new int[rank];
        int k = 0;
        for (int d = 0; d < rank; d++) if (!reduced[d]) perm[k++] = d;
        for (int d = 0; d < rank; d++) if (reduced[d]) perm[k++] = d;
        int[] pShape = new int[rank], pStrides = new int[rank];
        for (int i = 0; i < rank; i++) {
            pShape[i] = t.shape[perm[i]];
            pStrides[i] = t.strides[perm[i]];
        }
        boolean inOrder = true;
        for (int i = 0; i < rank; i++) inOrder &= perm[i] == i;
        // Reduced dims already innermost in a contiguous tensor: reduce the storage in place.
        boolean direct = inOrder && t.isContiguous();
        double[] x = direct ? t.storage.data() : gather(new Tensor(t.storage, pShape, pStrides, t.offset, t.dtype));
        int start = direct ? t.offset : 0;
        int outN = Shape.numel(keptShape);
        int row = outN == 0 ? 0 : t.numel() / outN;
        if (row == 0 && (op == ReduceOp.MAX || op == ReduceOp.MIN || op == ReduceOp.ARGMAX || op == ReduceOp.ARGMIN)) {
            throw slope.run.PyError.index(
                    "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        }
        double[] y = Storage.allocate(outN).data();
        for (int r = 0; r < outN; r++) {
            int base = start + r * row;
            double acc;
            switch (op) {
                case SUM: { // integers and bools: exact
                    acc = 0;
                    for (int i = 0; i < row; i++) acc += x[base + i];
                    break;
                }
                case PROD: {
                    acc = 1;
                    for (int i = 0; i < row; i++) acc = out.round(acc * x[base + i]);
                    break;
                }
                case MAX: case MIN: case ARGMAX: case ARGMIN: {
                    boolean max = op == ReduceOp.MAX || op == ReduceOp.ARGMAX;
                    int best = 0;
                    double bv = x[base];
                    for (int i = 1; i < row && bv == bv; i++) {
                        double v = x[base + i];
                        if (v != v || (max ? v > bv : v < bv)) {
                            bv = v;
                            best = i;
                        }
                    }
                    acc = (op == ReduceOp.MAX || op == ReduceOp.MIN) ? bv : best;
                    break;
                }
                default: throw new IllegalStateException();
            }
            y[r] = out.round(acc);
        }
        int[] outShape = keptShape;
        if (!keepdim) {
            outShape = new int[outRank];
            k = 0;
            for (int d = 0; d < rank; d++) if (!reduced[d]) outShape[k++] = t.shape[d];
        }
        return new Tensor(y, outShape, out);
    }

    private static int[] dropReduced(int[] shape, boolean[] reduced, int outRank) {
        int[] s = new int[outRank];
        for (int d = 0, k = 0; d < shape.length; d++) if (!reduced[d]) s[k++] = shape[d];
        return s;
    }

    /**
     * float32 softmax over the last dim as ATen's _vec_softmax_lastdim (AVX-512 kernel): per row the max,
     * exp(x - max) with SLEEF's expf, their sum by vec::reduce_all (16 lanes, then a shuffle tree), and
     * the values multiplied by 1 / sum.
     */
    public static Tensor softmaxLastDim(Tensor x) {
        double[] v = x.values();
        int n = x.dim() == 0 ? 1 : x.shape[x.dim() - 1];
        double[] y = Storage.allocate(v.length).data();
        float[] e = new float[n];
        for (int base = 0; n > 0 && base < v.length; base += n) {
            float max = (float) v[base];
            for (int i = 1; i < n; i++) max = Math.max(max, (float) v[base + i]);
            for (int i = 0; i < n; i++) e[i] = SleefFloat.expf((float) v[base + i] - max);
            float inv = 1 / reduceAllSum(e, n);
            for (int i = 0; i < n; i++) y[base + i] = e[i] * inv;
        }
        return new Tensor(y, x.shape, DType.FLOAT32);
    }

    /** ATen's vec::reduce_all with + over 16 float lanes: lane sums, a partial tail, then halves folded. */
    static float reduceAllSum(float[] a, int n) {
        final int lanes = 16;
        if (n < lanes) {
            float s = a[0];
            for (int i = 1; i < n; i++) s = s + a[i];
            return s;
        }
        float[] acc = new float[lanes];
        System.arraycopy(a, 0, acc, 0, lanes);
        int d = lanes;
        for (; d < n - n % lanes; d += lanes) for (int l = 0; l < lanes; l++) acc[l] = acc[l] + a[d + l];
        for (int l = 0; d + l < n; l++) acc[l] = acc[l] + a[d + l];
        for (int h = lanes / 2; h > 0; h /= 2) for (int l = 0; l < h; l++) acc[l] = acc[l] + acc[l + h];
        return acc[0];
    }

    // ---- matrix product ----

    /**
     * {@code a @ b} of two matrices, b dense: a float32 {@code a} that is the transpose of a dense matrix ({@code x.T},
     * as mm's backward makes) is read in place; anything else goes through {@link #mm} on its values.
     */
    public static double[] mm(Tensor a, Tensor b, DType dt) {
        int m = a.shape[0], k = a.shape[1], n = b.shape[1];
        boolean transposed = a.strides[0] == 1 && a.strides[1] == m && a.offset == 0 && a.storage.data().length == m * k;
        if (dt == DType.FLOAT32 && k > 0 && m > 1 && transposed) {
            return mmFloat32(a.storage.data(), 0, 1, m, b.values(), 0, m, k, n);
        }
        return mm(a.values(), 0, b.values(), 0, m, k, n, dt);
    }

    /** (m x k) @ (k x n) on contiguous row-major arrays. Each dot product starts from its first term (so -0 survives, as in BLAS) and adds each exact product with one rounding, like a fused multiply-add. */
    public static double[] mm(double[] a, int aOff, double[] b, int bOff, int m, int k, int n, DType dt) {
        if (dt == DType.FLOAT32 && k > 0) return mmFloat32(a, aOff, b, bOff, m, k, n);
        double[] c = Storage.allocate(m * n).data();
        double[] row = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) row[j] = 0;
            boolean first = true;
            for (int p = 0; p < k; p++) {
                double aip = a[aOff + i * k + p];
                int bp = bOff + p * n;
                if (first) {
                    for (int j = 0; j < n; j++) row[j] = dt.round(aip * b[bp + j]);
                    first = false;
                } else {
                    for (int j = 0; j < n; j++) row[j] = dt.round(row[j] + aip * b[bp + j]);
                }
            }
            System.arraycopy(row, 0, c, i * n, n);
        }
        return c;
    }

    /**
     * {@link #mm} for float32, four rows of the result at a time so each row of {@code b} is read once for
     * four: every element still starts from its first product and adds the products in order of p, each sum
     * rounded once to float32 (the same arithmetic as the one-row loop, in another order over i and j).
     */
    private static double[] mmFloat32(double[] a, int aOff, double[] b, int bOff, int m, int k, int n) {
        return mmFloat32(a, aOff, k, 1, b, bOff, m, k, n);
    }

    /**
     * {@link #mmFloat32} with a's element (i, p) at {@code aOff + i * rowStride + p * pStride}: a transposed matrix
     * (row stride 1) is read where it lies, not gathered into a fresh array first (mm's backward, x.T @ g).
     */
    private static double[] mmFloat32(double[] a, int aOff, int rowStride, int pStride, double[] b, int bOff, int m, int k, int n) {
        double[] c = Storage.allocate(m * n).data();
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int a0 = aOff + i * rowStride;
            int j = 0;
            for (; j + 4 <= n; j += 4) tile4x4(a, a0, rowStride, pStride, b, bOff + j, k, n, c, i * n + j);
            for (; j < n; j++) {
                int bj = bOff + j, a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride;
                double s0 = (float) (a[a0] * b[bj]), s1 = (float) (a[a1] * b[bj]);
                double s2 = (float) (a[a2] * b[bj]), s3 = (float) (a[a3] * b[bj]);
                for (int p = 1, q = bj + n, ap = pStride; p < k; p++, q += n, ap += pStride) {
                    double v = b[q];
                    s0 = (float) (s0 + a[a0 + ap] * v);
                    s1 = (float) (s1 + a[a1 + ap] * v);
                    s2 = (float) (s2 + a[a2 + ap] * v);
                    s3 = (float) (s3 + a[a3 + ap] * v);
                }
                int o = i * n + j;
                c[o] = s0;
                c[o + n] = s1;
                c[o + 2 * n] = s2;
                c[o + 3 * n] = s3;
            }
        }
        for (; i < m; i++) {
            int c0 = i * n, a0 = aOff + i * rowStride;
            double x0 = a[a0];
            for (int j = 0; j < n; j++) c[c0 + j] = (float) (x0 * b[bOff + j]);
            for (int p = 1; p < k; p++) {
                x0 = a[a0 + p * pStride];
                int bp = bOff + p * n;
                for (int j = 0; j < n; j++) c[c0 + j] = (float) (c[c0 + j] + x0 * b[bp + j]);
            }
        }
        return c;
    }

    /**
     * One 4 x 4 block of the product, its 16 sums held in locals over the whole of p. The row of b steps by n rather
     * than being multiplied out, and each row of a is read just before its four sums, so that fewer values are live
     * at once: in V8's wasm the two together took W4's step from 51 to 43 ms.
     */
    private static void tile4x4(double[] a, int a0, int rowStride, int pStride, double[] b, int bj, int k, int n, double[] c, int o) {
        int r1 = rowStride, r2 = 2 * rowStride, r3 = 3 * rowStride;
        double x0 = a[a0], x1 = a[a0 + r1], x2 = a[a0 + r2], x3 = a[a0 + r3];
        double b0 = b[bj], b1 = b[bj + 1], b2 = b[bj + 2], b3 = b[bj + 3];
        double s00 = (float) (x0 * b0), s01 = (float) (x0 * b1), s02 = (float) (x0 * b2), s03 = (float) (x0 * b3);
        double s10 = (float) (x1 * b0), s11 = (float) (x1 * b1), s12 = (float) (x1 * b2), s13 = (float) (x1 * b3);
        double s20 = (float) (x2 * b0), s21 = (float) (x2 * b1), s22 = (float) (x2 * b2), s23 = (float) (x2 * b3);
        double s30 = (float) (x3 * b0), s31 = (float) (x3 * b1), s32 = (float) (x3 * b2), s33 = (float) (x3 * b3);
        for (int p = 1, q = bj + n, ap = a0 + pStride; p < k; p++, q += n, ap += pStride) {
            b0 = b[q];
            b1 = b[q + 1];
            b2 = b[q + 2];
            b3 = b[q + 3];
            x0 = a[ap];
            s00 = (float) (s00 + x0 * b0); s01 = (float) (s01 + x0 * b1); s02 = (float) (s02 + x0 * b2); s03 = (float) (s03 + x0 * b3);
            x1 = a[ap + r1];
            s10 = (float) (s10 + x1 * b0); s11 = (float) (s11 + x1 * b1); s12 = (float) (s12 + x1 * b2); s13 = (float) (s13 + x1 * b3);
            x2 = a[ap + r2];
            s20 = (float) (s20 + x2 * b0); s21 = (float) (s21 + x2 * b1); s22 = (float) (s22 + x2 * b2); s23 = (float) (s23 + x2 * b3);
            x3 = a[ap + r3];
            s30 = (float) (s30 + x3 * b0); s31 = (float) (s31 + x3 * b1); s32 = (float) (s32 + x3 * b2); s33 = (float) (s33 + x3 * b3);
        }
        c[o] = s00; c[o + 1] = s01; c[o + 2] = s02; c[o + 3] = s03;
        o += n;
        c[o] = s10; c[o + 1] = s11; c[o + 2] = s12; c[o + 3] = s13;
        o += n;
        c[o] = s20; c[o + 1] = s21; c[o + 2] = s22; c[o + 3] = s23;
        o += n;
        c[o] = s30; c[o + 1] = s31; c[o + 2] = s32; c[o + 3] = s33;
    }
}
