package slope.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import slope.tensor.DType;

/** Expected strings are PyTorch 2.11's output (golden/public.json) or follow torch/_tensor_str.py. */
class TensorReprTest {

    private static String f32(int[] shape, double... values) {
        return repr(shape, DType.FLOAT32, List.of(), values);
    }

    private static String repr(int[] shape, DType dtype, List<String> suffixes, double... values) {
        double[] rounded = new double[values.length];
        for (int i = 0; i < values.length; i++) rounded[i] = dtype.round(values[i]);
        return TensorRepr.of(shape, rounded, dtype, suffixes);
    }

    private static int[] shape(int... sizes) {
        return sizes;
    }

    private static double[] range(int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = i * scale;
        return v;
    }

    @Test
    void wholeFloatsPrintWithATrailingPoint() {
        assertEquals("tensor(11.)", f32(shape(), 11));
        assertEquals("tensor([[ 4.,  6.],\n        [ 8., 10.]])", f32(shape(2, 2), 4, 6, 8, 10));
        assertEquals("tensor([[1., 1., 1.],\n        [1., 1., 1.]])", f32(shape(2, 3), 1, 1, 1, 1, 1, 1));
        assertEquals("tensor([[0., 0.],\n        [0., 0.]])", f32(shape(2, 2), 0, 0, 0, 0));
    }

    @Test
    void fixedNotationHasFourDecimalsAndAlignsSigns() {
        assertEquals("tensor([[ 0.4842, -0.1305,  2.5755],\n        [-0.6347,  0.3210, -4.0226]])",
                f32(shape(2, 3), 0.4842, -0.1305, 2.5755, -0.6347, 0.321, -4.0226));
        assertEquals("tensor([0.7647])", f32(shape(1), 0.7647));
        assertEquals("tensor(-0.9300)", f32(shape(), -0.93));
        assertEquals("tensor(22.1434)", f32(shape(), 22.1434));
    }

    @Test
    void floatsPrintFromTheirFloat32Value() {
        assertEquals("tensor(1.0000)", f32(shape(), 1.00005)); // float32 1.00005 is 1.0000499486...
        assertEquals("tensor(1.0001, dtype=torch.float64)", repr(shape(), DType.FLOAT64, List.of(), 1.00005));
    }

    @Test
    void negativeZeroKeepsItsSign() {
        assertEquals("tensor([[ 1.2877,  0.0000,  1.5534],\n        [-1.1682, -0.0000, -1.4092]])",
                f32(shape(2, 3), 1.2877, 0.0, 1.5534, -1.1682, -0.0, -1.4092));
        assertEquals("tensor(-0.)", f32(shape(), -0.0));
        assertEquals("tensor([0., -0.])", f32(shape(2), 0.0, -0.0)); // zeros do not set the width
    }

    @Test
    void scientificWhenMaxOverMinExceeds1000() {
        assertEquals("tensor([  0.5000, 500.0000])", f32(shape(2), 0.5, 500));
        assertEquals("tensor([5.0000e-01, 5.0050e+02])", f32(shape(2), 0.5, 500.5));
        assertEquals("tensor([1.0010e+03, 1.0000e+00])", f32(shape(2), 1001, 1));
        assertEquals("tensor([1000.,    1.])", f32(shape(2), 1000, 1));
    }

    @Test
    void scientificAbove1e8() {
        assertEquals("tensor(100000000.)", f32(shape(), 1e8));
        assertEquals("tensor(1.2346e+08)", f32(shape(), 123456789)); // float32 holds 123456792
        assertEquals("tensor([1.0000e+08], dtype=torch.float64)", repr(shape(1), DType.FLOAT64, List.of(), 100000000.5));
    }

    @Test
    void scientificBelow1eMinus4UnlessWhole() {
        assertEquals("tensor([1.0000e-04])", f32(shape(1), 1e-4)); // float32 1e-4 is just below 1e-4
        assertEquals("tensor([0.0001, 0.0010], dtype=torch.float64)", repr(shape(2), DType.FLOAT64, List.of(), 1e-4, 1e-3));
        assertEquals("tensor([-1.0000e-05,  1.0000e+00])", f32(shape(2), -1e-5, 1));
        assertEquals("tensor(1.0000e-300, dtype=torch.float64)", repr(shape(), DType.FLOAT64, List.of(), 1e-300));
    }

