package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * The elementwise math of MathMethods as PyTorch prints it: values checked against NumPy's float32 functions,
 * gradients against derivatives.yaml's formulas evaluated in float32 and against finite differences.
 */
class MathFunctionsTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nx = torch.tensor([-0.5, 0.0, 0.25, 0.9], requires_grad=True)\n" + code);
    }

    /** Each function of x with its gradient at x (the gradient of the sum). */
    private static String withGrads(String... functions) {
        return run("for f in [" + String.join(", ", functions) + "]:\n"
                + "    y = f(x)\n    print(y, torch.autograd.grad(y.sum(), x)[0])\n");
    }

    @Test
    void inverseTrigonometryWithItsGradients() {
        assertEquals("tensor([-0.5236,  0.0000,  0.2527,  1.1198], grad_fn=<AsinBackward0>) tensor([1.1547, 1.0000, 1.0328, 2.2942])\n"
                + "tensor([2.0944, 1.5708, 1.3181, 0.4510], grad_fn=<AcosBackward0>) tensor([-1.1547, -1.0000, -1.0328, -2.2942])\n"
                + "tensor([-0.4636,  0.0000,  0.2450,  0.7328], grad_fn=<AtanBackward0>) tensor([0.8000, 1.0000, 0.9412, 0.5525])\n",
                withGrads("torch.asin", "torch.acos", "torch.atan"));
    }

    @Test
    void hyperbolicFunctionsWithTheirGradients() {
        assertEquals("tensor([-0.5211,  0.0000,  0.2526,  1.0265], grad_fn=<SinhBackward0>) tensor([1.1276, 1.0000, 1.0314, 1.4331])\n"
                + "tensor([1.1276, 1.0000, 1.0314, 1.4331], grad_fn=<CoshBackward0>) tensor([-0.5211,  0.0000,  0.2526,  1.0265])\n"
                + "tensor([-0.4812,  0.0000,  0.2475,  0.8089], grad_fn=<AsinhBackward0>) tensor([0.8944, 1.0000, 0.9701, 0.7433])\n"
                + "tensor([-0.5493,  0.0000,  0.2554,  1.4722], grad_fn=<AtanhBackward0>) tensor([1.3333, 1.0000, 1.0667, 5.2632])\n"
                + "tensor([0.9624, 1.3170, 2.9932], grad_fn=<AcoshBackward0>) tensor([0.8944, 0.5774, 0.1005])\n",
                withGrads("torch.sinh", "torch.cosh", "torch.asinh", "torch.atanh")
                        + run("z = torch.tensor([1.5, 2.0, 10.0], requires_grad=True)\ny = z.acosh()\ny.sum().backward()\nprint(y, z.grad)\n"));
    }

    @Test
    void numpyNamesAreAliasesWithTheSameGradFn() {
        assertEquals("AsinBackward0 AcosBackward0 AtanBackward0 AsinhBackward0 AcoshBackward0 AtanhBackward0 Atan2Backward0\n"
                + "tensor(True)\n",
                run("z = x + 1.5\nprint(torch.arcsin(x).grad_fn.name(), x.arccos().grad_fn.name(), torch.arctan(x).grad_fn.name(),"
                        + " x.arcsinh().grad_fn.name(), torch.arccosh(z).grad_fn.name(), torch.arctanh(x).grad_fn.name(),"
                        + " torch.arctan2(x, z).grad_fn.name())\n"
                        + "print((torch.arcsin(x) == x.asin()).all())\n"));
    }

    @Test
    void atan2AndHypotWithTheGradientsOfBothOperands() {
        // atan2: g * b / (a² + b²) and g * -a / (a² + b²), -0.0 where a is 0; hypot: g * a / y and g * b / y
        assertEquals("tensor([ 0.4636, -0.5880,  3.1416], grad_fn=<Atan2Backward0>) tensor([ 0.4000,  0.2308, -1.0000])"
                + " tensor([-0.2000,  0.1538, -0.0000])\n"
                + "tensor([2.2361, 3.6056, 1.0000], grad_fn=<HypotBackward0>) tensor([ 0.4472, -0.5547,  0.0000])"
                + " tensor([ 0.8944,  0.8321, -1.0000])\n"
                + "tensor([0.7854, 2.3562]) tensor([5.0000, 1.4142])\n",
                run("a = torch.tensor([1.0, -2.0, 0.0], requires_grad=True)\nb = torch.tensor([2.0, 3.0, -1.0], requires_grad=True)\n"
                        + "for f in [torch.atan2, torch.hypot]:\n    y = f(a, b)\n    print(y, *torch.autograd.grad(y.sum(), [a, b]))\n"
                        + "print(torch.tensor([1, 1]).atan2(torch.tensor([1, -1])), torch.tensor([3.0, 1.0]).hypot(torch.tensor([4.0, -1.0])))\n"));
    }

    @Test
    void exp2ErfcFracAnglesAndSgnWithTheirGradients() {
        assertEquals("tensor([0.7071, 1.0000, 1.1892, 1.8661], grad_fn=<Exp2Backward0>) tensor([0.4901, 0.6931, 0.8243, 1.2935])\n"
                + "tensor([1.5205, 1.0000, 0.7237, 0.2031], grad_fn=<ErfcBackward0>) tensor([-0.8788, -1.1284, -1.0600, -0.5020])\n"
                + "tensor([-0.5000,  0.0000,  0.2500,  0.9000], grad_fn=<FracBackward0>) tensor([1., 1., 1., 1.])\n"
                + "tensor([-0.0087,  0.0000,  0.0044,  0.0157], grad_fn=<Deg2RadBackward0>) tensor([0.0175, 0.0175, 0.0175, 0.0175])\n"
                + "tensor([-28.6479,   0.0000,  14.3239,  51.5662], grad_fn=<Rad2DegBackward0>) tensor([57.2958, 57.2958, 57.2958, 57.2958])\n"
                + "tensor([-1.,  0.,  1.,  1.], grad_fn=<SgnBackward0>) tensor([0., 0., 0., 0.])\n",
                withGrads("torch.exp2", "torch.erfc", "torch.frac", "torch.deg2rad", "torch.rad2deg", "torch.sgn"));
    }

    @Test
    void integersBecomeFloatsOrAreRefusedAsInPyTorch() {
        // erfc's tail from its continued fraction: 1 - erf(10) would be 0
        assertEquals("tensor([3.1416, 1.5708]) tensor([8., 1.]) tensor([2.2090e-05, 1.8427e+00, 2.0885e-45], dtype=torch.float64)\n"
                + "tensor([nan]) tensor([nan]) tensor([inf, -inf]) tensor([-0.5000,  0.0000,     nan])\n"
                + "!RuntimeError: \"frac_cpu\" not implemented for 'Long'",
                run("print(torch.deg2rad(torch.tensor([180, 90])), torch.tensor([3, 0]).exp2(),"
                        + " torch.erfc(torch.tensor([3.0, -1.0, 10.0], dtype=torch.float64)))\n"
                        + "print(torch.asin(torch.tensor([2.0])), torch.acosh(torch.tensor([0.5])), torch.atanh(torch.tensor([1.0, -1.0])),"
                        + " torch.tensor([-2.5, 3.0, float('inf')]).frac())\n"
                        + "torch.frac(torch.tensor([1, 2]))\n"));
        assertEquals("!RuntimeError: \"hypot_cpu\" not implemented for 'Long'", run("torch.hypot(torch.tensor([3]), torch.tensor([4]))\n"));
    }

    @Test
    void signbitAndTheTestsForInfinity() {
        assertEquals("tensor([ True, False,  True, False,  True, False])\n"
                + "tensor([False, False, False,  True,  True, False]) tensor([ True,  True,  True, False, False, False])\n"
                + "tensor([False, False, False,  True, False, False]) tensor([False, False, False, False,  True, False])\n"
                + "tensor([True, True]) tensor([False, False]) tensor([False,  True])\n",
                run("v = torch.tensor([-0.0, 0.0, -1.0, float('inf'), float('-inf'), float('nan')])\n"
                        + "print(torch.signbit(v))\nprint(v.isinf(), torch.isfinite(v))\nprint(torch.isposinf(v), v.isneginf())\n"
                        + "n = torch.tensor([-3, 4])\nprint(n.isfinite(), torch.isinf(n), n.signbit().logical_not())\n"));
    }

    @Test
    void logicalOpsAndComparisonsAsFunctionsWithTheirLongNames() {
        assertEquals("tensor([ True, False, False]) tensor([ True, False,  True]) tensor([False, False,  True])\n"
                + "tensor([False,  True,  True]) tensor([ True, False, False]) tensor([ True, False, False]) tensor([True, True, True])"
                + " tensor([False,  True,  True]) tensor([False,  True,  True])\n"
                + "tensor([ True, False, False]) tensor([ True, False, False]) tensor([False,  True,  True]) tensor([False,  True,  True])"
                + " tensor([False,  True,  True]) tensor([ True, False, False])\n",
                run("p = torch.tensor([True, False, True])\nq = torch.tensor([1.0, 0.0, 0.0])\n"
                        + "print(torch.logical_and(p, q), p.logical_or(q), torch.logical_xor(p, q))\n"
                        + "print(torch.eq(q, 0), torch.ne(q, 0), torch.gt(q, 0.5), torch.ge(q, 0), torch.lt(q, 1), torch.le(q, 0))\n"
                        + "print(torch.greater(q, 0), q.greater_equal(1), torch.less(q, 1), q.less_equal(0), torch.not_equal(q, 1),"
                        + " q.not_equal(0))\n"));
    }

    @Test
    void logitXlogyAndLogaddexpWithTheirGradients() {
        // values as NumPy's float32 log(x / (1 - x)), 2 * log(0.5) and logaddexp; gradients 1 / (x (1 - x)),
        // log(y) where x != 0 and x / y, and the logistic weights of logaddexp
        assertEquals("""
                tensor([-1.0986,  0.0000,  2.1972], grad_fn=<LogitBackward0>) tensor([ 5.3333,  4.0000, 11.1111])
                tensor([-0.8473,  0.0000,  0.8473], grad_fn=<LogitBackward0>) tensor([0., 4., 0.])
                tensor([ 0.0000, -1.3863,  0.0000], grad_fn=<XlogyBackward0>) tensor([ 0.0000, -0.6931,  0.0000]) tensor([0., 4., 3.])
                tensor([   2.3133, -999.3068,       inf], grad_fn=<LogaddexpBackward0>) tensor([0.2689, 0.5000]) tensor([0.7311, 0.5000])
                """, run("""
                x = torch.tensor([0.25, 0.5, 0.9], requires_grad=True)
                y = torch.logit(x)
                y.sum().backward()
                print(y, x.grad)
                x.grad = None
                y = x.logit(eps=0.3)
                y.sum().backward()
                print(y, x.grad)
                a = torch.tensor([0., 2., 3.], requires_grad=True)
                b = torch.tensor([5., 0.5, 1.], requires_grad=True)
                z = torch.xlogy(a, b)
                z.sum().backward()
                print(z, a.grad, b.grad)
                c = torch.tensor([1., -1000.], requires_grad=True)
                d = torch.tensor([2., -1000.], requires_grad=True)
                l = torch.logaddexp(torch.cat([c, torch.tensor([float('inf')])]), torch.cat([d, torch.tensor([float('inf')])]))
                l[:2].sum().backward()
                print(l, c.grad, d.grad)
                """));
    }

    @Test
    void torchSpecialNamesTheSameOps() {
        // special.expit is sigmoid, so a SigmoidBackward0; expm1's gradient is y + 1 = exp(x)
        assertEquals("""
                tensor([0.5000, 0.7311], grad_fn=<SigmoidBackward0>) tensor([0.0000, 1.7183], grad_fn=<Expm1Backward0>) tensor([1.0000, 2.7183])
                tensor([-1.0986]) tensor([-1.3133, -0.3133])
                """, run("""
                x = torch.tensor([0.0, 1.0], requires_grad=True)
                y = torch.special.expit(x)
                z = torch.expm1(x)
                z.sum().backward()
                print(y, z, x.grad)
                print(torch.special.logit(torch.tensor([0.25])), torch.special.log_softmax(torch.tensor([1., 2.]), 0))
                """));
    }
}
