package slope.tensor;

/**
 * Float sums in PyTorch's order (ATen's cascade_sum in SumKernel.cpp): values are accumulated in
 * their own dtype (float32 in float32, acc_type<float, true>), in vector lanes, interleaved partial
 * sums and cascade levels, so a sum prints the same last digit as PyTorch's. Checked against PyTorch
 * 2.11 on an AVX-512 CPU (sum-05, sum-07 and the names/reductions cases in PyTorchRecordingsTest); the float64
 * lane count (4, AVX2) follows the same source but was not recorded.
 */
final class Summation {
    /**
     * Lanes of the Vectorized<float> ATen sums with: 8, even on AVX-512 CPUs, because SumKernel.cpp registers
     * sum_stub without ALSO_REGISTER_AVX512_DISPATCH (slower with AVX-512), so the AVX2 kernel runs.
     */
    static final int VECTOR_LANES = 8;
    private static final int ILP = 4;
    private static final int LEVELS = 4;

    private Summation() {}

    /**
     * {@code t} summed over the {@code reduced} dims, in row-major order of the kept dims, walking the
     * input as ATen's TensorIterator does: dims reordered (reduced dims first) and coalesced, then
     * cascade_sum's 2-D loop for each step of the outer dims, each adding into an output that starts at 0.
     * Serial only: ATen splits reductions of more than 32768 elements across threads.
     */
    static double[] sum(Tensor t, boolean[] reduced, int outN) {
        DType dt = t.dtype;
        int lanes = dt == DType.FLOAT32 ? VECTOR_LANES : VECTOR_LANES / 2;
        double[] out = new double[outN];
        if (outN == 1 && Lazy.streams(t)) {
            // a whole dense tensor is one row for vectorized_inner_sum: a pending one streams into it
            out[0] = dt.round(out[0] + Lazy.streamedSum(t));
            return out;
        }
        double[] x = t.storage.data();
        int rank = t.shape.length;
        // output strides: contiguous over the kept dims, 0 over the reduced ones
        int[] outStride = new int[rank];
        for (int d = rank - 1, s = 1; d >= 0; d--) {
            outStride[d] = reduced[d] ? 0 : s;
            if (!reduced[d]) s *= t.shape[d];
        }
        // TensorIterator's dim order, fastest first: starts reversed, then its insertion sort
        int[] perm = new int[rank];
        int n = 0;
        for (int d = rank - 1; d >= 0; d--) if (t.shape[d] != 1) perm[n++] = d;
        for (int i = 1; i < n; i++) {
            int d1 = i;
            for (int d0 = i - 1; d0 >= 0; d0--) {
                int c = shouldSwap(t, outStride, reduced, perm[d0], perm[d1]);
                if (c > 0) {
                    int tmp = perm[d0];
                    perm[d0] = perm[d1];
                    perm[d1] = tmp;
                    d1 = d0;
                } else if (c < 0) {
                    break;
                }
            }
        }
        // coalesce neighbours whose strides chain in both operands
        int[] size = new int[Math.max(n, 2)], in = new int[Math.max(n, 2)], os = new int[Math.max(n, 2)];
        int dims = 0;
        for (int i = 0; i < n; i++) {
            int d = perm[i];
            if (dims > 0 && size[dims - 1] * in[dims - 1] == t.strides[d] && size[dims - 1] * os[dims - 1] == outStride[d]) {
                size[dims - 1] *= t.shape[d];
            } else {
                size[dims] = t.shape[d];
                in[dims] = t.strides[d];
                os[dims] = outStride[d];
                dims++;
            }
        }
        if (Shape.numel(t.shape) == 0) return out;
        if (dims < 2) {
            if (dims == 0) size[0] = 1;
            size[1] = 1;
            in[1] = 0;
            os[1] = 0;
            dims = 2;
        }
        // ATen's 2-d inner loop over the two fastest dims, the rest walked around it
        StridedWalk w = new StridedWalk(size, in, t.offset, os, 0, 2, dims);
        do {
            loop2d(x, w.a, out, w.b, size[0], size[1], in[0], in[1], os[0], os[1], lanes, dt);
        } while (w.advance());
        return out;
    }

    /** TensorIterator's reorder_dimensions comparison; operands are the output, then the input. */
    private static int shouldSwap(Tensor t, int[] outStride, boolean[] reduced, int d0, int d1) {
        if (reduced[d0] != reduced[d1]) return reduced[d1] ? 1 : -1;
        if (!reduced[d0]) {
            int c = compareStrides(outStride[d0], outStride[d1], t.shape[d0], t.shape[d1]);
            if (c != 0) return c;
        }
        return compareStrides(t.strides[d0], t.strides[d1], t.shape[d0], t.shape[d1]);
    }

    private static int compareStrides(int s0, int s1, int n0, int n1) {
        if (s0 == 0 || s1 == 0) return 0;
        if (s0 != s1) return s0 < s1 ? -1 : 1;
        return n0 > n1 ? 1 : 0;
    }

