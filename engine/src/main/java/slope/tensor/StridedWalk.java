package slope.tensor;

/**
 * The outer loops of a strided kernel over two operands: the kernel handles the inner block (a row,
 * or ATen's 2-d inner loop) and {@link #advance} moves both operands to the next block, carrying
 * through the outer dims like an odometer.
 */
final class StridedWalk {
    private final int[] size, strideA, strideB, idx;
    private final int from, to;
    /** The operands' positions at the start of the current block. */
    int a, b;

    /** Dims {@code from} until {@code to} of sizes and strides given fastest first. */
    StridedWalk(int[] size, int[] strideA, int a, int[] strideB, int b, int from, int to) {
        this.size = size;
        this.strideA = strideA;
        this.strideB = strideB;
        this.a = a;
        this.b = b;
        this.from = from;
        this.to = to;
        this.idx = new int[to];
    }

    /** The rows of a row-major {@code shape}: every dim but the last, innermost first. */
    static StridedWalk rows(int[] shape, int[] strideA, int a, int[] strideB, int b) {
        int outer = Math.max(shape.length - 1, 0);
        int[] size = new int[outer], sa = new int[outer], sb = new int[outer];
        for (int i = 0; i < outer; i++) {
            int d = outer - 1 - i;
            size[i] = shape[d];
            sa[i] = strideA[d];
            sb[i] = strideB[d];
        }
        return new StridedWalk(size, sa, a, sb, b, 0, outer);
    }

    /** Moves to the next block; false after the last one. */
    boolean advance() {
        for (int d = from; d < to; d++) {
            if (++idx[d] < size[d]) {
                a += strideA[d];
                b += strideB[d];
                return true;
            }
            a -= strideA[d] * (size[d] - 1);
            b -= strideB[d] * (size[d] - 1);
            idx[d] = 0;
        }
        return false;
    }
}
