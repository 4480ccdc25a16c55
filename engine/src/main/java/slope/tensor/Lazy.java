package slope.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import slope.run.Budget;
import slope.tensor.Kernels.BinaryOp;
import slope.tensor.Kernels.UnaryOp;

/**
 * A pending elementwise result (tinygrad's LazyBuffer, numexpr's blocked evaluation). A large
 * elementwise op over dense operands returns a tensor whose {@link Storage} holds one of these
 * instead of values; ops on it chain into a small expression, computed on the first read in blocks
 * of {@link #BLOCK} elements: each block of every intermediate stays in cache, and only the result
 * gets an array. Each block goes through the same loops as the eager kernels ({@link Kernels#row},
 * {@link Kernels#unary}, {@link Kernels#pow}), given each element's own index, so every value is
 * rounded exactly as the eager ops round it.
 *
 * <p>A few common shapes run as one loop instead of one per op, each step rounded as its op rounds it (in
 * wasm a loop's bookkeeping costs more than its arithmetic, and choosing the op per element costs what a
 * loop saves, so only shapes fixed in code pay): a scale and a shift ({@code w * x + b}), a residual
 * ({@code w * x + b - y}), and, in a summed pass, a square, a product, a scale and shift, or a square's
 * gradient (alone or times a tensor) added to the sum without being written.
 *
 * <p>An in-place write to an operand's storage goes to a copy while an expression still reads the old
 * array ({@link Storage#forWrite()}); writing into a pending storage computes it first.
 */
final class Lazy {
    /**
     * Smaller results are computed at once: a scalar graph should not pay for the bookkeeping. Not final:
     * tests move it to compare fused results with eager ones.
     */
    static int minElements = 4096;
    /** Elements per step of the blocked pass: a block of each intermediate fits in the L1/L2 cache. */
    static final int BLOCK = 1024;
    /** Ops one expression may hold; past it, an operand is computed on its own (so {@code x = x * 1.01} in a loop stays small). */
    static final int MAX_OPS = 16;

    private enum Kind { BINARY, UNARY, POW, FILL, SQUARE_BACKWARD, SUM }

    private final Kind kind;
    private final BinaryOp binaryOp;
    private final UnaryOp unaryOp;
    /** The exponent of POW; the value of FILL; what SUM divides its sum by (1, or the count of a mean). */
    private final double constant;
    private final DType in, out;
    private final int n;
    /** Where the SIMD path of pow and sigmoid ends in the eager kernel (see {@link Kernels#vectorEnd}). */
    private final int vectorEnd;
    /** Ops in this expression, a shared one counted once per use: a cheap bound on its size. */
    private int ops = 1;
    private Operand a, b;
    private Storage home;
    /** Pending expressions that read this one and are not computed yet, and readers announced by {@link #expectRead}. */
    private int consumers;
    /** The values, once computed. */
    private double[] values;
    /** Whether a pass computed this op's blocks without keeping them: a second pass keeps them. */
    private boolean computedOnce;
    /** During a blocked pass: where this op writes its blocks, and whether that is its full result array. */
    private double[] buffer;
    private boolean full;
    /** During a blocked pass: how many ops of the pass read this one, and whether it runs inside its reader's loop. */
    private int uses;
    private boolean inReaderLoop;
    /** During a blocked pass, for {@code x * c + s}: the pending {@code x * c} this op computes in its own loop. */
    private Lazy scale;
    /** During a blocked pass, for {@code (x * c1 + c2) ± s}: the pending {@code x * c1 + c2} this op computes in its own loop. */
    private Lazy shifted;
    /** During a blocked pass, for {@code g * (x * 2) ± c}: the pending square gradient this op computes in its own loop. */
    private Lazy shiftedGrad;
    /** During a blocked pass, for {@code x * c ± z * z} (with {@link #scale}): the pending square this op computes in its own loop. */
    private Lazy squareShift;
    /** During a summed pass, for a summed scale and shift of {@code x * c ± z * z}: that pending op, which this op's sum computes in its own loop. */
    private Lazy quadratic;
    /** During a summed pass, for a summed {@code g * (x * 2) * y}: the pending square gradient this op's sum computes in its own loop. */
    private Lazy squareGrad;
    /** During a summed pass, for a summed square of a residual: the pending residual this op's sum computes (and writes) in its own loop. */
    private Lazy squaredResidual;
    /**
     * During a blocked pass: this op as {@link #affine}, {@link #scaled} or {@link #residual}, found at its first block
     * for the others (in wasm the descriptors, made anew for each block, cost as much as a block's arithmetic).
     */
    private Affine blockAffine;
    private Scaled blockScaled;
    private Residual blockResidual;

