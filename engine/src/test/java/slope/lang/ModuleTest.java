package slope.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import slope.run.PyError;

/** Host modules (Java and Python prelude), every import form, and classes inheriting from a prelude class. */
class ModuleTest {
    private final StringBuilder out = new StringBuilder();
    private final Interpreter py = new Interpreter(out);

    /** A stand-in for torch.nn written in Python, as the host registers it. */
    private static final String NN = """
            import _native
            class Module:
                def __init__(self):
                    object.__setattr__(self, "_modules", {})
                    object.__setattr__(self, "_params", {})
                def __setattr__(self, name, value):
                    if isinstance(value, Module):
                        self._modules[name] = value
                    elif isinstance(value, float):
                        self._params[name] = value
                    object.__setattr__(self, name, value)
                def parameters(self):
                    ps = list(self._params.values())
                    for m in self._modules.values():
                        ps += m.parameters()
                    return ps
                def __call__(self, *args, **kwargs):
                    return self.forward(*args, **kwargs)
            class Linear(Module):
                def __init__(self, w):
                    super().__init__()
                    self.w = float(w)
                def forward(self, x):
                    return _native.mul(self.w, x)
            """;

    ModuleTest() {
        PyModule torch = new PyModule("torch");
        torch.def("tensor", (args, kw) -> {
            Args a = Args.parse("tensor", args, kw, "data", "*", "requires_grad");
            return a.getDouble("data") * (a.getBool("requires_grad", false) ? 1 : -1);
        });
        py.addModule(torch);
        PyModule optim = new PyModule("torch.optim");
        optim.def("SGD", (args, kw) -> {
            Args a = Args.parse("SGD", args, kw, "params", "lr", "momentum");
            return "SGD(lr=" + a.getDouble("lr", 0.01) + ", momentum=" + a.getDouble("momentum", 0) + ")";
        });
        py.addModule(optim);
        PyModule nativeMod = new PyModule("_native");
        nativeMod.def("mul", (args, kw) -> Vec2.scalar(args[0]) * Vec2.scalar(args[1]));
        py.addModule(nativeMod);
        py.addPythonModule("torch.nn", NN);
        py.addPythonModule("torch.nn.functional", "def relu(x):\n    return x if x > 0 else 0.0\n");
    }

    private String run(String src) { return PythonAssert.run(py, out, src); }

    @Test
    void everyImportFormReachesTheModules() {
        assertEquals("2.0 -3.0 SGD(lr=0.1, momentum=0.0) SGD(lr=0.01, momentum=0.9) 0.0 1.5 <class 'torch.nn.Linear'>\n", run("""
                import torch
                import torch.nn as nn
                import torch.nn.functional as F
                from torch import tensor
                from torch.optim import SGD
                import torch.optim
                print(torch.tensor(2.0, requires_grad=True), tensor(3.0), SGD([], lr=0.1),
                      torch.optim.SGD([], momentum=0.9), F.relu(-1.0), torch.nn.functional.relu(1.5), nn.Linear)
                """));
    }

    @Test
    void aRegisteredSubmoduleLoadsOnFirstAttributeAccess() {
        assertEquals("0.0 False\n", run("""
                import torch
                print(torch.nn.functional.relu(-2.0), hasattr(torch, 'vision'))
                """));
    }

    @Test
    void userClassesInheritFromAPreludeClass() {
        assertEquals("12.0 [3.0, 2.0] True\n", run("""
                import torch.nn as nn
                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.a = nn.Linear(3)
                        self.b = nn.Linear(2)
                    def forward(self, x):
                        return self.b(self.a(x))
                net = Net()
                print(net(2.0), net.parameters(), isinstance(net, nn.Module))
                """));
    }

    @Test
    void hostResultsNullIntegerAndFloatBecomePythonValues() {
        PyModule m = new PyModule("boxes");
        m.def("nothing", (args, kw) -> null);
        m.def("three", (args, kw) -> 3);
        m.def("half", (args, kw) -> 0.5f);
        py.addModule(m);
        assertEquals("None 4 0.75 <class 'int'>\n", run("""
                import boxes
                print(boxes.nothing(), boxes.three() + 1, boxes.half() * 1.5, type(boxes.three()))
                """));
    }

    @Test
    void fromImportStar() {
        assertEquals("0.0\n", run("from torch.nn.functional import *\nprint(relu(-2))\n"));
    }

    @Test
    void mathIsAModule() {
        assertEquals("3.141592653589793 2.718281828459045 inf True 3 -3\n", run("""
                import math
                print(math.pi, math.e, math.inf, math.isnan(math.nan), math.ceil(2.1), math.floor(-2.5))
                """));
    }

    @Test
    void unknownModulesAndNames() {
        PyError e = assertThrows(PyError.class, () -> run("import numpy as np\n"));
        assertEquals("ModuleNotFoundError: No module named 'numpy'", e.pythonLine());
        e = assertThrows(PyError.class, () -> run("from torch import nothing\n"));
        assertEquals("ImportError: cannot import name 'nothing' from 'torch' (unknown location)", e.pythonLine());
        e = assertThrows(PyError.class, () -> run("import torch\ntorch.nope\n"));
        assertEquals("AttributeError: module 'torch' has no attribute 'nope'", e.pythonLine());
    }

