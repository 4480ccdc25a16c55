package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slope's float32 pow and sigmoid against PyTorch 2.11 on 2814 inputs (resources/pytorch/float_functions.json,
 * recorded by tools/exact/record_float_functions.py), and what the recording shows about the rest.
 */
class PyTorchFloatFunctionsTest {
    static String json;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = PyTorchFloatFunctionsTest.class.getResourceAsStream("/pytorch/float_functions.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static float[] floats(String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":\\[([-0-9,]*)\\]").matcher(json);
        if (!m.find()) throw new IllegalArgumentException(key);
        String[] parts = m.group(1).split(",");
        float[] f = new float[parts.length];
        for (int i = 0; i < parts.length; i++) f[i] = Float.intBitsToFloat(Integer.parseInt(parts[i]));
        return f;
    }

    static Tensor tensor(float[] v, int from, int to) {
        double[] d = new double[to - from];
        for (int i = from; i < to; i++) d[i - from] = v[i];
        return new Tensor(d, new int[] {d.length}, DType.FLOAT32);
    }

    static int mismatches(float[] want, double[] got, int from, int to) {
        int bad = 0;
        for (int i = from; i < to; i++) if (Float.floatToIntBits(want[i]) != Float.floatToIntBits((float) got[i])) bad++;
        return bad;
    }

    @Test
    void powOfOneElementIsStdPowWithTheExponentInDouble() {
        float[] x = floats("x"), want = floats("pow1.7_single");
        for (int i = 0; i < want.length; i++) { // recorded as x.abs() ** 1.7
            Tensor ax = new Tensor(new double[] {Math.abs(x[i])}, new int[] {1}, DType.FLOAT32);
            assertEquals(want[i], (float) Kernels.powScalar(ax, 1.7, DType.FLOAT32).values()[0], "x = " + x[i]);
        }
    }

    @Test
    void powOfALongTensorTakesTheVectorPathInBlocksOf32() {
        float[] x = floats("x"), want = floats("pow1.7_vector");
        double[] ax = new double[x.length];
        for (int i = 0; i < x.length; i++) ax[i] = Math.abs(x[i]);
        double[] got = Kernels.powScalar(new Tensor(ax, new int[] {ax.length}, DType.FLOAT32), 1.7, DType.FLOAT32).values();
        int tail = x.length % 32;
        assertEquals(0, mismatches(want, got, x.length - tail, x.length), "scalar tail");
        assertEquals(0, mismatches(want, got, 0, x.length - tail), "vector path: SLEEF's Sleef_powf16_u10(x, 1.7f)");
    }

    @Test
    void sigmoidOfOneElementIsOneOverOnePlusExp() {
        float[] x = floats("x"), want = floats("sigmoid_single");
        for (int i = 0; i < want.length; i++) {
            double got = Kernels.unary(Kernels.UnaryOp.SIGMOID, tensor(x, i, i + 1), DType.FLOAT32).values()[0];
            assertEquals(want[i], (float) got, "x = " + x[i]);
        }
    }

    @Test
    void sigmoidOfALongTensorUsesSleefExpfInBlocksOf32() {
        float[] x = floats("x"), want = floats("sigmoid_vector");
        double[] got = Kernels.unary(Kernels.UnaryOp.SIGMOID, tensor(x, 0, x.length), DType.FLOAT32).values();
        assertEquals(0, mismatches(want, got, 0, x.length));
    }

    @Test
    void stridedInputsTakeTheScalarPathThroughout() {
        float[] x = floats("x"), sig = floats("sigmoid_strided");
        double[] both = new double[2 * x.length];
        for (int i = 0; i < x.length; i++) both[2 * i] = both[2 * i + 1] = x[i];
        // torch.stack([x, x], 1)[:, 0]: every other element
        Tensor strided = new Tensor(new Storage(both), new int[] {x.length}, new int[] {2}, 0, DType.FLOAT32);
        assertEquals(0, mismatches(sig, Kernels.unary(Kernels.UnaryOp.SIGMOID, strided, DType.FLOAT32).values(), 0, x.length));
    }

    @Test
    void expm1AndLog1pAreSleefsAtEverySize() {
        float[] x = floats("x"), expm1 = floats("expm1_vector"), log1p = floats("log1p_abs_vector");
        Tensor t = tensor(x, 0, x.length);
        assertEquals(0, mismatches(expm1, Kernels.unary(Kernels.UnaryOp.EXPM1, t, DType.FLOAT32).values(), 0, x.length));
        double[] got = Kernels.unary(Kernels.UnaryOp.LOG1P, Kernels.unary(Kernels.UnaryOp.ABS, t, DType.FLOAT32),
                DType.FLOAT32).values();
        assertEquals(0, mismatches(log1p, got, 0, x.length));
    }

    @Test
    void pytorchSinAndSqrtAreNotCorrectlyRoundedBecauseTheyComeFromMkl() {
        float[] x = floats("x"), sin = floats("sin_vector"), sqrt = floats("sqrt_vector");
        int sinOff = 0, sqrtOff = 0;
        for (int i = 0; i < x.length; i++) {
            if (Float.floatToIntBits((float) Math.sin(x[i])) != Float.floatToIntBits(sin[i])) sinOff++;
            if (Float.floatToIntBits((float) Math.sqrt(Math.abs(x[i]))) != Float.floatToIntBits(sqrt[i])) sqrtOff++;
        }
        // IEEE sqrt is exact, so a sqrt off by one ulp can only come from MKL's vsSqrt (VML_HA), which ATen's
        // vml.h uses for sin, cos, tan, tanh, exp, log, sqrt, atan when built with MKL, at every tensor size
        assertEquals(122, sinOff);
        assertEquals(23, sqrtOff);
    }
}
