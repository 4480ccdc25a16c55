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
import slope.run.RunResult;
import slope.tensor.Tensor;

/**
 * W1, scalar graph (shared/bench/lib/workloads.js): 200,000 times build y = 2x^2 + 3x + 1 on a
 * fresh scalar x = 2 + i*1e-6 and backpropagate; the x.grad values sum to 2,280,000.4.
 * Scored in ns per loop iteration, comparable with the peers' W1 column.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss16m"}) // as ./slope runs
public class W1ScalarGraph {
    static final int N = 200_000;

    static final String SOURCE = """
            import torch
            acc = 0.0
            for i in range(1, %d):
                x = torch.tensor(2.0 + i * 1e-6, requires_grad=True)
                y = 2 * x ** 2 + 3 * x + 1
                y.backward()
                acc += x.grad.item()
            print(acc)
            """.formatted(N + 1);

    /** The loop written against the engine's Java API: what the interpreter costs on top of it. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double javaApi() {
        double acc = 0;
        for (int i = 1; i <= N; i++) {
            Tensor x = Tensor.scalar(2.0 + i * 1e-6).requiresGrad(true);
            Tensor y = x.pow(2).mul(2).add(x.mul(3)).add(1);
            y.backward();
            acc += x.grad().item();
        }
        return acc;
    }

    /** The whole loop as a Python program through the interpreter. */
    @Benchmark
    @OperationsPerInvocation(N)
    public RunResult interpreter() {
        return Programs.run(SOURCE);
    }
}
