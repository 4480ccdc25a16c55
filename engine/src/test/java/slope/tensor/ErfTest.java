package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** erf against CPython's math.erf, and GELU as torch.nn.functional computes it. */
class ErfTest {
    @Test
    void erfAgreesWithCPythonToTheLastBitOrTwo() {
        double[][] cases = { // x, math.erf(x) from CPython 3.11
            {0.1, 0.1124629160182849}, {0.5, 0.5204998778130465}, {1.0, 0.8427007929497149}, {2.0, 0.9953222650189527},
            {2.9, 0.9999589021219005}, {3.0, 0.9999779095030014}, {3.5, 0.9999992569016276}, {4.5, 0.9999999998033839},
            {-1.5, -0.9661051464753108}, {6.5, 1.0}, {0.0, 0.0}};
        for (double[] c : cases) assertEquals(c[1], Erf.erf(c[0]), 2 * Math.ulp(c[1]) + 1e-300, "erf " + c[0]);
    }

    @Test
    void atenVectorErfIsWithinItsApproximationError() {
        for (int i = -400; i <= 400; i++) {
            float x = i / 100f;
            assertEquals(Erf.erf(x), Erf.atenVector(x), 4e-7, "erf " + x); // Abramowitz and Stegun 7.1.26: 1.5e-7, plus float roundings
        }
    }

    @Test
    void geluMatchesTheFormulaAndItsModulePrints() {
        // x * 0.5 * (1 + erf(x / sqrt 2)) and its derivative, from CPython's math.erf
        assertEquals("""
                tensor([-0.0040, -0.0455, -0.1587,  0.0000,  0.8413,  1.9545,  2.9960],
                       grad_fn=<GeluBackward0>)
                tensor([-0.0119, -0.0852, -0.0833,  0.5000,  1.0833,  1.0852,  1.0119])
                GELU(approximate='none') tensor([ 0.8412, -0.1543]) tensor([0.5205])
                """, RunOutput.of("""
                import torch
                import torch.nn.functional as F
                x = torch.linspace(-3, 3, 7, requires_grad=True)
                y = F.gelu(x)
                print(y)
                y.sum().backward()
                print(x.grad)
                print(torch.nn.GELU(), torch.nn.GELU(approximate='tanh')(torch.tensor([1.0, -0.5])), torch.erf(torch.tensor([0.5])))
                """));
    }
}