    @Test
    void nativeArgumentErrorsAreWordedLikeCPython() {
        PyError e = assertThrows(PyError.class, () -> run("import torch\ntorch.tensor(1.0, True)\n"));
        assertEquals("TypeError: tensor() takes at most 1 argument (2 given)", e.pythonLine());
        e = assertThrows(PyError.class, () -> run("import torch\ntorch.tensor(1.0, grad=True)\n"));
        assertEquals("TypeError: tensor() got an unexpected keyword argument 'grad'", e.pythonLine());
        e = assertThrows(PyError.class, () -> run("import torch\ntorch.tensor('x')\n"));
        assertEquals("TypeError: tensor(): argument 'data' must be float, not str", e.pythonLine());
    }

    @Test
    void globalsListsTheUsersVariablesInOrder() {
        run("import math\nb = 2\na = 1.5\ndef f():\n    pass\nb = 3\n");
        assertEquals("[math, b, a, f]", py.globals().keySet().toString());
        assertEquals(3L, py.globals().get("b"));
        assertEquals(1.5, py.global("a"));
    }

    @Test
    void expressionsCanBeEvaluatedAfterARun() {
        run("class P:\n    pass\nW = P()\nW.grad = [1.5, 2.0]\n");
        assertEquals("[1.5, 2.0]", py.repr(py.eval("W.grad")));
        assertEquals(2.0, py.eval("W.grad[1]"));
        PyError e = assertThrows(PyError.class, () -> py.eval("W.nothing"));
        assertEquals("AttributeError: 'P' object has no attribute 'nothing'", e.pythonLine());
    }

    @Test
    void runsAccumulateInTheSameMainModule() {
        run("x = 20\n");
        assertEquals("21\n", run("print(x + 1)\n"));
    }

    @Test
    void hostCodeCanCallPythonCallables() {
        run("def square(v):\n    return v * v\n");
        assertEquals(49L, py.call(py.global("square"), 7L));
        PyModule m = py.runInModule("helpers", "def twice(x):\n    return 2 * x\n");
        assertEquals("abab", py.call(m.get("twice"), "ab"));
    }

    @Test
    void hostCodePassesKeywordsInAnyMap() {
        run("def scaled(v, k=1, **rest):\n    return v * k, rest\n");
        java.util.Map<String, Object> kw = new java.util.LinkedHashMap<>();
        kw.put("k", 3L);
        kw.put("z", "last");
        Object r = py.call(py.global("scaled"), new Object[] {2L}, kw);
        assertEquals("(6, {'z': 'last'})", py.repr(r));
        Object none = py.call(py.global("scaled"), new Object[] {2L}, new java.util.HashMap<>());
        assertEquals("(2, {})", py.repr(none));
    }

    /**
     * A module written in Python is parsed once per thread and run afresh by each interpreter that imports it: the
     * tree's caches (a global's cell, a module's attribute) must not carry one run's values into the next.
     */
    @Test
    void aPythonModuleRunsAfreshInEachInterpreterThatImportsIt() {
        String counter = "import torch\ncount = 0\ndef bump():\n    global count\n    count += 1\n    return (count, torch.mark)\n";
        for (int run = 0; run < 3; run++) {
            StringBuilder printed = new StringBuilder();
            Interpreter fresh = new Interpreter(printed);
            PyModule torch = new PyModule("torch");
            torch.set("mark", (long) run);
            fresh.addModule(torch);
            fresh.addPythonModule("counter", counter);
            assertEquals("(1, " + run + ")\n(2, " + run + ")\n",
                    PythonAssert.run(fresh, printed, "import counter\nprint(counter.bump())\nprint(counter.bump())\n"));
        }
    }

    /**
     * A shared module tree caches what the run looked up; a builtin cached there is bound to that run's interpreter.
     * Once the run ends and the tree forgets, nothing of the run is kept alive by the thread's parsed modules.
     */
    @Test
    void aSharedModuleTreeForgetsTheRunThatUsedIt() throws InterruptedException {
        java.lang.ref.WeakReference<Interpreter> ran = runAndForget();
        for (int i = 0; i < 100 && ran.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(ran.get());
    }

    private static java.lang.ref.WeakReference<Interpreter> runAndForget() {
        StringBuilder printed = new StringBuilder();
        Interpreter once = new Interpreter(printed);
        once.addPythonModule("greeter", "def greet():\n    print('hello')\ngreet()\n");
        assertEquals("hello\n", PythonAssert.run(once, printed, "import greeter\n"));
        once.forgetSharedCaches();
        return new java.lang.ref.WeakReference<>(once);
    }

    @Test
    void modulesMadeLaterAreMadeOnceOnTheFirstImportOfAnyOfTheirNames() {
        int[] made = {0};
        py.addModulesLater(in -> {
            made[0]++;
            in.addModule(new PyModule("plots"));
            PyModule colors = new PyModule("plots.colors");
            colors.set("RED", "#f00");
            in.addModule(colors);
        }, "plots", "plots.colors");
        py.run("x = 1\n");
        assertEquals(0, made[0]);
        py.run("""
            from plots.colors import RED
            import plots
            import plots.colors as c
            print(RED, plots.colors is c)
            """);
        assertEquals("#f00 True\n", out.toString());
        assertEquals(1, made[0]);
    }
}
