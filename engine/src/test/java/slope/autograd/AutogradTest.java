package slope.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** The backward pass as PyTorch runs it: accumulation, freed graphs, autograd.grad, higher orders. */
class AutogradTest {
    private static Tensor leaf(double... v) {
        return new Tensor(v.clone(), new int[] {v.length}, DType.FLOAT32).requiresGrad(true);
    }

    private static Tensor constant(double... v) {
        return new Tensor(v.clone(), new int[] {v.length}, DType.FLOAT32);
    }

    @Test
    void gradientsAccumulateAcrossBackwardCallsEvenFromABroadcastFirstGradient() {
        Tensor x = leaf(1, 1, 1);
        x.sum().backward();
        x.mul(constant(1, 2, 3)).sum().backward();
        assertArrayEquals(new double[] {2, 3, 4}, x.grad().values());
    }

    @Test
    void twoLeavesFedTheSameGradientDoNotShareIt() {
        Tensor a = leaf(1, 2), b = leaf(3, 4);
        a.add(b).sum().backward();
        a.mul(3).sum().backward();
        assertArrayEquals(new double[] {4, 4}, a.grad().values());
        assertArrayEquals(new double[] {1, 1}, b.grad().values());
    }

    @Test
    void aSecondBackwardThroughSavedTensorsIsRefusedUnlessRetained() {
        Tensor x = leaf(2);
        Tensor y = x.mul(x).sum();
        y.backward(null, true, false);
        y.backward();
        assertArrayEquals(new double[] {8}, x.grad().values());
        PyError e = assertThrows(PyError.class, y::backward);
        assertEquals("RuntimeError", e.type);
        assertEquals(true, e.getMessage().startsWith("Trying to backward through the graph a second time"));
    }

    @Test
    void aScalarLeafGetsAPrivateGradientThatLaterPassesAddToInPlace() {
        Tensor x = Tensor.scalar(2).requiresGrad(true), w = Tensor.scalar(0.1).requiresGrad(true);
        x.mul(w).backward();
        Tensor first = x.grad();
        assertEquals((float) 0.1, first.item());
        assertNotSame(w.storage, first.storage);
        x.mul(w).backward();
        assertSame(first, x.grad());
        assertEquals((float) ((float) 0.1 + (float) 0.1), x.grad().item());
        assertEquals(1, first.version());
    }

    @Test
    void aProductWithAPythonNumberSavesNoTensorButStillRefusesASecondBackward() {
        Tensor x = Tensor.scalar(2).requiresGrad(true);
        Tensor y = x.mul(3.0);
        y.backward();
        assertEquals(3, x.grad().item());
        PyError e = assertThrows(PyError.class, y::backward);
        assertEquals(true, e.getMessage().startsWith("Trying to backward through the graph a second time"));
    }

    @Test
    void opsThatSaveNothingMayBackwardTwice() {
        Tensor x = leaf(2);
        Tensor y = x.add(1).sum();
        y.backward();
        y.backward();
        assertArrayEquals(new double[] {2}, x.grad().values());
    }

    @Test
    void aGraphFreedByBackwardKeepsItsNodesButNotTheirValues() {
        // losses.append(loss): the loss keeps its graph's nodes, as in PyTorch, but not each step's activations
        Tensor x = new Tensor(new double[64 * 32], new int[] {64, 32}, DType.FLOAT32);
        Tensor w = new Tensor(new double[32 * 16], new int[] {32, 16}, DType.FLOAT32).requiresGrad(true);
        for (boolean retain : new boolean[] {true, false}) {
            Tensor h = x.matmul(w), r = h.relu(), loss = r.sum();
            java.lang.ref.WeakReference<Object> hValues = new java.lang.ref.WeakReference<>(h.storage);
            java.lang.ref.WeakReference<Object> rValues = new java.lang.ref.WeakReference<>(r.storage);
            h = null;
            r = null;
            loss.backward(null, retain, false);
            for (int i = 0; i < 10 && (hValues.get() != null || rValues.get() != null); i++) System.gc();
            assertEquals(retain, hValues.get() != null, "matmul's result kept, retain_graph=" + retain);
            assertEquals(retain, rValues.get() != null, "relu's result kept, retain_graph=" + retain);
            assertEquals("SumBackward0 ReluBackward0 MmBackward0 AccumulateGrad",
                    loss.gradFn().name + " " + loss.gradFn().next(0).name + " " + loss.gradFn().next(0).next(0).name
                            + " " + loss.gradFn().next(0).next(0).next(1).name);
        }
    }

    @Test
    void nonScalarOutputsNeedAnExplicitGradient() {
        Tensor x = leaf(1, 2);
        PyError e = assertThrows(PyError.class, () -> x.mul(2).backward());
        assertEquals("grad can be implicitly created only for scalar outputs", e.getMessage());
        x.mul(2).backward(constant(1, 10), false, false);
        assertArrayEquals(new double[] {2, 20}, x.grad().values());
    }

    @Test
    void autogradBackwardRunsOnePassFromEveryTensorWithTheGradientsGiven() {
        assertEquals("tensor([ 5., 34.])\n!RuntimeError: got 1 tensors and 0 gradients", slope.run.RunOutput.of("""
                import torch
                x = torch.tensor([1., 2.], requires_grad=True)
                y, z = x * 3, (x ** 2).sum()
                torch.autograd.backward([y, z], [torch.tensor([1., 10.]), None])
                print(x.grad)
                torch.autograd.backward([x * 3], [])
                """));
    }

    @Test
    void autogradGradLeavesDotGradAlone() {
        Tensor x = leaf(3);
        Tensor[] g = Autograd.grad(new Tensor[] {x.mul(x).sum()}, new Tensor[] {x}, null, false, false, false);
        assertArrayEquals(new double[] {6}, g[0].values());
        assertNull(x.grad());
    }

    @Test
    void createGraphGivesThirdDerivatives() {
        Tensor x = Tensor.scalar(2).requiresGrad(true);
        Tensor y = x.pow(4);
        Tensor g1 = Autograd.grad(new Tensor[] {y}, new Tensor[] {x}, null, true, true, false)[0];
        Tensor g2 = Autograd.grad(new Tensor[] {g1}, new Tensor[] {x}, null, true, true, false)[0];
        Tensor g3 = Autograd.grad(new Tensor[] {g2}, new Tensor[] {x}, null, false, false, false)[0];
        assertEquals(32, g1.item());
        assertEquals(48, g2.item());
        assertEquals(48, g3.item());
    }

    @Test
    void eachLeafHasOneAccumulateGradNode() {
        Tensor x = leaf(1);
        Tensor y = x.mul(2);
        assertEquals("MulBackward0", y.gradFn().name);
        assertSame(x.accumulator(), y.gradFn().next(0));
        assertEquals("AccumulateGrad", y.gradFn().next(0).name);
    }

    @Test
    void noGradModeRecordsNothing() {
        Tensor x = leaf(1);
        boolean previous = GradMode.set(false);
        try {
            assertNull(x.mul(2).gradFn());
        } finally {
            GradMode.set(previous);
        }
    }
}
