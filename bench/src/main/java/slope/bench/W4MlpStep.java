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

/**
 * W4, MLP step (shared/bench/lib/workloads.js): batch 256, 784 -> 128 (ReLU) -> 10, softmax cross-entropy,
 * forward + backward + SGD (lr 0.01). Scored in ms per step over 25 steps (data creation and 5 warm-up
 * steps of the program counted in, a small share).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss16m"}) // as ./slope runs
public class W4MlpStep {
    static final int STEPS = 25;

    static final String SOURCE = """
            import torch
            import torch.nn.functional as F
            torch.manual_seed(4)
            X = torch.rand(256, 784)
            labels = torch.randint(0, 10, (256,))
            W1 = ((torch.rand(784, 128) * 2 - 1) * 0.0807).requires_grad_()
            b1 = torch.zeros(128, requires_grad=True)
            W2 = ((torch.rand(128, 10) * 2 - 1) * 0.2100).requires_grad_()
            b2 = torch.zeros(10, requires_grad=True)
            for _ in range(5 + %d):
                h = (X @ W1 + b1).relu()
                loss = F.cross_entropy(h @ W2 + b2, labels)
                loss.backward()
                with torch.no_grad():
                    for p in (W1, b1, W2, b2):
                        p -= 0.01 * p.grad
                        p.grad = None
            print(loss.item())
            """.formatted(STEPS);

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public RunResult interpreter() {
        return Programs.run(SOURCE);
    }
}
