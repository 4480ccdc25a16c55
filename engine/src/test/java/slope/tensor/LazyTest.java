package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import slope.ops.InPlace;
import slope.ops.Pointwise;
import slope.ops.Views;
import slope.run.Budget;
import slope.run.PyError;
import slope.tensor.Kernels.BinaryOp;

/**
 * Fused elementwise chains ({@link Lazy}) give the eager kernels' values bit for bit, and keep PyTorch's
 * semantics around them: in-place writes, views, version counters, the element budget.
 */
class LazyTest {
    /** Not a multiple of the block or of the 32-element SIMD blocks of pow and sigmoid. */
    private static final int N = 10_007;

    private static Tensor data(DType dt, long seed) {
        return data(dt, N, seed);
    }

    private static Tensor data(DType dt, int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = dt.round((r.nextDouble() * 4 - 2) * Math.pow(2, r.nextInt(8) - 4));
        v[3] = 0;
        v[4] = -0.0;
        return new Tensor(v, new int[] {n}, dt);
    }

    /** The values {@code f} makes with every op eager, and with every large one fused. */
    private static void assertFusedMatchesEager(Supplier<Tensor> f) {
        double[] eager = withMinElements(Integer.MAX_VALUE, f);
        double[] fused = withMinElements(4096, f);
        assertEquals(eager.length, fused.length);
        for (int i = 0; i < eager.length; i++) {
            if (Double.doubleToLongBits(eager[i]) != Double.doubleToLongBits(fused[i])) {
                throw new AssertionError("element " + i + ": eager " + eager[i] + ", fused " + fused[i]);
            }
        }
    }

    private static double[] withMinElements(int min, Supplier<Tensor> f) {
        int keep = Lazy.minElements;
        Lazy.minElements = min;
        try {
            return f.get().values().clone();
        } finally {
            Lazy.minElements = keep;
        }
    }

