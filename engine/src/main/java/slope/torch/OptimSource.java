package slope.torch;

/**
 * {@code torch.optim}, written in Python like PyTorch's: the optimizer classes hold the param groups and
 * the state. Their step() and zero_grad() are methods in Java ({@link OptimFunctions}, over {@link slope.optim})
 * that read {@code self.param_groups} and {@code self.state} as PyTorch's do: they run once per training step,
 * and interpreting their loops took as long as the updates.
 */
final class OptimSource {
    private OptimSource() {}

    static final String OPTIM = String.join("\n",
        "import torch",
        "from torch import _optim",
        "",
        "class Optimizer:",
        "    __module__ = 'torch.optim.optimizer'",
        "    def __init__(self, params, defaults):",
        "        self.defaults = defaults",
        "        self.state = {}",
        "        if isinstance(params, torch.Tensor):",
        "            raise TypeError('params argument given to the optimizer should be an iterable of Tensors or dicts, but got ' + params.type())",
        "        param_groups = list(params)",
        "        if len(param_groups) == 0:",
        "            raise ValueError('optimizer got an empty parameter list')",
        "        if not isinstance(param_groups[0], dict):",
        "            param_groups = [{'params': param_groups}]",
        "        self.param_groups = []",
        "        for param_group in param_groups:",
        "            self.add_param_group(param_group)",
        "",
        // PyTorch's: the group is the caller's own dict, its 'params' made a list and the defaults added after its keys.
        "    def add_param_group(self, param_group):",
        "        if not isinstance(param_group, dict):",
        "            raise TypeError(f'param_group must be a dict, but got {type(param_group)}')",
        "        params = param_group['params']",
        "        if isinstance(params, torch.Tensor):",
        "            param_group['params'] = [params]",
        "        elif isinstance(params, set):",
        "            raise TypeError('optimizer parameters need to be organized in ordered collections, but the ordering of tensors in sets will change between runs. Please use a list instead.')",
        "        else:",
        "            param_group['params'] = list(params)",
        "        for param in param_group['params']:",
        "            if not isinstance(param, torch.Tensor):",
        "                raise TypeError('optimizer can only optimize Tensors, but one of the params is ' + type(param).__name__)",
        "            if not self.defaults.get('differentiable', None) and not (param.is_leaf or param.retains_grad):",
        "                raise ValueError(\"can't optimize a non-leaf Tensor\")",
        "        for name, default in self.defaults.items():",
        "            param_group.setdefault(name, default)",
        "        for group in self.param_groups:",
        "            if not set(group['params']).isdisjoint(set(param_group['params'])):",
        "                raise ValueError('some parameters appear in more than one parameter group')",
        "        self.param_groups.append(param_group)",
        "",
        // The parameters become their indices in order of appearance, as in PyTorch's state_dict().
        "    def state_dict(self):",
        "        param_mappings = {}",
        "        start_index = 0",
        "        param_groups = []",
        "        for group in self.param_groups:",
        "            packed = {k: v for k, v in group.items() if k != 'params'}",
        "            for i, p in enumerate(group['params'], start_index):",
        "                if id(p) not in param_mappings:",
        "                    param_mappings[id(p)] = i",
        "            packed['params'] = [param_mappings[id(p)] for p in group['params']]",
        "            start_index += len(packed['params'])",
        "            param_groups.append(packed)",
        "        packed_state = {(param_mappings[id(k)] if isinstance(k, torch.Tensor) else k): v for k, v in self.state.items()}",
        "        return {'state': packed_state, 'param_groups': param_groups}",
        "",
        // PyTorch's load_state_dict: the saved groups' settings with this optimizer's parameters; state tensors other
        // than the step cast to their parameter's dtype (.to() returns the tensor itself when it has it already).
        "    def load_state_dict(self, state_dict):",
        "        groups = self.param_groups",
        "        saved_groups = [{k: (list(v) if isinstance(v, list) else v) for k, v in g.items()} for g in state_dict['param_groups']]",
        "        if len(groups) != len(saved_groups):",
        "            raise ValueError('loaded state dict has a different number of parameter groups')",
        "        for g, saved in zip(groups, saved_groups):",
        "            if len(g['params']) != len(saved['params']):",
        "                raise ValueError(\"loaded state dict contains a parameter group that doesn't match the size of optimizer's group\")",
        "        id_map = {}",
        "        for g, saved in zip(groups, saved_groups):",
        "            for i, p in zip(saved['params'], g['params']):",
        "                id_map[i] = p",
        "        def cast(param, value, key=None):",
        "            if isinstance(value, torch.Tensor):",
        "                if key == 'step' or not param.is_floating_point():",
        "                    return value",
        "                return value.to(dtype=param.dtype)",
        "            if isinstance(value, dict):",
        "                return {k: cast(param, v, k) for k, v in value.items()}",
        "            if isinstance(value, (list, tuple)):",
        "                return type(value)(cast(param, v) for v in value)",
        "            return value",
        "        state = {}",
        "        for k, v in state_dict['state'].items():",
        "            if k in id_map:",
        "                state[id_map[k]] = cast(id_map[k], v)",
        "            else:",
        "                state[k] = v",
        "        for g, saved in zip(groups, saved_groups):",
        "            saved['params'] = g['params']",
        "        self.state = state",
        "        self.param_groups = saved_groups",
        "",
        "    zero_grad = _optim.optimizer_zero_grad",
        "",
        "    def __repr__(self):",
        "        s = self.__class__.__name__ + ' ('",
        "        for i, group in enumerate(self.param_groups):",
        "            s += '\\nParameter Group ' + str(i)",
        "            for k in sorted(group.keys()):",
        "                if k != 'params':",
        "                    s += '\\n    ' + k + ': ' + str(group[k])",
        "        return s + '\\n)'",
        "",
        // Each step(closure=None) runs the update of torch._optim (OptimFunctions) on every param group, keeping the
        // state per parameter (self.state[p]) as PyTorch's optimizers do.
        "class SGD(Optimizer):",
        "    __module__ = 'torch.optim.sgd'",
        "    def __init__(self, params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, foreach=None, differentiable=False, fused=None):",
        "        if nesterov and (momentum <= 0 or dampening != 0):",
        "            raise ValueError('Nesterov momentum requires a momentum and zero dampening')",
        "        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay, nesterov=nesterov, maximize=maximize, foreach=foreach, differentiable=differentiable, fused=fused))",
        "",
        "    step = _optim.sgd_step",
        "",
        "class Adam(Optimizer):",
        "    __module__ = 'torch.optim.adam'",
        "    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *, foreach=None, maximize=False, capturable=False, differentiable=False, fused=None, decoupled_weight_decay=False):",
        "        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad, maximize=maximize, foreach=foreach, capturable=capturable, differentiable=differentiable, fused=fused, decoupled_weight_decay=decoupled_weight_decay))",
        "",
        "    step = _optim.adam_step",
        "",
        "class AdamW(Adam):",
        "    __module__ = 'torch.optim.adamw'",
        "    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *, maximize=False, foreach=None, capturable=False, differentiable=False, fused=None):",
        "        super().__init__(params, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad, maximize=maximize, foreach=foreach, capturable=capturable, differentiable=differentiable, fused=fused, decoupled_weight_decay=True)",
        "",
        "class RMSprop(Optimizer):",
        "    __module__ = 'torch.optim.rmsprop'",
        "    def __init__(self, params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False, capturable=False, foreach=None, maximize=False, differentiable=False):",
        "        super().__init__(params, dict(lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=momentum, centered=centered, capturable=capturable, foreach=foreach, maximize=maximize, differentiable=differentiable))",
        "",
        "    step = _optim.rmsprop_step",
        "",
        "class Adagrad(Optimizer):",
        "    __module__ = 'torch.optim.adagrad'",
        "    def __init__(self, params, lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10, foreach=None, *, maximize=False, differentiable=False, fused=None):",
        "        super().__init__(params, dict(lr=lr, lr_decay=lr_decay, weight_decay=weight_decay, initial_accumulator_value=initial_accumulator_value, eps=eps, foreach=foreach, maximize=maximize, differentiable=differentiable, fused=fused))",
        "        for group in self.param_groups:",
        "            for p in group['params']:",
        "                self.state[p] = {'step': torch.tensor(0.0), 'sum': torch.full_like(p, initial_accumulator_value)}",
        "",
        "    step = _optim.adagrad_step",
        "") + OptimSource.LBFGS;