    private Lazy(Kind kind, BinaryOp binaryOp, UnaryOp unaryOp, double constant, DType in, DType out, int n, int vectorEnd) {
        this.kind = kind;
        this.binaryOp = binaryOp;
        this.unaryOp = unaryOp;
        this.constant = constant;
        this.in = in;
        this.out = out;
        this.n = n;
        this.vectorEnd = vectorEnd;
    }

    /**
     * An operand of an expression: another pending expression, or an array read from {@code offset} with
     * stride 1 (a dense tensor) or 0 (one value broadcast). {@code storage} is the storage whose
     * {@link Storage#lazyReaders} count this operand, at its {@code generation}.
     */
    private static final class Operand {
        final Lazy node;
        final double[] array;
        final int offset, stride;
        final Storage storage;
        final int generation;

        Operand(Lazy node, double[] array, int offset, int stride, Storage storage) {
            this.node = node;
            this.array = array;
            this.offset = offset;
            this.stride = stride;
            this.storage = storage;
            this.generation = storage == null ? 0 : storage.generation;
            if (storage != null) storage.lazyReaders++;
            if (node != null) node.consumers++;
        }

        void release() {
            if (storage != null && storage.generation == generation) storage.lazyReaders--;
            if (node != null) node.consumers--;
        }
    }

    // ---- building: each returns null when the op should run eagerly ----

    /** {@code op(a, b)} as {@link Kernels#binary}, for a float result computed in its own dtype. */
    static Tensor binary(BinaryOp op, Tensor a, Tensor b, DType compute, DType out) {
        if (op.comparison() || compute != out || !floating(out)) return null;
        int[] shape = Shape.broadcast(a.shape, b.shape);
        int n = Shape.numel(shape);
        // Kernels.binary rounds a dense operand of another dtype first: left to it
        if (n < minElements || !(oneValue(a) || dense(a, n) && holds(a, compute)) || !(oneValue(b) || dense(b, n) && holds(b, compute))) {
            return null;
        }
        if (oneValue(a) && oneValue(b)) {
            // both broadcast from one value (the backward of sum and mean): computed once, as Kernels.binaryTo does
            double v = op.apply(valueOf(a, out), valueOf(b, out));
            return new Lazy(Kind.FILL, null, null, out == DType.FLOAT32 ? (float) v : v, out, out, n, 0).build(shape, null, null);
        }
        return new Lazy(Kind.BINARY, op, null, 0, out, out, n, 0).build(shape, a, b);
    }

    /** {@code op(a)} as {@link Kernels#unary}. */
    static Tensor unary(UnaryOp op, Tensor a, DType out) {
        int n = a.numel();
        if (n < minElements || !floating(out) || !dense(a, n)) return null;
        return new Lazy(Kind.UNARY, null, op, 0, a.dtype, out, n, Kernels.vectorEnd(a, Kernels.SIGMOID_BLOCK)).build(a.shape, a, null);
    }

    /** {@code a ** e} as {@link Kernels#powScalar}. */
    static Tensor pow(Tensor a, double e, DType dt) {
        int n = a.numel();
        if (n < minElements || !floating(dt) || !dense(a, n)) return null;
        return new Lazy(Kind.POW, null, null, e, a.dtype, dt, n, Kernels.vectorEnd(a, Kernels.POW_BLOCK)).build(a.shape, a, null);
    }

    /** {@code g * (x * 2)} as {@link Kernels#squareBackward}, for g of x's shape and float dtype. */
    static Tensor squareBackward(Tensor g, Tensor x) {
        DType dt = x.dtype;
        int n = x.numel();
        if (n < minElements || !floating(dt) || g.dtype != dt || !java.util.Arrays.equals(g.shape, x.shape) || !dense(x, n)
                || !(oneValue(g) || dense(g, n))) {
            return null;
        }
        return new Lazy(Kind.SQUARE_BACKWARD, null, null, 0, dt, dt, n, 0).build(x.shape, g, x);
    }

    private static boolean floating(DType dt) { return dt == DType.FLOAT32 || dt == DType.FLOAT64; }

    /** Whether {@code t}'s values need no rounding to be operands in {@code dt} (float64 holds every value). */
    private static boolean holds(Tensor t, DType dt) { return t.dtype == dt || dt == DType.FLOAT64; }

    private static boolean dense(Tensor t, int n) { return t.numel() == n && t.isContiguous(); }

    /**
     * One value broadcast to every element: a 0-dim tensor, a view whose every dim has size 1 or stride 0, or any
     * view of a pending fill (the gradient that sum and mean send back, and what ops on it make).
     */
    private static boolean oneValue(Tensor t) {
        if (t.numel() == 0) return false;
        if (fill(t) != null) return true;
        for (int d = 0; d < t.shape.length; d++) if (t.shape[d] != 1 && t.strides[d] != 0) return false;
        return true;
    }

    /** The pending fill behind {@code t}, if that is what it is. */
    static Lazy fill(Tensor t) {
        Lazy p = t.storage.pending();
        return p != null && p.kind == Kind.FILL ? p : null;
    }

