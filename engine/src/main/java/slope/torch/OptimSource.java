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
        "");

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


            class LambdaLR(LRScheduler):
                def __init__(self, optimizer, lr_lambda, last_epoch=-1):
                    n = len(optimizer.param_groups)
                    self.lr_lambdas = list(lr_lambda) if isinstance(lr_lambda, (list, tuple)) else [lr_lambda] * n
                    super().__init__(optimizer, last_epoch)

                def get_lr(self):
                    return [base_lr * lmbda(self.last_epoch) for lmbda, base_lr in zip(self.lr_lambdas, self.base_lrs)]
            """;
}
