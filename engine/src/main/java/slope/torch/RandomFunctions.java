package slope.torch;

import java.util.Map;
import slope.lang.Args;
import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.CpuGenerator;
import slope.ops.Sampling;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * torch's random functions ({@code rand}, {@code randn}, {@code randint}, {@code randperm}, {@code normal},
 * {@code bernoulli}, {@code multinomial}), seeding, and {@code torch.Generator}. Each draws from the
 * {@code generator=} it is given or from the default one, through {@link Sampling}.
 */
final class RandomFunctions {
    private RandomFunctions() {}

    /** {@code torch.Generator}, whose objects are {@link CpuGenerator}s. */
    static final ForeignType GENERATOR = new ForeignType("torch._C", "Generator") {
        @Override public String repr(Object self) {
            return "<torch._C.Generator object at " + Interpreter.current().address(self) + ">";
        }

        @Override public Object construct(Object[] args, Map<String, Object> kwargs) {
            Object device = Args.parse("Generator", args, kwargs, "device").get("device", "cpu");
            if (!"cpu".equals(Interpreter.current().str(device))) { // 'cpu' or torch.device('cpu')
                throw PyError.runtime("Slope's generators are CPU generators: device='cpu', not " + Interpreter.current().repr(device));
            }
            return new CpuGenerator();
        }
    }
        .method("manual_seed", (self, args, kw) -> {
            ((CpuGenerator) self).seed(Args.parse("manual_seed", args, kw, "seed").getInt("seed"));
            return self;
        })
        .method("seed", (self, args, kw) -> {
            Args.check("seed", args, kw, 0, 0);
            return reseed((CpuGenerator) self);
        })
        .method("initial_seed", (self, args, kw) -> {
            Args.check("initial_seed", args, kw, 0, 0);
            return ((CpuGenerator) self).initialSeed();
        })
        .property("device", self -> {
            Interpreter py = Interpreter.current();
            return py.call(py.module("torch").get("device"), "cpu");
        });

    static void install(PyModule m) {
        m.set("Generator", GENERATOR);
        m.def("manual_seed", (args, kw) -> { // returns the default generator, as PyTorch's does
            CpuGenerator g = CpuGenerator.defaultGenerator();
            g.seed(Args.parse("manual_seed", args, kw, "seed").getInt("seed"));
            return g;
        });
        m.def("seed", (args, kw) -> {
            Args.check("seed", args, kw, 0, 0);
            return reseed(CpuGenerator.defaultGenerator());
        });
        m.def("initial_seed", (args, kw) -> {
            Args.check("initial_seed", args, kw, 0, 0);
            return CpuGenerator.defaultGenerator().initialSeed();
        });
        m.def("rand", (args, kw) -> {
            Args a = Args.parse("rand", args, kw, "*size", "*", "generator", "dtype", "requires_grad", "device");
            return TorchModule.withGrad(Sampling.uniform(size(a), TorchModule.dtypeOr(a, DType.FLOAT32), 0, 1, generator(a)), a);
        });
        m.def("randn", (args, kw) -> {
            Args a = Args.parse("randn", args, kw, "*size", "*", "generator", "dtype", "requires_grad", "device");
            return TorchModule.withGrad(Sampling.normal(size(a), TorchModule.dtypeOr(a, DType.FLOAT32), 0, 1, generator(a), true), a);
        });
        m.def("rand_like", (args, kw) -> {
            Args a = Args.parse("rand_like", args, kw, "input", "*", "generator", "dtype", "requires_grad", "device");
            Tensor t = Convert.tensorArg(a.get("input"), "rand_like", "input");
            return TorchModule.withGrad(Sampling.uniform(t.shape.clone(), TorchModule.dtypeOr(a, t.dtype), 0, 1, generator(a)), a);
        });
        m.def("randn_like", (args, kw) -> {
            Args a = Args.parse("randn_like", args, kw, "input", "*", "generator", "dtype", "requires_grad", "device");
            Tensor t = Convert.tensorArg(a.get("input"), "randn_like", "input");
            return TorchModule.withGrad(Sampling.normal(t.shape.clone(), TorchModule.dtypeOr(a, t.dtype), 0, 1, generator(a), true), a);
        });
        m.def("randint", (args, kw) -> {
            Args a = Args.parse("randint", args, kw, "low", "high", "size", "*", "generator", "dtype", "requires_grad", "device");
            boolean lowGiven = a.has("size"); // randint(high, size) or randint(low, high, size)
            long low = lowGiven ? a.getInt("low") : 0, high = lowGiven ? a.getInt("high") : a.getInt("low");
            Object size = lowGiven ? a.get("size") : a.get("high");
            return TorchModule.withGrad(Sampling.randint(low, high, Convert.shape(new Object[] {size}), TorchModule.dtypeOr(a, DType.INT64), generator(a)), a);
        });
        m.def("randint_like", (args, kw) -> {
            Args a = Args.parse("randint_like", args, kw, "input", "low", "high", "*", "generator", "dtype", "requires_grad", "device");
            Tensor t = Convert.tensorArg(a.get("input"), "randint_like", "input");
            boolean lowGiven = a.has("high");
            long low = lowGiven ? a.getInt("low") : 0, high = lowGiven ? a.getInt("high") : a.getInt("low");
            return TorchModule.withGrad(Sampling.randint(low, high, t.shape.clone(), TorchModule.dtypeOr(a, t.dtype), generator(a)), a);
        });
        m.def("randperm", (args, kw) -> {
            Args a = Args.parse("randperm", args, kw, "n", "*", "generator", "dtype", "requires_grad", "device");
            return TorchModule.withGrad(Sampling.randperm((int) a.getInt("n"), TorchModule.dtypeOr(a, DType.INT64), generator(a)), a);
        });
        m.def("normal", (args, kw) -> normal(Args.parse("normal", args, kw, "mean", "std", "size", "*", "generator",
                "dtype", "requires_grad", "device")));
        m.def("bernoulli", (args, kw) -> {
            Args a = Args.parse("bernoulli", args, kw, "input", "p", "*", "generator");
            Tensor t = Convert.tensorArg(a.get("input"), "bernoulli", "input");
            if (a.getOrNone("p", Py.NONE) != Py.NONE) return Sampling.bernoulli(t.shape.clone(), t.dtype, a.getDouble("p"), generator(a));
            return Sampling.bernoulli(t, generator(a));
        });
        m.def("multinomial", (args, kw) -> {
            Args a = Args.parse("multinomial", args, kw, "input", "num_samples", "replacement", "*", "generator");
            return multinomial(Convert.tensorArg(a.get("input"), "multinomial", "input"), a);
        });
        m.set("default_generator", CpuGenerator.defaultGenerator()); // the run's own: Runner starts a fresh one first
    }

