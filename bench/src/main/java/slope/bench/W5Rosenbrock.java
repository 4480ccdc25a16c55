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
import slope.tensor.Tensor;

/**
 * W5, 2-D descent (shared/bench/lib/workloads.js): Rosenbrock (1 - x)^2 + 100 (y - x^2)^2 from
 * (-1.5, 2) with Adam (lr 0.01, betas (0.9, 0.999), eps 1e-8), 10,000 steps of a scalar graph.
 * Scored in ms for the whole run, comparable with the peers' W5 column.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss16m"}) // as ./slope runs
public class W5Rosenbrock {
    static final int STEPS = 10_000;

    static final String SOURCE = """
            import torch
            x = torch.tensor(-1.5, requires_grad=True)
            y = torch.tensor(2.0, requires_grad=True)
            opt = torch.optim.Adam([x, y], lr=0.01, betas=(0.9, 0.999), eps=1e-8)
            for s in range(%d):
                opt.zero_grad()
                f = (1 - x) ** 2 + 100 * (y - x ** 2) ** 2
                f.backward()
                opt.step()
            print(x.item(), y.item())
            """.formatted(STEPS);

    /**
     * The same descent against the engine's Java API, with an Adam update of the same shape written
     * out in Java (not bit-exact with torch.optim.Adam): what the interpreter and the optimizer's
     * Python source cost on top.
     */
    @Benchmark
    public double javaApi() {
        Tensor x = Tensor.scalar(-1.5).requiresGrad(true), y = Tensor.scalar(2.0).requiresGrad(true);
        Tensor[] p = {x, y};
        Tensor[] m = {Tensor.zeros(new int[0], slope.tensor.DType.FLOAT32), Tensor.zeros(new int[0], slope.tensor.DType.FLOAT32)};
        Tensor[] v = {Tensor.zeros(new int[0], slope.tensor.DType.FLOAT32), Tensor.zeros(new int[0], slope.tensor.DType.FLOAT32)};
        double lr = 0.01, b1 = 0.9, b2 = 0.999, eps = 1e-8;
        for (int s = 1; s <= STEPS; s++) {
            x.setGrad(null);
            y.setGrad(null);
            Tensor f = x.neg().add(1).pow(2).add(y.sub(x.pow(2)).pow(2).mul(100));
            f.backward();
            boolean prev = slope.autograd.GradMode.set(false);
            try {
                for (int i = 0; i < 2; i++) {
                    Tensor g = p[i].grad();
                    m[i] = m[i].add(g.sub(m[i]).mul(1 - b1));
                    v[i] = v[i].mul(b2).add(g.mul(g).mul(1 - b2));
                    double bc1 = 1 - Math.pow(b1, s), bc2 = 1 - Math.pow(b2, s);
                    Tensor denom = v[i].sqrt().div(Math.sqrt(bc2)).add(eps);
                    slope.tensor.Kernels.copyInto(p[i], p[i].sub(m[i].div(denom).mul(lr / bc1)));
                }
            } finally {
                slope.autograd.GradMode.set(prev);
            }
        }
        return x.item() + y.item();
    }

    /** The whole descent as a Python program through the interpreter, with torch.optim.Adam. */
    @Benchmark
    public RunResult interpreter() {
        return Programs.run(SOURCE);
    }
}