    /**
     * torch.optim.LBFGS, PyTorch's lbfgs.py: the two-loop recursion over flat views of the gradients, and the
     * strong Wolfe line search. Its steps are whole-vector tensor ops, so it runs in Python here.
     */
    static final String LBFGS = """

            def _cubic_interpolate(x1, f1, g1, x2, f2, g2, bounds=None):
                if bounds is not None:
                    xmin_bound, xmax_bound = bounds
                else:
                    xmin_bound, xmax_bound = (x1, x2) if x1 <= x2 else (x2, x1)
                d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)
                d2_square = d1 ** 2 - g1 * g2
                if d2_square >= 0:
                    d2 = d2_square.sqrt() if isinstance(d2_square, torch.Tensor) else d2_square ** 0.5
                    if x1 <= x2:
                        min_pos = x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
                    else:
                        min_pos = x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))
                    return min(max(min_pos, xmin_bound), xmax_bound)
                return (xmin_bound + xmax_bound) / 2.0


            def _strong_wolfe(obj_func, x, t, d, f, g, gtd, c1=1e-4, c2=0.9, tolerance_change=1e-9, max_ls=25):
                d_norm = d.abs().max()
                g = g.clone()
                f_new, g_new = obj_func(x, t, d)
                ls_func_evals = 1
                gtd_new = g_new.dot(d)
                t_prev, f_prev, g_prev, gtd_prev = 0, f, g, gtd
                done = False
                ls_iter = 0
                while ls_iter < max_ls:
                    if f_new > (f + c1 * t * gtd) or (ls_iter > 1 and f_new >= f_prev):
                        bracket, bracket_f = [t_prev, t], [f_prev, f_new]
                        bracket_g, bracket_gtd = [g_prev, g_new.clone()], [gtd_prev, gtd_new]
                        break
                    if abs(gtd_new) <= -c2 * gtd:
                        bracket, bracket_f, bracket_g = [t], [f_new], [g_new]
                        done = True
                        break
                    if gtd_new >= 0:
                        bracket, bracket_f = [t_prev, t], [f_prev, f_new]
                        bracket_g, bracket_gtd = [g_prev, g_new.clone()], [gtd_prev, gtd_new]
                        break
                    min_step = t + 0.01 * (t - t_prev)
                    max_step = t * 10
                    tmp = t
                    t = _cubic_interpolate(t_prev, f_prev, gtd_prev, t, f_new, gtd_new, bounds=(min_step, max_step))
                    t_prev, f_prev, g_prev, gtd_prev = tmp, f_new, g_new.clone(), gtd_new
                    f_new, g_new = obj_func(x, t, d)
                    ls_func_evals += 1
                    gtd_new = g_new.dot(d)
                    ls_iter += 1
                if ls_iter == max_ls:
                    bracket, bracket_f, bracket_g = [0, t], [f, f_new], [g, g_new]
                insuf_progress = False
                low_pos, high_pos = (0, 1) if bracket_f[0] <= bracket_f[-1] else (1, 0)
                while not done and ls_iter < max_ls:
                    if abs(bracket[1] - bracket[0]) * d_norm < tolerance_change:
                        break
                    t = _cubic_interpolate(bracket[0], bracket_f[0], bracket_gtd[0], bracket[1], bracket_f[1], bracket_gtd[1])
                    eps = 0.1 * (max(bracket) - min(bracket))
                    if min(max(bracket) - t, t - min(bracket)) < eps:
                        if insuf_progress or t >= max(bracket) or t <= min(bracket):
                            if abs(t - max(bracket)) < abs(t - min(bracket)):
                                t = max(bracket) - eps
                            else:
                                t = min(bracket) + eps
                            insuf_progress = False
                        else:
                            insuf_progress = True
                    else:
                        insuf_progress = False
                    f_new, g_new = obj_func(x, t, d)
                    ls_func_evals += 1
                    gtd_new = g_new.dot(d)
                    ls_iter += 1
                    if f_new > (f + c1 * t * gtd) or f_new >= bracket_f[low_pos]:
                        bracket[high_pos], bracket_f[high_pos] = t, f_new
                        bracket_g[high_pos], bracket_gtd[high_pos] = g_new.clone(), gtd_new
                        low_pos, high_pos = (0, 1) if bracket_f[0] <= bracket_f[1] else (1, 0)
                    else:
                        if abs(gtd_new) <= -c2 * gtd:
                            done = True
                        elif gtd_new * (bracket[high_pos] - bracket[low_pos]) >= 0:
                            bracket[high_pos], bracket_f[high_pos] = bracket[low_pos], bracket_f[low_pos]
                            bracket_g[high_pos], bracket_gtd[high_pos] = bracket_g[low_pos], bracket_gtd[low_pos]
                        bracket[low_pos], bracket_f[low_pos] = t, f_new
                        bracket_g[low_pos], bracket_gtd[low_pos] = g_new.clone(), gtd_new
                return bracket_f[low_pos], bracket_g[low_pos], bracket[low_pos], ls_func_evals


            class LBFGS(Optimizer):
                __module__ = 'torch.optim.lbfgs'
                def __init__(self, params, lr=1, max_iter=20, max_eval=None, tolerance_grad=1e-07, tolerance_change=1e-09,
                             history_size=100, line_search_fn=None):
                    if not 0.0 <= lr:
                        raise ValueError(f'Invalid learning rate: {lr}')
                    if max_eval is None:
                        max_eval = max_iter * 5 // 4
                    super().__init__(params, dict(lr=lr, max_iter=max_iter, max_eval=max_eval, tolerance_grad=tolerance_grad,
                                                  tolerance_change=tolerance_change, history_size=history_size,
                                                  line_search_fn=line_search_fn))
                    if len(self.param_groups) != 1:
                        raise ValueError("LBFGS doesn't support per-parameter options (parameter groups)")
                    self._params = self.param_groups[0]['params']

                def _gather_flat_grad(self):
                    return torch.cat([p.new_zeros(p.numel()) if p.grad is None else p.grad.view(-1) for p in self._params], 0)

                def _add_grad(self, step_size, update):
                    offset = 0
                    for p in self._params:
                        numel = p.numel()
                        p.add_(update[offset:offset + numel].view_as(p), alpha=step_size)
                        offset += numel

                def _set_param(self, params_data):
                    for p, pdata in zip(self._params, params_data):
                        p.copy_(pdata)

                def _directional_evaluate(self, closure, x, t, d):
                    self._add_grad(t, d)
                    loss = float(closure())
                    flat_grad = self._gather_flat_grad()
                    self._set_param(x)
                    return loss, flat_grad

                @torch.no_grad()
                def step(self, closure):
                    closure = torch.enable_grad()(closure)
                    group = self.param_groups[0]
                    lr, max_iter, max_eval = group['lr'], group['max_iter'], group['max_eval']
                    tolerance_grad, tolerance_change = group['tolerance_grad'], group['tolerance_change']
                    line_search_fn, history_size = group['line_search_fn'], group['history_size']
                    # LBFGS has only global state; PyTorch keeps it as the first parameter's
                    state = self.state.setdefault(self._params[0], {})
                    state.setdefault('func_evals', 0)
                    state.setdefault('n_iter', 0)
                    orig_loss = closure()
                    loss = float(orig_loss)
                    current_evals = 1
                    state['func_evals'] += 1
                    flat_grad = self._gather_flat_grad()
                    opt_cond = flat_grad.abs().max() <= tolerance_grad
                    if opt_cond:
                        return orig_loss
                    d, t = state.get('d'), state.get('t')
                    old_dirs, old_stps, ro = state.get('old_dirs'), state.get('old_stps'), state.get('ro')
                    H_diag, prev_flat_grad, prev_loss = state.get('H_diag'), state.get('prev_flat_grad'), state.get('prev_loss')
                    n_iter = 0
                    while n_iter < max_iter:
                        n_iter += 1
                        state['n_iter'] += 1
                        if state['n_iter'] == 1:
                            d = flat_grad.neg()
                            old_dirs, old_stps, ro = [], [], []
                            H_diag = 1
                        else:
                            y = flat_grad.sub(prev_flat_grad)
                            s = d.mul(t)
                            ys = y.dot(s)
                            if ys > 1e-10:
                                if len(old_dirs) == history_size:
                                    old_dirs.pop(0)
                                    old_stps.pop(0)
                                    ro.pop(0)
                                old_dirs.append(y)
                                old_stps.append(s)
                                ro.append(1.0 / ys)
                                H_diag = ys / y.dot(y)
                            num_old = len(old_dirs)
                            if 'al' not in state:
                                state['al'] = [None] * history_size
                            al = state['al']
                            q = flat_grad.neg()
                            for i in range(num_old - 1, -1, -1):
                                al[i] = old_stps[i].dot(q) * ro[i]
                                q.add_(old_dirs[i], alpha=-al[i])
                            d = r = torch.mul(q, H_diag)
                            for i in range(num_old):
                                be_i = old_dirs[i].dot(r) * ro[i]
                                r.add_(old_stps[i], alpha=al[i] - be_i)
                        if prev_flat_grad is None:
                            prev_flat_grad = flat_grad.clone()
                        else:
                            prev_flat_grad.copy_(flat_grad)
                        prev_loss = loss
                        t = min(1.0, 1.0 / flat_grad.abs().sum()) * lr if state['n_iter'] == 1 else lr
                        gtd = flat_grad.dot(d)
                        if gtd > -tolerance_change:
                            break
                        ls_func_evals = 0
                        if line_search_fn is not None:
                            if line_search_fn != 'strong_wolfe':
                                raise RuntimeError("only 'strong_wolfe' is supported")
                            x_init = [p.clone() for p in self._params]

                            def obj_func(x, t, d):
                                return self._directional_evaluate(closure, x, t, d)

                            loss, flat_grad, t, ls_func_evals = _strong_wolfe(obj_func, x_init, t, d, loss, flat_grad, gtd)
                            self._add_grad(t, d)
                            opt_cond = flat_grad.abs().max() <= tolerance_grad
                        else:
                            self._add_grad(t, d)
                            if n_iter != max_iter:
                                with torch.enable_grad():
                                    loss = float(closure())
                                flat_grad = self._gather_flat_grad()
                                opt_cond = flat_grad.abs().max() <= tolerance_grad
                                ls_func_evals = 1
                        current_evals += ls_func_evals
                        state['func_evals'] += ls_func_evals
                        if n_iter == max_iter or current_evals >= max_eval or opt_cond:
                            break
                        if d.mul(t).abs().max() <= tolerance_change:
                            break
                        if abs(loss - prev_loss) < tolerance_change:
                            break
                    state.update(d=d, t=t, old_dirs=old_dirs, old_stps=old_stps, ro=ro, H_diag=H_diag,
                                 prev_flat_grad=prev_flat_grad, prev_loss=prev_loss)
                    return orig_loss
            """;

