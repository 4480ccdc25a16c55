package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.RunOutput;
import slope.run.RunResult;
import slope.run.Runner;

/** torch.nn, torch.utils.data and the schedulers beyond the recorded cases: what PyTorch prints for each. */
class NnTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n" + code);
    }

    private static final String SHARED = String.join("\n",
        "shared = nn.Linear(2, 2)",
        "class Twice(nn.Module):",
        "    def __init__(self):",
        "        super().__init__()",
        "        self.a = shared",
        "        self.b = shared",
        "        self.scale = nn.Parameter(torch.ones(1))",
        "    def forward(self, x):",
        "        return self.b(self.a(x)) * self.scale",
        "m = Twice()",
        "");

    @Test
    void aModuleSharedTwiceCountsItsParametersOnce() {
        assertEquals("['scale', 'a.weight', 'a.bias']\n2 ['a']\n['scale', 'a.weight', 'a.bias', 'b.weight', 'b.bias']\n",
                run(SHARED + "print([n for n, _ in m.named_parameters()])\n"
                        + "print(len(list(m.modules())), [n for n, _ in m.named_children()])\n"
                        + "print(list(m.state_dict().keys()))\n"));
    }

    @Test
    void parameterIsATensorSubtypeAndOpsOnItGivePlainTensors() {
        assertEquals("Parameter True True Tensor\ntensor([2.], grad_fn=<MulBackward0>)\n",
                run(SHARED + "print(type(m.scale).__name__, isinstance(m.scale, nn.Parameter), isinstance(m.scale, torch.Tensor),"
                        + " type(m.scale * 2).__name__)\nprint(m.scale * 2)\n"));
    }

    @Test
    void zeroGradSetsGradsToNone() {
        assertEquals("True\nNone\n", run(SHARED + "m(torch.ones(3, 2)).sum().backward()\nprint(m.scale.grad is not None)\n"
                + "m.zero_grad()\nprint(m.scale.grad)\n"));
    }

    @Test
    void forgettingSuperInitIsPyTorchsAttributeError() {
        assertEquals("!AttributeError: cannot assign module before Module.__init__() call",
                run("class Bad(nn.Module):\n    def __init__(self):\n        self.fc = nn.Linear(1, 1)\nBad()\n"));
        assertEquals("!AttributeError: 'Linear' object has no attribute 'nothing'", run("nn.Linear(1, 1).nothing\n"));
    }

    @Test
    void sequentialIndexesSlicesAndIterates() {
        assertEquals("2 ReLU() Sequential(\n  (0): Linear(in_features=1, out_features=2, bias=True)\n)\nLinear ReLU \n",
                run("seq = nn.Sequential(nn.Linear(1, 2), nn.ReLU())\nprint(len(seq), seq[-1], seq[0:1])\n"
                        + "for layer in seq: print(type(layer).__name__, end=' ')\nprint()\n"));
    }

    @Test
    void linearRecordsAddmmForBatchesAndMmWithoutBias() {
        assertEquals("AddmmBackward0 MmBackward0 tensor([4., 4.])\n",
                run("print(nn.Linear(3, 2)(torch.ones(4, 3)).grad_fn.name(), nn.Linear(3, 2, bias=False)(torch.ones(4, 3)).grad_fn.name(),"
                        + " F.linear(torch.ones(3), torch.ones(2, 3), torch.ones(2)))\n"));
    }

    @Test
    void linearOnABatchOfMatricesIsOneAddmmViewedBack() {
        assertEquals("torch.Size([4, 5, 2]) ViewBackward0 AddmmBackward0\n!RuntimeError: mat1 and mat2 shapes cannot be multiplied (8x3 and 2x1)",
                run("y = nn.Linear(3, 2)(torch.ones(4, 5, 3))\nprint(y.shape, y.grad_fn.name(), y.grad_fn.next_functions[0][0].name())\n"
                        + "nn.Linear(2, 1)(torch.ones(4, 2, 3))\n"));
    }

    @Test
    void linearInitIsUniformWithinOneOverSqrtFanIn() {
        assertEquals("True True\n", run("torch.manual_seed(0)\nl = nn.Linear(16, 300)\n"
                + "print(bool((l.weight.abs() <= 0.25).all()), bool((l.weight.abs() > 0.24).any()))\n"));
    }

    @Test
    void dataLoaderShufflesWithTheGeneratorAndDropsTheLastBatch() {
        String code = "from torch.utils.data import TensorDataset, DataLoader\n"
                + "ds = TensorDataset(torch.arange(5.0), torch.arange(5))\n"
                + "torch.manual_seed(0)\nepoch = sorted(i for _, yb in DataLoader(ds, batch_size=2, shuffle=True) for i in yb.tolist())\n"
                + "print(epoch, len(DataLoader(ds, batch_size=2, drop_last=True)), [x.tolist() for x, _ in DataLoader(ds, batch_size=2, drop_last=True)])\n"
                + "torch.manual_seed(3)\na = [y.tolist() for _, y in DataLoader(ds, batch_size=5, shuffle=True)]\n"
                + "torch.manual_seed(3)\nprint(a == [y.tolist() for _, y in DataLoader(ds, batch_size=5, shuffle=True)])\n";
        assertEquals("[0, 1, 2, 3, 4] 2 [[0.0, 1.0], [2.0, 3.0]]\nTrue\n", run(code));
    }

    @Test
    void layerAndLossReprs() {
        assertEquals("Flatten(start_dim=1, end_dim=-1) Dropout(p=0.5, inplace=False) Identity() LogSoftmax(dim=1) ReLU(inplace=True)\n",
                run("print(nn.Flatten(), nn.Dropout(), nn.Identity(), nn.LogSoftmax(dim=1), nn.ReLU(inplace=True))\n"));
    }

    @Test
    void stateDictRoundTrips() {
        assertEquals("<All keys matched successfully>\ntensor([[1., 1.]])\n",
                run("a, b = nn.Linear(2, 1), nn.Linear(2, 1)\nwith torch.no_grad():\n    a.weight.fill_(1.0)\n"
                        + "print(b.load_state_dict(a.state_dict()))\nprint(b.weight.data)\n"));
    }

    @Test
    void lossErrorsArePyTorchs() {
        assertEquals("!ValueError: Using a target size (torch.Size([3, 1])) that is different to the input size (torch.Size([3]))"
                + " is deprecated. Please ensure they have the same size.",
                run("F.binary_cross_entropy(torch.ones(3) / 2, torch.ones(3, 1))\n"));
        assertEquals("!ValueError: Expected input batch_size (4) to match target batch_size (3).",
                run("F.cross_entropy(torch.ones(4, 3), torch.tensor([0, 1, 2]))\n"));
        assertEquals("!ValueError: avg is not a valid value for reduction", run("F.l1_loss(torch.ones(2), torch.ones(2), reduction='avg')\n"));
    }

    @Test
    void multiStepAndLambdaSchedulers() {
        assertEquals("[1.0, 1.0, 0.1, 0.1, 0.010000000000000002]\n[0.5, 0.25, 0.125]\n",
                run("p = torch.zeros(1, requires_grad=True)\nopt = torch.optim.SGD([p], lr=1.0)\n"
                        + "s = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4])\nlrs = []\n"
                        + "for _ in range(5):\n    lrs.append(s.get_last_lr()[0])\n    opt.step()\n    s.step()\nprint(lrs)\n"
                        + "opt = torch.optim.SGD([p], lr=1.0)\ns = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 0.5 ** (e + 1))\n"
                        + "lrs = []\nfor _ in range(3):\n    lrs.append(opt.param_groups[0]['lr'])\n    opt.step()\n    s.step()\nprint(lrs)\n"));
    }

    @Test
    void theNnModulesAreReachableFromImportTorchAlone() {
        RunResult r = Runner.run("import torch\nprint(torch.nn.Linear(1, 1).out_features, torch.utils.data.TensorDataset.__name__)\n", Budget.defaults());
        assertNull(r.error);
        assertEquals("1 TensorDataset\n", r.stdout);
    }

    @Test
    void linearOnIntegerInputIsAddmmsDtypeError() {
        assertEquals("!RuntimeError: mat1 and mat2 must have the same dtype, but got Long and Float",
                run("nn.Linear(2, 1)(torch.tensor([[1, 2]]))\n"));
    }

    @Test
    void errorsInsideTorchNnReportTheUsersLine() {
        RunResult r = Runner.run("import torch\nimport torch.nn as nn\nlayer = nn.Linear(2, 1)\n\nlayer(torch.ones(4, 3))\n", Budget.defaults());
        assertEquals(5, r.error.line());
    }

    @Test
    void activationReprsShowTheirParametersThenInplace() {
        // as PyTorch 2.11 prints them
        assertEquals("ReLU() ReLU(inplace=True) LeakyReLU(negative_slope=0.2, inplace=True) ELU(alpha=0.5) SiLU(inplace=True)\n",
                run("print(nn.ReLU(), nn.ReLU(inplace=True), nn.LeakyReLU(0.2, inplace=True), nn.ELU(alpha=0.5),"
                        + " nn.SiLU(inplace=True))\n"));
    }

    @Test
    void leakyReluAndGradientClipping() {
        assertEquals("tensor([-0.2000,  0.0000,  3.0000], grad_fn=<LeakyReluBackward0>) LeakyReLU(negative_slope=0.01)\n"
                + "tensor([0.1000, 0.1000, 1.0000])\ntensor(5.0990)\ntensor([[0.5883, 0.7845]]) tensor([0.1961])\ntensor([[0.1000, 0.1000]])\n",
                run("x = torch.tensor([-2.0, 0.0, 3.0], requires_grad=True)\ny = nn.LeakyReLU(0.1)(x)\nprint(y, nn.LeakyReLU())\n"
                        + "y.sum().backward()\nprint(x.grad)\nlin = nn.Linear(2, 1)\nwith torch.no_grad():\n    lin.weight.fill_(1.0)\n"
                        + "    lin.bias.fill_(0.0)\nlin(torch.tensor([[3.0, 4.0]])).sum().backward()\n"
                        + "print(nn.utils.clip_grad_norm_(lin.parameters(), 1.0))\nprint(lin.weight.grad, lin.bias.grad)\n"
                        + "torch.nn.utils.clip_grad_value_(lin.parameters(), 0.1)\nprint(lin.weight.grad)\n"));
    }

    @Test
    void crossEntropyWithClassWeightsLabelSmoothingAndIgnoredTargets() {
        // Checked against the same formulas in float64: weighted mean divides by the picked weights' sum.
        assertEquals("tensor(0.5294, grad_fn=<NllLossBackward0>) tensor([1.7453, 0.3721], grad_fn=<NllLossBackward0>)\n"
                + "tensor(0.5653, grad_fn=<AddBackward0>) tensor(0.6241, grad_fn=<AddBackward0>)\n"
                + "tensor(0.5818, grad_fn=<NllLossBackward0>)\n"
                + "tensor([[ 0.2542,  0.0766, -0.3308],\n        [-0.0777,  0.0519,  0.0258]])\n",
                run("x = torch.tensor([[0.2, -1.0, 0.7], [1.5, 0.3, -0.4]], requires_grad=True)\nt = torch.tensor([2, 0])\n"
                        + "w = torch.tensor([1.0, 2.0, 3.0])\n"
                        + "print(F.cross_entropy(x, t, weight=w), F.cross_entropy(x, t, weight=w, reduction='none'))\n"
                        + "print(F.cross_entropy(x, t, label_smoothing=0.1), nn.CrossEntropyLoss(weight=w, label_smoothing=0.1)(x, t))\n"
                        + "print(F.cross_entropy(x, torch.tensor([2, -100])))\n"
                        + "F.cross_entropy(x, t, weight=w).backward()\nprint(x.grad)\n"));
    }

    @Test
    void tutorialsDeviceSelectionPicksTheCpu() {
        assertEquals("cpu cpu False\ndevice(type='cuda', index=0) torch.Size([1, 10])\n",
                run("device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else 'cpu'\n"
                        + "print(device, 'cuda' if torch.cuda.is_available() else 'cpu', torch.backends.mps.is_available())\n"
                        + "model = nn.Sequential(nn.Flatten(), nn.Linear(4, 10)).to(device)\n"
                        + "print(repr(torch.device('cuda:0')), model(torch.rand(1, 2, 2, device=device)).shape)\n"));
    }

    @Test
    void binaryCrossEntropyWithWeightsAndPosWeight() {
        // Checked against the same formulas in float64.
        assertEquals("tensor(0.2601, grad_fn=<BinaryCrossEntropyBackward0>) tensor([ 0.4167, -0.7407, -0.3333])\n"
                + "tensor(1.0813, grad_fn=<BinaryCrossEntropyWithLogitsBackward0>) tensor([ 0.1833, -0.5781, -0.1888])\n",
                run("p = torch.tensor([0.2, 0.9, 0.5], requires_grad=True)\ny = torch.tensor([0.0, 1.0, 1.0])\n"
                        + "w = torch.tensor([1.0, 2.0, 0.5])\nl = nn.BCELoss(weight=w)(p, y)\nl.backward()\nprint(l, p.grad)\n"
                        + "p.grad = None\nnn.BCEWithLogitsLoss(weight=w, pos_weight=torch.tensor([3.0]))(p, y).backward()\n"
                        + "print(F.binary_cross_entropy_with_logits(p, y, pos_weight=torch.tensor([3.0])), p.grad)\n"));
    }

    @Test
    void cosineAnnealingFollowsPyTorchsRecurrenceThroughARestart() {
        // The same recurrence evaluated by CPython.
        assertEquals("[0.08681980515339464, 0.05500000000000001, 0.023180194846605363, 0.01, 0.023180194846605363,"
                + " 0.05500000000000002, 0.08681980515339469, 0.10000000000000006, 0.0868198051533947, 0.05500000000000005]\n",
                run("p = torch.zeros(1, requires_grad=True)\nopt = torch.optim.SGD([p], lr=0.1)\n"
                        + "s = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4, eta_min=0.01)\nlrs = []\n"
                        + "for i in range(10):\n    opt.step()\n    s.step()\n    lrs.append(s.get_last_lr()[0])\nprint(lrs)\n"));
    }

    @Test
    void moduleDictDoubleAndTheTensorsDevice() {
        assertEquals("cpu device(type='cpu') cpu\ntorch.float64 torch.float64 Parameter\n"
                + "ModuleDict(\n  (a): ReLU()\n  (b): Linear(in_features=1, out_features=1, bias=True)\n) 2 ['a', 'b'] 2\n",
                run("x = torch.ones(2)\nprint(x.device, repr(x.device), x.device.type)\n"
                        + "m = nn.Sequential(nn.Linear(2, 1)).double()\n"
                        + "print(m[0].weight.dtype, m(torch.ones(1, 2, dtype=torch.float64)).dtype, type(m[0].weight).__name__)\n"
                        + "d = nn.ModuleDict({'a': nn.ReLU(), 'b': nn.Linear(1, 1)})\nprint(d, len(d), list(d), len(list(d.parameters())))\n"));
    }

    @Test
    void parameterListRegistersItsEntriesAndPrintsAsPyTorch() {
        assertEquals("Poly(\n  (coeffs): ParameterList(\n      (0): Parameter containing: [torch.float32 of size ]\n"
                + "      (1): Parameter containing: [torch.float32 of size ]\n      (2): Parameter containing: [torch.float32 of size ]\n  )\n)\n"
                + "['coeffs.0', 'coeffs.1', 'coeffs.2'] 3 ParameterList 2\n"
                + "[tensor(5.), tensor(0.), tensor(2.5000)]\n"
                + "ParameterList(\n    (0): Parameter containing: [torch.float32 of size 2x3]\n    (1): Object of type: str\n) True\n"
                + "ParameterList(  (0): Parameter containing: [torch.float32 of size 2])\n"
                + "RuntimeError: ParameterList should not be called.\nIndexError: index 5 is out of range\n"
                + "TypeError: ParameterList.extend should be called with an iterable, but got Tensor\n",
                run("class Poly(nn.Module):\n    def __init__(self, degree):\n        super().__init__()\n"
                        + "        self.coeffs = nn.ParameterList([nn.Parameter(torch.zeros(())) for _ in range(degree + 1)])\n"
                        + "    def forward(self, x):\n        return sum(c * x ** i for i, c in enumerate(self.coeffs))\n"
                        + "m = Poly(2)\nprint(m)\n"
                        + "print([n for n, _ in m.named_parameters()], len(m.coeffs), type(m.coeffs[1:]).__name__, len(m.coeffs[1:]))\n"
                        + "m(torch.linspace(-1, 1, 5)).sum().backward()\nprint([p.grad for p in m.parameters()])\n"
                        + "pl = nn.ParameterList([torch.zeros(2, 3), 'hi'])\nprint(pl, isinstance(pl[0], nn.Parameter))\n"
                        + "print(nn.ParameterList([nn.Parameter(torch.ones(2))]))\n"
                        + "for bad in (lambda: pl(1), lambda: pl[5], lambda: pl.extend(torch.ones(2))):\n"
                        + "    try:\n        bad()\n    except Exception as e:\n        print(type(e).__name__ + ':', e)\n"));
    }

    @Test
    void parameterDictSortsAPlainDictsKeysAndKeepsOtherOrders() {
        assertEquals("ParameterDict(\n    (b): Parameter containing: [torch.FloatTensor of size 2]\n"
                + "    (w): Parameter containing: [torch.FloatTensor of size 2x2]\n)\n"
                + "['b', 'w', 'c'] True True ['b', 'w', 'c']\ntorch.float64 ['b', 'w'] ['z', 'a'] ['z', 'a', 'b', 'w'] 3\n"
                + "TypeError: Index given to ParameterDict cannot be used as a key as it is not a string (type is 'int')."
                + " Open an issue on github if you need non-string keys.\n",
                run("pd = nn.ParameterDict({'w': nn.Parameter(torch.ones(2, 2)), 'b': torch.zeros(2)})\nprint(pd)\n"
                        + "pd['c'] = torch.ones(1, dtype=torch.float64)\n"
                        + "print(list(pd.keys()), 'w' in pd, pd['b'].requires_grad, [n for n, _ in pd.named_parameters()])\n"
                        + "z = nn.ParameterDict([('z', torch.ones(1)), ('a', torch.ones(1))])\n"
                        + "print(pd.pop('c').dtype, list(pd), list(z), list(z | pd), pd.get('nope', 3))\n"
                        + "try:\n    pd[1]\nexcept TypeError as e:\n    print('TypeError:', e)\n"));
    }

    @Test
    void embeddingPicksRowsAndItsPaddingRowStaysZero() {
        assertEquals("Embedding(4, 2, padding_idx=0) tensor([[0., 0.]], grad_fn=<EmbeddingBackward0>) torch.Size([2, 3, 2])\n"
                + "tensor([[0., 0.],\n        [3., 3.],\n        [0., 0.],\n        [1., 1.]])\n!IndexError: index out of range in self",
                run("e = nn.Embedding(4, 2, padding_idx=0)\ny = e(torch.tensor([[1, 0, 1], [3, 1, 0]]))\n"
                        + "print(e, e(torch.tensor([0])), y.shape)\ny.sum().backward()\nprint(e.weight.grad)\ne(torch.tensor([4]))\n"));
    }

    @Test
    void siluEluAndSoftplusModules() {
        assertEquals("SiLU() tensor([-0.2384,  1.2264], grad_fn=<SiluBackward0>)\n"
                + "ELU(alpha=1.0) tensor([-0.8647,  1.5000], grad_fn=<EluBackward0>)\n"
                + "Softplus(beta=1.0, threshold=20.0) tensor([0.1269, 1.7014], grad_fn=<SoftplusBackward0>)\n",
                run("x = torch.tensor([-2.0, 1.5], requires_grad=True)\n"
                        + "for m in [nn.SiLU(), nn.ELU(), nn.Softplus()]:\n    print(m, m(x))\n"));
    }

    @Test
    void layerNormAndBatchNorm() {
        assertEquals("LayerNorm((3,), eps=1e-05, elementwise_affine=True) tensor([[-1.0690, -0.2673,  1.3363]],"
                + " grad_fn=<NativeLayerNormBackward0>)\n"
                + "BatchNorm1d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True) NativeBatchNormBackward0\n"
                + "tensor([0.0500, 0.0500, 0.3500]) tensor([0.9500, 1.3500, 0.9500]) tensor(1)\n"
                + "!ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 3])",
                run("ln = nn.LayerNorm(3)\nprint(ln, ln(torch.tensor([[1.0, 2.0, 4.0]])))\nbn = nn.BatchNorm1d(3)\n"
                        + "print(bn, bn(torch.tensor([[1.0, 2.0, 4.0], [0.0, -1.0, 3.0]])).grad_fn.name())\n"
                        + "print(bn.running_mean, bn.running_var, bn.num_batches_tracked)\nbn(torch.ones(1, 3))\n"));
    }

    @Test
    void reduceLrOnPlateauWaitsOutPatienceAndCooldown() {
        assertEquals("[1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125, 0.125]\n",
                run("p = torch.zeros(1, requires_grad=True)\nopt = torch.optim.SGD([p], lr=1.0)\n"
                        + "s = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5, cooldown=1)\nlrs = []\n"
                        + "for loss in [5, 4, 4, 4, 4, 4, 3.9999, 3, 3, 3, 3]:\n    s.step(torch.tensor(float(loss)))\n"
                        + "    lrs.append(s.get_last_lr()[0])\nprint(lrs)\n"));
    }

    @Test
    void forwardHooksSeeAndMayReplaceInputsAndOutputsUntilRemoved() {
        assertEquals("""
                ['fc1', 'relu'] torch.Size([1, 3]) tensor(True)
                <torch.utils.hooks.RemovableHandle object at 0x
                {}
                True
                tensor([[0., 0.]], grad_fn=<AddBackward0>)
                seen torch.Size([3, 2])
                True
                """, run("""
                torch.manual_seed(0)
                model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
                acts = {}
                def save(name):
                    def hook(module, inp, out):
                        acts[name] = out.detach()
                    return hook
                handles = [model[0].register_forward_hook(save('fc1')), model[1].register_forward_hook(save('relu'))]
                model(torch.ones(1, 2))
                print(sorted(acts), acts['relu'].shape, (acts['relu'] >= 0).all())
                print(repr(handles[0])[:47])
                for h in handles:
                    h.remove()
                acts.clear()
                model(torch.ones(1, 2))
                print(acts)
                lin = nn.Linear(2, 2)
                h = lin.register_forward_pre_hook(lambda m, args: (args[0] * 0,))
                print(lin(torch.ones(1, 2)).equal(lin.bias.unsqueeze(0)))
                h.remove()
                h2 = lin.register_forward_hook(lambda m, args, out: out * 0 + 0)
                print(lin(torch.ones(1, 2)))
                with lin.register_forward_hook(lambda m, a, o: print('seen', o.shape)):
                    lin(torch.ones(3, 2))
                h2.remove()
                print(lin(torch.zeros(1, 2)).equal(lin.bias.unsqueeze(0)))
                """));
    }

    @Test
    void parametersToAVectorAndBack() {
        assertEquals("""
                torch.Size([3]) CatBackward0
                Parameter containing:
                tensor([[0., 1.]], requires_grad=True) Parameter containing:
                tensor([2.], requires_grad=True)
                """, run("""
                from torch.nn.utils import parameters_to_vector, vector_to_parameters
                m = nn.Linear(2, 1)
                v = parameters_to_vector(m.parameters())
                print(v.shape, v.grad_fn.name())
                vector_to_parameters(torch.arange(3.), m.parameters())
                print(m.weight, m.bias)
                """));
    }

    @Test
    void deepcopyKeepsAModelsBestWeightsApart() {
        // the transfer-learning tutorial's best_model_wts = copy.deepcopy(model.state_dict()); a tensor keeps its .grad,
        // a parameter does not (Parameter.__deepcopy__), a non-leaf refuses
        assertEquals("True True\nParameter True True None\nTrue\ntensor([1., 2.], requires_grad=True) tensor([2., 2.])\n"
                + "!RuntimeError: Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at"
                + " the moment.  If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm"
                + " usage, see https://github.com/pytorch/pytorch/pull/103001", run("""
                import copy
                model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
                model(torch.ones(1, 2)).sum().backward()
                best = copy.deepcopy(model.state_dict())
                twin = copy.deepcopy(model)
                with torch.no_grad():
                    model[0].weight.add_(1.0)
                print(torch.equal(best['0.weight'] + 1, model[0].weight), torch.equal(twin[0].weight + 1, model[0].weight))
                w = twin[0].weight
                print(type(w).__name__, w.requires_grad, w is not model[0].weight, w.grad)
                model.load_state_dict(best)
                print(torch.equal(model[0].weight, best['0.weight']))
                x = torch.tensor([1., 2.], requires_grad=True)
                (x * 2).sum().backward()
                print(copy.deepcopy(x), copy.deepcopy(x).grad)
                copy.deepcopy(x * 2)
                """));
    }

    @Test
    void oneCycleWarmupAndRestartSchedulers() {
        // torch/optim/lr_scheduler.py's formulas, so the same floats as CPython running PyTorch's code
        assertEquals("""
                [0.52, 1.0, 0.9504846320134737, 0.8117456539497631, 0.6112620219362893, 0.38874197806371075, 0.18825834605023697, 0.049519367986526286, 4e-06] 0.95
                [0.043750000000000004, 0.06250000000000001, 0.08125000000000002, 0.10000000000000002, 0.10000000000000002, 0.10000000000000002]
                [0.07500000000000001, 0.025000000000000012, 0.1, 0.09330127018922195, 0.07500000000000001, 0.05, 0.025000000000000012, 0.006698729810778065, 0.1, 0.09829629131445342]
                [0.05625, 0.024999999999999998, 0.0062499999999999995, 0.0, 0.0]
                [0.05, 0.1, 0.1, 0.1]
                """, run("""
                p = [torch.zeros(1, requires_grad=True)]
                L = torch.optim.lr_scheduler
                def run(make, n, **kw):
                    opt = torch.optim.SGD(p, lr=0.1, **kw)
                    s = make(opt)
                    out = []
                    for _ in range(n):
                        opt.step()
                        s.step()
                        out.append(opt.param_groups[0]['lr'])
                    return out, opt
                lrs, opt = run(lambda o: L.OneCycleLR(o, max_lr=1.0, total_steps=10), 9, momentum=0.9)
                print(lrs, opt.param_groups[0]['momentum'])
                print(run(lambda o: L.LinearLR(o, start_factor=0.25, total_iters=4), 6)[0])
                print(run(lambda o: L.CosineAnnealingWarmRestarts(o, T_0=3, T_mult=2), 10)[0])
                print(run(lambda o: L.PolynomialLR(o, total_iters=4, power=2.0), 5)[0])
                print(run(lambda o: L.ConstantLR(o, factor=0.5, total_iters=2), 4)[0])
                """));
    }
}
