package slope.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import slope.ops.Arithmetic;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * The backward pass of scalar graphs on doubles ({@link ScalarRules}): the same gradients, bit for bit,
 * as the tensor rules give, and the same checks of freed graphs and in-place writes.
 */
class ScalarGraphTest {
    private static Tensor leaf(double v, DType dt) {
        return Tensor.scalar(v, dt).requiresGrad(true);
    }

    @Test
    void aNodeWithBothRulesRunsItsScalarRuleUnlessTheGraphIsRecorded() {
        Tensor x = leaf(3, DType.FLOAT32);
        Node.Rule tensorRule = g -> new Tensor[] {g.mul(5)};
        // rules that disagree on purpose: the gradient says which one ran
        Tensor y = Node.record(Tensor.scalar(1), "TestBackward", Node.Saves.NOTHING, tensorRule, ScalarRules.NEG, x);
        y.backward(null, true, false);
        assertEquals(-1, x.grad().item());
        x.setGrad(null);
        y.backward(null, false, true); // create_graph: the rule made of tensor ops, so that it differentiates
        assertEquals(5, x.grad().item());
    }

    /**
     * Random graphs over three leaves of every op with a scalar rule (+ - * / neg rsub reciprocal, squares
     * and cubes, tanh sigmoid relu exp log sqrt), with Python numbers and subexpressions used twice:
     * backward() takes the scalar walk, backward(create_graph=True) the tensor rules, and every leaf's
     * gradient agrees to the bit.
     */
    @Test
    void randomScalarGraphsGetTheTensorRulesGradientsBitForBit() {
        Random r = new Random(11);
        for (int graph = 0; graph < 400; graph++) {
            DType dt = graph % 3 == 0 ? DType.FLOAT64 : DType.FLOAT32;
            Tensor[] leaves = new Tensor[3];
            List<Tensor> pool = new ArrayList<>();
            for (int i = 0; i < leaves.length; i++) pool.add(leaves[i] = leaf(0.5 + 1.5 * r.nextDouble(), dt));
            for (int step = 0; step < 10; step++) pool.add(randomOp(r, pool));
            Tensor root = pool.get(pool.size() - 1);
            if (!root.requiresGrad()) continue;
            root.backward(null, true, false);
            double[] scalarWalk = grads(leaves);
            for (Tensor l : leaves) l.setGrad(null);
            root.backward(null, false, true);
            double[] tensorRules = grads(leaves);
            for (int i = 0; i < leaves.length; i++) {
                assertEquals(tensorRules[i], scalarWalk[i], "graph " + graph + ", leaf " + i + " (" + dt + ")");
            }
        }
    }

    private static Tensor randomOp(Random r, List<Tensor> pool) {
        Tensor a = pool.get(r.nextInt(pool.size())), b = pool.get(r.nextInt(pool.size()));
        Tensor number = Tensor.wrap(0.5 + r.nextInt(6) * 0.3, DType.FLOAT64);
        switch (r.nextInt(16)) {
            case 0: return a.add(b);
            case 1: return a.sub(b);
            case 2: return a.mul(b);
            case 3: return a.div(b.mul(b).add(1));
            case 4: return a.neg();
            case 5: return Arithmetic.rsub(a, number);
            case 6: return a.mul(number);
            case 7: return a.pow(2);
            case 8: return a.div(2).pow(3);
            case 9: return a.tanh();
            case 10: return a.sigmoid();
            case 11: return a.sub(1).relu();
            case 12: return a.mul(a).add(1).log();
            case 13: return a.mul(a).add(1).sqrt();
            case 14: return a.add(3).reciprocal();
            default: return a.tanh().exp();
        }
    }

    private static double[] grads(Tensor[] leaves) {
        double[] g = new double[leaves.length];
        for (int i = 0; i < leaves.length; i++) g[i] = leaves[i].grad() == null ? 0 : leaves[i].grad().item();
        return g;
    }

    @Test
    void gradientsAccumulateIntoAnExistingGradAndRetainedGraphsRunTwice() {
        Tensor x = leaf(2, DType.FLOAT32);
        Tensor y = x.mul(x).add(x.mul(3)); // x**2 + 3x: 7 at x = 2
        y.backward(null, true, false);
        y.backward(null, false, false);
        assertEquals(14, x.grad().item());
    }

    @Test
    void aGivenGradientSeedsTheWalk() {
        Tensor x = leaf(3, DType.FLOAT32);
        x.mul(x).backward(Tensor.scalar(2), false, false);
        assertEquals(12, x.grad().item());
    }

    @Test
    void aSecondBackwardThroughAFreedGraphFailsAsInPyTorch() {
        Tensor x = leaf(2, DType.FLOAT32);
        Tensor y = x.mul(x);
        y.backward();
        PyError e = assertThrows(PyError.class, y::backward);
        assertTrue(e.getMessage().startsWith("Trying to backward through the graph a second time"), e.getMessage());
    }

    @Test
    void aSavedLeafWrittenInPlaceFailsTheVersionCheck() {
        Tensor x = leaf(2, DType.FLOAT32);
        Tensor y = x.mul(x);
        x.forWrite();
        PyError e = assertThrows(PyError.class, y::backward);
        assertTrue(e.getMessage().contains("modified by an inplace operation"), e.getMessage());
    }

    @Test
    void aGraphMixingDtypesOrOpsWithoutAScalarRuleStillGetsItsGradients() {
        Tensor x = leaf(2, DType.FLOAT64), w = leaf(3, DType.FLOAT32);
        Tensor y = x.mul(w).exp().log(); // float64 product; exp and log have no scalar rule
        y.backward();
        assertEquals(3, x.grad().item(), 1e-12);
        assertEquals(DType.FLOAT32, w.grad().dtype);
        assertEquals(2, w.grad().item(), 1e-6);
    }
}