    /** cascade_sum's inner loop over a (size0 x size1) block, adding each sum into its output. */
    private static void loop2d(double[] x, int base, double[] out, int obase, int size0, int size1,
                               int in0, int in1, int out0, int out1, int lanes, DType dt) {
        if (out0 != 0 && out1 == 0) { // move the reduction to dim 0
            int s = size0; size0 = size1; size1 = s;
            s = in0; in0 = in1; in1 = s;
            s = out0; out0 = out1; out1 = s;
        }
        if (out0 != 0) { // nothing reduced in this block: elementwise add
            for (int j = 0; j < size1; j++) {
                for (int i = 0; i < size0; i++) {
                    int o = obase + i * out0 + j * out1;
                    out[o] = dt.round(out[o] + x[base + i * in0 + j * in1]);
                }
            }
            return;
        }
        for (int j = 0; j < size1; j++) {
            int col = base + j * in1;
            double s;
            if (in0 == 1 && size0 >= lanes) {
                s = innerSum(x, col, size0, lanes, dt); // vectorized_inner_sum
            } else if (in1 == 1 && size1 >= lanes) {
                // vectorized_outer_sum: 4 vectors of columns at once, then single vectors, then scalars
                boolean block = j < size1 / (4 * lanes) * (4 * lanes);
                s = block ? cascade(x, col, in0, 0, 1, size0, dt)[0] : rowSum(x, col, in0, size0, dt);
            } else if (in0 < in1) {
                s = rowSum(x, col, in0, size0, dt); // scalar_inner_sum
            } else {
                boolean block = j < size1 / 4 * 4; // scalar_outer_sum: 4 columns at once, then one by one
                s = block ? cascade(x, col, in0, 0, 1, size0, dt)[0] : rowSum(x, col, in0, size0, dt);
            }
            int o = obase + j * out1;
            out[o] = dt.round(out[o] + s);
        }
    }

    /**
     * vectorized_inner_sum of one contiguous row: a lane-wise row_sum, the scalar tail, then the lanes in order.
     * The row_sums of all lanes run in one pass over memory: lane l's partial sum k reads the elements at
     * {@code l + k * lanes} of each block of {@code lanes * ILP}, so one cascade with that many running sums
     * does the work of all of them, each sum seeing the same values in the same order.
     */
    private static double innerSum(double[] x, int base, int n, int lanes, DType dt) {
        int width = lanes * ILP, rows = n / lanes / ILP;
        // a row shorter than one block (softmax over 10 classes) leaves every running sum at 0: no cascade to make
        double[] all = rows == 0 ? new double[width] : cascade(x, base, width, 1, width, rows, dt);
        return finishInnerSum(all, x, base, n, lanes, dt);
    }

    /** The end of {@link #innerSum} once its cascade gave {@code all}: it reads only the elements past its rows. */
    private static double finishInnerSum(double[] all, double[] x, int base, int n, int lanes, DType dt) {
        int vectors = n / lanes, rows = vectors / ILP;
        double acc = 0;
        for (int i = vectors * lanes; i < n; i++) acc = dt.round(acc + x[base + i]);
        for (int l = 0; l < lanes; l++) {
            double p0 = all[l];
            for (int i = rows * ILP; i < vectors; i++) p0 = dt.round(p0 + x[base + l + i * lanes]);
            for (int k = 1; k < ILP; k++) p0 = dt.round(p0 + all[l + k * lanes]);
            acc = dt.round(acc + p0);
        }
        return acc;
    }

    /**
     * {@link #innerSum} of {@code n} float32 values that arrive in blocks, in order, each starting at a multiple
     * of {@code VECTOR_LANES * ILP}: Lazy sums a fused expression this way without an array for it.
     */
    static final class StreamedSum {
        private final int n, rowsEnd;
        private final FloatCascade cascade;
        /** The elements past the cascade's rows, for the end of the sum. */
        private final double[] rest;
        /** See {@link #alsoSumIntercept}. */
        private StreamedSum intercept;
        private int interceptAdded;

        StreamedSum(int n) {
            this.n = n;
            int width = VECTOR_LANES * ILP, rows = n / VECTOR_LANES / ILP;
            rowsEnd = rows * width;
            cascade = new FloatCascade(width, rows);
            rest = new double[n - rowsEnd];
        }

        /** Elements [lo, hi), found at {@code x[at..]}. */
        void add(double[] x, int at, int lo, int hi) {
            add(FloatCascade.VALUES, x, at, null, 0, lo, hi);
        }

        /**
         * Elements [lo, hi) of a float32 square {@code x * x} ({@code y} null) or product {@code x * y}, each
         * rounded to float32 as the op's own loop rounds it, summed without being written anywhere.
         */
        void addProducts(double[] x, int at, double[] y, int yAt, int lo, int hi) {
            add(y == null ? FloatCascade.SQUARES : FloatCascade.PRODUCTS, x, at, y, yAt, lo, hi);
        }

        /**
         * Elements [lo, hi) of a float32 {@code x * c1 + c2}, the product and the sum each rounded to float32 (a
         * scaled or shifted tensor: {@code x + c} is {@code x * 1 + c}), summed without being written anywhere.
         */
        void addAffine(double[] x, int at, double c1, double c2, int lo, int hi) {
            cascade.scale = c1;
            cascade.shift = c2;
            add(FloatCascade.AFFINE, x, at, null, 0, lo, hi);
        }