    /** The value of a one-value operand in {@code dt}, rounded as Kernels.binary rounds an operand of another dtype. */
    private static double valueOf(Tensor t, DType dt) {
        Lazy fill = fill(t);
        double v = fill != null ? fill.constant : t.storage.data()[t.offset]; // a fill is not computed for its value
        return holds(t, dt) ? v : dt.round(v);
    }

    private Tensor build(int[] shape, Tensor x, Tensor y) {
        Budget.current().allocate(n); // counted now, as an eager op would be, though the array comes later
        Lazy px = x == null ? null : pendingOf(x), py = y == null ? null : pendingOf(y);
        // past the cap, compute the bigger operand on its own first
        while (1 + opsOf(px) + opsOf(py) > MAX_OPS) {
            if (opsOf(px) >= opsOf(py)) {
                x.storage.data();
                px = null;
            } else {
                y.storage.data();
                py = null;
            }
        }
        if (x != null) a = operand(x, px);
        if (y != null) b = operand(y, py);
        ops = 1 + opsOf(px) + opsOf(py);
        home = new Storage(this);
        return new Tensor(home, shape, Shape.contiguousStrides(shape), 0, out);
    }

    private static int opsOf(Lazy node) { return node == null ? 0 : node.ops; }

    void expectRead() { consumers++; }

    /** The ops pending in {@code t}'s storage, 0 once computed (for tests). */
    static int pendingOps(Tensor t) { return opsOf(t.storage.pending()); }

    /** The pending expression behind {@code t} when t is all of it, element for element. */
    private Lazy pendingOf(Tensor t) {
        Lazy p = t.storage.pending();
        return p != null && t.offset == 0 && p.n == n && dense(t, n) ? p : null;
    }

    private Operand operand(Tensor t, Lazy pending) {
        // a binary op reads one value with stride 0, which the unary loops do not take
        if (pending != null && pending.kind == Kind.FILL && (kind == Kind.BINARY || kind == Kind.SQUARE_BACKWARD)) {
            return new Operand(null, new double[] {valueOf(t, out)}, 0, 0, null);
        }
        if (pending != null) return new Operand(pending, null, 0, 1, t.storage);
        if (oneValue(t)) return new Operand(null, new double[] {valueOf(t, out)}, 0, 0, null);
        return new Operand(null, t.storage.data(), t.offset, 1, t.storage);
    }

    // ---- computing ----

    /** Computes the values in one blocked pass over this expression, and hands them to the storage. */
    void realize() {
        pass(null, null);
    }

    /** {@link #realize}, into {@code array} when it fits: a dead gradient's, reused ({@link Tensor#setGradInBackward}). */
    void realizeInto(double[] array) {
        pass(null, kind != Kind.SUM && array.length == n ? array : null);
    }

    /**
     * The sum of all of {@code t}'s values, pending: a 0-dim float32 tensor for a tensor that {@link #streams}, computed
     * when first read, as {@link #streamedSum} computes it then. {@code sum()} and {@code mean()} make a loss so, and
     * backward a leaf's gradient ({@code sumTo} of a broadcast gradient), which {@link #computeTogether} then sums with
     * a linear fit's other gradient in one pass. With a {@code divisor} other than 1 it is a mean: the float32 sum
     * divided by the count in float32, as {@code sum / n} is.
     */
    static Tensor pendingSum(Tensor t, int divisor) {
        Lazy sum = new Lazy(Kind.SUM, null, null, divisor, DType.FLOAT32, DType.FLOAT32, t.storage.pending().n, 0);
        sum.a = new Operand(t.storage.pending(), null, 0, 1, t.storage);
        sum.home = new Storage(sum);
        return new Tensor(sum.home, Shape.SCALAR, Shape.SCALAR, 0, DType.FLOAT32);
    }

    /** Adds this pending sum's operand to {@code sum}, which now reads it instead: the pass keeps none of it on this sum's account. */
    private void sumOperand(Summation.StreamedSum sum) {
        Lazy e = a.node;
        a.release();
        a = null;
        if (e.values != null) sum.add(e.values, 0, 0, n); // computed since, by a pass that kept it
        else e.pass(sum, null);
    }

    private void finishSum(Summation.StreamedSum sum) {
        double total = (float) (0 + sum.result()); // as Summation.sum and Kernels.reduce round it (0 + -0.0 is 0.0)
        done(new double[] {(float) (total / (float) constant)});
    }