    @Test
    void nanAndInfDoNotSetTheFormat() {
        assertEquals("tensor([1., nan])", f32(shape(2), 1, Double.NaN));
        assertEquals("tensor([nan, inf, -inf])", f32(shape(3), Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertEquals("tensor([1.5000,    nan])", f32(shape(2), 1.5, Double.NaN));
        assertEquals("tensor([1.0000e-05,        nan,        inf])", f32(shape(3), 1e-5, Double.NaN, Double.POSITIVE_INFINITY));
        assertEquals("tensor(nan)", f32(shape(), Double.NaN));
    }

    @Test
    void int64HasNoPointAndNoDtype() {
        assertEquals("tensor([  1,  -2, 300])", repr(shape(3), DType.INT64, List.of(), 1, -2, 300));
        assertEquals("tensor(5)", repr(shape(), DType.INT64, List.of(), 5));
    }

    @Test
    void boolsAlignToFalse() {
        assertEquals("tensor([ True, False])", repr(shape(2), DType.BOOL, List.of(), 1, 0));
        assertEquals("tensor([True, True])", repr(shape(2), DType.BOOL, List.of(), 1, 1));
        assertEquals("tensor(True)", repr(shape(), DType.BOOL, List.of(), 1));
    }

    @Test
    void threeDimensionsHaveBlankLinesBetweenSlices() {
        assertEquals("tensor([[[ 0.,  1.],\n         [ 2.,  3.]],\n\n        [[ 4.,  5.],\n         [ 6.,  7.]],\n\n"
                        + "        [[ 8.,  9.],\n         [10., 11.]]])",
                f32(shape(3, 2, 2), range(12, 1)));
        assertEquals("tensor([[[[0, 1]]],\n\n\n        [[[2, 3]]]])", repr(shape(2, 1, 1, 2), DType.INT64, List.of(), 0, 1, 2, 3));
    }

    @Test
    void rowsWrapAtEightyColumns() {
        // width 3 ("29."): (80 - 7) / 5 = 14 elements a line
        assertEquals("tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,\n"
                        + "        14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,\n"
                        + "        28., 29.])",
                f32(shape(30), range(30, 1)));
        // rows of a matrix are indented one more and so fit (80 - 8) / 8 = 9 elements
        assertEquals("tensor([[0.0000, 0.1250, 0.2500, 0.3750, 0.5000, 0.6250, 0.7500, 0.8750, 1.0000,\n"
                        + "         1.1250],\n"
                        + "        [1.2500, 1.3750, 1.5000, 1.6250, 1.7500, 1.8750, 2.0000, 2.1250, 2.2500,\n"
                        + "         2.3750]])",
                f32(shape(2, 10), range(20, 0.125)));
    }

    @Test
    void overAThousandElementsShowThreeAtEachEnd() {
        assertEquals("tensor([   0,    1,    2,  ..., 1998, 1999, 2000])",
                repr(shape(2001), DType.INT64, List.of(), range(2001, 1)));
        assertEquals("tensor([[   0,    1,    2,  ...,   97,   98,   99],\n"
                        + "        [ 100,  101,  102,  ...,  197,  198,  199],\n"
                        + "        [ 200,  201,  202,  ...,  297,  298,  299],\n"
                        + "        ...,\n"
                        + "        [1700, 1701, 1702,  ..., 1797, 1798, 1799],\n"
                        + "        [1800, 1801, 1802,  ..., 1897, 1898, 1899],\n"
                        + "        [1900, 1901, 1902,  ..., 1997, 1998, 1999]])",
                repr(shape(20, 100), DType.INT64, List.of(), range(2000, 1)));
    }

    @Test
    void summarizedRowsWrapWithTheEllipsisCountedAsAnElement() {
        double[] v = new double[2000];
        for (int i = 0; i < v.length; i++) v[i] = -(i * 1024.0);
        assertEquals("tensor([-0.0000e+00, -1.0240e+03, -2.0480e+03,  ..., -2.0449e+06,\n"
                        + "        -2.0460e+06, -2.0470e+06], requires_grad=True)",
                repr(shape(2000), DType.FLOAT32, List.of("requires_grad=True"), v));
    }

    @Test
    void hiddenElementsDoNotSetTheFormat() {
        double[] v = new double[2001];
        java.util.Arrays.fill(v, 1);
        v[1000] = 1e-5;
        assertEquals("tensor([1., 1., 1.,  ..., 1., 1., 1.])", f32(shape(2001), v));
    }

    @Test
    void emptyTensorsShowSizeUnlessOneDimensional() {
        assertEquals("tensor([])", f32(shape(0)));
        assertEquals("tensor([], size=(0, 3))", f32(shape(0, 3)));
        assertEquals("tensor([], dtype=torch.int64)", repr(shape(0), DType.INT64, List.of()));
        assertEquals("tensor([], size=(2, 0), dtype=torch.float64, requires_grad=True)",
                repr(shape(2, 0), DType.FLOAT64, List.of("requires_grad=True")));
    }

    @Test
    void suffixesFollowTheValues() {
        assertEquals("tensor(54., grad_fn=<SumBackward0>)", repr(shape(), DType.FLOAT32, List.of("grad_fn=<SumBackward0>"), 54));
        assertEquals("tensor([-1.1160,  1.2533], requires_grad=True)",
                repr(shape(2), DType.FLOAT32, List.of("requires_grad=True"), -1.116, 1.2533));
        assertEquals("tensor([3., 6.], dtype=torch.float64, grad_fn=<MulBackward0>)",
                repr(shape(2), DType.FLOAT64, List.of("grad_fn=<MulBackward0>"), 3, 6));
    }

    @Test
    void aSuffixMovesToItsOwnLineWhenItWouldPassEightyColumns() {
        // "tensor([0.5000, ..., 6.5000]" is 63 characters; PyTorch counts 65, and 65 + 2 + 18 > 80
        assertEquals("tensor([0.5000, 1.5000, 2.5000, 3.5000, 4.5000, 5.5000, 6.5000],\n       requires_grad=True)",
                repr(shape(7), DType.FLOAT32, List.of("requires_grad=True"), 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5));
        assertEquals("tensor([0.5000, 1.5000, 2.5000, 3.5000, 4.5000, 5.5000], requires_grad=True)",
                repr(shape(6), DType.FLOAT32, List.of("requires_grad=True"), 0.5, 1.5, 2.5, 3.5, 4.5, 5.5));
    }

    @Test
    void valuesMustFillTheShape() {
        assertThrows(IllegalArgumentException.class, () -> TensorRepr.of(shape(2, 2), new double[3], DType.FLOAT32, List.of()));
    }

    @Test
    void sizeAndShapeTuple() {
        assertEquals("torch.Size([2, 3])", TensorRepr.size(shape(2, 3)));
        assertEquals("torch.Size([])", TensorRepr.size(shape()));
        assertEquals("(0, 3)", TensorRepr.shapeTuple(shape(0, 3)));
        assertEquals("(0,)", TensorRepr.shapeTuple(shape(0)));
    }
}