    /** {@code input.multinomial(num_samples, replacement, *, generator)}. */
    static Tensor multinomial(Tensor t, Args a) {
        return Sampling.multinomial(t, (int) a.getInt("num_samples"), a.getBool("replacement", false), generator(a));
    }

    /** The generator a call names ({@code generator=g}), else the default one. */
    static CpuGenerator generator(Args a) {
        Object g = a.getOrNone("generator", Py.NONE);
        if (g == Py.NONE) return CpuGenerator.defaultGenerator();
        if (g instanceof CpuGenerator) return (CpuGenerator) g;
        throw PyError.type("generator must be a torch.Generator, not " + Interpreter.current().typeName(g));
    }

    /** {@code torch.normal}: numbers for mean and std with a size, or tensors, drawn as standard normals then scaled. */
    private static Tensor normal(Args a) {
        Object mean = a.get("mean"), std = a.get("std", 1.0);
        CpuGenerator g = generator(a);
        if (!(mean instanceof Tensor) && !(std instanceof Tensor)) {
            if (!a.has("size")) throw PyError.type("normal() missing 1 required positional argument: \"size\"");
            double s = Convert.tensorArg(std, "normal", "std").item();
            checkStd(s);
            Tensor out = Sampling.normal(Convert.shape(new Object[] {a.get("size")}), TorchModule.dtypeOr(a, DType.FLOAT32),
                    Convert.tensorArg(mean, "normal", "mean").item(), s, g, true);
            return TorchModule.withGrad(out, a);
        }
        Tensor m = Convert.operand(mean), s = Convert.operand(std);
        for (double v : s.values()) checkStd(v);
        Tensor shapeOf = mean instanceof Tensor && std instanceof Tensor ? m.add(s) : mean instanceof Tensor ? m : s;
        Tensor z = Sampling.normal(shapeOf.shape.clone(), shapeOf.dtype, 0, 1, g, true);
        return z.mul(s).add(m).detach();
    }

    private static void checkStd(double s) {
        if (!(s >= 0)) throw PyError.runtime("normal expects std >= 0.0, but found std " + s);
    }

    /** {@code seed()}: a seed from the clock, for programs that want different numbers on each run. */
    private static long reseed(CpuGenerator g) {
        long s = System.nanoTime() ^ System.currentTimeMillis() * 0x9E3779B97F4A7C15L;
        s &= Long.MAX_VALUE;
        g.seed(s);
        return s;
    }

    private static int[] size(Args a) { return Convert.shape(((PyTuple) a.get("size")).items); }
}