    /**
     * Computes pending values, a pair of pending sums in one pass where they are a linear fit's gradients: the sum of
     * {@code g * (r * 2) * x} (a slope's) and of {@code g * (r * 2)} (an intercept's) over one square gradient of one
     * residual r of x, which {@link Summation.StreamedSum#alsoSumIntercept} adds from the same loop. Each sum keeps
     * its own order of additions, so the values are those computed apart.
     */
    static void computeTogether(List<Storage> storages) {
        for (Storage slope : storages) {
            Lazy p = slope.pending();
            if (p == null || p.kind != Kind.SUM || p.a.node.kind != Kind.BINARY || p.a.node.binaryOp != BinaryOp.MUL) continue;
            Lazy product = p.a.node;
            for (Storage intercept : storages) {
                Lazy q = intercept.pending();
                if (q == null || q.kind != Kind.SUM || (q.a.node != product.a.node && q.a.node != product.b.node)) continue;
                Summation.StreamedSum slopeSum = new Summation.StreamedSum(p.n), interceptSum = new Summation.StreamedSum(q.n);
                slopeSum.alsoSumIntercept(interceptSum);
                p.sumOperand(slopeSum);
                p.finishSum(slopeSum);
                if (slopeSum.filledIntercept()) q.finishSum(interceptSum); // else its own pass, below
                break;
            }
        }
        for (Storage s : storages) s.compute();
    }

    /** Whether {@code t} is all of a pending float32 expression, which {@link #streamedSum} can sum. */
    static boolean streams(Tensor t) {
        Lazy p = t.storage.pending();
        return p != null && t.dtype == DType.FLOAT32 && t.offset == 0 && dense(t, p.n) && p.n >= Summation.VECTOR_LANES;
    }

    /**
     * The sum of all of {@code t}'s values as {@link Summation} adds them, for a tensor that {@link #streams}:
     * its blocks go straight into the sum, and it gets no array unless a pending op reads it too.
     */
    static double streamedSum(Tensor t) {
        Lazy p = t.storage.pending();
        Summation.StreamedSum sum = new Summation.StreamedSum(p.n);
        p.pass(sum, null);
        return sum.result();
    }

    /** One blocked pass over this expression, its blocks given to {@code sum} when there is one, its values to {@code into} if given. */
    private void pass(Summation.StreamedSum sum, double[] into) {
        if (kind == Kind.SUM) { // a pending sum is computed by its operand's pass (here, not in realize: that is inlined into every read)
            Summation.StreamedSum own = new Summation.StreamedSum(n);
            sumOperand(own);
            finishSum(own);
            return;
        }
        List<Lazy> plan = new ArrayList<>();
        collect(plan);
        // An op read by pending expressions outside this pass, or computed by an earlier pass already (a tensor
        // the program holds and uses again), keeps its values, written as a side output during the pass:
        // computing it again later would cost more than writing it. The rest need one block each.
        for (Lazy op : plan) {
            op.uses = 0;
            for (Lazy c : plan) op.uses += (c.a != null && c.a.node == op ? 1 : 0) + (c.b != null && c.b.node == op ? 1 : 0);
            // a residual and a square's gradient are computed again where they are read, instead of given an array
            op.full = op == this && sum == null || !op.isRecomputed() && (op.consumers > op.uses || op.computedOnce);
        }
        boolean summedInLoop = fuse(plan, sum);
        // the ops that run a loop of their own over each block; the others run inside their readers' loops
        Lazy[] looped = new Lazy[plan.size()];
        int loops = 0;
        for (Lazy op : plan) {
            boolean ownLoop = !op.inReaderLoop && (op != this || !summedInLoop);
            if (ownLoop) looped[loops++] = op;
            // a kept op gets its array even when its reader's loop computes it (a squared residual the backward reads)
            if (op == this && into != null) op.buffer = into; // full: a pass without a sum keeps its result
            else if (op.full || ownLoop) op.buffer = new double[op.full ? n : Math.min(n, BLOCK)];
        }
        for (int lo = 0; lo < n; lo += BLOCK) {
            int hi = Math.min(n, lo + BLOCK);
            for (int k = 0; k < loops; k++) looped[k].computeBlock(lo, hi);
            if (summedInLoop) sumBlock(sum, lo, hi);
            else if (sum != null) sum.add(buffer, full ? lo : 0, lo, hi);
        }
        for (Lazy op : plan) {
            if (op.full) op.done(op.buffer);
            op.computedOnce |= !op.inReaderLoop; // in a reader's loop, computing it again costs little
            op.buffer = null;
            op.scale = null;
            op.shifted = null;
            op.shiftedGrad = null;
            op.squareShift = null;
            op.inReaderLoop = false;
            op.blockAffine = null;
            op.blockScaled = null;
            op.blockResidual = null;
        }
        squareGrad = null;
        squaredResidual = null;
        quadratic = null;
    }

    /** The ops not yet computed, each once, operands before the ops that read them. */
    private void collect(List<Lazy> plan) {
        if (values != null || plan.contains(this)) return;
        if (a != null && a.node != null) a.node.collect(plan);
        if (b != null && b.node != null) b.node.collect(plan);
        plan.add(this);
    }

