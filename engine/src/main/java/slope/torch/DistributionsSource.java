package slope.torch;

/**
 * {@code torch.distributions}: Normal, Bernoulli, Categorical and Uniform, and kl_divergence between two of a
 * kind, written in Python like PyTorch's own (torch/distributions/*.py): samples are drawn with the same torch
 * calls (normal_, bernoulli, multinomial, rand), so a seeded program draws PyTorch's values, and log_prob,
 * entropy and rsample are differentiable tensor expressions.
 */
final class DistributionsSource {
    private DistributionsSource() {}

    static final String DISTRIBUTIONS = """
            import math
            import torch
            import torch.nn.functional as F


            def _tensor(v, like=None):
                if isinstance(v, torch.Tensor):
                    return v
                return torch.tensor(float(v), dtype=like.dtype if like is not None else torch.get_default_dtype())


            def broadcast_all(*values):
                like = next((v for v in values if isinstance(v, torch.Tensor)), None)
                return torch.broadcast_tensors(*[_tensor(v, like) for v in values])


            def _clamp_probs(probs):
                eps = torch.finfo(probs.dtype).eps
                return probs.clamp(min=eps, max=1 - eps)


            class _Constraint:
                def __init__(self, text, check):
                    self.text = text
                    self.check = check

                def __repr__(self):
                    return self.text


            class constraints:
                real = _Constraint('Real()', lambda v: v == v)
                positive = _Constraint('GreaterThan(lower_bound=0.0)', lambda v: v > 0)
                unit_interval = _Constraint('Interval(lower_bound=0.0, upper_bound=1.0)', lambda v: (v >= 0) & (v <= 1))
                simplex = _Constraint('Simplex()', lambda v: (v.min(-1)[0] >= 0) & ((v.sum(-1) - 1).abs() < 1e-6))
                boolean = _Constraint('Boolean()', lambda v: (v == 0) | (v == 1))


            class Distribution:
                __module__ = 'torch.distributions.distribution'
                arg_constraints = {}

                def __init__(self, batch_shape=torch.Size(), event_shape=torch.Size(), validate_args=None):
                    self._batch_shape = torch.Size(batch_shape)
                    self._event_shape = torch.Size(event_shape)
                    if validate_args is not False:
                        for param, constraint in self.arg_constraints.items():
                            if param not in self.__dict__:
                                continue
                            value = self.__dict__[param]
                            if not constraint.check(value).all():
                                raise ValueError(f'Expected parameter {param} ({type(value).__name__} of shape {tuple(value.shape)})'
                                                 f' of distribution {repr(self)} to satisfy the constraint {repr(constraint)},'
                                                 f' but found invalid values:\\n{value}')

                @property
                def batch_shape(self):
                    return self._batch_shape

                @property
                def event_shape(self):
                    return self._event_shape

                @property
                def stddev(self):
                    return self.variance.sqrt()

                def _extended_shape(self, sample_shape=torch.Size()):
                    return torch.Size(tuple(sample_shape)) + self._batch_shape + self._event_shape

                def sample(self, sample_shape=torch.Size()):
                    with torch.no_grad():
                        return self.rsample(sample_shape)

                def sample_n(self, n):
                    return self.sample(torch.Size((n,)))

                def __repr__(self):
                    names = [k for k in self.arg_constraints if k in self.__dict__]
                    args = ', '.join(f'{p}: {self.__dict__[p] if self.__dict__[p].numel() == 1 else self.__dict__[p].size()}'
                                     for p in names)
                    return type(self).__name__ + '(' + args + ')'


            class Normal(Distribution):
                __module__ = 'torch.distributions.normal'
                arg_constraints = {'loc': constraints.real, 'scale': constraints.positive}
                has_rsample = True

                def __init__(self, loc, scale, validate_args=None):
                    self.loc, self.scale = broadcast_all(loc, scale)
                    super().__init__(self.loc.size(), validate_args=validate_args)

                @property
                def mean(self):
                    return self.loc

                @property
                def mode(self):
                    return self.loc

                @property
                def stddev(self):
                    return self.scale

                @property
                def variance(self):
                    return self.stddev.pow(2)

                def sample(self, sample_shape=torch.Size()):
                    shape = self._extended_shape(sample_shape)
                    with torch.no_grad():
                        return torch.normal(self.loc.expand(shape), self.scale.expand(shape))

                def rsample(self, sample_shape=torch.Size()):
                    shape = self._extended_shape(sample_shape)
                    eps = torch.empty(shape, dtype=self.loc.dtype).normal_()
                    return self.loc + eps * self.scale

                def log_prob(self, value):
                    var = self.scale ** 2
                    log_scale = self.scale.log()
                    return -((value - self.loc) ** 2) / (2 * var) - log_scale - math.log(math.sqrt(2 * math.pi))

                def cdf(self, value):
                    return 0.5 * (1 + torch.erf((value - self.loc) * self.scale.reciprocal() / math.sqrt(2)))

                def entropy(self):
                    return 0.5 + 0.5 * math.log(2 * math.pi) + torch.log(self.scale)


            class _ProbsOrLogits(Distribution):
                # Bernoulli and Categorical: given probs or logits, the other computed when first read (PyTorch's
                # lazy_property, with its logits_to_probs and probs_to_logits; _binary picks sigmoid or softmax)
                _binary = False

                @staticmethod
                def _check_one(probs, logits):
                    if (probs is None) == (logits is None):
                        raise ValueError('Either `probs` or `logits` must be specified, but not both.')

                def __getattr__(self, name):
                    if name == 'probs':
                        self.probs = torch.sigmoid(self.logits) if self._binary else F.softmax(self.logits, dim=-1)
                        return self.probs
                    if name == 'logits':
                        p = _clamp_probs(self.probs)
                        self.logits = torch.log(p) - torch.log1p(-p) if self._binary else torch.log(p)
                        return self.logits
                    raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


            class Bernoulli(_ProbsOrLogits):
                __module__ = 'torch.distributions.bernoulli'
                arg_constraints = {'probs': constraints.unit_interval, 'logits': constraints.real}
                _binary = True

                def __init__(self, probs=None, logits=None, validate_args=None):
                    self._check_one(probs, logits)
                    if probs is not None:
                        (self.probs,) = broadcast_all(probs)
                        shape = self.probs.size()
                    else:
                        (self.logits,) = broadcast_all(logits)
                        shape = self.logits.size()
                    super().__init__(shape, validate_args=validate_args)

                @property
                def mean(self):
                    return self.probs

                @property
                def variance(self):
                    return self.probs * (1 - self.probs)

                def sample(self, sample_shape=torch.Size()):
                    shape = self._extended_shape(sample_shape)
                    with torch.no_grad():
                        return torch.bernoulli(self.probs.expand(shape))

                def log_prob(self, value):
                    logits, value = broadcast_all(self.logits, value)
                    return -F.binary_cross_entropy_with_logits(logits, value, reduction='none')

                def entropy(self):
                    return F.binary_cross_entropy_with_logits(self.logits, self.probs, reduction='none')


            class Categorical(_ProbsOrLogits):
                __module__ = 'torch.distributions.categorical'
                arg_constraints = {'probs': constraints.simplex, 'logits': constraints.real}

                def __init__(self, probs=None, logits=None, validate_args=None):
                    self._check_one(probs, logits)
                    if probs is not None:
                        if probs.dim() < 1:
                            raise ValueError('`probs` parameter must be at least one-dimensional.')
                        self.probs = probs / probs.sum(-1, keepdim=True)
                        param = self.probs
                    else:
                        if logits.dim() < 1:
                            raise ValueError('`logits` parameter must be at least one-dimensional.')
                        self.logits = logits - logits.logsumexp(dim=-1, keepdim=True)
                        param = self.logits
                    self._num_events = param.size()[-1]
                    super().__init__(param.size()[:-1], validate_args=validate_args)

                @property
                def mean(self):
                    return torch.full(self._extended_shape(), float('nan'), dtype=self.probs.dtype)

                def sample(self, sample_shape=torch.Size()):
                    sample_shape = torch.Size(tuple(sample_shape))
                    probs_2d = self.probs.reshape(-1, self._num_events)
                    with torch.no_grad():
                        samples_2d = torch.multinomial(probs_2d, sample_shape.numel(), True).T
                    return samples_2d.reshape(self._extended_shape(sample_shape))

                def log_prob(self, value):
                    value = value.long().unsqueeze(-1)
                    value, log_pmf = torch.broadcast_tensors(value, self.logits)
                    value = value[..., :1]
                    return log_pmf.gather(-1, value).squeeze(-1)

                def entropy(self):
                    logits = torch.clamp(self.logits, min=torch.finfo(self.logits.dtype).min)
                    return -(logits * self.probs).sum(-1)


            class Uniform(Distribution):
                __module__ = 'torch.distributions.uniform'
                arg_constraints = {'low': constraints.real, 'high': constraints.real}
                has_rsample = True

                def __init__(self, low, high, validate_args=None):
                    self.low, self.high = broadcast_all(low, high)
                    super().__init__(self.low.size(), validate_args=validate_args)
                    if validate_args is not False and not (self.low < self.high).all():
                        raise ValueError(f'Expected parameter low ({type(self.low).__name__} of shape {tuple(self.low.shape)})'
                                         f' of distribution {repr(self)} to satisfy the constraint LessThan(upper_bound={self.high}),'
                                         f' but found invalid values:\\n{self.low}')

                @property
                def mean(self):
                    return (self.high + self.low) / 2

                @property
                def variance(self):
                    return (self.high - self.low).pow(2) / 12

                def rsample(self, sample_shape=torch.Size()):
                    shape = self._extended_shape(sample_shape)
                    rand = torch.rand(shape, dtype=self.low.dtype)
                    return self.low + rand * (self.high - self.low)

                def log_prob(self, value):
                    lb = self.low.le(value).type_as(self.low)
                    ub = self.high.gt(value).type_as(self.low)
                    return torch.log(lb.mul(ub)) - torch.log(self.high - self.low)

                def entropy(self):
                    return torch.log(self.high - self.low)


            def kl_divergence(p, q):
                if isinstance(p, Normal) and isinstance(q, Normal):
                    var_ratio = (p.scale / q.scale).pow(2)
                    t1 = ((p.loc - q.loc) / q.scale).pow(2)
                    return 0.5 * (var_ratio + t1 - 1 - var_ratio.log())
                if isinstance(p, Categorical) and isinstance(q, Categorical):
                    t = p.probs * (p.logits - q.logits)
                    t = torch.where((q.probs == 0).expand_as(t), torch.full_like(t, float('inf')), t)
                    t = torch.where((p.probs == 0).expand_as(t), torch.zeros_like(t), t)
                    return t.sum(-1)
                if isinstance(p, Bernoulli) and isinstance(q, Bernoulli):
                    t1 = p.probs * (F.softplus(-q.logits) - F.softplus(-p.logits))
                    t1 = torch.where(q.probs == 0, torch.full_like(t1, float('inf')), t1)
                    t1 = torch.where(p.probs == 0, torch.zeros_like(t1), t1)
                    t2 = (1 - p.probs) * (F.softplus(q.logits) - F.softplus(p.logits))
                    t2 = torch.where(q.probs == 1, torch.full_like(t2, float('inf')), t2)
                    t2 = torch.where(p.probs == 1, torch.zeros_like(t2), t2)
                    return t1 + t2
                raise NotImplementedError(f'No KL(p || q) is implemented for {type(p).__name__} and {type(q).__name__}')
            """;

    /** The submodules PyTorch's code imports from ({@code from torch.distributions.normal import Normal}). */
    static final String[][] SUBMODULES = {
        {"torch.distributions.normal", "from torch.distributions import Normal\n"},
        {"torch.distributions.bernoulli", "from torch.distributions import Bernoulli\n"},
        {"torch.distributions.categorical", "from torch.distributions import Categorical\n"},
        {"torch.distributions.uniform", "from torch.distributions import Uniform\n"},
        {"torch.distributions.distribution", "from torch.distributions import Distribution\n"},
        {"torch.distributions.kl", "from torch.distributions import kl_divergence\n"},
    };
}
