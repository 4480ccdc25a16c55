package slope.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;
import slope.tensor.Tensor;

/** Convolutions through im2col agree with the definition written as plain loops, and differentiate twice. */
class ConvolutionTest {
    private static final int[] ONE = {1}, ZERO = {0};

    /** The definition: out[n, o, i, j] = sum over c in o's group, ki, kj of x[n, c, i*s - p + ki*d, j*s - p + kj*d] * w[o, c, ki, kj]. */
    private static double[] direct(Tensor x, Tensor w, int[] s, int[] p, int[] d, int groups, int oh, int ow) {
        int n = x.shape[0], c = x.shape[1], h = x.shape[2], wd = x.shape[3], o = w.shape[0], cg = w.shape[1], kh = w.shape[2], kw = w.shape[3];
        double[] xv = x.values(), wv = w.values(), out = new double[n * o * oh * ow];
        for (int b = 0; b < n; b++) {
            for (int oc = 0; oc < o; oc++) {
                int group = oc / (o / groups);
                for (int i = 0; i < oh; i++) {
                    for (int j = 0; j < ow; j++) {
                        double sum = 0;
                        for (int ci = 0; ci < cg; ci++) {
                            for (int ki = 0; ki < kh; ki++) {
                                for (int kj = 0; kj < kw; kj++) {
                                    int ii = i * s[0] - p[0] + ki * d[0], jj = j * s[1] - p[1] + kj * d[1];
                                    if (ii < 0 || ii >= h || jj < 0 || jj >= wd) continue;
                                    sum += xv[((b * c + group * cg + ci) * h + ii) * wd + jj] * wv[((oc * cg + ci) * kh + ki) * kw + kj];
                                }
                            }
                        }
                        out[((b * o + oc) * oh + i) * ow + j] = sum;
                    }
                }
            }
        }
        return out;
    }

    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 1e-12, "element " + i);
    }

    @Test
    void conv2dWithStridePaddingDilationAndGroupsIsTheDefinition() {
        Tensor x = input(new int[] {2, 4, 7, 6}, 1, false), w = input(new int[] {6, 2, 3, 2}, 2, false);
        int[] s = {2, 1}, p = {1, 2}, d = {1, 2};
        Tensor y = Convolution.convolution(x, w, null, s, p, d, 2, false, null);
        assertArrayEquals(new int[] {2, 6, 4, 8}, y.shape);
        assertClose(direct(x, w, s, p, d, 2, 4, 8), y.values());
        assertEquals("ConvolutionBackward0", y.gradFn().name);
    }

    @Test
    void conv1dIsConv2dOverPlanesOfHeightOne() {
        Tensor x = input(new int[] {2, 3, 9}, 3, false), w = input(new int[] {4, 3, 3}, 4, false), b = input(new int[] {4}, 5, false);
        Tensor y = Convolution.convolution(x, w, b, new int[] {2}, ONE, ONE, 1, false, null);
        Tensor y2 = Convolution.convolution(Views.unsqueeze(x, 2), Views.unsqueeze(w, 2), b, new int[] {1, 2}, new int[] {0, 1},
                new int[] {1, 1}, 1, false, null);
        assertArrayEquals(new int[] {2, 4, 5}, y.shape);
        assertClose(y2.values(), y.values());
    }

    @Test
    void transposedConvolutionIsTheAdjointOfConvolution() {
        // <conv(x, w), y> == <x, conv_transpose(y, w)> for every x and y: the definition of the transpose
        Tensor x = input(new int[] {1, 4, 7, 7}, 6, false), w = input(new int[] {6, 2, 3, 3}, 7, false);
        int[] s = {2, 2}, p = {1, 1}, d = {1, 1};
        Tensor y = Convolution.convolution(x, w, null, s, p, d, 2, false, null);
        Tensor z = input(y.shape, 8, false);
        Tensor back = Convolution.convolution(z, w, null, s, p, d, 2, true, new int[] {0, 0});
        assertArrayEquals(x.shape, back.shape);
        assertEquals(GradCheck.dot(y, z), GradCheck.dot(x, back), 1e-9);
    }

    @Test
    void unfoldAndFoldAreAdjoint() {
        Convolution.Window win = new Convolution.Window(5, 6, 2, 3, 2, 1, 1, 0, 1, 2);
        Tensor x = input(new int[] {2, 3, 5, 6}, 9, false);
        Tensor cols = Convolution.unfold(x, win);
        assertArrayEquals(new int[] {2, 18, win.oh() * win.ow()}, cols.shape);
        Tensor c = input(cols.shape, 10, false);
        assertEquals(GradCheck.dot(cols, c), GradCheck.dot(x, Convolution.fold(c, win)), 1e-9);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        int[] s = {2, 1}, p = {1, 0}, d = {1, 2};
        check(t -> Convolution.convolution(t[0], t[1], t[2], s, p, d, 2, false, null),
                input(new int[] {2, 4, 5, 6}, 11, false), input(new int[] {4, 2, 2, 2}, 12, false), input(new int[] {4}, 13, false));
        check(t -> Convolution.convolution(t[0], t[1], t[2], new int[] {2}, ONE, new int[] {2}, 1, true, ONE),
                input(new int[] {2, 2, 4}, 14, false), input(new int[] {2, 3, 3}, 15, false), input(new int[] {3}, 16, false));
    }

    @Test
    void secondDerivativesMatchFiniteDifferences() {
        // the gradient in x depends on w, and the gradient in w on x: both rules must record their graph
        checkSecond(t -> Convolution.convolution(t[0], t[1], null, ONE, ZERO, ONE, 1, false, null).pow(2),
                input(new int[] {1, 2, 4}, 17, false), input(new int[] {3, 2, 2}, 18, false));
        checkSecond(t -> Convolution.convolution(t[1], t[0], null, ONE, ZERO, ONE, 1, false, null).pow(2),
                input(new int[] {3, 2, 2}, 19, false), input(new int[] {1, 2, 4}, 20, false));
    }
}
