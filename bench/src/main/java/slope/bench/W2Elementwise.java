package slope.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import slope.ops.Creation;
import slope.run.RunResult;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * W2, elementwise tensor (shared/bench/lib/workloads.js): x of 1,000,000 float32 values,
 * y = sum(x^2 + 2x + 1), then dy/dx. Scored in ms per forward+backward pass; GB/s counts
 * 8 bytes per element (one read of x, one write of its gradient). The peers use seeded random
 * data in [-1, 1); linspace over the same range costs the same per element.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss16m"}) // as ./slope runs
public class W2Elementwise {
    static final int N = 1_000_000;
    static final int PASSES = 25;

    static final String SOURCE = """
            import torch
            x = torch.linspace(-1.0, 1.0, %d, requires_grad=True)
            for _ in range(%d):
                x.grad = None
                y = (x ** 2 + 2 * x + 1).sum()
                y.backward()
            print(y.item())
            """.formatted(N, PASSES);

    /** The same 25 passes through the engine's Java API. */
    @Benchmark
    @OperationsPerInvocation(PASSES)
    public double javaApi() {
        Tensor x = Creation.linspace(-1.0, 1.0, N, DType.FLOAT32).requiresGrad(true);
        Tensor y = null;
        for (int i = 0; i < PASSES; i++) {
            x.setGrad(null);
            y = x.pow(2).add(x.mul(2)).add(1).sum();
            y.backward();
        }
        return y.item();
    }

    /** Creating x once, then 25 passes, as a Python program through the interpreter. */
    @Benchmark
    @OperationsPerInvocation(PASSES)
    public RunResult interpreter() {
        return Programs.run(SOURCE);
    }
}