    /** Elements [lo, hi) of this op, from its operands' blocks, into its buffer. */
    private void computeBlock(int lo, int hi) {
        int q = full ? lo : 0;
        if (kind == Kind.FILL) {
            java.util.Arrays.fill(buffer, q, q + hi - lo, constant);
            return;
        }
        if (shiftedGrad != null) {
            // c - g * (x * 2) is c + (-g) * (x * 2): the same roundings, signs and all
            Operand x = shiftedGrad.b, c = a.node == shiftedGrad ? b : a;
            double g = shiftedGrad.a.array[0];
            boolean sub = binaryOp == BinaryOp.SUB, cFirst = c == a;
            Kernels.squareBackwardThen(source(x), position(x, lo), sub && cFirst ? -g : g, sub && !cFirst ? -c.array[0] : c.array[0],
                    buffer, q, hi - lo);
            return;
        }
        if (shifted != null) {
            Residual r = blockResidual();
            Kernels.affineThen(source(r.x), position(r.x, lo), r.c1, r.c2, source(r.s), position(r.s, lo), r.s.stride, r.subtract,
                    buffer, q, hi - lo);
            return;
        }
        if (scale != null) {
            Scaled f = blockScaled();
            if (squareShift != null) {
                Operand z = squareShift.a;
                Kernels.affineSquare(source(f.x), position(f.x, lo), f.c, source(z), position(z, lo), f.subtract, buffer, q, hi - lo);
            } else {
                Kernels.affine(source(f.x), position(f.x, lo), f.c, source(f.s), position(f.s, lo), f.s.stride, f.subtract, buffer, q,
                        hi - lo, out == DType.FLOAT32);
            }
            return;
        }
        double[] x = source(a), y = b == null ? null : source(b);
        int p = position(a, lo);
        switch (kind) {
            case BINARY:
                // float64 results need no rounding (Kernels.binaryTo's final round is a no-op for them)
                Kernels.row(binaryOp, x, p, a.stride, y, position(b, lo), b.stride, buffer, q, hi - lo, out == DType.FLOAT32);
                break;
            case SQUARE_BACKWARD:
                Kernels.squareBackward(x, p, a.stride, y, position(b, lo), buffer, q, hi - lo, out == DType.FLOAT32);
                break;
            case UNARY:
                Kernels.unary(unaryOp, x, p - lo, buffer, q - lo, lo, hi, in, out, vectorEnd);
                break;
            default:
                Kernels.pow(x, p - lo, buffer, q - lo, lo, hi, constant, in, out, vectorEnd);
        }
    }

    /** Elements [lo, hi) of this op, which {@link #summedProduct} or {@link #affine} takes, added to {@code sum} directly. */
    private void sumBlock(Summation.StreamedSum sum, int lo, int hi) {
        if (quadratic != null) {
            Affine f = blockAffine();
            Scaled q = quadratic.blockScaled();
            Operand z = quadratic.squareShift.a;
            boolean zIsX = z.node == null && q.x.node == null && z.array == q.x.array && z.offset == q.x.offset;
            sum.addAffineOfQuadratic(source(q.x), position(q.x, lo), q.c, zIsX ? null : source(z), position(z, lo), q.subtract ? -1 : 1,
                    f.scale, f.shift, lo, hi);
            return;
        }
        if (squaredResidual != null) {
            Residual r = squaredResidual.blockResidual();
            sum.addResidualSquares(source(r.x), position(r.x, lo), r.c1, r.c2, source(r.s), position(r.s, lo), r.subtract ? -1 : 1,
                    squaredResidual.full ? squaredResidual.buffer : null, lo, lo, hi); // written only when kept
            return;
        }
        if (squareGrad != null || isSquareGradOfConstant()) {
            Lazy grad = squareGrad != null ? squareGrad : this;
            Operand y = squareGrad == null ? null : a.node == squareGrad ? b : a;
            Lazy residual = grad.b.node;
            if (residual != null && residual.inReaderLoop) { // y, if any, is the residual's x
                Residual r = residual.blockResidual();
                sum.addResidualSquareGrads(source(r.x), position(r.x, lo), r.c1, r.c2, source(r.s), position(r.s, lo),
                        r.subtract ? -1 : 1, grad.a.array[0], y != null, lo, hi);
                return;
            }
            sum.addSquareGrads(source(grad.b), position(grad.b, lo), grad.a.array[0], y == null ? null : source(y),
                    y == null ? 0 : position(y, lo), lo, hi);
            return;
        }
        if (summedProduct()) {
            boolean square = kind == Kind.POW;
            sum.addProducts(source(a), position(a, lo), square ? null : source(b), square ? 0 : position(b, lo), lo, hi);
            return;
        }
        Affine f = blockAffine();
        sum.addAffine(source(f.x), position(f.x, lo), f.scale, f.shift, lo, hi);
    }