        /**
         * Elements [lo, hi) of the float32 gradient of a square, {@code g * (x * 2)} with a constant g ({@code y}
         * null), or of its product with y, each product rounded as {@link Kernels#squareBackward} and the op's own
         * loop round it, summed without being written anywhere: the gradient a mean of squares sends to a bias,
         * and to a weight through {@code w * x}.
         */
        void addSquareGrads(double[] x, int at, double g, double[] y, int yAt, int lo, int hi) {
            cascade.grad = g;
            add(y == null ? FloatCascade.SQUARE_GRADS : FloatCascade.SQUARE_GRAD_PRODUCTS, x, at, y, yAt, lo, hi);
        }

        /**
         * Elements [lo, hi) of the float32 square {@code r * r} of a residual {@code r = (x * c1 + c2) + sign * s},
         * each step rounded as {@link Kernels#affineThen} rounds it (sign is 1 or -1: {@code a - s} is
         * {@code a + (-s)}), summed; r itself is written to {@code r[rAt..]} unless r is null, for the backward of the square.
         */
        void addResidualSquares(double[] x, int at, double c1, double c2, double[] s, int sAt, double sign, double[] r, int rAt,
                                int lo, int hi) {
            cascade.scale = c1;
            cascade.shift = c2;
            cascade.sign = sign;
            cascade.written = r;
            cascade.writtenBase = rAt;
            add(FloatCascade.RESIDUAL_SQUARES, x, at, s, sAt, lo, hi);
            cascade.written = null;
        }

        /**
         * Elements [lo, hi) of the float32 square's gradient {@code g * (r * 2)} of a residual
         * {@code r = (x * c1 + c2) + sign * s} ({@link #addResidualSquares}), or of that gradient times x when
         * {@code timesX}, each step rounded as its op rounds it, summed with neither r nor the gradient written: the
         * gradients a linear fit's mean squared residual sends to its intercept and, times x, to its slope.
         */
        void addResidualSquareGrads(double[] x, int at, double c1, double c2, double[] s, int sAt, double sign, double g,
                                    boolean timesX, int lo, int hi) {
            cascade.setResidualSquareGrad(c1, c2, sign, g);
            if (timesX && intercept != null) {
                intercept.cascade.setResidualSquareGrad(c1, c2, sign, g);
                cascade.paired = intercept.cascade;
                add(FloatCascade.RESIDUAL_SQUARE_GRAD_PAIRS, x, at, s, sAt, lo, hi);
                interceptAdded += hi - lo;
                return;
            }
            add(timesX ? FloatCascade.RESIDUAL_SQUARE_GRAD_PRODUCTS : FloatCascade.RESIDUAL_SQUARE_GRADS, x, at, s, sAt, lo, hi);
        }

        /**
         * Makes this sum, when its elements are a slope's gradient ({@link #addResidualSquareGrads} times x), also add the
         * same gradients without x to {@code intercept}, from the same loop; {@link #filledIntercept} says whether they all came.
         */
        void alsoSumIntercept(StreamedSum intercept) {
            this.intercept = intercept;
        }

        boolean filledIntercept() {
            return intercept != null && interceptAdded == n;
        }

        /**
         * Elements [lo, hi) of a float32 {@code q * c1 + c2} whose q is {@code x * c ± z * z} ({@link Kernels#affineSquare};
         * sign 1 or -1; z null is x), each step rounded, summed without q being written: a polynomial's {@code x ** 2 + b * x + c}.
         */
        void addAffineOfQuadratic(double[] x, int at, double c, double[] z, int zAt, double sign, double c1, double c2, int lo, int hi) {
            cascade.innerScale = c;
            cascade.sign = sign;
            cascade.scale = c1;
            cascade.shift = c2;
            add(FloatCascade.AFFINE_OF_QUADRATIC, x, at, z, zAt, lo, hi);
        }

        private void add(int form, double[] x, int at, double[] y, int yAt, int lo, int hi) {
            int end = Math.min(hi, rowsEnd);
            if (lo < end) cascade.addRows(form, x, at, y, yAt, VECTOR_LANES * ILP, (end - lo) / (VECTOR_LANES * ILP));
            for (int i = Math.max(lo, rowsEnd); i < hi; i++) {
                double v = x[at + i - lo], w = y == null ? 0 : y[yAt + i - lo];
                if (form == FloatCascade.RESIDUAL_SQUARES && cascade.written != null) {
                    cascade.written[cascade.writtenBase + i - lo] = cascade.residual(v, w);
                }
                if (form == FloatCascade.RESIDUAL_SQUARE_GRAD_PAIRS) {
                    rest[i - rowsEnd] = cascade.element(FloatCascade.RESIDUAL_SQUARE_GRAD_PRODUCTS, v, w);
                    intercept.rest[i - rowsEnd] = intercept.cascade.element(FloatCascade.RESIDUAL_SQUARE_GRADS, v, w);
                    continue;
                }
                rest[i - rowsEnd] = cascade.element(form, v, y == null && form == FloatCascade.AFFINE_OF_QUADRATIC ? v : w);
            }
        }

        double result() {
            return finishInnerSum(cascade.result(), rest, -rowsEnd, n, VECTOR_LANES, DType.FLOAT32);
        }
    }

