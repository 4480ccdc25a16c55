package slope.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import slope.run.RunResult;

/**
 * W3, linear regression (shared/bench/lib/workloads.js): 100,000 points of y = 2x + 3 + noise, x in
 * [0, 1); 500 steps of plain gradient descent on the MSE, lr 0.1. Scored in ms for the whole run,
 * data creation included (torch.rand/randn here instead of the peers' seeded mulberry32: same cost class).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss16m"}) // as ./slope runs
public class W3LinearRegression {
    static final String SOURCE = """
            import torch
            torch.manual_seed(3)
            x = torch.rand(100000)
            y = 2 * x + 3 + 0.1 * torch.randn(100000)
            k = torch.zeros(1, requires_grad=True)
            b = torch.zeros(1, requires_grad=True)
            for step in range(500):
                loss = ((k * x + b - y) ** 2).mean()
                loss.backward()
                with torch.no_grad():
                    k -= 0.1 * k.grad
                    b -= 0.1 * b.grad
                k.grad = None
                b.grad = None
            print(k.item(), b.item())
            """;

    @Benchmark
    public RunResult interpreter() {
        return Programs.run(SOURCE);
    }
}