    private static double[] source(Operand o) {
        if (o.node == null) return o.array;
        return o.node.values != null ? o.node.values : o.node.buffer;
    }

    /** Where element {@code lo}'s block of operand {@code o} starts in {@link #source}. */
    private static int position(Operand o, int lo) {
        if (o.node == null) return o.offset + lo * o.stride;
        return o.node.values != null || o.node.full ? lo : 0;
    }

    private void done(double[] result) {
        values = result;
        home.realized(result);
        if (a != null) a.release();
        if (b != null) b.release();
        a = b = null;
    }

    // ---- fused shapes, found anew by each pass: ops that run inside the loop of the op that reads them ----

    /**
     * Finds the fused shapes of this pass: ops that their reader's loop computes (a scale, a shift, a square, a
     * square's gradient, a residual), and whether this op's sum takes its values straight from its own loop: a summed
     * square, product, scale and shift, or square's gradient (times y) that nothing keeps goes into the sum without being
     * written (a loss's mean of squares, the sum of g * x that a weight's gradient is, a sum of x + 1, the gradients a
     * mean of squares sends to a bias and a weight), as does a squared residual or a polynomial, with the op they read.
     */
    private boolean fuse(List<Lazy> plan, Summation.StreamedSum sum) {
        for (Lazy op : plan) op.shiftedGrad = inReaderLoop(op.gradToShift());
        for (Lazy op : plan) op.scale = inReaderLoop(op.scaleToShift());
        for (Lazy op : plan) op.squareShift = op.scale != null ? inReaderLoop(op.squareToShift()) : null;
        for (Lazy op : plan) op.shifted = op.scale == null ? inReaderLoop(op.affineToShift()) : null;
        if (sum == null || full) return false;
        squareGrad = inReaderLoop(squareGradFactor());
        squaredResidual = inReaderLoop(residualOfSquare()); // written by the summing loop when kept
        quadratic = inReaderLoop(quadraticOfAffine());
        Lazy grad = squareGrad != null ? squareGrad : isSquareGradOfConstant() ? this : null;
        if (grad != null) inReaderLoop(residualOfGrad(grad));
        return squareGrad != null || isSquareGradOfConstant() || summedProduct() || affine() != null;
    }

    /** {@code op} (if any), marked as computed inside the loop of the op that reads it. */
    private static Lazy inReaderLoop(Lazy op) {
        if (op != null) op.inReaderLoop = true;
        return op;
    }

    /**
     * For {@code x * c + s} or {@code - s}, this the + or -: the pending {@code x * c} (c a constant, x dense) that
     * only this op reads and nothing keeps, which this op's loop then computes ({@link Kernels#affine}): a scale
     * and a shift, as a model's {@code w * x + b}, in one loop instead of two.
     */
    private Lazy scaleToShift() {
        // one constant, one dense operand
        return shiftedOperand(p -> p.kind == Kind.BINARY && p.binaryOp == BinaryOp.MUL && p.a.stride + p.b.stride == 1);
    }

    /**
     * For {@code x * c ± s} (this op, with {@link #scale}): s when it is a pending float32 square {@code z ** 2} of dense z
     * at hand that only this op reads, which this op's loop then computes ({@link Kernels#affineSquare}): the
     * {@code x ** 2 + b * x} of a polynomial in one loop.
     */
    private Lazy squareToShift() {
        Lazy s = (a.node == scale ? b : a).node;
        return out == DType.FLOAT32 && s != null && s.kind == Kind.POW && s.constant == 2 && s.in == DType.FLOAT32 && s.out == DType.FLOAT32 && s.uses == 1
                && !s.full && atHand(s.a) ? s : null;
    }

    /**
     * For {@code (x * c1 + c2) ± s}, this the ± of s (a constant or dense): the pending float32 scale and shift by
     * constants, or shift by a constant, that only this op reads and nothing keeps, which this op's loop then
     * computes ({@link Kernels#affineThen}): a model's residual {@code w * x + b - y} in one loop.
     */
    private Lazy affineToShift() {
        return shiftedOperand(p -> p.kind == Kind.BINARY && (p.binaryOp == BinaryOp.ADD || p.binaryOp == BinaryOp.SUB) && p.affine() != null);
    }

    /**
     * For {@code g * (x * 2) ± c} (c a constant), this the ±: the pending square gradient of a constant
     * ({@link #isSquareGradOfConstant}) that this op's loop then computes ({@link Kernels#squareBackwardThen}): the
     * gradient of a polynomial {@code a * x ** 2 + b * x}, where autograd adds b to the square's gradient, in one loop.
     */
    private Lazy gradToShift() {
        Lazy p = shiftedOperand(Lazy::isSquareGradOfConstant);
        return p != null && a.stride + b.stride == 1 ? p : null; // the other operand a constant
    }