    /** Sum of {@code n} values {@code stride} apart with ATen's four interleaved partial sums. */
    private static double rowSum(double[] x, int base, int stride, int n, DType dt) {
        int rows = n / ILP;
        double[] partial = cascade(x, base, stride * ILP, stride, ILP, rows, dt);
        for (int i = rows * ILP; i < n; i++) partial[0] = dt.round(partial[0] + x[base + i * stride]);
        for (int k = 1; k < ILP; k++) partial[0] = dt.round(partial[0] + partial[k]);
        return partial[0];
    }

    /** ATen's multi_row_sum: {@code nrows} running sums, each folded into coarser levels every 2^p steps. */
    private static double[] cascade(double[] x, int base, int rowStride, int colStride, int nrows, int size, DType dt) {
        if (dt == DType.FLOAT32) return cascadeFloat(x, base, rowStride, colStride, nrows, size);
        int levelPower = Math.max(4, ceilLog2(size) / LEVELS);
        int levelStep = 1 << levelPower;
        int levelMask = levelStep - 1;
        double[][] acc = new double[LEVELS][nrows];
        int i = 0;
        while (i + levelStep <= size) {
            for (int j = 0; j < levelStep; j++, i++) {
                for (int k = 0; k < nrows; k++) acc[0][k] = dt.round(acc[0][k] + x[base + i * rowStride + k * colStride]);
            }
            for (int j = 1; j < LEVELS; j++) {
                for (int k = 0; k < nrows; k++) {
                    acc[j][k] = dt.round(acc[j][k] + acc[j - 1][k]);
                    acc[j - 1][k] = 0;
                }
                if ((i & (levelMask << (j * levelPower))) != 0) break;
            }
        }
        for (; i < size; i++) {
            for (int k = 0; k < nrows; k++) acc[0][k] = dt.round(acc[0][k] + x[base + i * rowStride + k * colStride]);
        }
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < nrows; k++) acc[0][k] = dt.round(acc[0][k] + acc[j][k]);
        }
        return acc[0];
    }

    /** {@link #cascade} for float32, in {@link FloatCascade}. */
    private static double[] cascadeFloat(double[] x, int base, int rowStride, int colStride, int nrows, int size) {
        FloatCascade c = new FloatCascade(nrows, size);
        c.addRows(x, base, rowStride, colStride, size);
        return c.result();
    }

    /**
     * {@link #cascade} for float32 in float arithmetic: a float sum or product of two floats is what rounding
     * their double sum or product gives (double has more than twice float's precision), so the results are the
     * same, with flat arrays and no rounding calls in the loops. Rows may
     * come in several calls ({@link StreamedSum}): a level is folded after every {@code levelStep} rows, as
     * multi_row_sum folds after each whole group, and the rows of an unfinished group are just added.
     */
    private static final class FloatCascade {
        /** What the rows hold: the values to add, or float32 values made from them (see {@link #element}). */
        static final int VALUES = 0, SQUARES = 1, PRODUCTS = 2, AFFINE = 3, SQUARE_GRADS = 4, SQUARE_GRAD_PRODUCTS = 5,
                RESIDUAL_SQUARES = 6, RESIDUAL_SQUARE_GRADS = 7, RESIDUAL_SQUARE_GRAD_PRODUCTS = 8, AFFINE_OF_QUADRATIC = 9,
                RESIDUAL_SQUARE_GRAD_PAIRS = 10;
        /**
         * The constants of the AFFINE form, {@code x * scale + shift}, and of RESIDUAL_SQUARES, whose residual
         * {@code (x * scale + shift) + sign * y} is also written to {@code written}; the g of all four square-gradient
         * forms is grad (the RESIDUAL_SQUARE_GRADS forms' residual is RESIDUAL_SQUARES').
         * AFFINE_OF_QUADRATIC's values are {@code (x * innerScale + sign * (y * y)) * scale + shift}.
         */
        double scale, shift, sign, grad, innerScale;
        double[] written;
        int writtenBase;
        /** RESIDUAL_SQUARE_GRAD_PAIRS: the cascade that takes the RESIDUAL_SQUARE_GRADS while this one takes their products. */
        FloatCascade paired;
        private final int nrows, levelPower, levelStep, levelMask;
        private final float[] acc; // level j's sums at [j * nrows, (j + 1) * nrows)
        private int i; // rows added so far

        FloatCascade(int nrows, int size) {
            this.nrows = nrows;
            levelPower = Math.max(4, ceilLog2(size) / LEVELS);
            levelStep = 1 << levelPower;
            levelMask = levelStep - 1;
            acc = new float[LEVELS * nrows];
        }

        /** The constants of the residual square-gradient forms: the residual's c1, c2 and sign, and the gradient g. */
        void setResidualSquareGrad(double c1, double c2, double sign, double g) {
            scale = c1;
            shift = c2;
            this.sign = sign;
            grad = g;
        }

        /** One value of a {@code form} in float32, from {@code v} (and {@code w}): what the loops below add. */
        float element(int form, double v, double w) {
            switch (form) {
                case VALUES: return (float) v;
                case SQUARES: return (float) (v * v);
                case PRODUCTS: return (float) (v * w);
                case AFFINE: return (float) ((float) (v * scale) + shift);
                case RESIDUAL_SQUARES: {
                    double r = residual(v, w);
                    return (float) (r * r);
                }
                case SQUARE_GRADS: case SQUARE_GRAD_PRODUCTS: case RESIDUAL_SQUARE_GRADS: case RESIDUAL_SQUARE_GRAD_PRODUCTS: {
                    float g = (float) (grad * (float) ((isResidualGrad(form) ? residual(v, w) : v) * 2));
                    return form == SQUARE_GRAD_PRODUCTS ? (float) (g * w) : form == RESIDUAL_SQUARE_GRAD_PRODUCTS ? (float) (g * v) : g;
                }
                default: return (float) ((float) ((float) ((float) (v * innerScale) + sign * (float) (w * w)) * scale) + shift);
            }
        }

        /** Whether a square-gradient form's gradient is of a residual of x and y, rather than of x itself. */
        private static boolean isResidualGrad(int form) {
            return form == RESIDUAL_SQUARE_GRADS || form == RESIDUAL_SQUARE_GRAD_PRODUCTS;
        }

        /** The residual of RESIDUAL_SQUARES for x {@code v} and y {@code w}. */
        float residual(double v, double w) {
            return (float) ((float) ((float) (v * scale) + shift) + sign * w);
        }

        /**
         * The next {@code count} contiguous rows of a {@code form}: row r's value k is {@link #element} of
         * {@code x[p]} (and {@code y[p - base + yBase]}) at {@code p = base + r * rowStride + k}. The rows' sums are in
         * locals eight at a time (nrows is a multiple of 8 here), so the loop reads nothing but x (and y).
         */
        void addRows(int form, double[] x, int base, double[] y, int yBase, int rowStride, int count) {
            base -= i * rowStride; // so that row i, the next one, is at base + i * rowStride
            yBase -= i * rowStride;
            int wBase = writtenBase - i * rowStride;
            for (int end = i + count; i < end; ) {
                int stop = Math.min(end, (i & ~levelMask) + levelStep); // the end of this group, or of these rows
                for (int k = 0; k < nrows; k += 8) {
                    if (form == VALUES) addColumns8(x, base + k, rowStride, k, i, stop);
                    else if (form == SQUARES) addSquares8(x, base + k, rowStride, k, i, stop);
                    else if (form == AFFINE) addAffine8(x, base + k, rowStride, k, i, stop);
                    else if (form == PRODUCTS) addProducts8(x, base + k, y, yBase + k, rowStride, k, i, stop);
                    else if (form == RESIDUAL_SQUARES) addResidualSquares8(x, base + k, y, yBase + k, wBase + k, rowStride, k, i, stop);
                    else if (form == AFFINE_OF_QUADRATIC && y == null) addPolynomials8(x, base + k, rowStride, k, i, stop);
                    else if (form == AFFINE_OF_QUADRATIC) addAffineOfQuadratic8(x, base + k, y, yBase + k, rowStride, k, i, stop);
                    else if (form == RESIDUAL_SQUARE_GRADS) addResidualSquareGrads8(x, base + k, y, yBase + k, rowStride, k, i, stop);
                    else if (form == RESIDUAL_SQUARE_GRAD_PRODUCTS) addResidualSquareGradProducts8(x, base + k, y, yBase + k, rowStride, k, i, stop);
                    else if (form == RESIDUAL_SQUARE_GRAD_PAIRS) addResidualSquareGradPairs8(x, base + k, y, yBase + k, rowStride, k, i, stop);
                    else addSquareGrads8(form == SQUARE_GRAD_PRODUCTS, x, base + k, y, yBase + k, rowStride, k, i, stop);
                }
                i = stop;
                if ((i & levelMask) == 0) fold();
                if (form == RESIDUAL_SQUARE_GRAD_PAIRS) { // the paired cascade's rows are these, folded alike
                    paired.i = i;
                    if ((i & levelMask) == 0) paired.fold();
                }
            }
        }

        /** The next {@code count} rows: row r's value k at {@code x[base + r * rowStride + k * colStride]}. */
        void addRows(double[] x, int base, int rowStride, int colStride, int count) {
            if (colStride == 1 && nrows % 8 == 0) {
                addRows(VALUES, x, base, null, 0, rowStride, count);
                return;
            }
            base -= i * rowStride; // so that row i, the next one, is at base + i * rowStride
            for (int end = i + count; i < end; ) {
                int stop = Math.min(end, (i & ~levelMask) + levelStep); // the end of this group, or of these rows
                if (colStride == 1) {
                    for (; i < stop; i++) {
                        int p = base + i * rowStride;
                        for (int k = 0; k < nrows; k++) acc[k] = acc[k] + (float) x[p + k];
                    }
                } else {
                    for (; i < stop; i++) {
                        int p = base + i * rowStride;
                        for (int k = 0; k < nrows; k++) acc[k] = acc[k] + (float) x[p + k * colStride];
                    }
                }
                if ((i & levelMask) == 0) fold();
            }
        }

        /**
         * Rows [from, to) of the running sums k..k+7 held in locals: each sum still adds its values in row order,
         * and the loop reads nothing but x (in wasm every array access costs bounds and null checks).
         */
        private void addColumns8(double[] x, int base, int rowStride, int k, int from, int to) {
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride;
                s0 += (float) x[p];
                s1 += (float) x[p + 1];
                s2 += (float) x[p + 2];
                s3 += (float) x[p + 3];
                s4 += (float) x[p + 4];
                s5 += (float) x[p + 5];
                s6 += (float) x[p + 6];
                s7 += (float) x[p + 7];
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /** {@link #addColumns8} of float32 squares: the running sums add {@code (float) (v * v)}. */
        private void addSquares8(double[] x, int base, int rowStride, int k, int from, int to) {
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride;
                double v0 = x[p], v1 = x[p + 1], v2 = x[p + 2], v3 = x[p + 3];
                double v4 = x[p + 4], v5 = x[p + 5], v6 = x[p + 6], v7 = x[p + 7];
                s0 += (float) (v0 * v0);
                s1 += (float) (v1 * v1);
                s2 += (float) (v2 * v2);
                s3 += (float) (v3 * v3);
                s4 += (float) (v4 * v4);
                s5 += (float) (v5 * v5);
                s6 += (float) (v6 * v6);
                s7 += (float) (v7 * v7);
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /** {@link #addColumns8} of float32 {@code x * scale + shift}, each step rounded (in float arithmetic: see the class comment). */
        private void addAffine8(double[] x, int base, int rowStride, int k, int from, int to) {
            float c1 = (float) scale, c2 = (float) shift;
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride;
                s0 += (float) x[p] * c1 + c2;
                s1 += (float) x[p + 1] * c1 + c2;
                s2 += (float) x[p + 2] * c1 + c2;
                s3 += (float) x[p + 3] * c1 + c2;
                s4 += (float) x[p + 4] * c1 + c2;
                s5 += (float) x[p + 5] * c1 + c2;
                s6 += (float) x[p + 6] * c1 + c2;
                s7 += (float) x[p + 7] * c1 + c2;
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /** {@link #addColumns8} of float32 products: the running sums add {@code (float) (x * y)}. */
        private void addProducts8(double[] x, int base, double[] y, int yBase, int rowStride, int k, int from, int to) {
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride, o = yBase + r * rowStride;
                s0 += (float) (x[p] * y[o]);
                s1 += (float) (x[p + 1] * y[o + 1]);
                s2 += (float) (x[p + 2] * y[o + 2]);
                s3 += (float) (x[p + 3] * y[o + 3]);
                s4 += (float) (x[p + 4] * y[o + 4]);
                s5 += (float) (x[p + 5] * y[o + 5]);
                s6 += (float) (x[p + 6] * y[o + 6]);
                s7 += (float) (x[p + 7] * y[o + 7]);
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /**
         * {@link #addColumns8} of a square's float32 gradient {@code g * (x * 2)}, g a constant, alone or times y
         * (SQUARE_GRAD_PRODUCTS), each step in float arithmetic (see the class comment).
         */
        private void addSquareGrads8(boolean timesY, double[] x, int base, double[] y, int yBase, int rowStride, int k, int from,
                                     int to) {
            float g = (float) grad;
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride, o = yBase + r * rowStride;
                float g0 = g * ((float) x[p] * 2), g1 = g * ((float) x[p + 1] * 2);
                float g2 = g * ((float) x[p + 2] * 2), g3 = g * ((float) x[p + 3] * 2);
                float g4 = g * ((float) x[p + 4] * 2), g5 = g * ((float) x[p + 5] * 2);
                float g6 = g * ((float) x[p + 6] * 2), g7 = g * ((float) x[p + 7] * 2);
                if (timesY) { // the same for every row: a branch the processor predicts
                    g0 *= (float) y[o];
                    g1 *= (float) y[o + 1];
                    g2 *= (float) y[o + 2];
                    g3 *= (float) y[o + 3];
                    g4 *= (float) y[o + 4];
                    g5 *= (float) y[o + 5];
                    g6 *= (float) y[o + 6];
                    g7 *= (float) y[o + 7];
                }
                s0 += g0;
                s1 += g1;
                s2 += g2;
                s3 += g3;
                s4 += g4;
                s5 += g5;
                s6 += g6;
                s7 += g7;
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /**
         * {@link #addColumns8} of RESIDUAL_SQUARE_GRADS: the float32 gradient {@code g * (v * 2)} of the square of the
         * residual v of x and y ({@link #residual}), a bias's gradient in a linear fit. Its own loop, like the product
         * form below: with the forms' branches and the values they keep live, one loop for all cost a fifth more.
         */
        private void addResidualSquareGrads8(double[] x, int base, double[] y, int yBase, int rowStride, int k, int from, int to) {
            float g = (float) grad, c1 = (float) scale, c2 = (float) shift, sy = (float) sign;
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride, o = yBase + r * rowStride;
                s0 += g * (((float) x[p] * c1 + c2 + sy * (float) y[o]) * 2);
                s1 += g * (((float) x[p + 1] * c1 + c2 + sy * (float) y[o + 1]) * 2);
                s2 += g * (((float) x[p + 2] * c1 + c2 + sy * (float) y[o + 2]) * 2);
                s3 += g * (((float) x[p + 3] * c1 + c2 + sy * (float) y[o + 3]) * 2);
                s4 += g * (((float) x[p + 4] * c1 + c2 + sy * (float) y[o + 4]) * 2);
                s5 += g * (((float) x[p + 5] * c1 + c2 + sy * (float) y[o + 5]) * 2);
                s6 += g * (((float) x[p + 6] * c1 + c2 + sy * (float) y[o + 6]) * 2);
                s7 += g * (((float) x[p + 7] * c1 + c2 + sy * (float) y[o + 7]) * 2);
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /** {@link #addResidualSquareGrads8} times x (RESIDUAL_SQUARE_GRAD_PRODUCTS): a weight's gradient in a linear fit. */
        private void addResidualSquareGradProducts8(double[] x, int base, double[] y, int yBase, int rowStride, int k, int from,
                                                    int to) {
            float g = (float) grad, c1 = (float) scale, c2 = (float) shift, sy = (float) sign;
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride, o = yBase + r * rowStride;
                float x0 = (float) x[p], x1 = (float) x[p + 1], x2 = (float) x[p + 2], x3 = (float) x[p + 3];
                s0 += g * ((x0 * c1 + c2 + sy * (float) y[o]) * 2) * x0;
                s1 += g * ((x1 * c1 + c2 + sy * (float) y[o + 1]) * 2) * x1;
                s2 += g * ((x2 * c1 + c2 + sy * (float) y[o + 2]) * 2) * x2;
                s3 += g * ((x3 * c1 + c2 + sy * (float) y[o + 3]) * 2) * x3;
                float x4 = (float) x[p + 4], x5 = (float) x[p + 5], x6 = (float) x[p + 6], x7 = (float) x[p + 7];
                s4 += g * ((x4 * c1 + c2 + sy * (float) y[o + 4]) * 2) * x4;
                s5 += g * ((x5 * c1 + c2 + sy * (float) y[o + 5]) * 2) * x5;
                s6 += g * ((x6 * c1 + c2 + sy * (float) y[o + 6]) * 2) * x6;
                s7 += g * ((x7 * c1 + c2 + sy * (float) y[o + 7]) * 2) * x7;
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /**
         * {@link #addResidualSquareGradProducts8} into this cascade and {@link #addResidualSquareGrads8} into {@link #paired},
         * from one read of x and y: a linear fit's slope and intercept gradients in one loop, each as its own loop adds it.
         */
        private void addResidualSquareGradPairs8(double[] x, int base, double[] y, int yBase, int rowStride, int k, int from, int to) {
            float g = (float) grad, c1 = (float) scale, c2 = (float) shift, sy = (float) sign;
            float[] pacc = paired.acc;
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            float t0 = pacc[k], t1 = pacc[k + 1], t2 = pacc[k + 2], t3 = pacc[k + 3];
            float t4 = pacc[k + 4], t5 = pacc[k + 5], t6 = pacc[k + 6], t7 = pacc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride, o = yBase + r * rowStride;
                float x0 = (float) x[p], d0 = g * ((x0 * c1 + c2 + sy * (float) y[o]) * 2);
                t0 += d0;
                s0 += d0 * x0;
                float x1 = (float) x[p + 1], d1 = g * ((x1 * c1 + c2 + sy * (float) y[o + 1]) * 2);
                t1 += d1;
                s1 += d1 * x1;
                float x2 = (float) x[p + 2], d2 = g * ((x2 * c1 + c2 + sy * (float) y[o + 2]) * 2);
                t2 += d2;
                s2 += d2 * x2;
                float x3 = (float) x[p + 3], d3 = g * ((x3 * c1 + c2 + sy * (float) y[o + 3]) * 2);
                t3 += d3;
                s3 += d3 * x3;
                float x4 = (float) x[p + 4], d4 = g * ((x4 * c1 + c2 + sy * (float) y[o + 4]) * 2);
                t4 += d4;
                s4 += d4 * x4;
                float x5 = (float) x[p + 5], d5 = g * ((x5 * c1 + c2 + sy * (float) y[o + 5]) * 2);
                t5 += d5;
                s5 += d5 * x5;
                float x6 = (float) x[p + 6], d6 = g * ((x6 * c1 + c2 + sy * (float) y[o + 6]) * 2);
                t6 += d6;
                s6 += d6 * x6;
                float x7 = (float) x[p + 7], d7 = g * ((x7 * c1 + c2 + sy * (float) y[o + 7]) * 2);
                t7 += d7;
                s7 += d7 * x7;
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
            paired.store8(k, t0, t1, t2, t3, t4, t5, t6, t7);
        }

        /** {@link #addColumns8} of a residual's float32 squares, each residual also written ({@link #residual}) unless written is null. */
        private void addResidualSquares8(double[] x, int base, double[] y, int yBase, int wBase, int rowStride, int k, int from,
                                         int to) {
            float c1 = (float) scale, c2 = (float) shift, sy = (float) sign; // float arithmetic: see the class comment
            double[] w = written;
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride, o = yBase + r * rowStride, q = wBase + r * rowStride;
                float r0 = (float) x[p] * c1 + c2 + sy * (float) y[o];
                float r1 = (float) x[p + 1] * c1 + c2 + sy * (float) y[o + 1];
                float r2 = (float) x[p + 2] * c1 + c2 + sy * (float) y[o + 2];
                float r3 = (float) x[p + 3] * c1 + c2 + sy * (float) y[o + 3];
                float r4 = (float) x[p + 4] * c1 + c2 + sy * (float) y[o + 4];
                float r5 = (float) x[p + 5] * c1 + c2 + sy * (float) y[o + 5];
                float r6 = (float) x[p + 6] * c1 + c2 + sy * (float) y[o + 6];
                float r7 = (float) x[p + 7] * c1 + c2 + sy * (float) y[o + 7];
                if (w != null) { // the same for every row: a branch the processor predicts
                    w[q] = r0;
                    w[q + 1] = r1;
                    w[q + 2] = r2;
                    w[q + 3] = r3;
                    w[q + 4] = r4;
                    w[q + 5] = r5;
                    w[q + 6] = r6;
                    w[q + 7] = r7;
                }
                s0 += r0 * r0;
                s1 += r1 * r1;
                s2 += r2 * r2;
                s3 += r3 * r3;
                s4 += r4 * r4;
                s5 += r5 * r5;
                s6 += r6 * r6;
                s7 += r7 * r7;
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /** {@link #addColumns8} of {@link #element}'s scaled and shifted {@code x * innerScale ± y * y}, in float arithmetic. */
        private void addAffineOfQuadratic8(double[] x, int base, double[] y, int yBase, int rowStride, int k, int from, int to) {
            float c = (float) innerScale, sy = (float) sign, c1 = (float) scale, c2 = (float) shift;
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride, o = yBase + r * rowStride;
                float z0 = (float) y[o], z1 = (float) y[o + 1], z2 = (float) y[o + 2], z3 = (float) y[o + 3];
                s0 += ((float) x[p] * c + sy * (z0 * z0)) * c1 + c2;
                s1 += ((float) x[p + 1] * c + sy * (z1 * z1)) * c1 + c2;
                s2 += ((float) x[p + 2] * c + sy * (z2 * z2)) * c1 + c2;
                s3 += ((float) x[p + 3] * c + sy * (z3 * z3)) * c1 + c2;
                float z4 = (float) y[o + 4], z5 = (float) y[o + 5], z6 = (float) y[o + 6], z7 = (float) y[o + 7];
                s4 += ((float) x[p + 4] * c + sy * (z4 * z4)) * c1 + c2;
                s5 += ((float) x[p + 5] * c + sy * (z5 * z5)) * c1 + c2;
                s6 += ((float) x[p + 6] * c + sy * (z6 * z6)) * c1 + c2;
                s7 += ((float) x[p + 7] * c + sy * (z7 * z7)) * c1 + c2;
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        /**
         * {@link #addAffineOfQuadratic8} of x alone (y null): a polynomial {@code x ** 2 + b * x + c} in x, each value read
         * once. Its own loop: with the choice between x and y in every row it cost a fifth more.
         */
        private void addPolynomials8(double[] x, int base, int rowStride, int k, int from, int to) {
            float c = (float) innerScale, sy = (float) sign, c1 = (float) scale, c2 = (float) shift;
            float s0 = acc[k], s1 = acc[k + 1], s2 = acc[k + 2], s3 = acc[k + 3];
            float s4 = acc[k + 4], s5 = acc[k + 5], s6 = acc[k + 6], s7 = acc[k + 7];
            for (int r = from; r < to; r++) {
                int p = base + r * rowStride;
                float x0 = (float) x[p], x1 = (float) x[p + 1], x2 = (float) x[p + 2], x3 = (float) x[p + 3];
                s0 += (x0 * c + sy * (x0 * x0)) * c1 + c2;
                s1 += (x1 * c + sy * (x1 * x1)) * c1 + c2;
                s2 += (x2 * c + sy * (x2 * x2)) * c1 + c2;
                s3 += (x3 * c + sy * (x3 * x3)) * c1 + c2;
                float x4 = (float) x[p + 4], x5 = (float) x[p + 5], x6 = (float) x[p + 6], x7 = (float) x[p + 7];
                s4 += (x4 * c + sy * (x4 * x4)) * c1 + c2;
                s5 += (x5 * c + sy * (x5 * x5)) * c1 + c2;
                s6 += (x6 * c + sy * (x6 * x6)) * c1 + c2;
                s7 += (x7 * c + sy * (x7 * x7)) * c1 + c2;
            }
            store8(k, s0, s1, s2, s3, s4, s5, s6, s7);
        }

        private void store8(int k, float s0, float s1, float s2, float s3, float s4, float s5, float s6, float s7) {
            acc[k] = s0;
            acc[k + 1] = s1;
            acc[k + 2] = s2;
            acc[k + 3] = s3;
            acc[k + 4] = s4;
            acc[k + 5] = s5;
            acc[k + 6] = s6;
            acc[k + 7] = s7;
        }

        private void fold() {
            for (int j = 1; j < LEVELS; j++) {
                int hi = j * nrows, lo = hi - nrows;
                for (int k = 0; k < nrows; k++) {
                    acc[hi + k] = acc[hi + k] + acc[lo + k];
                    acc[lo + k] = 0;
                }
                if ((i & (levelMask << (j * levelPower))) != 0) break;
            }
        }

        /** The running sums, each with its coarser levels added in. */
        double[] result() {
            for (int j = 1; j < LEVELS; j++) {
                for (int k = 0; k < nrows; k++) acc[k] = acc[k] + acc[j * nrows + k];
            }
            double[] out = new double[nrows];
            for (int k = 0; k < nrows; k++) out[k] = acc[k];
            return out;
        }
    }

    private static int ceilLog2(int n) {
        if (n <= 1) return 0;
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