    /** torch.optim.lr_scheduler, as PyTorch's: each step() changes the optimizer's param_groups lr. */
    static final String LR_SCHEDULER = """
            import math


            class LRScheduler:
                def __init__(self, optimizer, last_epoch=-1):
                    self.optimizer = optimizer
                    if last_epoch == -1:
                        for group in optimizer.param_groups:
                            group.setdefault('initial_lr', group['lr'])
                    self.base_lrs = [group['initial_lr'] for group in optimizer.param_groups]
                    self.last_epoch = last_epoch
                    self._step_count = 0
                    self._is_initial = True
                    self.step()
                    self._is_initial = False

                def get_last_lr(self):
                    return self._last_lr

                def step(self, epoch=None):
                    self._step_count += 1
                    self.last_epoch += 1
                    for group, lr in zip(self.optimizer.param_groups, self.get_lr()):
                        group['lr'] = lr
                    self._last_lr = [group['lr'] for group in self.optimizer.param_groups]

                def state_dict(self):
                    return {k: v for k, v in self.__dict__.items() if k != 'optimizer'}


            _LRScheduler = LRScheduler


            class StepLR(LRScheduler):
                def __init__(self, optimizer, step_size, gamma=0.1, last_epoch=-1):
                    self.step_size = step_size
                    self.gamma = gamma
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    if self.last_epoch == 0 or self.last_epoch % self.step_size != 0:
                        return [group['lr'] for group in self.optimizer.param_groups]
                    return [group['lr'] * self.gamma for group in self.optimizer.param_groups]


            class MultiStepLR(LRScheduler):
                def __init__(self, optimizer, milestones, gamma=0.1, last_epoch=-1):
                    self.milestones = sorted(milestones)
                    self.gamma = gamma
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    if self.last_epoch not in self.milestones:
                        return [group['lr'] for group in self.optimizer.param_groups]
                    times = self.milestones.count(self.last_epoch)
                    return [group['lr'] * self.gamma ** times for group in self.optimizer.param_groups]


            class ExponentialLR(LRScheduler):
                def __init__(self, optimizer, gamma, last_epoch=-1):
                    self.gamma = gamma
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    if self.last_epoch == 0:
                        return [group['lr'] for group in self.optimizer.param_groups]
                    return [group['lr'] * self.gamma for group in self.optimizer.param_groups]


            class CosineAnnealingLR(LRScheduler):
                def __init__(self, optimizer, T_max, eta_min=0.0, last_epoch=-1):
                    self.T_max = T_max
                    self.eta_min = eta_min
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    if self._is_initial:
                        return [group['lr'] for group in self.optimizer.param_groups]
                    elif self._step_count == 1 and self.last_epoch > 0:
                        return [self.eta_min + (base_lr - self.eta_min) * (1 + math.cos((self.last_epoch) * math.pi / self.T_max)) / 2
                                for base_lr, group in zip(self.base_lrs, self.optimizer.param_groups)]
                    elif (self.last_epoch - 1 - self.T_max) % (2 * self.T_max) == 0:
                        return [group['lr'] + (base_lr - self.eta_min) * (1 - math.cos(math.pi / self.T_max)) / 2
                                for base_lr, group in zip(self.base_lrs, self.optimizer.param_groups)]
                    return [(1 + math.cos(math.pi * self.last_epoch / self.T_max))
                            / (1 + math.cos(math.pi * (self.last_epoch - 1) / self.T_max))
                            * (group['lr'] - self.eta_min) + self.eta_min
                            for group in self.optimizer.param_groups]


            class ReduceLROnPlateau(LRScheduler):
                def __init__(self, optimizer, mode='min', factor=0.1, patience=10, threshold=1e-4, threshold_mode='rel',
                             cooldown=0, min_lr=0, eps=1e-8):
                    if factor >= 1.0:
                        raise ValueError('Factor should be < 1.0.')
                    if mode not in ('min', 'max'):
                        raise ValueError('mode ' + mode + ' is unknown!')
                    if threshold_mode not in ('rel', 'abs'):
                        raise ValueError('threshold mode ' + threshold_mode + ' is unknown!')
                    self.factor = factor
                    self.optimizer = optimizer
                    if isinstance(min_lr, (list, tuple)):
                        self.min_lrs = list(min_lr)
                    else:
                        self.min_lrs = [min_lr] * len(optimizer.param_groups)
                    self.patience = patience
                    self.cooldown = cooldown
                    self.eps = eps
                    self.last_epoch = 0
                    self._last_lr = [group['lr'] for group in optimizer.param_groups]
                    self.mode = mode
                    self.threshold = threshold
                    self.threshold_mode = threshold_mode
                    self.mode_worse = math.inf if mode == 'min' else -math.inf
                    self.best = self.mode_worse
                    self.cooldown_counter = 0
                    self.num_bad_epochs = 0

                def _is_better(self, a, best):
                    if self.mode == 'min' and self.threshold_mode == 'rel':
                        return a < best * (1.0 - self.threshold)
                    if self.mode == 'min':
                        return a < best - self.threshold
                    if self.threshold_mode == 'rel':
                        return a > best * (self.threshold + 1.0)
                    return a > best + self.threshold

                @property
                def in_cooldown(self):
                    return self.cooldown_counter > 0

                def step(self, metrics, epoch=None):
                    current = float(metrics)
                    self.last_epoch = self.last_epoch + 1 if epoch is None else epoch
                    if self._is_better(current, self.best):
                        self.best = current
                        self.num_bad_epochs = 0
                    else:
                        self.num_bad_epochs += 1
                    if self.in_cooldown:
                        self.cooldown_counter -= 1
                        self.num_bad_epochs = 0
                    if self.num_bad_epochs > self.patience:
                        for i, group in enumerate(self.optimizer.param_groups):
                            old_lr = float(group['lr'])
                            new_lr = max(old_lr * self.factor, self.min_lrs[i])
                            if old_lr - new_lr > self.eps:
                                group['lr'] = new_lr
                        self.cooldown_counter = self.cooldown
                        self.num_bad_epochs = 0
                    self._last_lr = [group['lr'] for group in self.optimizer.param_groups]


            def _lambdas(optimizer, lr_lambda):
                if isinstance(lr_lambda, (list, tuple)):
                    return list(lr_lambda)
                return [lr_lambda] * len(optimizer.param_groups)


            class MultiplicativeLR(LRScheduler):
                def __init__(self, optimizer, lr_lambda, last_epoch=-1):
                    self.lr_lambdas = _lambdas(optimizer, lr_lambda)
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    if self.last_epoch > 0:
                        return [group['lr'] * lmbda(self.last_epoch) for lmbda, group in zip(self.lr_lambdas, self.optimizer.param_groups)]
                    return [group['lr'] for group in self.optimizer.param_groups]


            class ConstantLR(LRScheduler):
                def __init__(self, optimizer, factor=1.0 / 3, total_iters=5, last_epoch=-1):
                    if factor > 1.0 or factor < 0:
                        raise ValueError('Constant multiplicative factor expected to be between 0 and 1.')
                    self.factor = factor
                    self.total_iters = total_iters
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    if self.last_epoch == 0:
                        return [group['lr'] * self.factor for group in self.optimizer.param_groups]
                    if self.last_epoch != self.total_iters:
                        return [group['lr'] for group in self.optimizer.param_groups]
                    return [group['lr'] * (1.0 / self.factor) for group in self.optimizer.param_groups]


            class LinearLR(LRScheduler):
                def __init__(self, optimizer, start_factor=1.0 / 3, end_factor=1.0, total_iters=5, last_epoch=-1):
                    if start_factor > 1.0 or start_factor <= 0:
                        raise ValueError('Starting multiplicative factor expected to be greater than 0 and less or equal to 1.')
                    if end_factor > 1.0 or end_factor < 0:
                        raise ValueError('Ending multiplicative factor expected to be between 0 and 1.')
                    self.start_factor = start_factor
                    self.end_factor = end_factor
                    self.total_iters = total_iters
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    if self.last_epoch == 0:
                        return [group['lr'] * self.start_factor for group in self.optimizer.param_groups]
                    if self.last_epoch > self.total_iters:
                        return [group['lr'] for group in self.optimizer.param_groups]
                    return [group['lr'] * (1.0 + (self.end_factor - self.start_factor)
                                           / (self.total_iters * self.start_factor + (self.last_epoch - 1) * (self.end_factor - self.start_factor)))
                            for group in self.optimizer.param_groups]


            class PolynomialLR(LRScheduler):
                def __init__(self, optimizer, total_iters=5, power=1.0, last_epoch=-1):
                    self.total_iters = total_iters
                    self.power = power
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    if self.last_epoch == 0 or self.last_epoch > self.total_iters:
                        return [group['lr'] for group in self.optimizer.param_groups]
                    decay_factor = ((1.0 - self.last_epoch / self.total_iters) / (1.0 - (self.last_epoch - 1) / self.total_iters)) ** self.power
                    return [group['lr'] * decay_factor for group in self.optimizer.param_groups]


            class CosineAnnealingWarmRestarts(LRScheduler):
                def __init__(self, optimizer, T_0, T_mult=1, eta_min=0.0, last_epoch=-1):
                    if T_0 <= 0 or not isinstance(T_0, int):
                        raise ValueError(f'Expected positive integer T_0, but got {T_0}')
                    if T_mult < 1 or not isinstance(T_mult, int):
                        raise ValueError(f'Expected integer T_mult >= 1, but got {T_mult}')
                    self.T_0 = T_0
                    self.T_i = T_0
                    self.T_mult = T_mult
                    self.eta_min = eta_min
                    self.T_cur = last_epoch
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    return [self.eta_min + (base_lr - self.eta_min) * (1 + math.cos(math.pi * self.T_cur / self.T_i)) / 2
                            for base_lr in self.base_lrs]

                def step(self, epoch=None):
                    if epoch is None and self.last_epoch < 0:
                        epoch = 0
                    if epoch is None:
                        epoch = self.last_epoch + 1
                        self.T_cur = self.T_cur + 1
                        if self.T_cur >= self.T_i:
                            self.T_cur = self.T_cur - self.T_i
                            self.T_i = self.T_i * self.T_mult
                    else:
                        if epoch < 0:
                            raise ValueError(f'Expected non-negative epoch, but got {epoch}')
                        if epoch >= self.T_0:
                            if self.T_mult == 1:
                                self.T_cur = epoch % self.T_0
                            else:
                                n = int(math.log((epoch / self.T_0 * (self.T_mult - 1) + 1), self.T_mult))
                                self.T_cur = epoch - self.T_0 * (self.T_mult ** n - 1) / (self.T_mult - 1)
                                self.T_i = self.T_0 * self.T_mult ** n
                        else:
                            self.T_i = self.T_0
                            self.T_cur = epoch
                    self._step_count += 1
                    self.last_epoch = math.floor(epoch)
                    for group, lr in zip(self.optimizer.param_groups, self.get_lr()):
                        group['lr'] = lr
                    self._last_lr = [group['lr'] for group in self.optimizer.param_groups]


            class OneCycleLR(LRScheduler):
                def __init__(self, optimizer, max_lr, total_steps=None, epochs=None, steps_per_epoch=None, pct_start=0.3,
                             anneal_strategy='cos', cycle_momentum=True, base_momentum=0.85, max_momentum=0.95,
                             div_factor=25.0, final_div_factor=1e4, three_phase=False, last_epoch=-1):
                    self.optimizer = optimizer
                    if total_steps is not None:
                        if total_steps <= 0 or not isinstance(total_steps, int):
                            raise ValueError(f'Expected positive integer total_steps, but got {total_steps}')
                        self.total_steps = total_steps
                    elif epochs is not None and steps_per_epoch is not None:
                        if not isinstance(epochs, int) or epochs <= 0:
                            raise ValueError(f'Expected positive integer epochs, but got {epochs}')
                        if not isinstance(steps_per_epoch, int) or steps_per_epoch <= 0:
                            raise ValueError(f'Expected positive integer steps_per_epoch, but got {steps_per_epoch}')
                        self.total_steps = epochs * steps_per_epoch
                    else:
                        raise ValueError('You must define either total_steps OR (epochs AND steps_per_epoch)')
                    if three_phase:
                        self._schedule_phases = [
                            {'end_step': float(pct_start * self.total_steps) - 1, 'start_lr': 'initial_lr', 'end_lr': 'max_lr',
                             'start_momentum': 'max_momentum', 'end_momentum': 'base_momentum'},
                            {'end_step': float(2 * pct_start * self.total_steps) - 2, 'start_lr': 'max_lr', 'end_lr': 'initial_lr',
                             'start_momentum': 'base_momentum', 'end_momentum': 'max_momentum'},
                            {'end_step': self.total_steps - 1, 'start_lr': 'initial_lr', 'end_lr': 'min_lr',
                             'start_momentum': 'max_momentum', 'end_momentum': 'max_momentum'},
                        ]
                    else:
                        self._schedule_phases = [
                            {'end_step': float(pct_start * self.total_steps) - 1, 'start_lr': 'initial_lr', 'end_lr': 'max_lr',
                             'start_momentum': 'max_momentum', 'end_momentum': 'base_momentum'},
                            {'end_step': self.total_steps - 1, 'start_lr': 'max_lr', 'end_lr': 'min_lr',
                             'start_momentum': 'base_momentum', 'end_momentum': 'max_momentum'},
                        ]
                    if pct_start < 0 or pct_start > 1 or not isinstance(pct_start, float):
                        raise ValueError(f'Expected float between 0 and 1 pct_start, but got {pct_start}')
                    if anneal_strategy not in ['cos', 'linear']:
                        raise ValueError(f"anneal_strategy must be one of 'cos' or 'linear', instead got {anneal_strategy}")
                    self._anneal_cos = anneal_strategy == 'cos'
                    max_lrs = self._format_param('max_lr', optimizer, max_lr)
                    if last_epoch == -1:
                        for idx, group in enumerate(optimizer.param_groups):
                            group['initial_lr'] = max_lrs[idx] / div_factor
                            group['max_lr'] = max_lrs[idx]
                            group['min_lr'] = group['initial_lr'] / final_div_factor
                    self.cycle_momentum = cycle_momentum
                    if cycle_momentum:
                        if 'momentum' not in optimizer.defaults and 'betas' not in optimizer.defaults:
                            raise ValueError('optimizer must support momentum or beta1 with `cycle_momentum` option enabled')
                        self.use_beta1 = 'betas' in optimizer.defaults
                        max_momentums = self._format_param('max_momentum', optimizer, max_momentum)
                        base_momentums = self._format_param('base_momentum', optimizer, base_momentum)
                        if last_epoch == -1:
                            for m_momentum, b_momentum, group in zip(max_momentums, base_momentums, optimizer.param_groups):
                                if self.use_beta1:
                                    group['betas'] = (m_momentum, *group['betas'][1:])
                                else:
                                    group['momentum'] = m_momentum
                                group['max_momentum'] = m_momentum
                                group['base_momentum'] = b_momentum
                    super().__init__(optimizer, last_epoch)

                @staticmethod
                def _format_param(name, optimizer, param):
                    if isinstance(param, (list, tuple)):
                        if len(param) != len(optimizer.param_groups):
                            raise ValueError(f'expected {len(optimizer.param_groups)} values for {name}, got {len(param)}')
                        return param
                    return [param] * len(optimizer.param_groups)

                def _anneal(self, start, end, pct):
                    if self._anneal_cos:
                        cos_out = math.cos(math.pi * pct) + 1
                        return end + (start - end) / 2.0 * cos_out
                    return (end - start) * pct + start

                def get_lr(self):
                    lrs = []
                    step_num = self.last_epoch
                    if step_num > self.total_steps:
                        raise ValueError(f'Tried to step {step_num} times. The specified number of total steps is {self.total_steps}')
                    for group in self.optimizer.param_groups:
                        start_step = 0.0
                        for i, phase in enumerate(self._schedule_phases):
                            end_step = phase['end_step']
                            if step_num <= end_step or i == len(self._schedule_phases) - 1:
                                pct = (step_num - start_step) / (end_step - start_step)
                                computed_lr = self._anneal(group[phase['start_lr']], group[phase['end_lr']], pct)
                                if self.cycle_momentum:
                                    computed_momentum = self._anneal(group[phase['start_momentum']], group[phase['end_momentum']], pct)
                                break
                            start_step = phase['end_step']
                        lrs.append(computed_lr)
                        if self.cycle_momentum:
                            if self.use_beta1:
                                group['betas'] = (computed_momentum, *group['betas'][1:])
                            else:
                                group['momentum'] = computed_momentum
                    return lrs


            class LambdaLR(LRScheduler):
                def __init__(self, optimizer, lr_lambda, last_epoch=-1):
                    self.lr_lambdas = _lambdas(optimizer, lr_lambda)
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    return [base_lr * lmbda(self.last_epoch) for lmbda, base_lr in zip(self.lr_lambdas, self.base_lrs)]
            """;
}