    /**
     * For this op a + or -: its operand that is a pending op of the same dtype, read by no other op of the pass and
     * kept by nothing, which {@code fits}; else null.
     */
    private Lazy shiftedOperand(Predicate<Lazy> fits) {
        if (kind != Kind.BINARY || binaryOp != BinaryOp.ADD && binaryOp != BinaryOp.SUB) return null;
        for (Operand o : new Operand[] {a, b}) {
            Lazy p = o.node;
            if (p != null && p.uses == 1 && !p.full && p.out == out && fits.test(p)) return p;
        }
        return null;
    }

    /**
     * For a summed float32 scale and shift ({@link #affine}) of a pending {@code x * c ± z * z} ({@link #squareToShift})
     * that nothing else reads: that op, which the summing loop then computes too (a polynomial's {@code x ** 2 + b * x + c}
     * summed in one loop); else null.
     */
    private Lazy quadraticOfAffine() {
        Affine f = affine();
        Lazy q = f == null ? null : f.x.node;
        return q != null && q.squareShift != null && q.uses == 1 && !q.full ? q : null;
    }

    /**
     * For a float32 square summed in its loop: its operand when that is a residual of a dense s ({@link #residual})
     * read by no other op of the pass, which the summing loop then computes too (a loss {@code ((w * x + b - y) ** 2).mean()}
     * in one loop, the residual written for the backward when it is kept); else null.
     */
    private Lazy residualOfSquare() {
        if (kind != Kind.POW || !summedProduct()) return null;
        Lazy r = a.node;
        return r != null && r.shifted != null && r.uses == 1 && r.residual().s.stride == 1 ? r : null;
    }

    /**
     * For a summed square's gradient {@code grad} (alone, or times y in this op): its residual x, when that is pending
     * in this pass as a residual of dense s ({@link #residual}) read by nothing else, and y, if any, is the residual's own
     * x; the summing loop then computes the residual too ({@link Summation.StreamedSum#addResidualSquareGrads}).
     */
    private Lazy residualOfGrad(Lazy grad) {
        Lazy r = grad.b.node;
        if (r == null || r.values != null || r.shifted == null || r.uses != 1 || r.residual().s.stride != 1) return null;
        if (grad == this) return r;
        Operand y = a.node == grad ? b : a, x = r.residual().x;
        return y.node == null && x.node == null && y.array == x.array && y.offset == x.offset ? r : null;
    }

    /**
     * For a float32 product of two dense operands: the one that is a square's gradient of a constant
     * ({@link #isSquareGradOfConstant}) read by no other op of the pass, which a sum of this product computes in its
     * own loop (a weight's gradient {@code sum(g * (r * 2) * x)}); else null.
     */
    private Lazy squareGradFactor() {
        if (out != DType.FLOAT32 || kind != Kind.BINARY || binaryOp != BinaryOp.MUL || a.stride != 1 || b.stride != 1) return null;
        for (Operand o : new Operand[] {a, b}) {
            Lazy p = o.node;
            if (p != null && p.uses == 1 && p.isSquareGradOfConstant()) return p;
        }
        return null;
    }

    /** An op as {@code x * scale + shift}, with constants scale and shift. */
    private static final class Affine {
        final Operand x;
        final double scale, shift;

        Affine(Operand x, double scale, double shift) {
            this.x = x;
            this.scale = scale;
            this.shift = shift;
        }
    }

    /**
     * This op as a float32 {@code x * c1 + c2} with constants c1 and c2 (a scale and a shift whose shift is a
     * constant, or {@code x ± c}, {@code c - x}, {@code x * c}), or null. {@code x * c} is {@code x * c + 0}: a -0
     * that becomes +0 changes no sum.
     */
    private Affine affine() {
        if (out != DType.FLOAT32 || kind != Kind.BINARY || shifted != null || shiftedGrad != null) return null;
        boolean sub = binaryOp == BinaryOp.SUB;
        if (scale != null) {
            Operand shift = a.node == scale ? b : a;
            if (shift.stride != 0) return null;
            double c = scale.constantOperand();
            boolean shiftFirst = shift == a;
            return new Affine(scale.denseOperand(), sub && shiftFirst ? -c : c,
                    sub && !shiftFirst ? -shift.array[0] : shift.array[0]);
        }
        if (a.stride + b.stride != 1) return null;
        Operand x = denseOperand();
        double c = constantOperand();
        boolean constFirst = x == b;
        switch (binaryOp) {
            case ADD: return new Affine(x, 1, c);
            case SUB: return new Affine(x, constFirst ? -1 : 1, constFirst ? c : -c);
            case MUL: return new Affine(x, c, 0);
            default: return null;
        }
    }

    /** A scale and shift {@code x * c + s}, or {@code - s} when {@code subtract}, as {@link Kernels#affine} computes it. */
    private static final class Scaled {
        final Operand x, s;
        final double c;
        final boolean subtract;

