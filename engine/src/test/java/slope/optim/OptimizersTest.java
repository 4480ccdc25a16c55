package slope.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import slope.run.RunOutput;

/**
 * torch.optim's steps against PyTorch's single-tensor updates written op by op (torch/optim/sgd.py,
 * adam.py, rmsprop.py, adagrad.py) with the tensor methods, whose float32 rounding matches PyTorch on
 * the recorded optim-* cases: every element and every state tensor must come out the same, bit for bit,
 * for a 0-dim, a 2-D, a transposed and a strided parameter, in float32 and float64.
 */
class OptimizersTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    /** PyTorch's updates of one parameter, as torch/optim/*.py chain them, under no_grad. */
    private static final String REFERENCE = """
            def sgd(p, grad, state, group):
                if group['maximize']:
                    grad = -grad
                if group['weight_decay'] != 0:
                    grad = grad.add(p, alpha=group['weight_decay'])
                momentum = group['momentum']
                if momentum != 0:
                    buf = state.get('momentum_buffer')
                    if buf is None:
                        buf = torch.clone(grad).detach()
                        state['momentum_buffer'] = buf
                    else:
                        buf.mul_(momentum).add_(grad, alpha=1 - group['dampening'])
                    grad = grad.add(buf, alpha=momentum) if group['nesterov'] else buf
                p.add_(grad, alpha=-group['lr'])

            def adam(p, grad, state, group):
                if group['maximize']:
                    grad = -grad
                if len(state) == 0:
                    state['step'] = 0
                    state['exp_avg'] = torch.zeros_like(p)
                    state['exp_avg_sq'] = torch.zeros_like(p)
                    if group['amsgrad']:
                        state['max_exp_avg_sq'] = torch.zeros_like(p)
                beta1, beta2 = group['betas']
                lr = group['lr']
                state['step'] += 1
                step = state['step']
                if group['weight_decay'] != 0:
                    if group['decoupled_weight_decay']:
                        p.mul_(1 - lr * group['weight_decay'])
                    else:
                        grad = grad.add(p, alpha=group['weight_decay'])
                state['exp_avg'].lerp_(grad, 1 - beta1)
                exp_avg_sq = state['exp_avg_sq'].mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                if group['amsgrad']:
                    state['max_exp_avg_sq'].copy_(torch.maximum(state['max_exp_avg_sq'], exp_avg_sq))
                    exp_avg_sq = state['max_exp_avg_sq']
                bias_correction1 = 1 - beta1 ** step
                bias_correction2_sqrt = (1 - beta2 ** step) ** 0.5
                denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(group['eps'])
                p.addcdiv_(state['exp_avg'], denom, value=-(lr / bias_correction1))

            def rmsprop(p, grad, state, group):
                if group['maximize']:
                    grad = -grad
                if len(state) == 0:
                    state['step'] = 0
                    state['square_avg'] = torch.zeros_like(p)
                    if group['momentum'] > 0:
                        state['momentum_buffer'] = torch.zeros_like(p)
                    if group['centered']:
                        state['grad_avg'] = torch.zeros_like(p)
                state['step'] += 1
                alpha = group['alpha']
                if group['weight_decay'] != 0:
                    grad = grad.add(p, alpha=group['weight_decay'])
                square_avg = state['square_avg'].mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
                if group['centered']:
                    grad_avg = state['grad_avg'].lerp_(grad, 1 - alpha)
                    avg = square_avg.addcmul(grad_avg, grad_avg, value=-1).sqrt_()
                else:
                    avg = square_avg.sqrt()
                avg = avg.add_(group['eps'])
                if group['momentum'] > 0:
                    buf = state['momentum_buffer'].mul_(group['momentum']).addcdiv_(grad, avg)
                    p.add_(buf, alpha=-group['lr'])
                else:
                    p.addcdiv_(grad, avg, value=-group['lr'])

            def adagrad(p, grad, state, group):
                if len(state) == 0:
                    state['step'] = 0
                    state['sum'] = torch.full_like(p, group['initial_accumulator_value'])
                state['step'] += 1
                step = state['step']
                if group['maximize']:
                    grad = -grad
                if group['weight_decay'] != 0:
                    grad = grad.add(p, alpha=group['weight_decay'])
                clr = group['lr'] / (1 + (step - 1) * group['lr_decay'])
                state['sum'].addcmul_(grad, grad, value=1)
                std = state['sum'].sqrt().add_(group['eps'])
                p.addcdiv_(grad, std, value=-clr)

            def params(dtype):
                torch.manual_seed(1)
                made = [torch.tensor(-1.5, dtype=dtype), torch.randn(3, 4, dtype=dtype),
                        torch.randn(4, 3, dtype=dtype).t(), torch.randn(12, dtype=dtype)[1:11:3]]
                return [t.detach().requires_grad_() for t in made]

            def same(a, b):
                return str(a.tolist()) == str(b.tolist())

            def compare(make, update, dtype):
                ps, refs = params(dtype), params(dtype)
                opt = make(ps)
                group = opt.param_groups[0]
                states = [{} for _ in refs]
                torch.manual_seed(2)
                for step in range(8):
                    for i, (p, r) in enumerate(zip(ps, refs)):
                        g = torch.randn(p.shape, dtype=dtype) * 10.0 ** (step % 4 - 2)
                        skipped = step == 3 and i == 2
                        p.grad = None if skipped else g.clone()
                        r.grad = None if skipped else g.clone()
                    group['lr'] = group['lr'] * 0.9
                    opt.step()
                    with torch.no_grad():
                        for r, st in zip(refs, states):
                            if r.grad is not None:
                                update(r, r.grad, st, group)
                ok = all(same(p, r) for p, r in zip(ps, refs))
                for p, st in zip(ps, states):
                    mine = opt.state[p]
                    ok = ok and sorted(mine.keys()) == sorted(st.keys())
                    for k in st:
                        ok = ok and (same(mine[k], st[k]) if isinstance(st[k], torch.Tensor) else mine[k] == st[k])
                print(ok, [p.is_leaf and p.requires_grad for p in ps])
            """;

    static List<String> configurations() {
        return List.of(
            "SGD|sgd|lr=0.1",
            "SGD|sgd|lr=0.1, momentum=0.9",
            "SGD|sgd|lr=0.1, momentum=0.9, nesterov=True, maximize=True",
            "SGD|sgd|lr=0.1, momentum=0.8, dampening=0.1, weight_decay=0.01",
            "Adam|adam|lr=0.01",
            "Adam|adam|lr=0.01, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1, maximize=True",
            "Adam|adam|lr=0.01, betas=(0.3, 0.4), amsgrad=True",
            "AdamW|adam|lr=0.01, weight_decay=0.5, amsgrad=True",
            "RMSprop|rmsprop|lr=0.01",
            "RMSprop|rmsprop|lr=0.01, alpha=0.9, momentum=0.5, centered=True, maximize=True",
            "RMSprop|rmsprop|lr=0.01, weight_decay=0.1, eps=1e-4, alpha=0.3",
            "Adagrad|adagrad|lr=0.1",
            "Adagrad|adagrad|lr=0.1, lr_decay=0.01, weight_decay=0.1, initial_accumulator_value=0.1, maximize=True");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void stepMatchesPyTorchsUpdateOpByOpInFloat32AndFloat64(String configuration) {
        String[] c = configuration.split("\\|");
        for (String dtype : new String[] {"torch.float32", "torch.float64"}) {
            assertEquals("True [True, True, True, True]\n",
                    run(REFERENCE + "compare(lambda ps: torch.optim." + c[0] + "(ps, " + c[2] + "), " + c[1] + ", " + dtype + ")\n"),
                    configuration + " in " + dtype);
        }
    }

    @Test
    void stateIsKeyedByTheParameterAsInPyTorch() {
        assertEquals("tensor(1.) ['step', 'exp_avg', 'exp_avg_sq'] tensor([0.1000, 0.1000])\n",
                run("p = torch.tensor([1.0, 2.0], requires_grad=True)\nopt = torch.optim.Adam([p], lr=0.1)\n"
                        + "p.sum().backward()\nopt.step()\ns = opt.state[p]\nprint(s['step'], list(s.keys()), s['exp_avg'])\n"));
    }

    @Test
    void theStepCountIsAFloat32TensorAddedToInPlace() {
        // PyTorch's _init_group: state['step'] = torch.tensor(0.0, dtype=_get_scalar_dtype()), then step_t += 1
        assertEquals("tensor(0.) tensor(2.) tensor(2.) tensor(2.) True\n", run("""
                p = torch.tensor([1.0], requires_grad=True)
                adagrad = torch.optim.Adagrad([p])
                first = adagrad.state[p]['step']
                opts = [adagrad, torch.optim.Adam([p]), torch.optim.RMSprop([p])]
                print(first, end=' ')
                for i in range(2):
                    p.grad = torch.tensor([0.5])
                    for o in opts:
                        o.step()
                print(*[o.state[p]['step'] for o in opts], adagrad.state[p]['step'] is first)
                """));
    }

    @Test
    void aStateEntryReplacedBetweenStepsIsTheOneTheNextStepUpdates() {
        assertEquals("tensor(11.) tensor([90.1000])\n", run("""
                p = torch.tensor([1.0], requires_grad=True)
                opt = torch.optim.Adam([p], lr=0.1)
                p.grad = torch.tensor([1.0])
                opt.step()
                opt.state[p]['step'] = torch.tensor(10.0)
                opt.state[p]['exp_avg'] = torch.tensor([100.0])
                opt.step()
                print(opt.state[p]['step'], opt.state[p]['exp_avg'])
                """));
    }

    @Test
    void theSavingAndLoadingTutorialsPrintoutOfTheStateDict() {
        assertEquals("""
                Optimizer's state_dict:
                state \t {}
                param_groups \t [{'lr': 0.001, 'momentum': 0.9, 'dampening': 0, 'weight_decay': 0, 'nesterov': False, \
                'maximize': False, 'foreach': None, 'differentiable': False, 'fused': None, 'params': [0, 1]}]
                """, run("""
                w = torch.tensor([1.0, 2.0], requires_grad=True)
                b = torch.tensor(0.5, requires_grad=True)
                optimizer = torch.optim.SGD([w, b], lr=0.001, momentum=0.9)
                print("Optimizer's state_dict:")
                for var_name in optimizer.state_dict():
                    print(var_name, "\t", optimizer.state_dict()[var_name])
                """));
    }

    @Test
    void stateDictNumbersTheParametersAndLoadStateDictMapsThemBack() {
        assertEquals("""
                {0: {'step': tensor(1.), 'exp_avg': tensor([0.1000, 0.1000]), 'exp_avg_sq': tensor([0.0010, 0.0010])}}
                [0] [0, 1]
                0.1 tensor(1.) True True
                ValueError: loaded state dict has a different number of parameter groups
                """, run("""
                p = torch.tensor([1.0, 2.0], requires_grad=True)
                opt = torch.optim.Adam([p], lr=0.1)
                p.sum().backward()
                opt.step()
                print(opt.state_dict()['state'])
                a, b = torch.tensor(1.0, requires_grad=True), torch.tensor(2.0, requires_grad=True)
                print(opt.state_dict()['param_groups'][0]['params'], torch.optim.SGD([a, b]).state_dict()['param_groups'][0]['params'])
                q = torch.tensor([1.0, 2.0], requires_grad=True)
                copy = torch.optim.Adam([q], lr=0.5)
                copy.load_state_dict(opt.state_dict())
                s = copy.state[q]
                print(copy.param_groups[0]['lr'], s['step'], copy.param_groups[0]['params'][0] is q, s['exp_avg'] is opt.state[p]['exp_avg'])
                try:
                    torch.optim.Adam([{'params': [a]}, {'params': [b]}]).load_state_dict(opt.state_dict())
                except ValueError as e:
                    print('ValueError:', e)
                """));
    }

    @Test
    void aParamGroupIsTheCallersDictWithItsParamsFirstAndTheDefaultsAfter() {
        assertEquals("""
                [['params', 'lr', 'momentum'], ['params', 'lr', 'momentum']] [0.1, 0.5] True
                [tensor(2., requires_grad=True)]
                """, run("""
                a = torch.tensor(1.0, requires_grad=True)
                c = torch.tensor(2.0, requires_grad=True)
                second = {'params': c, 'lr': 0.5}
                opt = torch.optim.SGD([{'params': [a]}, second], lr=0.1)
                print([list(g)[:3] for g in opt.param_groups], [g['lr'] for g in opt.param_groups], opt.param_groups[1] is second)
                print(second['params'])
                """));
    }

    @Test
    void paramGroupsAreCheckedAsPyTorchChecksThem() {
        String[][] cases = {
            {"torch.optim.SGD(a, lr=0.1)",
             "TypeError: params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor"},
            {"torch.optim.SGD([a, 3], lr=0.1)", "TypeError: optimizer can only optimize Tensors, but one of the params is int"},
            {"torch.optim.SGD([a * 2], lr=0.1)", "ValueError: can't optimize a non-leaf Tensor"},
            {"torch.optim.SGD([{'params': [a]}, {'params': [a]}], lr=0.1)",
             "ValueError: some parameters appear in more than one parameter group"},
            {"torch.optim.SGD([{'params': {a}}], lr=0.1)", "TypeError: optimizer parameters need to be organized in ordered"
             + " collections, but the ordering of tensors in sets will change between runs. Please use a list instead."},
        };
        for (String[] c : cases) {
            assertEquals("!" + c[1], run("a = torch.tensor(1.0, requires_grad=True)\n" + c[0] + "\n"), c[0]);
        }
        assertEquals("1\n", run("a = torch.tensor(1.0, requires_grad=True)\ny = a * 2\ny.retain_grad()\n"
                + "print(len(torch.optim.SGD([y], lr=0.1).param_groups[0]['params']))\n"));
    }

    @Test
    void aStepCountThatIsNotATensorFailsAsInPyTorch() {
        assertEquals("!RuntimeError: API has changed, `state_steps` argument must contain a list of singleton tensors",
                run("""
                        p = torch.tensor([1.0], requires_grad=True)
                        opt = torch.optim.Adagrad([p])
                        opt.state[p]['step'] = 0
                        p.grad = torch.tensor([0.5])
                        opt.step()
                        """));
    }

    @Test
    void stepModifiesTheParameterInPlaceSoASavedCopyOfItFailsBackward() {
        assertEquals("!RuntimeError: one of the variables needed for gradient computation has been modified by an inplace"
                + " operation: [torch.FloatTensor [2]] is at version 1; expected version 0 instead. Hint: enable anomaly"
                + " detection to find the operation that failed to compute its gradient, with"
                + " torch.autograd.set_detect_anomaly(True, check_nan=False).",
                run("x = torch.tensor([1.0, 2.0], requires_grad=True)\nopt = torch.optim.Adam([x])\ny = (x * x).sum()\n"
                        + "y.backward(retain_graph=True)\nopt.step()\ny.backward()\n"));
    }

    @Test
    void aStepLeavesPendingResultsThatReadTheParameterTheirOldValues() {
        // w * 2 over 10,000 elements is computed lazily (slope.tensor.Lazy), after the step has written w
        assertEquals("tensor(0.) tensor(-0.6000)\n",
                run("w = torch.ones(10000, requires_grad=True)\nopt = torch.optim.SGD([w], lr=0.1)\n(w * 3).sum().backward()\n"
                        + "with torch.no_grad():\n    before = w * 2\nopt.step()\n"
                        + "print((before - 2).abs().max(), (w.detach() * 2 - before).max())\n"));
    }

    @Test
    void settingsAreReadAgainAfterTheGroupOrASettingChanges() {
        // a step keeps what it read from the group until an entry changes; a tensor lr can change in place
        assertEquals("tensor([0.7000]) tensor([0.7000]) tensor([0.5000], requires_grad=True)\n",
                run("lr = torch.tensor(0.1)\np = torch.tensor([1.0], requires_grad=True)\nopt = torch.optim.SGD([p], lr=lr)\n"
                        + "def steps(n):\n    for i in range(n):\n        p.grad = torch.ones(1)\n        opt.step()\n"
                        + "steps(3)\na = p.detach().clone()\nlr.fill_(0.0)\nsteps(2)\nb = p.detach().clone()\n"
                        + "opt.param_groups[0]['lr'] = 0.1\nsteps(2)\nprint(a, b, p)\n"));
    }

    @Test
    void zeroGradSetsGradsToNoneOrZeroesThemInPlace() {
        assertEquals("tensor([0., 0.]) True\nNone\n",
                run("x = torch.tensor([1.0, 2.0], requires_grad=True)\nopt = torch.optim.SGD([x], lr=0.1)\n"
                        + "(x * 3).sum().backward()\ng = x.grad\nopt.zero_grad(set_to_none=False)\nprint(x.grad, x.grad is g)\n"
                        + "opt.zero_grad()\nprint(x.grad)\n"));
    }

    @Test
    void stepWithAClosureEvaluatesItWithGradEnabledAndReturnsItsLoss() {
        assertEquals("tensor(1., grad_fn=<MulBackward0>)\ntensor(0.8000, requires_grad=True)\nNone\n", run("""
                x = torch.tensor(1.0, requires_grad=True)
                opt = torch.optim.SGD([x], lr=0.1)
                def closure():
                    opt.zero_grad()
                    loss = x * x
                    loss.backward()
                    return loss
                with torch.no_grad():
                    loss = opt.step(closure)
                print(loss)
                print(x)
                print(opt.step(None))
                """));
    }

    @Test
    void aSubclassStepRunsBeforeTheBuiltInStepItCalls() {
        assertEquals("tensor(4.9000, requires_grad=True)\n", run("""
                class Scaled(torch.optim.SGD):
                    def step(self, closure=None):
                        for group in self.param_groups:
                            for p in group['params']:
                                p.grad.mul_(0.1)
                        return super().step(closure)
                x = torch.tensor(5.0, requires_grad=True)
                opt = Scaled([x], lr=0.1)
                (x * x).backward()
                opt.step()
                print(x)
                """));
    }
}