    @Test
    void elementwiseChainsGiveTheEagerValuesBitForBit() {
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            assertFusedMatchesEager(() -> {
                Tensor x = data(dt, 1), y = data(dt, 2);
                Tensor a = x.pow(2).add(x.mul(2)).add(1).mul(x.exp()).sub(x.sigmoid());
                Tensor b = a.div(x.abs().add(1).pow(1.7)).add(x.pow(3)).sub(y.abs().pow(-0.5)).add(x.pow(0.5));
                Tensor c = Pointwise.maximum(b.tanh(), y.sin()).mul(Pointwise.log1p(y.abs())).sub(x.neg().relu());
                return c.add(y.to(DType.FLOAT64).to(dt)).div(x.cos().add(3).sqrt()).pow(-1).add(Tensor.scalar(0.1, DType.FLOAT64));
            });
        }
    }

    @Test
    void gradientsOfFusedGraphsMatchEager() {
        assertFusedMatchesEager(() -> { // W2: sum(x^2 + 2x + 1) and its gradient
            Tensor x = data(DType.FLOAT32, 3).requiresGrad(true);
            x.pow(2).add(x.mul(2)).add(1).sum().backward();
            return x.grad();
        });
        for (int which = 0; which < 2; which++) { // W3: a linear fit's loss, gradients of the slope and the intercept
            int w = which;
            assertFusedMatchesEager(() -> {
                Tensor x = data(DType.FLOAT32, 4), y = data(DType.FLOAT32, 5);
                Tensor k = Tensor.scalar(0.5).requiresGrad(true), b = Tensor.scalar(-0.25).requiresGrad(true);
                Tensor loss = k.mul(x).add(b).sub(y).pow(2).mean();
                loss.backward();
                return w == 0 ? k.grad() : b.grad().add(loss);
            });
        }
    }

    @Test
    void aScaleAndAShiftInOneLoopRoundAsTheTwoOps() {
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (double c2 : new double[] {0.3, 0.0, -0.0}) {
                Tensor shift = Tensor.scalar(c2, DType.FLOAT64);
                assertFusedMatchesEager(() -> data(dt, 31).mul(1.7).add(shift));
                assertFusedMatchesEager(() -> Tensor.scalar(-2.5, DType.FLOAT64).mul(data(dt, 32)).sub(shift));
                assertFusedMatchesEager(() -> shift.sub(data(dt, 33).mul(Tensor.scalar(0.1, DType.FLOAT64))));
                assertFusedMatchesEager(() -> shift.add(Tensor.scalar(3, DType.FLOAT64).mul(data(dt, 34))).exp());
            }
            if (dt == DType.FLOAT32) {
                assertFusedMatchesEager(() -> { // a residual w * x + b - y, y - (w * x + b), (x + c) + y, (c - x) - 0.5
                    Tensor x = data(dt, 37), y = data(dt, 38);
                    Tensor r1 = x.mul(0.7).add(0.1).sub(y), r2 = y.sub(x.mul(-1.3).sub(0.2)), r3 = x.add(0.3).add(y);
                    Tensor r4 = Tensor.scalar(2, DType.FLOAT64).sub(x).sub(0.5);
                    return r1.mul(r2).add(r3.mul(r4)).add(x.mul(3).add(y).add(x.mul(2)));
                });
            }
            assertFusedMatchesEager(() -> { // a dense shift on either side: x^2 + 2x, y - 0.5x, 0.5x - y
                Tensor x = data(dt, 35), y = data(dt, 36);
                return x.pow(2).add(x.mul(2)).add(y.sub(x.mul(0.5))).mul(x.mul(0.5).sub(y));
            });
        }
    }

    @Test
    void theGradientOfASquareInOneLoopRoundsAsTheTwoOps() {
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            assertFusedMatchesEager(() -> { // g a dense gradient; x with values whose double overflows float32
                Tensor x = data(dt, 28).mul(Tensor.scalar(2e38, DType.FLOAT64)).requiresGrad(true);
                Tensor w = data(dt, 29).mul(Tensor.scalar(1e-30, DType.FLOAT64));
                x.pow(2).mul(w).sum().backward();
                return x.grad();
            });
            assertFusedMatchesEager(() -> { // g one value: mean's
                Tensor x = data(dt, 30).requiresGrad(true);
                x.pow(2).mean().backward();
                return x.grad();
            });
        }
    }

    @Test
    void aConstantAddedToASquaresGradientInOneLoopRoundsAsTheTwoOps() {
        // x with values whose x * 2 overflows float32; g and c of either sign, zeros among them
        Tensor big = Tensor.scalar(2e37, DType.FLOAT64);
        for (double g : new double[] {1, -0.3, -0.0}) {
            for (double c : new double[] {2, -0.7, 0.0, -0.0}) {
                Tensor shift = Tensor.scalar(c, DType.FLOAT64);
                assertFusedMatchesEager(() -> squareGradient(g, data(DType.FLOAT32, 42).mul(big)).add(shift));
                assertFusedMatchesEager(() -> shift.add(squareGradient(g, data(DType.FLOAT32, 43).mul(big))));
                assertFusedMatchesEager(() -> squareGradient(g, data(DType.FLOAT32, 44)).sub(shift));
                assertFusedMatchesEager(() -> shift.sub(squareGradient(g, data(DType.FLOAT32, 45).mul(big))));
            }
        }
        assertFusedMatchesEager(() -> { // the gradient of 2 * x ** 2 + 3 * x + 1, added up by backward
            Tensor x = data(DType.FLOAT32, 46).requiresGrad(true);
            Tensor.scalar(2).mul(x.pow(2)).add(x.mul(3)).add(1).sum().backward();
            return x.grad();
        });
    }

    @Test
    void aSumOfAPendingTensorStreamsItsBlocksInPyTorchsOrder() {
        // sizes with and without a partial vector, partial row of 32, partial level of the cascade
        for (int n : new int[] {4096, 4103, 4127, N, 65_536 + 40, 300_001}) {
            assertFusedMatchesEager(() -> {
                Tensor y = data(DType.FLOAT32, n, 15).mul(1.7).sub(0.2);
                return y.sum().add(Views.reshape(y.exp(), new int[] {1, n}).mean());
            });
            assertFusedMatchesEager(() -> { // squares and products are summed without being written
                Tensor x = data(DType.FLOAT32, n, 17), y = data(DType.FLOAT32, n, 18).mul(3);
                return x.pow(2).sum().add(x.mul(y).sum()).add(x.sub(y).pow(2).mean()).add(y.add(1).mul(x.exp()).sum());
            });
            assertFusedMatchesEager(() -> { // and scales and shifts by constants
                Tensor x = data(DType.FLOAT32, n, 19);
                Tensor half = Tensor.scalar(0.5, DType.FLOAT64), two = Tensor.scalar(2, DType.FLOAT64);
                return x.mul(1.7).add(0.3).sum().add(half.sub(x).sum()).add(x.sub(2).mean()).add(x.mul(-3).sum())
                        .add(two.sub(x.mul(half)).sum()).add(x.mul(0.25).sub(half).sum()).add(x.exp().add(x.mul(3)).sum());
            });
        }
        Tensor y = data(DType.FLOAT32, N, 16).mul(3);
        y.sum();
        assertTrue(y.storage.isPending()); // summed block by block, never given an array
    }

    @Test
    void theGradientsOfAMeanOfSquaresAreSummedWithoutBeingWritten() {
        for (int n : new int[] {4096, 4103, N, 65_536 + 40}) {
            for (double g : new double[] {0.1, -3e-5, -0.0}) {
                assertFusedMatchesEager(() -> {
                    Tensor x = data(DType.FLOAT32, n, 40), y = data(DType.FLOAT32, n, 41);
                    Tensor gr = squareGradient(g, x);
                    Tensor sums = gr.sum().add(gr.mul(y).sum()).add(y.mul(gr).sum()).add(gr.mul(y.exp()).sum());
                    assertEquals(Lazy.minElements <= n, gr.storage.isPending()); // computed again in each sum's loop
                    return sums.add(gr.sum());
                });
            }
        }
    }

    @Test
    void eachLaneOfASummedSquareGradientRoundsAsItsOps() {
        // one nonzero element: each sum is that element, as each lane of the summing loops computes it
        int n = 4096 + 40; // the cascade's rows, and elements past them
        double[][] xyg = {{2.5e38, 1.5, 0.25}, {0.7234567, -1.2345678, -3e-5}, {-1.1, 0.3, 0.1}}; // 2.5e38 * 2 overflows
        for (int j = 0; j < n; j = j == 63 ? n - 40 : j + 1) {
            int at = j;
            for (double[] v : xyg) {
                assertFusedMatchesEager(() -> {
                    double[] xs = new double[n], ys = new double[n];
                    xs[at] = (float) v[0];
                    ys[at] = (float) v[1];
                    Tensor y = new Tensor(ys, new int[] {n}, DType.FLOAT32), gr = squareGradient(v[2], new Tensor(xs, new int[] {n}, DType.FLOAT32));
                    return items(gr.sum(), gr.mul(y).sum());
                });
            }
        }
    }

    @Test
    void aSquaredResidualIsSummedInTheLoopThatComputesIt() {
        for (int n : new int[] {4096, 4103, 4127, N, 65_536 + 40}) {
            for (int form = 0; form < 8; form++) {
                int f = form;
                assertFusedMatchesEager(() -> {
                    Tensor y = data(DType.FLOAT32, n, 51);
                    return residualFit(f % 4, data(DType.FLOAT32, n, 50), f < 4 ? y : pending(y), -0.3);
                });
            }
        }
        // one nonzero residual (y cancels the intercept elsewhere): the loss and the gradients are that element's, as
        // each lane computes it; the second and third x and y are ones where each product's rounding shows
        int n = 4096 + 40;
        double intercept = (float) -0.3;
        double[][] xy = {{-1.2345678, 0.7654321}, {-2.847324848175049, 0.2484748363494873}, {2.9552605152130127, 2.1596791744232178}};
        for (int j = 0; j < n; j = j == 63 ? n - 40 : j + 1) {
            for (double[] v : xy) {
                for (int form = 0; form < 8; form++) {
                    double[] xs = new double[n], ys = new double[n];
                    java.util.Arrays.fill(ys, form % 4 < 2 ? intercept : -intercept);
                    xs[j] = (float) v[0];
                    ys[j] = (float) v[1];
                    int f = form;
                    assertFusedMatchesEager(() -> {
                        Tensor y = new Tensor(ys.clone(), new int[] {n}, DType.FLOAT32);
                        return residualFit(f % 4, new Tensor(xs.clone(), new int[] {n}, DType.FLOAT32), f < 4 ? y : pending(y), intercept);
                    });
                }
            }
        }
    }

    @Test
    void aResidualIsComputedAgainByEachSumOfItsSquaresGradient() {
        for (int n : new int[] {4096, 4103, N}) {
            assertFusedMatchesEager(() -> {
                Tensor x = data(DType.FLOAT32, n, 52), y = data(DType.FLOAT32, n, 53), g = Tensor.scalar(-0.01).expand(n);
                Tensor r = x.mul(Tensor.scalar(0.7, DType.FLOAT64)).add(Tensor.scalar(0.2, DType.FLOAT64)).sub(y);
                Tensor gr = Kernels.squareBackward(g, r);
                boolean fused = gr != null;
                if (!fused) gr = g.mul(r.mul(2));
                // times the residual's x: one loop; times another tensor: the residual computed in a loop of its own
                Tensor sums = items(gr.sum(), gr.mul(x).sum(), x.mul(gr).sum(), gr.mul(y).sum(), y.mul(gr).sum());
                assertEquals(fused, r.storage.isPending() && gr.storage.isPending()); // neither ever given an array
                return sums;
            });
        }
    }

    /**
     * {@code y + 0}, pending when y is large, so that a residual of it is written by the loss that computes it rather
     * than computed again by each gradient (as in a fit's first step, whose y is still pending).
     */
    private static Tensor pending(Tensor y) {
        return y.add(Tensor.scalar(0, DType.FLOAT64));
    }

    /** A fit's mean squared residual in one of four forms, and its gradients (which read or compute the residual again). */
    private static Tensor residualFit(int form, Tensor x, Tensor y, double intercept) {
        Tensor k = Tensor.scalar(0.7123).requiresGrad(true), b = Tensor.scalar(intercept).requiresGrad(true);
        Tensor fit = k.mul(x).add(b);
        Tensor r = form == 0 ? fit.sub(y) : form == 1 ? y.sub(fit) : form == 2 ? fit.add(y) : y.add(fit);
        Tensor loss = r.pow(2).mean();
        loss.backward();
        return items(loss, k.grad(), b.grad());
    }

    /** The values of zero-dim tensors, apart: one sum's infinity would hide another's change. */
    private static Tensor items(Tensor... ts) {
        double[] v = new double[ts.length];
        for (int i = 0; i < ts.length; i++) v[i] = ts[i].item();
        return new Tensor(v, new int[] {ts.length}, DType.FLOAT32);
    }

    /** {@code g * (x * 2)} as the backward of {@code x ** 2} makes it for a gradient g of one value: fused when large. */
    private static Tensor squareGradient(double g, Tensor x) {
        x.storage.data(); // computed, as the forward pass leaves a residual
        Tensor fused = Kernels.squareBackward(Tensor.scalar(g).expand(x.numel()), x);
        return fused != null ? fused : Tensor.scalar(g).expand(x.numel()).mul(x.mul(2));
    }

    @Test
    void eachLaneOfASummedScaleAndShiftRoundsAsItsOps() {
        // 1 * c1 - c1 is 0: each sum is the one element's x * c1 - c1
        double c1 = (float) 0.7123;
        Tensor scale = Tensor.scalar(c1, DType.FLOAT64), shift = Tensor.scalar(-c1, DType.FLOAT64);
        assertEachLaneMatchesEager(new double[] {-2.847324848175049, 2.9552605152130127, 0.2484748363494873},
                x -> items(x.mul(scale).add(shift).sum(), shift.add(x.mul(scale)).sum()));
    }

    /**
     * {@code f} of a float32 x that is 1 but at one element, fused and eager, for each element of the summing loops' first
     * 64 lanes and of the elements past their rows, and each value there: when f makes a 1 into 0, each sum is that
     * element's value, as its lane computes it.
     */
    private static void assertEachLaneMatchesEager(double[] values, java.util.function.Function<Tensor, Tensor> f) {
        int n = 4096 + 40;
        for (int j = 0; j < n; j = j == 63 ? n - 40 : j + 1) {
            for (double v : values) {
                double[] xs = new double[n];
                java.util.Arrays.fill(xs, 1);
                xs[j] = (float) v;
                assertFusedMatchesEager(() -> f.apply(new Tensor(xs.clone(), new int[] {n}, DType.FLOAT32)));
            }
        }
    }

    @Test
    void aPolynomialOfSquareAndScaleRunsInOneLoopAndSumsInOne() {
        Tensor two = Tensor.scalar(2, DType.FLOAT64), half = Tensor.scalar(0.5, DType.FLOAT64), three = Tensor.scalar(3, DType.FLOAT64);
        for (int n : new int[] {4096, 4103, 4127, N, 65_536 + 40}) {
            assertFusedMatchesEager(() -> { // summed: W2's x ** 2 + 2 * x + 1, and the square on the other side of + and -
                Tensor x = data(DType.FLOAT32, n, 60), z = data(DType.FLOAT32, n, 61);
                return items(x.pow(2).add(x.mul(two)).add(1).sum(), x.mul(two).add(x.pow(2)).sub(half).sum(),
                        x.pow(2).sub(x.mul(three)).mul(half).mean(), x.mul(three).sub(z.pow(2)).add(two).sum(),
                        three.sub(x.pow(2).add(x.mul(half))).sum());
            });
        }
        assertFusedMatchesEager(() -> { // written: the values themselves
            Tensor x = data(DType.FLOAT32, 62), z = data(DType.FLOAT32, 63);
            return x.pow(2).add(x.mul(two)).exp().add(z.mul(three).sub(x.pow(2))).mul(x.pow(2).sub(z.mul(half)));
        });
        // 1 * c + 1 * 1 - (c + 1) is 0; at the last value x * c + x * x rounds differently when x * x is not rounded first
        double c = (float) 0.7123;
        Tensor scale = Tensor.scalar(c, DType.FLOAT64), shift = Tensor.scalar(-(float) (c + 1), DType.FLOAT64);
        assertEachLaneMatchesEager(new double[] {-2.847324848175049, 2.9552605152130127, 0.7374101877212524},
                x -> items(x.mul(scale).add(x.pow(2)).add(shift).sum()));
        assertEachLaneMatchesEager(new double[] {-2.847324848175049, 2.9552605152130127, 0.7374101877212524}, x -> {
            Tensor z = new Tensor(x.values().clone(), x.shape, DType.FLOAT32); // the square of another tensor: its own loop
            return items(x.mul(scale).add(z.pow(2)).add(shift).sum());
        });
    }

    @Test
    void opsOnOneValueAreOneValueComputedOnce() {
        Tensor g = Tensor.scalar(0.1).expand(N).div(Tensor.scalar(3, DType.FLOAT64)); // what mean's backward sends
        Tensor h = g.mul(Tensor.scalar(2, DType.FLOAT64)).sub(Views.slice(g, 0, new Views.Slice(0L, 1L, 1L)).sum());
        assertTrue(Lazy.fill(h) != null);
        assertFusedMatchesEager(() -> Tensor.scalar(0.1).expand(N).div(Tensor.scalar(3, DType.FLOAT64)).mul(2)
                .add(data(DType.FLOAT64, 27)).mul(Tensor.scalar(0.7).expand(N).pow(2).mul(Tensor.scalar(1e-3, DType.FLOAT64))));
    }

    @Test
    void aLeafGradientIsComputedByBackwardItself() {
        Tensor x = data(DType.FLOAT32, 6).requiresGrad(true);
        x.exp().mul(3).sum().backward();
        assertFalse(x.grad().storage.isPending());
    }

    @Test
    void aLinearFitsScalarGradientsAreComputedByBackwardItself() { // summed later, together, but before backward returns
        Tensor x = data(DType.FLOAT32, 72), y = data(DType.FLOAT32, 73);
        Tensor k = Tensor.scalar(0.5).requiresGrad(true), b = Tensor.scalar(0.1).requiresGrad(true);
        k.mul(x).add(b).sub(y).pow(2).mean().backward();
        assertFalse(k.grad().storage.isPending());
        assertFalse(b.grad().storage.isPending());
    }

    @Test
    void aDroppedGradientThatNothingReadIsComputedIntoByTheNext() { // W2: x.grad = None before each backward
        Tensor x = data(DType.FLOAT32, 8).requiresGrad(true);
        x.pow(2).add(x.mul(2)).add(1).sum().backward();
        double[] first = x.gradInBackward().storage.data();
        x.setGrad(null);
        x.pow(3).add(x.mul(2)).sum().backward();
        assertSame(first, x.gradInBackward().storage.data());
        assertArrayEquals(withMinElements(Integer.MAX_VALUE, () -> {
            Tensor e = data(DType.FLOAT32, 8).requiresGrad(true);
            e.pow(3).add(e.mul(2)).sum().backward();
            return e.grad();
        }), x.grad().values());
    }

    @Test
    void aGradientThatWasReadKeepsItsValuesAfterItIsDropped() {
        Tensor x = data(DType.FLOAT32, 9).requiresGrad(true);
        x.pow(2).add(x.mul(2)).sum().backward();
        Tensor g = x.grad(); // g = x.grad in Python: the program may print it later
        double[] before = g.values().clone();
        x.setGrad(null);
        x.pow(2).add(x.mul(5)).sum().backward();
        assertArrayEquals(before, g.values());
        assertNotSame(g.storage.data(), x.grad().storage.data());
    }

    @Test
    void smallTensorsStayEager() {
        Tensor x = new Tensor(new double[] {1, 2, 3}, new int[] {3}, DType.FLOAT32);
        assertFalse(x.mul(2).add(1).storage.isPending());
        assertTrue(data(DType.FLOAT32, 7).mul(2).storage.isPending());
    }

    @Test
    void anInPlaceWriteLeavesPendingReadersTheOldValues() {
        Tensor x = Tensor.onesLike(data(DType.FLOAT32, 8));
        Tensor y = x.mul(2);
        Tensor z = y.add(x); // reads x twice: directly and through y
        InPlace.apply(x, BinaryOp.ADD, Tensor.scalar(1));
        InPlace.copy(Views.slice(x, 0, new Views.Slice(0L, 5L, 1L)), Tensor.scalar(7));
        assertEquals(2, y.values()[0]);
        assertEquals(3, z.values()[N - 1]);
        assertEquals(7, x.values()[0]);
        assertEquals(2, x.values()[N - 1]);
    }

    @Test
    void aResidualComputedAgainByBackwardReadsTheDataOfItsForward() {
        // y is not saved (a subtraction saves nothing), so PyTorch lets it change before backward: the gradients
        // are still those of the residual the loss computed, which the recomputed residual must read too
        assertFusedMatchesEager(() -> {
            Tensor x = data(DType.FLOAT32, 70), y = data(DType.FLOAT32, 71);
            Tensor k = Tensor.scalar(0.7).requiresGrad(true), b = Tensor.scalar(-0.2).requiresGrad(true);
            Tensor loss = k.mul(x).add(b).sub(y).pow(2).mean();
            InPlace.apply(y, BinaryOp.ADD, Tensor.scalar(1));
            loss.backward();
            return items(loss, k.grad(), b.grad(), y.sum());
        });
    }

    @Test
    void writingIntoAPendingTensorComputesItFirst() {
        Tensor x = data(DType.FLOAT64, 9);
        Tensor y = x.mul(2);
        InPlace.apply(y, BinaryOp.ADD, Tensor.scalar(1, DType.FLOAT64));
        Tensor z = x.mul(3);
        InPlace.fill(Views.slice(z, 0, new Views.Slice(1L, (long) N, 1L)), 5);
        for (int i = 0; i < N; i += 997) assertEquals(x.values()[i] * 2 + 1, y.values()[i]);
        assertEquals(x.values()[0] * 3, z.values()[0]);
        assertEquals(5, z.values()[N - 1]);
    }

    @Test
    void viewsOfAPendingTensorSeeItsValues() {
        assertFusedMatchesEager(() -> {
            Tensor y = data(DType.FLOAT32, 10).mul(3).add(1);
            Tensor tail = Views.slice(y, 0, new Views.Slice(7L, (long) N, 1L)); // an offset view: read, not fused
            Tensor square = Views.reshape(Views.slice(y, 0, new Views.Slice(0L, 10_000L, 1L)), new int[] {100, 100});
            return tail.mul(2).sum().add(square.transpose(0, 1).exp().sum()).add(Views.reshape(y, new int[] {N, 1}).sigmoid().sum());
        });
    }

    @Test
    void modifyingASavedPendingTensorStillFailsBackward() {
        Tensor x = data(DType.FLOAT32, 11).requiresGrad(true);
        Tensor y = x.mul(2);
        Tensor z = y.sin(); // SinBackward0 saves y, still pending
        InPlace.apply(y, BinaryOp.ADD, Tensor.scalar(1));
        PyError e = assertThrows(PyError.class, () -> z.sum().backward());
        assertTrue(e.getMessage().contains("modified by an inplace operation"), e.getMessage());
    }

    @Test
    void theElementBudgetCountsAPendingResultWhenItIsMade() {
        Tensor x = data(DType.FLOAT32, 12);
        new Budget(Long.MAX_VALUE, Long.MAX_VALUE, N - 1).activate();
        try {
            PyError e = assertThrows(PyError.class, () -> x.mul(2));
            assertEquals("BudgetError", e.type);
        } finally {
            Budget.unlimited().activate();
        }
    }

    @Test
    void aLongChainIsComputedInPiecesOfBoundedSize() {
        assertFusedMatchesEager(() -> {
            Tensor y = data(DType.FLOAT32, 13);
            for (int i = 0; i < 1000; i++) {
                y = y.mul(1.01).add(0.001);
                assertTrue(Lazy.pendingOps(y) <= Lazy.MAX_OPS);
            }
            return y;
        });
    }

    @Test
    void anOpReadByTwoPendingResultsIsComputedOnce() {
        Tensor y = data(DType.FLOAT32, 14).exp();
        Tensor a = y.mul(2), b = y.mul(3);
        assertTrue(y.storage.isPending());
        double first = a.values()[0];
        assertFalse(y.storage.isPending()); // kept by a's pass, for b
        assertEquals((float) (y.values()[0] * 2), first);
        assertArrayEquals(withMinElements(Integer.MAX_VALUE, () -> y.mul(3)), b.values());
    }

    @Test
    void aPendingTensorComputedByTwoPassesIsKeptByTheSecond() {
        Tensor y = data(DType.FLOAT32, 17).mul(2);
        y.add(1).sum().item();
        assertTrue(y.storage.isPending()); // its blocks went into the sum
        Tensor z = y.add(2);
        z.sum().item();
        assertFalse(y.storage.isPending()); // the program uses it again: kept rather than computed a third time
        assertArrayEquals(withMinElements(Integer.MAX_VALUE, () -> data(DType.FLOAT32, 17).mul(2).add(2)), z.values());
    }

    @Test
    void aSumOrMeanOfAPendingExpressionIsComputedOnlyWhenRead() {
        Tensor x = data(DType.FLOAT32, 19);
        Tensor y = x.mul(2).add(1);
        Tensor sum = y.sum(), mean = y.mean();
        assertTrue(sum.storage.isPending());
        assertTrue(mean.storage.isPending());
        assertTrue(y.storage.isPending());
        Kernels.writable(x)[0] += 1000; // an in-place write after the sum leaves the sum's operand as it was
        assertEquals(withMinElements(Integer.MAX_VALUE, () -> data(DType.FLOAT32, 19).mul(2).add(1).sum())[0], sum.item());
        assertEquals(withMinElements(Integer.MAX_VALUE, () -> data(DType.FLOAT32, 19).mul(2).add(1).mean())[0], mean.item());
        assertFalse(sum.storage.isPending());
    }
}