        Scaled(Operand x, Operand s, double c, boolean subtract) {
            this.x = x;
            this.s = s;
            this.c = c;
            this.subtract = subtract;
        }
    }

    /** This op, a ± of s and its {@link #scale} {@code x * c}, as a scale and shift. */
    private Scaled scaled() {
        Operand s = a.node == scale ? b : a;
        boolean sub = binaryOp == BinaryOp.SUB, sFirst = s == a;
        double c = scale.constantOperand();
        // s - x * c is s + x * (-c): the same roundings, signs and all
        return sub && sFirst ? new Scaled(scale.denseOperand(), s, -c, false) : new Scaled(scale.denseOperand(), s, c, sub);
    }

    /** A residual {@code (x * c1 + c2) + s}, or {@code - s} when {@code subtract}, as {@link Kernels#affineThen} computes it. */
    private static final class Residual {
        final Operand x, s;
        final double c1, c2;
        final boolean subtract;

        Residual(Operand x, Operand s, double c1, double c2, boolean subtract) {
            this.x = x;
            this.s = s;
            this.c1 = c1;
            this.c2 = c2;
            this.subtract = subtract;
        }
    }

    /** This op, a ± of s and its {@link #shifted} {@code x * c1 + c2}, as a residual. */
    private Residual residual() {
        Affine f = shifted.affine();
        Operand s = a.node == shifted ? b : a;
        boolean sub = binaryOp == BinaryOp.SUB, sFirst = s == a;
        // s - (x * c1 + c2) is s + (x * (-c1) + (-c2)): the same roundings, signs and all
        return sub && sFirst ? new Residual(f.x, s, -f.scale, -f.shift, false) : new Residual(f.x, s, f.scale, f.shift, sub);
    }

    private Affine blockAffine() {
        if (blockAffine == null) blockAffine = affine();
        return blockAffine;
    }

    private Scaled blockScaled() {
        if (blockScaled == null) blockScaled = scaled();
        return blockScaled;
    }

    private Residual blockResidual() {
        if (blockResidual == null) blockResidual = residual();
        return blockResidual;
    }

    /** For a binary op with one constant operand (stride 0) and one dense (stride 1): the dense one. */
    private Operand denseOperand() { return a.stride == 1 ? a : b; }

    /** For a binary op with one constant operand and one dense: the constant. */
    private double constantOperand() { return (a.stride == 0 ? a : b).array[0]; }

    /** Whether this op is a float32 square, or a product of two dense operands, that {@link Summation.StreamedSum#addProducts} takes. */
    private boolean summedProduct() {
        if (out != DType.FLOAT32) return false;
        if (kind == Kind.POW) return constant == 2 && in == out;
        return kind == Kind.BINARY && binaryOp == BinaryOp.MUL && a.stride == 1 && b.stride == 1;
    }

    /**
     * Whether this op is a float32 square's gradient {@code g * (x * 2)} with a constant g and x's values at hand
     * (the gradient of a mean of squares): computing it again costs a multiply per element, so it is never kept.
     */
    private boolean isSquareGradOfConstant() {
        return kind == Kind.SQUARE_BACKWARD && out == DType.FLOAT32 && a.stride == 0 && (atHand(b) || b.node.isResidual());
    }

    /** Whether a pass computes this op again wherever it is read, rather than keeping it: see {@link #isResidual}. */
    private boolean isRecomputed() { return isSquareGradOfConstant() || isResidual(); }

    private static boolean atHand(Operand o) { return o.node == null || o.node.values != null; }

    /**
     * Whether this op is a float32 residual {@code (x * c1 + c2) ± s}, or {@code s - (...)}, of pending ops over dense
     * values at hand (a linear fit's {@code w * x + b - y}): computing it again costs less than an array of its own,
     * so it is never kept; the loops that read it (the loss, its gradients) compute it too.
     */
    private boolean isResidual() {
        if (values != null || kind != Kind.BINARY || out != DType.FLOAT32 || binaryOp != BinaryOp.ADD && binaryOp != BinaryOp.SUB) {
            return false;
        }
        return a.stride == 1 && b.stride == 1 && (a.node != null && a.node.isAffine() && atHand(b) || b.node != null && b.node.isAffine() && atHand(a));
    }

    /** Whether this op is a pending float32 scale or shift of dense x at hand: {@code x * c}, {@code x ± c}, {@code c - x}, {@code x * c1 ± c2}. */
    private boolean isAffine() {
        if (values != null || kind != Kind.BINARY || out != DType.FLOAT32 || a.stride + b.stride != 1) return false;
        Operand x = denseOperand();
        if (binaryOp == BinaryOp.MUL) return atHand(x);
        return (binaryOp == BinaryOp.ADD || binaryOp == BinaryOp.SUB) && (atHand(x) || x.node.isAffine() && x.node.binaryOp == BinaryOp.MUL);
    }
}
