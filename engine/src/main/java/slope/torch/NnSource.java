package slope.torch;

/**
 * {@code torch.nn}, {@code torch.nn.functional} and {@code torch.nn.init}, written in Python like
 * PyTorch's own (torch/nn/modules/module.py, linear.py, loss.py, functional.py, init.py): modules
 * register Parameters and submodules in assignment order, and print as PyTorch prints them. The
 * ops that must record PyTorch's grad_fn come from the Java module {@code torch._nn}.
 */
final class NnSource {
    private NnSource() {}

    /** torch.nn: Module, Parameter, the layers and the loss modules. */
    static final String NN = """
            import math
            import torch
            from torch import _nn, _optim
            from collections import OrderedDict

            Parameter = _nn.Parameter


            def _addindent(s_, numSpaces):
                s = s_.split('\\n')
                if len(s) == 1:
                    return s_
                first = s.pop(0)
                s = [(numSpaces * ' ') + line for line in s]
                return first + '\\n' + '\\n'.join(s)


            def _typename(o):
                return o.type() if isinstance(o, torch.Tensor) else type(o).__name__


            class RemovableHandle:
                # what register_forward_hook returns: remove() takes the hook out of the module's table
                __module__ = 'torch.utils.hooks'
                next_id = [0]

                def __init__(self, hooks_dict):
                    self.hooks_dict = hooks_dict
                    self.id = RemovableHandle.next_id[0]
                    RemovableHandle.next_id[0] += 1

                def remove(self):
                    self.hooks_dict.pop(self.id, None)

                def __enter__(self):
                    return self

                def __exit__(self, *args):
                    self.remove()
                    return False


            class Module:
                __module__ = 'torch.nn.modules.module'
                def __init__(self, *args, **kwargs):
                    object.__setattr__(self, 'training', True)
                    object.__setattr__(self, '_parameters', {})
                    object.__setattr__(self, '_buffers', {})
                    object.__setattr__(self, '_modules', {})

                def forward(self, *input):
                    raise NotImplementedError(f'Module [{type(self).__name__}] is missing the required "forward" function')

                def __call__(self, *args, **kwargs):
                    d = self.__dict__
                    if '_forward_hooks' in d or '_forward_pre_hooks' in d:
                        return self._call_with_hooks(args, kwargs)
                    return self.forward(*args, **kwargs)

                def _call_with_hooks(self, args, kwargs):
                    for hook, with_kwargs in list(self.__dict__.get('_forward_pre_hooks', {}).values()):
                        if with_kwargs:
                            result = hook(self, args, kwargs)
                            if result is not None:
                                if not (isinstance(result, tuple) and len(result) == 2):
                                    raise RuntimeError(f'forward pre-hook must return None or a tuple of (new_args, new_kwargs), but got {result}.')
                                args, kwargs = result
                        else:
                            result = hook(self, args)
                            if result is not None:
                                args = result if isinstance(result, tuple) else (result,)
                    output = self.forward(*args, **kwargs)
                    for hook, with_kwargs in list(self.__dict__.get('_forward_hooks', {}).values()):
                        result = hook(self, args, kwargs, output) if with_kwargs else hook(self, args, output)
                        if result is not None:
                            output = result
                    return output

                def _add_hook(self, table, hook, prepend, with_kwargs):
                    hooks = self.__dict__.get(table)
                    if hooks is None:
                        hooks = {}
                        object.__setattr__(self, table, hooks)
                    handle = RemovableHandle(hooks)
                    if prepend:
                        rest = list(hooks.items())
                        hooks.clear()
                        hooks[handle.id] = (hook, with_kwargs)
                        hooks.update(rest)
                    else:
                        hooks[handle.id] = (hook, with_kwargs)
                    return handle

                def register_forward_pre_hook(self, hook, *, prepend=False, with_kwargs=False):
                    return self._add_hook('_forward_pre_hooks', hook, prepend, with_kwargs)

                def register_forward_hook(self, hook, *, prepend=False, with_kwargs=False, always_call=False):
                    return self._add_hook('_forward_hooks', hook, prepend, with_kwargs)

                def __setattr__(self, name, value):
                    d = self.__dict__
                    params = d.get('_parameters')
                    if isinstance(value, Parameter):
                        if params is None:
                            raise AttributeError('cannot assign parameters before Module.__init__() call')
                        d['_modules'].pop(name, None)
                        if name in d:
                            object.__delattr__(self, name)
                        params[name] = value
                    elif params is not None and name in params:
                        if value is not None:
                            raise TypeError(f"cannot assign '{_typename(value)}' as parameter '{name}' (torch.nn.Parameter or None expected)")
                        params[name] = value
                    else:
                        modules = d.get('_modules')
                        if isinstance(value, Module):
                            if modules is None:
                                raise AttributeError('cannot assign module before Module.__init__() call')
                            params.pop(name, None)
                            if name in d:
                                object.__delattr__(self, name)
                            modules[name] = value
                        elif modules is not None and name in modules:
                            if value is not None:
                                raise TypeError(f"cannot assign '{_typename(value)}' as child module '{name}' (torch.nn.Module or None expected)")
                            modules[name] = value
                        else:
                            object.__setattr__(self, name, value)

                def __getattr__(self, name):
                    if name in ('_parameters', '_buffers', '_modules'):
                        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
                    if name in self._parameters:
                        return self._parameters[name]
                    if name in self._buffers:
                        return self._buffers[name]
                    if name in self._modules:
                        return self._modules[name]
                    raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

                def __delattr__(self, name):
                    for d in (self._parameters, self._buffers, self._modules):
                        if name in d:
                            del d[name]
                            return
                    object.__delattr__(self, name)

                def register_parameter(self, name, param):
                    if '_parameters' not in self.__dict__:
                        raise AttributeError('cannot assign parameter before Module.__init__() call')
                    if param is not None and not isinstance(param, Parameter):
                        raise TypeError(f"cannot assign '{_typename(param)}' object to parameter '{name}' (torch.nn.Parameter or None required)")
                    self._parameters[name] = param

                def register_buffer(self, name, tensor, persistent=True):
                    self._buffers[name] = tensor

                def add_module(self, name, module):
                    if module is not None and not isinstance(module, Module):
                        raise TypeError(f'{_typename(module)} is not a Module subclass')
                    self._modules[name] = module

                def register_module(self, name, module):
                    self.add_module(name, module)

                def get_submodule(self, target):
                    m = self
                    for item in target.split('.') if target else []:
                        m = getattr(m, item)
                    return m

                def named_modules(self, memo=None, prefix='', remove_duplicate=True):
                    if memo is None:
                        memo = set()
                    if id(self) not in memo:
                        if remove_duplicate:
                            memo.add(id(self))
                        yield prefix, self
                        for name, module in self._modules.items():
                            if module is None:
                                continue
                            yield from module.named_modules(memo, prefix + ('.' if prefix else '') + name, remove_duplicate)

                def modules(self):
                    for _, m in self.named_modules():
                        yield m

                def named_children(self):
                    memo = set()
                    for name, module in self._modules.items():
                        if module is not None and id(module) not in memo:
                            memo.add(id(module))
                            yield name, module

                def children(self):
                    for _, m in self.named_children():
                        yield m

                def _named_members(self, members, prefix, recurse, remove_duplicate):
                    memo = set()
                    mods = self.named_modules(prefix=prefix, remove_duplicate=remove_duplicate) if recurse else [(prefix, self)]
                    for module_prefix, module in mods:
                        for k, v in members(module):
                            if v is None or id(v) in memo:
                                continue
                            if remove_duplicate:
                                memo.add(id(v))
                            yield module_prefix + ('.' if module_prefix else '') + k, v

                def named_parameters(self, prefix='', recurse=True, remove_duplicate=True):
                    yield from self._named_members(lambda m: m._parameters.items(), prefix, recurse, remove_duplicate)

                def parameters(self, recurse=True):
                    for _, p in self.named_parameters(recurse=recurse):
                        yield p

                def named_buffers(self, prefix='', recurse=True, remove_duplicate=True):
                    yield from self._named_members(lambda m: m._buffers.items(), prefix, recurse, remove_duplicate)

                def buffers(self, recurse=True):
                    for _, b in self.named_buffers(recurse=recurse):
                        yield b

                def train(self, mode=True):
                    if not isinstance(mode, bool):
                        raise ValueError('training mode is expected to be boolean')
                    self.training = mode
                    for module in self.children():
                        module.train(mode)
                    return self

                def eval(self):
                    return self.train(False)

                def requires_grad_(self, requires_grad=True):
                    for p in self.parameters():
                        p.requires_grad_(requires_grad)
                    return self

                def zero_grad(self, set_to_none=True):
                    _optim.zero_grad(list(self.parameters()), set_to_none)

                def apply(self, fn):
                    for module in self.children():
                        module.apply(fn)
                    fn(self)
                    return self

                def _apply(self, fn):
                    for module in self.children():
                        module._apply(fn)
                    for name, p in self._parameters.items():
                        if p is not None:
                            self._parameters[name] = Parameter(fn(p.detach()), p.requires_grad)
                    for name, b in self._buffers.items():
                        if b is not None:
                            self._buffers[name] = fn(b)
                    return self

                def to(self, *args, **kwargs):
                    dtype = kwargs.get('dtype')
                    for a in args:
                        if isinstance(a, torch.dtype):
                            dtype = a
                    return self if dtype is None else self._apply(lambda t: t.to(dtype) if t.dtype.is_floating_point else t)

                def double(self):
                    return self.to(torch.float64)

                def float(self):
                    return self.to(torch.float32)

                def cpu(self):
                    return self

                def state_dict(self, destination=None, prefix='', keep_vars=False):
                    if destination is None:
                        destination = OrderedDict()
                    for name, p in self._parameters.items():
                        if p is not None:
                            destination[prefix + name] = p if keep_vars else p.detach()
                    for name, b in self._buffers.items():
                        if b is not None:
                            destination[prefix + name] = b if keep_vars else b.detach()
                    for name, module in self._modules.items():
                        if module is not None:
                            module.state_dict(destination, prefix + name + '.', keep_vars)
                    return destination

                def load_state_dict(self, state_dict, strict=True):
                    own = self.state_dict(keep_vars=True)
                    missing = [k for k in own if k not in state_dict]
                    unexpected = [k for k in state_dict if k not in own]
                    if strict and (missing or unexpected):
                        msg = f'Error(s) in loading state_dict for {self._get_name()}:'
                        if unexpected:
                            msg += '\\n\\tUnexpected key(s) in state_dict: ' + ', '.join(f'"{k}"' for k in unexpected) + '. '
                        if missing:
                            msg += '\\n\\tMissing key(s) in state_dict: ' + ', '.join(f'"{k}"' for k in missing) + '. '
                        raise RuntimeError(msg)
                    with torch.no_grad():
                        for k, v in state_dict.items():
                            if k in own:
                                own[k].copy_(v)
                    return _IncompatibleKeys(missing, unexpected)

                def _get_name(self):
                    return type(self).__name__

                def extra_repr(self):
                    return ''

                def __repr__(self):
                    extra_lines = []
                    extra_repr = self.extra_repr()
                    if extra_repr:
                        extra_lines = extra_repr.split('\\n')
                    child_lines = []
                    for key, module in self._modules.items():
                        child_lines.append('(' + key + '): ' + _addindent(repr(module), 2))
                    lines = extra_lines + child_lines
                    main_str = self._get_name() + '('
                    if lines:
                        if len(extra_lines) == 1 and not child_lines:
                            main_str += extra_lines[0]
                        else:
                            main_str += '\\n  ' + '\\n  '.join(lines) + '\\n'
                    return main_str + ')'

                def __dir__(self):
                    return list(self.__dict__) + list(self._parameters) + list(self._modules)


            class _IncompatibleKeys:
                __module__ = 'torch.nn.modules.module'
                def __init__(self, missing_keys, unexpected_keys):
                    self.missing_keys = missing_keys
                    self.unexpected_keys = unexpected_keys

                def __repr__(self):
                    if not self.missing_keys and not self.unexpected_keys:
                        return '<All keys matched successfully>'
                    return f'_IncompatibleKeys(missing_keys={self.missing_keys}, unexpected_keys={self.unexpected_keys})'


            class Identity(Module):
                __module__ = 'torch.nn.modules.linear'
                def __init__(self, *args, **kwargs):
                    super().__init__()

                def forward(self, input):
                    return input


            class Linear(Module):
                __module__ = 'torch.nn.modules.linear'
                def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
                    super().__init__()
                    self.in_features = in_features
                    self.out_features = out_features
                    self.weight = Parameter(torch.empty((out_features, in_features), dtype=dtype))
                    if bias:
                        self.bias = Parameter(torch.empty(out_features, dtype=dtype))
                    else:
                        self.register_parameter('bias', None)
                    self.reset_parameters()

                def reset_parameters(self):
                    init.kaiming_uniform_(self.weight, a=math.sqrt(5))
                    if self.bias is not None:
                        fan_in = self.in_features
                        bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
                        init.uniform_(self.bias, -bound, bound)

                def forward(self, input):
                    return F.linear(input, self.weight, self.bias)

                def extra_repr(self):
                    return f'in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}'


            class Embedding(Module):
                __module__ = 'torch.nn.modules.sparse'
                def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0,
                             scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None):
                    super().__init__()
                    if max_norm is not None or scale_grad_by_freq or sparse:
                        raise NotImplementedError('Slope: Embedding(max_norm=..., scale_grad_by_freq=..., sparse=...) is not supported yet')
                    self.num_embeddings = num_embeddings
                    self.embedding_dim = embedding_dim
                    if padding_idx is not None:
                        if padding_idx > 0:
                            assert padding_idx < num_embeddings, 'Padding_idx must be within num_embeddings'
                        elif padding_idx < 0:
                            assert padding_idx >= -num_embeddings, 'Padding_idx must be within num_embeddings'
                            padding_idx = num_embeddings + padding_idx
                    self.padding_idx = padding_idx
                    if _weight is None:
                        self.weight = Parameter(torch.empty((num_embeddings, embedding_dim), dtype=dtype), requires_grad=not _freeze)
                        init.normal_(self.weight)
                        if padding_idx is not None:
                            with torch.no_grad():
                                self.weight[padding_idx].fill_(0)
                    else:
                        self.weight = Parameter(_weight, requires_grad=not _freeze)

                def forward(self, input):
                    return F.embedding(input, self.weight, self.padding_idx)

                def extra_repr(self):
                    s = f'{self.num_embeddings}, {self.embedding_dim}'
                    if self.padding_idx is not None:
                        s += f', padding_idx={self.padding_idx}'
                    return s

                @classmethod
                def from_pretrained(cls, embeddings, freeze=True, padding_idx=None):
                    rows, cols = embeddings.shape
                    return cls(rows, cols, _weight=embeddings, _freeze=freeze, padding_idx=padding_idx)


            class _FunctionalLayer(Module):
                # a layer that is F.<_function>(input, *the settings named in _shown), and shows those settings in its repr
                __module__ = 'torch.nn.modules.activation'
                _shown = ()

                def forward(self, input):
                    return getattr(F, self._function)(input, *[getattr(self, name) for name in self._shown])

                def extra_repr(self):
                    return ', '.join(f'{name}={getattr(self, name)}' for name in self._shown)


            class _InplaceActivation(_FunctionalLayer):
                # PyTorch's activations that take inplace=: the flag only shows in the repr here, after the settings
                def __init__(self, inplace=False):
                    super().__init__()
                    self.inplace = inplace

                def extra_repr(self):
                    settings = super().extra_repr()
                    if not self.inplace:
                        return settings
                    return settings + ', inplace=True' if settings else 'inplace=True'


            class _DimLayer(_FunctionalLayer):
                # softmax and its kin: F.<_function>(input, dim)
                _shown = ('dim',)

                def __init__(self, dim=None):
                    super().__init__()
                    self.dim = dim


            class _AlphaActivation(_InplaceActivation):
                _shown = ('alpha',)

                def __init__(self, alpha=1.0, inplace=False):
                    super().__init__(inplace)
                    self.alpha = alpha


            class LeakyReLU(_InplaceActivation):
                __module__ = 'torch.nn.modules.activation'
                _function = 'leaky_relu'
                _shown = ('negative_slope',)

                def __init__(self, negative_slope=0.01, inplace=False):
                    super().__init__(inplace)
                    self.negative_slope = negative_slope


            class Hardtanh(_InplaceActivation):
                __module__ = 'torch.nn.modules.activation'
                _function = 'hardtanh'
                _shown = ('min_val', 'max_val')

                def __init__(self, min_val=-1.0, max_val=1.0, inplace=False):
                    super().__init__(inplace)
                    self.min_val = min_val
                    self.max_val = max_val


            class ReLU6(Hardtanh):
                __module__ = 'torch.nn.modules.activation'
                _function = 'relu6'
                _shown = ()

                def __init__(self, inplace=False):
                    super().__init__(0.0, 6.0, inplace)


            class Threshold(_InplaceActivation):
                __module__ = 'torch.nn.modules.activation'
                _function = 'threshold'
                _shown = ('threshold', 'value')

                def __init__(self, threshold, value, inplace=False):
                    super().__init__(inplace)
                    self.threshold = threshold
                    self.value = value


            class _ShrinkLayer(_FunctionalLayer):
                # Hardshrink and Softshrink show their lambd bare: Hardshrink(0.5)
                _shown = ('lambd',)

                def __init__(self, lambd=0.5):
                    super().__init__()
                    self.lambd = lambd

                def extra_repr(self):
                    return str(self.lambd)


            def _activation(name, function, base=_InplaceActivation):
                # a layer that is F.<function> of its input (and of the settings its base names), as a class of that name
                return type(name, (base,), {'__module__': 'torch.nn.modules.activation', '_function': function})


            ReLU = _activation('ReLU', 'relu')
            SiLU = _activation('SiLU', 'silu')
            SELU = _activation('SELU', 'selu')
            Mish = _activation('Mish', 'mish')
            Hardswish = _activation('Hardswish', 'hardswish')
            Hardsigmoid = _activation('Hardsigmoid', 'hardsigmoid')
            ELU = _activation('ELU', 'elu', _AlphaActivation)
            CELU = _activation('CELU', 'celu', _AlphaActivation)
            Tanh = _activation('Tanh', 'tanh', _FunctionalLayer)
            Sigmoid = _activation('Sigmoid', 'sigmoid', _FunctionalLayer)
            LogSigmoid = _activation('LogSigmoid', 'logsigmoid', _FunctionalLayer)
            Softsign = _activation('Softsign', 'softsign', _FunctionalLayer)
            Tanhshrink = _activation('Tanhshrink', 'tanhshrink', _FunctionalLayer)
            Hardshrink = _activation('Hardshrink', 'hardshrink', _ShrinkLayer)
            Softshrink = _activation('Softshrink', 'softshrink', _ShrinkLayer)
            Softmax = _activation('Softmax', 'softmax', _DimLayer)
            LogSoftmax = _activation('LogSoftmax', 'log_softmax', _DimLayer)
            Softmin = _activation('Softmin', 'softmin', _DimLayer)


            class GLU(_DimLayer):
                __module__ = 'torch.nn.modules.activation'
                _function = 'glu'

                def __init__(self, dim=-1):
                    super().__init__(dim)


            class PReLU(Module):
                __module__ = 'torch.nn.modules.activation'
                def __init__(self, num_parameters=1, init=0.25, device=None, dtype=None):
                    super().__init__()
                    self.num_parameters = num_parameters
                    self.init = init
                    self.weight = Parameter(torch.empty(num_parameters, dtype=dtype).fill_(init))

                def forward(self, input):
                    return F.prelu(input, self.weight)

                def extra_repr(self):
                    return f'num_parameters={self.num_parameters}'


            class CosineSimilarity(Module):
                __module__ = 'torch.nn.modules.distance'
                def __init__(self, dim=1, eps=1e-08):
                    super().__init__()
                    self.dim = dim
                    self.eps = eps

                def forward(self, x1, x2):
                    return F.cosine_similarity(x1, x2, self.dim, self.eps)


            class PairwiseDistance(Module):
                __module__ = 'torch.nn.modules.distance'
                def __init__(self, p=2.0, eps=1e-06, keepdim=False):
                    super().__init__()
                    self.norm = p
                    self.eps = eps
                    self.keepdim = keepdim

                def forward(self, x1, x2):
                    return F.pairwise_distance(x1, x2, self.norm, self.eps, self.keepdim)


            class GELU(Module):
                __module__ = 'torch.nn.modules.activation'

                def __init__(self, approximate='none'):
                    super().__init__()
                    self.approximate = approximate

                def forward(self, input):
                    return F.gelu(input, approximate=self.approximate)

                def extra_repr(self):
                    return f'approximate={self.approximate!r}'


            class Softplus(Module):
                __module__ = 'torch.nn.modules.activation'
                def __init__(self, beta=1.0, threshold=20.0):
                    super().__init__()
                    self.beta = beta
                    self.threshold = threshold

                def forward(self, input):
                    return F.softplus(input, self.beta, self.threshold)

                def extra_repr(self):
                    return f'beta={self.beta}, threshold={self.threshold}'


            class Flatten(Module):
                __module__ = 'torch.nn.modules.flatten'
                def __init__(self, start_dim=1, end_dim=-1):
                    super().__init__()
                    self.start_dim = start_dim
                    self.end_dim = end_dim

                def forward(self, input):
                    return input.flatten(self.start_dim, self.end_dim)

                def extra_repr(self):
                    return f'start_dim={self.start_dim}, end_dim={self.end_dim}'


            class Unflatten(Module):
                __module__ = 'torch.nn.modules.flatten'
                def __init__(self, dim, unflattened_size):
                    super().__init__()
                    if not isinstance(unflattened_size, (tuple, list)):
                        raise TypeError(f'unflattened_size must be a tuple of ints, but found type {type(unflattened_size).__name__}')
                    for idx, elem in enumerate(unflattened_size):
                        if not isinstance(elem, int):
                            raise TypeError('unflattened_size must be tuple of ints, '
                                            + f'but found element of type {type(elem).__name__} at pos {idx}')
                    self.dim = dim
                    self.unflattened_size = unflattened_size

                def forward(self, input):
                    return input.unflatten(self.dim, self.unflattened_size)

                def extra_repr(self):
                    return f'dim={self.dim}, unflattened_size={self.unflattened_size}'


            class _ConvNd(Module):
                __module__ = 'torch.nn.modules.conv'
                _dims = 2  # the spatial dims; each layer class says its own

                def __init__(self, in_channels, out_channels, kernel_size, stride, padding, dilation, transposed, output_padding,
                             groups, bias, padding_mode, dtype=None):
                    super().__init__()
                    expand = F._single if self._dims == 1 else F._pair
                    if groups <= 0:
                        raise ValueError('groups must be a positive integer')
                    if in_channels % groups != 0:
                        raise ValueError('in_channels must be divisible by groups')
                    if out_channels % groups != 0:
                        raise ValueError('out_channels must be divisible by groups')
                    if isinstance(padding, str):
                        if padding not in ('same', 'valid'):
                            raise ValueError(f"Invalid padding string {padding!r}, should be one of {{'valid', 'same'}}")
                        if padding == 'same' and any(s != 1 for s in expand(stride)):
                            raise ValueError("padding='same' is not supported for strided convolutions")
                    else:
                        padding = expand(padding)
                    if padding_mode not in ('zeros', 'reflect', 'replicate', 'circular'):
                        raise ValueError(f"padding_mode must be one of {{'zeros', 'reflect', 'replicate', 'circular'}}, but got padding_mode='{padding_mode}'")
                    if padding_mode != 'zeros':
                        raise NotImplementedError(f"padding_mode='{padding_mode}' is not supported")
                    self.in_channels = in_channels
                    self.out_channels = out_channels
                    self.kernel_size = expand(kernel_size)
                    self.stride = expand(stride)
                    self.padding = padding
                    self.dilation = expand(dilation)
                    self.transposed = transposed
                    self.output_padding = expand(output_padding)
                    self.groups = groups
                    self.padding_mode = padding_mode
                    if transposed:
                        shape = (in_channels, out_channels // groups) + self.kernel_size
                    else:
                        shape = (out_channels, in_channels // groups) + self.kernel_size
                    self.weight = Parameter(torch.empty(shape, dtype=dtype))
                    if bias:
                        self.bias = Parameter(torch.empty(out_channels, dtype=dtype))
                    else:
                        self.register_parameter('bias', None)
                    self.reset_parameters()

                def reset_parameters(self):
                    init.kaiming_uniform_(self.weight, a=math.sqrt(5))
                    if self.bias is not None:
                        fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)
                        if fan_in != 0:
                            init.uniform_(self.bias, -1 / math.sqrt(fan_in), 1 / math.sqrt(fan_in))

                def extra_repr(self):
                    s = f'{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, stride={self.stride}'
                    if self.padding != (0,) * len(self.padding):
                        s += f', padding={self.padding}'
                    if self.dilation != (1,) * len(self.dilation):
                        s += f', dilation={self.dilation}'
                    if self.output_padding != (0,) * len(self.output_padding):
                        s += f', output_padding={self.output_padding}'
                    if self.groups != 1:
                        s += f', groups={self.groups}'
                    if self.bias is None:
                        s += ', bias=False'
                    return s


            class _Conv(_ConvNd):
                def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                             padding_mode='zeros', device=None, dtype=None):
                    super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, False, 0, groups, bias,
                                     padding_mode, dtype)

                def forward(self, input):
                    return F._conv(input, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups, self._dims)


            class Conv1d(_Conv):
                __module__ = 'torch.nn.modules.conv'
                _dims = 1


            class Conv2d(_Conv):
                __module__ = 'torch.nn.modules.conv'
                _dims = 2


            class _ConvTranspose(_ConvNd):
                def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True,
                             dilation=1, padding_mode='zeros', device=None, dtype=None):
                    if padding_mode != 'zeros':
                        raise ValueError(f'Only "zeros" padding mode is supported for {type(self).__name__}')
                    super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, True, output_padding, groups,
                                     bias, padding_mode, dtype)

                def forward(self, input, output_size=None):
                    return F._conv_transpose(input, self.weight, self.bias, self.stride, self.padding,
                                             self._output_padding(input, output_size), self.groups, self.dilation, self._dims)

                def _output_padding(self, input, output_size):
                    if output_size is None:
                        return self.output_padding
                    dims = self._dims
                    output_size = list(output_size)[-dims:]
                    padding = []
                    for d in range(dims):
                        smallest = ((input.size(d - dims) - 1) * self.stride[d] - 2 * self.padding[d]
                                    + self.dilation[d] * (self.kernel_size[d] - 1) + 1)
                        if not smallest <= output_size[d] < smallest + self.stride[d]:
                            raise ValueError(f'requested an output size of {output_size}, but valid sizes range from {smallest} to '
                                             f'{smallest + self.stride[d] - 1} (for an input of {list(input.size())[-dims:]})')
                        padding.append(output_size[d] - smallest)
                    return tuple(padding)


            class ConvTranspose1d(_ConvTranspose):
                __module__ = 'torch.nn.modules.conv'
                _dims = 1


            class ConvTranspose2d(_ConvTranspose):
                __module__ = 'torch.nn.modules.conv'
                _dims = 2


            class _MaxPoolNd(Module):
                __module__ = 'torch.nn.modules.pooling'
                def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False):
                    super().__init__()
                    self.kernel_size = kernel_size
                    self.stride = stride if (stride is not None) else kernel_size
                    self.padding = padding
                    self.dilation = dilation
                    self.return_indices = return_indices
                    self.ceil_mode = ceil_mode

                def extra_repr(self):
                    return (f'kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}, '
                            f'dilation={self.dilation}, ceil_mode={self.ceil_mode}')


            class MaxPool1d(_MaxPoolNd):
                __module__ = 'torch.nn.modules.pooling'
                def forward(self, input):
                    return F.max_pool1d(input, self.kernel_size, self.stride, self.padding, self.dilation, ceil_mode=self.ceil_mode,
                                        return_indices=self.return_indices)


            class MaxPool2d(_MaxPoolNd):
                __module__ = 'torch.nn.modules.pooling'
                def forward(self, input):
                    return F.max_pool2d(input, self.kernel_size, self.stride, self.padding, self.dilation, ceil_mode=self.ceil_mode,
                                        return_indices=self.return_indices)


            class _AvgPoolNd(Module):
                __module__ = 'torch.nn.modules.pooling'
                def extra_repr(self):
                    return f'kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}'


            class AvgPool1d(_AvgPoolNd):
                __module__ = 'torch.nn.modules.pooling'
                def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
                    super().__init__()
                    self.kernel_size = F._single(kernel_size)
                    self.stride = F._single(stride if stride is not None else kernel_size)
                    self.padding = F._single(padding)
                    self.ceil_mode = ceil_mode
                    self.count_include_pad = count_include_pad

                def forward(self, input):
                    return F.avg_pool1d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode, self.count_include_pad)


            class AvgPool2d(_AvgPoolNd):
                __module__ = 'torch.nn.modules.pooling'
                def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None):
                    super().__init__()
                    self.kernel_size = kernel_size
                    self.stride = stride if (stride is not None) else kernel_size
                    self.padding = padding
                    self.ceil_mode = ceil_mode
                    self.count_include_pad = count_include_pad
                    self.divisor_override = divisor_override

                def forward(self, input):
                    return F.avg_pool2d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode, self.count_include_pad,
                                        self.divisor_override)


            class _AdaptiveAvgPoolNd(Module):
                __module__ = 'torch.nn.modules.pooling'
                def __init__(self, output_size):
                    super().__init__()
                    self.output_size = output_size

                def extra_repr(self):
                    return f'output_size={self.output_size}'


            class AdaptiveAvgPool1d(_AdaptiveAvgPoolNd):
                __module__ = 'torch.nn.modules.pooling'
                def forward(self, input):
                    return F.adaptive_avg_pool1d(input, self.output_size)


            class AdaptiveAvgPool2d(_AdaptiveAvgPoolNd):
                __module__ = 'torch.nn.modules.pooling'
                def forward(self, input):
                    return F.adaptive_avg_pool2d(input, self.output_size)


            class ZeroPad2d(Module):
                __module__ = 'torch.nn.modules.padding'
                def __init__(self, padding):
                    super().__init__()
                    self.padding = (padding,) * 4 if isinstance(padding, int) else tuple(padding)

                def forward(self, input):
                    return F.pad(input, self.padding, 'constant', 0.0)

                def extra_repr(self):
                    return f'{self.padding}'


            class Upsample(Module):
                __module__ = 'torch.nn.modules.upsampling'
                def __init__(self, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None):
                    super().__init__()
                    self.name = type(self).__name__
                    self.size = size
                    if isinstance(scale_factor, tuple):
                        self.scale_factor = tuple(float(factor) for factor in scale_factor)
                    else:
                        self.scale_factor = float(scale_factor) if scale_factor else None
                    self.mode = mode
                    self.align_corners = align_corners
                    self.recompute_scale_factor = recompute_scale_factor

                def forward(self, input):
                    return F.interpolate(input, self.size, self.scale_factor, self.mode, self.align_corners,
                                         recompute_scale_factor=self.recompute_scale_factor)

                def extra_repr(self):
                    if self.scale_factor is not None:
                        info = 'scale_factor=' + repr(self.scale_factor)
                    else:
                        info = 'size=' + repr(self.size)
                    return info + ', mode=' + repr(self.mode)


            class RNNBase(Module):
                # RNN, LSTM and GRU: each layer and direction a loop over time of its cell, written with linear as ATen's cells are
                __module__ = 'torch.nn.modules.rnn'
                _gates = {'RNN_TANH': 1, 'RNN_RELU': 1, 'LSTM': 4, 'GRU': 3}

                def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                             bidirectional=False, proj_size=0, device=None, dtype=None):
                    super().__init__()
                    if not isinstance(dropout, (int, float)) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
                        raise ValueError('dropout should be a number in range [0, 1] representing the probability of an element being zeroed')
                    if not isinstance(hidden_size, int) or hidden_size <= 0:
                        raise ValueError('hidden_size must be an integer greater than zero')
                    if num_layers <= 0:
                        raise ValueError('num_layers must be greater than zero')
                    if proj_size != 0:
                        raise NotImplementedError('proj_size is not supported')
                    self.mode = mode
                    self.input_size = input_size
                    self.hidden_size = hidden_size
                    self.num_layers = num_layers
                    self.bias = bias
                    self.batch_first = batch_first
                    self.dropout = float(dropout)
                    self.bidirectional = bidirectional
                    self.proj_size = proj_size
                    directions = 2 if bidirectional else 1
                    gate_size = self._gates[mode] * hidden_size
                    self._flat_weights_names = []
                    for layer in range(num_layers):
                        for direction in range(directions):
                            layer_input_size = input_size if layer == 0 else hidden_size * directions
                            suffix = '_reverse' if direction == 1 else ''
                            names = ['weight_ih_l{}{}', 'weight_hh_l{}{}'] + (['bias_ih_l{}{}', 'bias_hh_l{}{}'] if bias else [])
                            shapes = [(gate_size, layer_input_size), (gate_size, hidden_size), (gate_size,), (gate_size,)]
                            for name, shape in zip(names, shapes):
                                name = name.format(layer, suffix)
                                setattr(self, name, Parameter(torch.empty(shape, dtype=dtype)))
                                self._flat_weights_names.append(name)
                    self.reset_parameters()

                def reset_parameters(self):
                    stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
                    for weight in self.parameters():
                        init.uniform_(weight, -stdv, stdv)

                def extra_repr(self):
                    s = f'{self.input_size}, {self.hidden_size}'
                    if self.num_layers != 1:
                        s += f', num_layers={self.num_layers}'
                    if self.bias is not True:
                        s += f', bias={self.bias}'
                    if self.batch_first is not False:
                        s += f', batch_first={self.batch_first}'
                    if self.dropout != 0:
                        s += f', dropout={self.dropout}'
                    if self.bidirectional is not False:
                        s += f', bidirectional={self.bidirectional}'
                    return s

                def _weights(self, layer, suffix):
                    w = [getattr(self, f'weight_ih_l{layer}{suffix}'), getattr(self, f'weight_hh_l{layer}{suffix}')]
                    return w + ([getattr(self, f'bias_ih_l{layer}{suffix}'), getattr(self, f'bias_hh_l{layer}{suffix}')] if self.bias else [None, None])

                def _cell(self, x, state, w_ih, w_hh, b_ih, b_hh):
                    if self.mode == 'LSTM':
                        h, c = state
                        gates = F.linear(h, w_hh, b_hh) + F.linear(x, w_ih, b_ih)
                        i, f, g, o = gates.chunk(4, 1)
                        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
                        return torch.sigmoid(o) * torch.tanh(c), c
                    if self.mode == 'GRU':
                        i_r, i_z, i_n = F.linear(x, w_ih, b_ih).chunk(3, 1)
                        h_r, h_z, h_n = F.linear(state, w_hh, b_hh).chunk(3, 1)
                        r = torch.sigmoid(h_r + i_r)
                        z = torch.sigmoid(h_z + i_z)
                        n = torch.tanh(i_n + h_n * r)
                        return (state - n) * z + n
                    pre = F.linear(state, w_hh, b_hh) + F.linear(x, w_ih, b_ih)
                    return torch.tanh(pre) if self.mode == 'RNN_TANH' else torch.relu(pre)

                def forward(self, input, hx=None):
                    lstm = self.mode == 'LSTM'
                    expected = 'input.size(-1) must be equal to input_size. Expected {}, got {}'
                    if input.dim() not in (2, 3):
                        raise ValueError(f'{type(self).__name__}: Expected input to be 2D or 3D, got {input.dim()}D tensor instead')
                    if input.size(-1) != self.input_size:
                        raise RuntimeError(expected.format(self.input_size, input.size(-1)))
                    batched = input.dim() == 3
                    if not batched:
                        input = input.unsqueeze(1)
                        if hx is not None:
                            hx = tuple(h.unsqueeze(1) for h in hx) if lstm else hx.unsqueeze(1)
                    elif self.batch_first:
                        input = input.transpose(0, 1)
                    directions = 2 if self.bidirectional else 1
                    batch = input.size(1)
                    if hx is None:
                        zeros = torch.zeros(self.num_layers * directions, batch, self.hidden_size, dtype=input.dtype)
                        hx = (zeros, zeros) if lstm else zeros
                    h_n, c_n = [], []
                    layer_input = input
                    for layer in range(self.num_layers):
                        outputs = []
                        for direction in range(directions):
                            k = layer * directions + direction
                            state = (hx[0][k], hx[1][k]) if lstm else hx[k]
                            weights = self._weights(layer, '_reverse' if direction == 1 else '')
                            steps = range(layer_input.size(0) - 1, -1, -1) if direction == 1 else range(layer_input.size(0))
                            out = [None] * layer_input.size(0)
                            for t in steps:
                                state = self._cell(layer_input[t], state, *weights)
                                out[t] = state[0] if lstm else state
                            outputs.append(torch.stack(out))
                            h_n.append(state[0] if lstm else state)
                            if lstm:
                                c_n.append(state[1])
                        layer_input = outputs[0] if directions == 1 else torch.cat(outputs, 2)
                        if self.dropout > 0 and self.training and layer < self.num_layers - 1:
                            layer_input = F.dropout(layer_input, self.dropout, True)
                    output = layer_input
                    hidden = torch.stack(h_n)
                    cell = torch.stack(c_n) if lstm else None
                    if not batched:
                        output, hidden = output.squeeze(1), hidden.squeeze(1)
                        cell = cell.squeeze(1) if lstm else None
                    elif self.batch_first:
                        output = output.transpose(0, 1)
                    return (output, (hidden, cell)) if lstm else (output, hidden)


            class RNN(RNNBase):
                __module__ = 'torch.nn.modules.rnn'
                def __init__(self, input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False,
                             dropout=0.0, bidirectional=False, device=None, dtype=None):
                    if nonlinearity not in ('tanh', 'relu'):
                        raise ValueError(f"Unknown nonlinearity '{nonlinearity}'. Select from 'tanh' or 'relu'.")
                    self.nonlinearity = nonlinearity
                    super().__init__('RNN_TANH' if nonlinearity == 'tanh' else 'RNN_RELU', input_size, hidden_size, num_layers, bias,
                                     batch_first, dropout, bidirectional, dtype=dtype)


            class LSTM(RNNBase):
                __module__ = 'torch.nn.modules.rnn'
                def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                             bidirectional=False, proj_size=0, device=None, dtype=None):
                    super().__init__('LSTM', input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, proj_size,
                                     dtype=dtype)


            class GRU(RNNBase):
                __module__ = 'torch.nn.modules.rnn'
                def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                             bidirectional=False, device=None, dtype=None):
                    super().__init__('GRU', input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, dtype=dtype)


            class RNNCellBase(Module):
                # One step of RNN, LSTM or GRU: the same cell as the layers run, on (batch, features) or (features,)
                __module__ = 'torch.nn.modules.rnn'

                def __init__(self, mode, input_size, hidden_size, bias, dtype=None):
                    super().__init__()
                    self.input_size = input_size
                    self.hidden_size = hidden_size
                    self.bias = bias
                    gate_size = RNNBase._gates[mode] * hidden_size
                    self.weight_ih = Parameter(torch.empty((gate_size, input_size), dtype=dtype))
                    self.weight_hh = Parameter(torch.empty((gate_size, hidden_size), dtype=dtype))
                    if bias:
                        self.bias_ih = Parameter(torch.empty(gate_size, dtype=dtype))
                        self.bias_hh = Parameter(torch.empty(gate_size, dtype=dtype))
                    else:
                        self.register_parameter('bias_ih', None)
                        self.register_parameter('bias_hh', None)
                    self.mode = mode
                    RNNBase.reset_parameters(self)

                def extra_repr(self):
                    s = f'{self.input_size}, {self.hidden_size}'
                    if self.bias is not True:
                        s += f', bias={self.bias}'
                    return s

                def forward(self, input, hx=None):
                    batched = input.dim() == 2
                    if not batched:
                        input = input.unsqueeze(0)
                    lstm = self.mode == 'LSTM'
                    if hx is None:
                        zeros = torch.zeros(input.size(0), self.hidden_size, dtype=input.dtype)
                        hx = (zeros, zeros) if lstm else zeros
                    elif not batched:
                        hx = tuple(h.unsqueeze(0) for h in hx) if lstm else hx.unsqueeze(0)
                    out = RNNBase._cell(self, input, hx, self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)
                    if not batched:
                        out = tuple(o.squeeze(0) for o in out) if lstm else out.squeeze(0)
                    return out


            class RNNCell(RNNCellBase):
                __module__ = 'torch.nn.modules.rnn'
                def __init__(self, input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None):
                    if nonlinearity not in ('tanh', 'relu'):
                        raise ValueError(f"Unknown nonlinearity: {nonlinearity}")
                    self.nonlinearity = nonlinearity
                    super().__init__('RNN_TANH' if nonlinearity == 'tanh' else 'RNN_RELU', input_size, hidden_size, bias, dtype)


            class LSTMCell(RNNCellBase):
                __module__ = 'torch.nn.modules.rnn'
                def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
                    super().__init__('LSTM', input_size, hidden_size, bias, dtype)


            class GRUCell(RNNCellBase):
                __module__ = 'torch.nn.modules.rnn'
                def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
                    super().__init__('GRU', input_size, hidden_size, bias, dtype)


            class Dropout(Module):
                __module__ = 'torch.nn.modules.dropout'
                def __init__(self, p=0.5, inplace=False):
                    super().__init__()
                    if p < 0 or p > 1:
                        raise ValueError(f'dropout probability has to be between 0 and 1, but got {p}')
                    self.p = p
                    self.inplace = inplace

                def forward(self, input):
                    return F.dropout(input, self.p, self.training)

                def extra_repr(self):
                    return f'p={self.p}, inplace={self.inplace}'


            class LayerNorm(Module):
                __module__ = 'torch.nn.modules.normalization'
                def __init__(self, normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None):
                    super().__init__()
                    if isinstance(normalized_shape, int):
                        normalized_shape = (normalized_shape,)
                    self.normalized_shape = tuple(normalized_shape)
                    self.eps = eps
                    self.elementwise_affine = elementwise_affine
                    if elementwise_affine:
                        self.weight = Parameter(torch.ones(self.normalized_shape, dtype=dtype))
                        if bias:
                            self.bias = Parameter(torch.zeros(self.normalized_shape, dtype=dtype))
                        else:
                            self.register_parameter('bias', None)
                    else:
                        self.register_parameter('weight', None)
                        self.register_parameter('bias', None)

                def forward(self, input):
                    return F.layer_norm(input, self.normalized_shape, self.weight, self.bias, self.eps)

                def extra_repr(self):
                    return f'{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}'


            class _BatchNorm(Module):
                __module__ = 'torch.nn.modules.batchnorm'
                def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None):
                    super().__init__()
                    self.num_features = num_features
                    self.eps = eps
                    self.momentum = momentum
                    self.affine = affine
                    self.track_running_stats = track_running_stats
                    if affine:
                        self.weight = Parameter(torch.ones(num_features, dtype=dtype))
                        self.bias = Parameter(torch.zeros(num_features, dtype=dtype))
                    else:
                        self.register_parameter('weight', None)
                        self.register_parameter('bias', None)
                    if track_running_stats:
                        self.register_buffer('running_mean', torch.zeros(num_features, dtype=dtype))
                        self.register_buffer('running_var', torch.ones(num_features, dtype=dtype))
                        self.register_buffer('num_batches_tracked', torch.tensor(0))
                    else:
                        self.register_buffer('running_mean', None)
                        self.register_buffer('running_var', None)
                        self.register_buffer('num_batches_tracked', None)

                def forward(self, input):
                    self._check_input_dim(input)
                    if self.training and self.track_running_stats:
                        self.num_batches_tracked.add_(1)
                    use_batch = self.training or not self.track_running_stats
                    return F.batch_norm(input, self.running_mean if self.track_running_stats else None,
                                        self.running_var if self.track_running_stats else None,
                                        self.weight, self.bias, use_batch, self.momentum, self.eps)

                def extra_repr(self):
                    return (f'{self.num_features}, eps={self.eps}, momentum={self.momentum}, affine={self.affine}, '
                            f'track_running_stats={self.track_running_stats}')


            class NonDynamicallyQuantizableLinear(Linear):
                __module__ = 'torch.nn.modules.linear'


            class MultiheadAttention(Module):
                # PyTorch's multi_head_attention_forward (its math path): one packed input projection, heads as a batch of bmm's
                __module__ = 'torch.nn.modules.activation'

                def __init__(self, embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None,
                             vdim=None, batch_first=False, device=None, dtype=None):
                    super().__init__()
                    if embed_dim <= 0 or num_heads <= 0:
                        raise ValueError(f'embed_dim and num_heads must be greater than 0, got embed_dim={embed_dim} and num_heads={num_heads} instead')
                    if (kdim is not None and kdim != embed_dim) or (vdim is not None and vdim != embed_dim) or add_bias_kv or add_zero_attn:
                        raise NotImplementedError('MultiheadAttention with kdim, vdim, add_bias_kv or add_zero_attn is not supported')
                    self.embed_dim = embed_dim
                    self.kdim = embed_dim
                    self.vdim = embed_dim
                    self.num_heads = num_heads
                    self.dropout = dropout
                    self.batch_first = batch_first
                    self.head_dim = embed_dim // num_heads
                    if self.head_dim * num_heads != embed_dim:
                        raise AssertionError('embed_dim must be divisible by num_heads')
                    self.in_proj_weight = Parameter(torch.empty((3 * embed_dim, embed_dim), dtype=dtype))
                    if bias:
                        self.in_proj_bias = Parameter(torch.empty(3 * embed_dim, dtype=dtype))
                    else:
                        self.register_parameter('in_proj_bias', None)
                    self.out_proj = NonDynamicallyQuantizableLinear(embed_dim, embed_dim, bias=bias, dtype=dtype)
                    self.bias_k = self.bias_v = None
                    self.add_zero_attn = False
                    init.xavier_uniform_(self.in_proj_weight)
                    if self.in_proj_bias is not None:
                        init.constant_(self.in_proj_bias, 0.0)
                        init.constant_(self.out_proj.bias, 0.0)

                def forward(self, query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
                            average_attn_weights=True, is_causal=False):
                    batched = query.dim() == 3
                    if not batched:
                        query, key, value = query.unsqueeze(1), key.unsqueeze(1), value.unsqueeze(1)
                        if key_padding_mask is not None:
                            key_padding_mask = key_padding_mask.unsqueeze(0)
                    elif self.batch_first:
                        query, key, value = query.transpose(0, 1), key.transpose(0, 1), value.transpose(0, 1)
                    tgt_len, bsz, embed_dim = query.shape
                    src_len = key.shape[0]
                    heads, head_dim = self.num_heads, self.head_dim
                    if key is value and query is key:
                        q, k, v = F.linear(query, self.in_proj_weight, self.in_proj_bias).chunk(3, dim=-1)
                    else:
                        w_q, w_k, w_v = self.in_proj_weight.chunk(3)
                        b_q, b_k, b_v = self.in_proj_bias.chunk(3) if self.in_proj_bias is not None else (None, None, None)
                        q, k, v = F.linear(query, w_q, b_q), F.linear(key, w_k, b_k), F.linear(value, w_v, b_v)
                    q = q.reshape(tgt_len, bsz * heads, head_dim).transpose(0, 1)
                    k = k.reshape(src_len, bsz * heads, head_dim).transpose(0, 1)
                    v = v.reshape(src_len, bsz * heads, head_dim).transpose(0, 1)
                    mask = None
                    if attn_mask is not None:
                        mask = attn_mask
                        if mask.dtype == torch.bool:
                            mask = torch.zeros(mask.shape, dtype=q.dtype).masked_fill(mask, float('-inf'))
                        if mask.dim() == 2:
                            mask = mask.unsqueeze(0)
                    if key_padding_mask is not None:
                        pad = key_padding_mask
                        if pad.dtype == torch.bool:
                            pad = torch.zeros(pad.shape, dtype=q.dtype).masked_fill(pad, float('-inf'))
                        pad = pad.view(bsz, 1, 1, src_len).expand(-1, heads, -1, -1).reshape(bsz * heads, 1, src_len)
                        mask = pad if mask is None else mask + pad
                    weights = torch.bmm(q * math.sqrt(1.0 / float(head_dim)), k.transpose(-2, -1))
                    if mask is not None:
                        weights = weights + mask
                    weights = F.softmax(weights, dim=-1)
                    if self.dropout > 0.0 and self.training:
                        weights = F.dropout(weights, p=self.dropout)
                    out = torch.bmm(weights, v).transpose(0, 1).reshape(tgt_len * bsz, embed_dim)
                    out = F.linear(out, self.out_proj.weight, self.out_proj.bias).view(tgt_len, bsz, embed_dim)
                    if self.batch_first and batched:
                        out = out.transpose(0, 1)
                    if not batched:
                        out = out.squeeze(1)
                    if not need_weights:
                        return out, None
                    weights = weights.view(bsz, heads, tgt_len, src_len)
                    if average_attn_weights:
                        weights = weights.mean(dim=1)
                    return out, (weights if batched else weights.squeeze(0))


            class TransformerEncoderLayer(Module):
                __module__ = 'torch.nn.modules.transformer'

                def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation='relu', layer_norm_eps=1e-05,
                             batch_first=False, norm_first=False, bias=True, device=None, dtype=None):
                    super().__init__()
                    self._config = dict(d_model=d_model, nhead=nhead, dim_feedforward=dim_feedforward, dropout=dropout,
                                        activation=activation, layer_norm_eps=layer_norm_eps, batch_first=batch_first,
                                        norm_first=norm_first, bias=bias, dtype=dtype)
                    self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, bias=bias, batch_first=batch_first, dtype=dtype)
                    self.linear1 = Linear(d_model, dim_feedforward, bias=bias, dtype=dtype)
                    self.dropout = Dropout(dropout)
                    self.linear2 = Linear(dim_feedforward, d_model, bias=bias, dtype=dtype)
                    self.norm_first = norm_first
                    self.norm1 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias, dtype=dtype)
                    self.norm2 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias, dtype=dtype)
                    self.dropout1 = Dropout(dropout)
                    self.dropout2 = Dropout(dropout)
                    if activation == 'relu':
                        activation = F.relu
                    elif activation == 'gelu':
                        activation = F.gelu
                    elif isinstance(activation, str):
                        raise RuntimeError(f'activation should be relu/gelu, not {activation}')
                    self.activation = activation

                def forward(self, src, src_mask=None, src_key_padding_mask=None, is_causal=False):
                    x = src
                    if self.norm_first:
                        x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask)
                        x = x + self._ff_block(self.norm2(x))
                    else:
                        x = self.norm1(x + self._sa_block(x, src_mask, src_key_padding_mask))
                        x = self.norm2(x + self._ff_block(x))
                    return x

                def _sa_block(self, x, attn_mask, key_padding_mask):
                    x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask, need_weights=False)[0]
                    return self.dropout1(x)

                def _ff_block(self, x):
                    return self.dropout2(self.linear2(self.dropout(self.activation(self.linear1(x)))))


            class TransformerEncoder(Module):
                __module__ = 'torch.nn.modules.transformer'

                def __init__(self, encoder_layer, num_layers, norm=None, enable_nested_tensor=True, mask_check=True):
                    super().__init__()
                    # PyTorch deep-copies the layer: each copy starts from its parameters
                    layers = []
                    for _ in range(num_layers):
                        layer = TransformerEncoderLayer(**encoder_layer._config)
                        layer.load_state_dict(encoder_layer.state_dict())
                        layers.append(layer)
                    self.layers = ModuleList(layers)
                    self.num_layers = num_layers
                    self.norm = norm

                def forward(self, src, mask=None, src_key_padding_mask=None, is_causal=None):
                    output = src
                    for mod in self.layers:
                        output = mod(output, src_mask=mask, src_key_padding_mask=src_key_padding_mask)
                    if self.norm is not None:
                        output = self.norm(output)
                    return output


            class BatchNorm1d(_BatchNorm):
                __module__ = 'torch.nn.modules.batchnorm'
                def _check_input_dim(self, input):
                    if input.dim() not in (2, 3):
                        raise ValueError(f'expected 2D or 3D input (got {input.dim()}D input)')


            class BatchNorm2d(_BatchNorm):
                __module__ = 'torch.nn.modules.batchnorm'
                def _check_input_dim(self, input):
                    if input.dim() != 4:
                        raise ValueError(f'expected 4D input (got {input.dim()}D input)')


            class _Loss(Module):
                __module__ = 'torch.nn.modules.loss'
                def __init__(self, size_average=None, reduce=None, reduction='mean'):
                    super().__init__()
                    self.reduction = reduction


            class MSELoss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def forward(self, input, target):
                    return F.mse_loss(input, target, reduction=self.reduction)


            class L1Loss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def forward(self, input, target):
                    return F.l1_loss(input, target, reduction=self.reduction)


            class NLLLoss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
                    super().__init__(size_average, reduce, reduction)
                    self.weight = weight
                    self.ignore_index = ignore_index

                def forward(self, input, target):
                    return F.nll_loss(input, target, weight=self.weight, ignore_index=self.ignore_index, reduction=self.reduction)


            class CrossEntropyLoss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0):
                    super().__init__(size_average, reduce, reduction)
                    self.weight = weight
                    self.ignore_index = ignore_index
                    self.label_smoothing = label_smoothing

                def forward(self, input, target):
                    return F.cross_entropy(input, target, weight=self.weight, ignore_index=self.ignore_index,
                                           reduction=self.reduction, label_smoothing=self.label_smoothing)


            class SmoothL1Loss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def __init__(self, size_average=None, reduce=None, reduction='mean', beta=1.0):
                    super().__init__(size_average, reduce, reduction)
                    self.beta = beta

                def forward(self, input, target):
                    return F.smooth_l1_loss(input, target, reduction=self.reduction, beta=self.beta)


            class HuberLoss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def __init__(self, reduction='mean', delta=1.0):
                    super().__init__(reduction=reduction)
                    self.delta = delta

                def forward(self, input, target):
                    return F.huber_loss(input, target, reduction=self.reduction, delta=self.delta)


            class KLDivLoss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def __init__(self, size_average=None, reduce=None, reduction='mean', log_target=False):
                    super().__init__(size_average, reduce, reduction)
                    self.log_target = log_target

                def forward(self, input, target):
                    return F.kl_div(input, target, reduction=self.reduction, log_target=self.log_target)


            class BCELoss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def __init__(self, weight=None, size_average=None, reduce=None, reduction='mean'):
                    super().__init__(size_average, reduce, reduction)
                    self.weight = weight

                def forward(self, input, target):
                    return F.binary_cross_entropy(input, target, weight=self.weight, reduction=self.reduction)


            class BCEWithLogitsLoss(_Loss):
                __module__ = 'torch.nn.modules.loss'
                def __init__(self, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None):
                    super().__init__(size_average, reduce, reduction)
                    self.weight = weight
                    self.pos_weight = pos_weight

                def forward(self, input, target):
                    return F.binary_cross_entropy_with_logits(input, target, self.weight, pos_weight=self.pos_weight, reduction=self.reduction)


            import torch.nn.functional as F
            import torch.nn.init as init
            import torch.nn.utils
            """;

    /** torch.nn.functional. */
    static final String FUNCTIONAL = """
            import torch
            from torch import _nn


            def linear(input, weight, bias=None):
                return _nn.linear(input, weight, bias)


            def relu(input, inplace=False):
                return torch.relu(input)


            def leaky_relu(input, negative_slope=0.01, inplace=False):
                return _nn.leaky_relu(input, negative_slope)


            def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False):
                return _nn.embedding(input, weight, padding_idx)


            def silu(input, inplace=False):
                return _nn.silu(input)


            def gelu(input, approximate='none'):
                return _nn.gelu(input, approximate)


            def elu(input, alpha=1.0, inplace=False):
                return _nn.elu(input, alpha)


            def softplus(input, beta=1.0, threshold=20.0):
                return _nn.softplus(input, beta, threshold)


            def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
                shape = tuple(normalized_shape)
                if tuple(input.shape[input.dim() - len(shape):]) != shape:
                    raise RuntimeError(f'Given normalized_shape={list(shape)}, expected input with shape [*, '
                                       + ', '.join(str(s) for s in shape) + f'], but got input of size{input.size()}')
                return _nn.layer_norm(input, len(shape), weight, bias, eps)


            def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05):
                if training:
                    size = 1
                    for i, s in enumerate(input.shape):
                        if i != 1:
                            size *= s
                    if size == 1:
                        raise ValueError(f'Expected more than 1 value per channel when training, got input size {input.size()}')
                return _nn.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


            def sigmoid(input):
                return torch.sigmoid(input)


            def tanh(input):
                return torch.tanh(input)


            def _softmax_dim(ndim):
                return 0 if ndim in (0, 1, 3) else 1


            def softmax(input, dim=None, _stacklevel=3, dtype=None):
                if dim is None:
                    dim = _softmax_dim(input.dim())
                if dtype is not None:
                    input = input.to(dtype)
                return torch.softmax(input, dim)


            def softmin(input, dim=None, _stacklevel=3, dtype=None):
                if dim is None:
                    dim = _softmax_dim(input.dim())
                if dtype is not None:
                    input = input.to(dtype)
                return (-input).softmax(dim)


            def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
                if dim is None:
                    dim = _softmax_dim(input.dim())
                if dtype is not None:
                    input = input.to(dtype)
                return torch.log_softmax(input, dim)


            def dropout(input, p=0.5, training=True, inplace=False):
                if p < 0.0 or p > 1.0:
                    raise ValueError(f'dropout probability has to be between 0 and 1, but got {p}')
                if not training or p == 0.0:
                    return input
                if p == 1.0:
                    return input * torch.zeros_like(input)
                noise = torch.empty_like(input).bernoulli_(1 - p)  # as ATen's CPU dropout draws its mask
                noise.div_(1 - p)
                return input * noise


            def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None,
                                             enable_gqa=False):
                # the math of PyTorch's reference implementation (its docs); its CPU kernel computes the same up to rounding
                if is_causal and attn_mask is not None:
                    raise RuntimeError('_scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True')
                L, S = query.size(-2), key.size(-2)
                scale_factor = 1 / query.size(-1) ** 0.5 if scale is None else scale
                attn_bias = torch.zeros(L, S, dtype=query.dtype)
                if is_causal:
                    attn_bias.masked_fill_(torch.ones(L, S, dtype=torch.bool).tril(diagonal=0).logical_not(), float('-inf'))
                if attn_mask is not None:
                    if attn_mask.dtype == torch.bool:
                        attn_bias = attn_bias.masked_fill(attn_mask.logical_not(), float('-inf'))
                    else:
                        attn_bias = attn_mask + attn_bias
                if enable_gqa:
                    key = key.repeat_interleave(query.size(-3) // key.size(-3), -3)
                    value = value.repeat_interleave(query.size(-3) // value.size(-3), -3)
                attn_weight = query @ key.transpose(-2, -1) * scale_factor
                attn_weight = attn_weight + attn_bias
                attn_weight = torch.softmax(attn_weight, dim=-1)
                attn_weight = dropout(attn_weight, dropout_p, training=True)
                return attn_weight @ value


            def interpolate(input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None,
                            antialias=False):
                # torch/nn/functional.py's checks and sizes; the resampling is ATen's upsample kernels' (ops.Resample)
                dim = input.dim() - 2
                if mode in ('nearest', 'area', 'nearest-exact'):
                    if align_corners is not None:
                        raise ValueError('align_corners option can only be set with the interpolating modes: '
                                         'linear | bilinear | bicubic | trilinear')
                elif align_corners is None:
                    align_corners = False
                if size is not None and scale_factor is not None:
                    raise ValueError('only one of size or scale_factor should be defined')
                if size is not None:
                    output_size = list(size) if isinstance(size, (list, tuple)) else [size] * dim
                    if len(output_size) != dim:
                        raise ValueError('Input and output must have the same number of spatial dimensions, but got input with'
                                         f' spatial dimensions of {list(input.shape[2:])} and output size of {size}. Please provide'
                                         ' input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.')
                    scale_factors = None
                elif scale_factor is not None:
                    scale_factors = list(scale_factor) if isinstance(scale_factor, (list, tuple)) else [scale_factor] * dim
                    output_size = [int(input.size(i + 2) * scale_factors[i]) for i in range(dim)]
                    if recompute_scale_factor:
                        scale_factors = None
                else:
                    raise ValueError('either size or scale_factor should be defined')
                if (mode, input.dim()) in (('nearest', 3), ('nearest', 4), ('linear', 3), ('bilinear', 4)):
                    return _nn.upsample(input, tuple(output_size), None if scale_factors is None else tuple(float(s) for s in scale_factors),
                                        mode, align_corners)
                if mode == 'bilinear' and input.dim() == 3:
                    raise NotImplementedError('Got 3D input, but bilinear mode needs 4D input')
                if mode == 'linear' and input.dim() == 4:
                    raise NotImplementedError('Got 4D input, but linear mode needs 3D input')
                raise NotImplementedError(f"Slope's interpolate has the modes nearest (3D or 4D input), linear (3D) and bilinear"
                                          f" (4D), not {mode!r} on {input.dim()}D input")


            def _single(x):
                return tuple(x) if isinstance(x, (tuple, list)) else (x,)


            def _pair(x):
                return tuple(x) if isinstance(x, (tuple, list)) else (x, x)


            def _batched(input, dims, name):
                if input.dim() not in (dims + 1, dims + 2):
                    raise RuntimeError(f'Expected {dims + 1}D (unbatched) or {dims + 2}D (batched) input to {name}, '
                                       f'but got input of size: {list(input.shape)}')
                return input.dim() == dims + 2


            def _conv(input, weight, bias, stride, padding, dilation, groups, dims):
                expand = _single if dims == 1 else _pair
                batched = _batched(input, dims, f'conv{dims}d')
                if not batched:
                    input = input.unsqueeze(0)
                stride, dilation = expand(stride), expand(dilation)
                if padding == 'valid':
                    padding = (0,) * dims
                elif padding == 'same':
                    if any(s != 1 for s in stride):
                        raise RuntimeError("padding='same' is not supported for strided convolutions")
                    # ATen pads an odd total by one more at the end, with an explicit pad before the convolution
                    total = [dilation[d] * (weight.size(d + 2) - 1) for d in range(dims)]
                    padding = tuple(t // 2 for t in total)
                    extra = []
                    for d in reversed(range(dims)):
                        extra += [0, total[d] - 2 * padding[d]]
                    if any(extra):
                        input = _nn.constant_pad_nd(input, tuple(extra), 0.0)
                elif isinstance(padding, str):
                    raise RuntimeError(f"Invalid padding string: '{padding}'")
                else:
                    padding = expand(padding)
                out = _nn.convolution(input, weight, bias, stride, padding, dilation, False, (0,) * dims, groups)
                return out if batched else out.squeeze(0)


            def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
                return _conv(input, weight, bias, stride, padding, dilation, groups, 1)


            def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
                return _conv(input, weight, bias, stride, padding, dilation, groups, 2)


            def _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, dims):
                expand = _single if dims == 1 else _pair
                batched = _batched(input, dims, f'conv_transpose{dims}d')
                if not batched:
                    input = input.unsqueeze(0)
                out = _nn.convolution(input, weight, bias, expand(stride), expand(padding), expand(dilation), True,
                                      expand(output_padding), groups)
                return out if batched else out.squeeze(0)


            def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
                return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, 1)


            def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
                return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, 2)


            def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
                if stride is None or stride == [] or stride == ():
                    stride = kernel_size
                out, indices = _nn.max_pool2d_with_indices(input, _pair(kernel_size), _pair(stride), _pair(padding), _pair(dilation),
                                                           ceil_mode)
                return (out, indices) if return_indices else out


            def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
                if input.dim() not in (2, 3):
                    raise RuntimeError(f'max_pool1d() Expected 2D or 3D input tensor, but got {list(input.shape)}')
                if stride is None or stride == [] or stride == ():
                    stride = kernel_size
                # ATen pools a signal as planes of height 1
                out, indices = _nn.max_pool2d_with_indices(input.unsqueeze(-2), (1,) + _single(kernel_size), (1,) + _single(stride),
                                                           (0,) + _single(padding), (1,) + _single(dilation), ceil_mode)
                out, indices = out.squeeze(-2), indices.squeeze(-2)
                return (out, indices) if return_indices else out


            def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None):
                if stride is None or stride == [] or stride == ():
                    stride = kernel_size
                return _nn.avg_pool2d(input, _pair(kernel_size), _pair(stride), _pair(padding), ceil_mode, count_include_pad,
                                      divisor_override)


            def _check_signal(input, name):
                if input.dim() not in (2, 3):
                    raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.dim()}-dimensional tensor for argument #1 'self' "
                                       f'(while checking arguments for {name})')


            def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
                _check_signal(input, 'avg_pool1d')
                if stride is None or stride == [] or stride == ():
                    stride = kernel_size
                out = _nn.avg_pool2d(input.unsqueeze(-2), (1,) + _single(kernel_size), (1,) + _single(stride), (0,) + _single(padding),
                                     ceil_mode, count_include_pad, None)
                return out.squeeze(-2)


            def adaptive_avg_pool2d(input, output_size):
                if input.dim() not in (3, 4):
                    raise RuntimeError(f'adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got {list(input.shape)}')
                size = tuple(input.size(d - 2) if s is None else s for d, s in enumerate(_pair(output_size)))
                if size == (1, 1):
                    return input.mean((-1, -2), keepdim=True)  # as ATen computes a global average
                return _nn.adaptive_avg_pool2d(input, size)


            def adaptive_avg_pool1d(input, output_size):
                _check_signal(input, 'adaptive_avg_pool1d')
                return adaptive_avg_pool2d(input.unsqueeze(-2), (1,) + _single(output_size)).squeeze(-2)


            def pad(input, pad, mode='constant', value=None):
                if mode != 'constant':
                    raise NotImplementedError(f"F.pad mode '{mode}' is not supported")
                return _nn.constant_pad_nd(input, tuple(pad), 0.0 if value is None else value)


            def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
                if input.dim() not in (3, 4):
                    raise NotImplementedError(f'Input Error: Only 3D or 4D input Tensors are supported (got {input.dim()}D)')
                return _nn.unfold(input, _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride))


            def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
                if input.dim() not in (2, 3):
                    raise NotImplementedError(f'Input Error: Only unbatched (2D) or batched (3D) input Tensors are supported '
                                              f'(got {input.dim()}D)')
                return _nn.fold(input, _pair(output_size), _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride))


            def one_hot(tensor, num_classes=-1):
                if tensor.dtype != torch.int64:
                    raise RuntimeError('one_hot is only applicable to index tensor of type LongTensor.')
                if num_classes == -1:
                    num_classes = int(tensor.max().item()) + 1
                return (tensor.unsqueeze(-1) == torch.arange(num_classes)).long()


            _SCALAR_NAMES = {torch.int64: 'Long', torch.bool: 'Bool', torch.float32: 'Float', torch.float64: 'Double'}


            def _check_reduction(reduction):
                if reduction not in ('none', 'mean', 'sum'):
                    raise ValueError(f'{reduction} is not a valid value for reduction')


            def mse_loss(input, target, size_average=None, reduce=None, reduction='mean', weight=None):
                if tuple(target.shape) != tuple(input.shape):
                    input, target = torch.broadcast_tensors(input, target)
                return _nn.mse_loss(input, target, reduction)


            def l1_loss(input, target, size_average=None, reduce=None, reduction='mean'):
                _check_reduction(reduction)
                if tuple(target.shape) != tuple(input.shape):
                    input, target = torch.broadcast_tensors(input, target)
                loss = (input - target).abs()
                if reduction == 'mean':
                    return loss.mean()
                if reduction == 'sum':
                    return loss.sum()
                return loss


            def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
                return _nn.nll_loss(input, target, reduction, ignore_index, weight)


            def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0):
                _check_reduction(reduction)
                class_dim = 0 if input.dim() == 1 else 1
                n_classes = input.shape[class_dim]
                logp = torch.log_softmax(input, class_dim)
                if tuple(input.shape) == tuple(target.shape):
                    if not target.dtype.is_floating_point:
                        raise RuntimeError(f'Expected floating point type for target with class probabilities, got {_SCALAR_NAMES[target.dtype]}')
                    if label_smoothing > 0.0:
                        target = target * (1 - label_smoothing) + label_smoothing / n_classes
                    prod = logp * target
                    if weight is not None:
                        prod = prod * (weight if input.dim() == 1 else weight.reshape(1, -1, *([1] * (input.dim() - 2))))
                    if reduction == 'mean':
                        return _nn.divide_by_count(-prod.sum(), input.numel() // n_classes)
                    if reduction == 'sum':
                        return -prod.sum()
                    return -prod.sum(class_dim)
                nll = _nn.nll_loss(logp, target, reduction, ignore_index, weight)
                if label_smoothing <= 0.0:
                    return nll
                keep = target != ignore_index
                per_class = logp if weight is None else logp * weight
                smooth = -per_class.sum(class_dim) * keep
                if reduction == 'mean':
                    if weight is None:
                        smooth = smooth.sum() / keep.sum()
                    else:
                        smooth = smooth.sum() / weight[target[keep]].sum()
                elif reduction == 'sum':
                    smooth = smooth.sum()
                return (1 - label_smoothing) * nll + smooth * (label_smoothing / n_classes)


            def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
                if min_val > max_val:
                    raise ValueError('min_val cannot be greater than max_val')
                return _nn.hardtanh(input, min_val, max_val)


            def relu6(input, inplace=False):
                return _nn.hardtanh(input, 0.0, 6.0)


            def selu(input, inplace=False):
                return _nn.elu(input, 1.6732632423543772848170429916717, 1.0507009873554804934193349852946, 1.0)


            def celu(input, alpha=1.0, inplace=False):
                return _nn.elu(input, alpha, 1.0, 1.0 / alpha)


            def threshold(input, threshold, value, inplace=False):
                return _nn.threshold(input, threshold, value)


            def logsigmoid(input):
                return _nn.log_sigmoid(input)


            def mish(input, inplace=False):
                return _nn.mish(input)


            def hardshrink(input, lambd=0.5):
                return _nn.hardshrink(input, lambd)


            def softshrink(input, lambd=0.5):
                return _nn.softshrink(input, lambd)


            def hardswish(input, inplace=False):
                return _nn.hardswish(input)


            def hardsigmoid(input, inplace=False):
                return _nn.hardsigmoid(input)


            def softsign(input):
                return input / (input.abs() + 1)


            def tanhshrink(input):
                return input - input.tanh()


            def glu(input, dim=-1):
                if input.dim() == 0:
                    raise RuntimeError('glu does not support scalars because halving size must be even')
                return _nn.glu(input, dim)


            def prelu(input, weight):
                return _nn.prelu(input, weight)


            def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
                denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
                return input / denom


            def cosine_similarity(x1, x2, dim=1, eps=1e-08):
                # ATen's order: each side divided by its own norm (clamped outside autograd), then the product summed
                x1, x2 = torch.broadcast_tensors(x1, x2)
                n1 = x1.norm(2, dim, keepdim=True).clone()
                n2 = x2.norm(2, dim, keepdim=True).clone()
                with torch.no_grad():
                    n1.clamp_(min=eps)
                    n2.clamp_(min=eps)
                return ((x1 / n1) * (x2 / n2)).sum(dim)


            def pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False):
                return _nn.norm(x1 - x2 + eps, p, max(x1.dim(), x2.dim()) - 1, keepdim)  # ATen's at::norm: NormBackward1


            def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction='mean', beta=1.0):
                _check_reduction(reduction)
                if tuple(target.shape) != tuple(input.shape):
                    input, target = torch.broadcast_tensors(input, target)
                if beta == 0.0:
                    return l1_loss(input, target, reduction=reduction)
                return _nn.smooth_l1_loss(input, target, reduction, beta)


            def huber_loss(input, target, reduction='mean', delta=1.0, weight=None):
                _check_reduction(reduction)
                if weight is not None:
                    raise NotImplementedError('huber_loss with weight= is not supported')
                if tuple(target.shape) != tuple(input.shape):
                    input, target = torch.broadcast_tensors(input, target)
                return _nn.huber_loss(input, target, reduction, delta)


            def kl_div(input, target, size_average=None, reduce=None, reduction='mean', log_target=False):
                if reduction not in ('none', 'mean', 'sum', 'batchmean'):
                    raise ValueError(f'{reduction} is not a valid value for reduction')
                if log_target:
                    out = target.exp() * (target - input)
                else:
                    # xlogy(target, target) - target * input, with 0 log 0 = 0
                    out = torch.where(target > 0, target * target.log(), torch.zeros_like(target)) - target * input
                if reduction == 'none':
                    return out
                if reduction == 'mean':
                    return out.mean()
                reduced = out.sum()
                return reduced / input.size()[0] if reduction == 'batchmean' and input.dim() != 0 else reduced


            def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction='mean'):
                if tuple(target.shape) != tuple(input.shape):
                    raise ValueError(f'Using a target size ({target.size()}) that is different to the input size ({input.size()}) is deprecated. Please ensure they have the same size.')
                return _nn.binary_cross_entropy(input, target, reduction, weight)


            def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None):
                if tuple(target.shape) != tuple(input.shape):
                    raise ValueError(f'Target size ({target.size()}) must be the same as input size ({input.size()})')
                return _nn.binary_cross_entropy_with_logits(input, target, reduction, weight, pos_weight)
            """;

    /** torch.nn.init: how layers fill their parameters, from Slope's generator. */
    static final String INIT = """
            import math
            import torch


            def calculate_gain(nonlinearity, param=None):
                if nonlinearity in ('linear', 'conv1d', 'conv2d', 'conv3d', 'sigmoid'):
                    return 1
                if nonlinearity == 'tanh':
                    return 5.0 / 3
                if nonlinearity == 'relu':
                    return math.sqrt(2.0)
                if nonlinearity == 'leaky_relu':
                    negative_slope = 0.01 if param is None else param
                    return math.sqrt(2.0 / (1 + negative_slope ** 2))
                if nonlinearity == 'selu':
                    return 3.0 / 4
                raise ValueError(f'Unsupported nonlinearity {nonlinearity}')


            def _fans(tensor):
                if tensor.dim() < 2:
                    raise ValueError('Fan in and fan out can not be computed for tensor with fewer than 2 dimensions')
                receptive = 1
                for s in tensor.shape[2:]:
                    receptive *= s
                return tensor.shape[1] * receptive, tensor.shape[0] * receptive


            _calculate_fan_in_and_fan_out = _fans


            def uniform_(tensor, a=0.0, b=1.0, generator=None):
                with torch.no_grad():
                    return tensor.uniform_(a, b, generator=generator)


            def normal_(tensor, mean=0.0, std=1.0, generator=None):
                with torch.no_grad():
                    return tensor.normal_(mean, std, generator=generator)


            def constant_(tensor, val):
                with torch.no_grad():
                    return tensor.fill_(val)


            def zeros_(tensor):
                return constant_(tensor, 0.0)


            def ones_(tensor):
                return constant_(tensor, 1.0)


            def kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None):
                fan_in, fan_out = _fans(tensor)
                fan = fan_in if mode == 'fan_in' else fan_out
                std = calculate_gain(nonlinearity, a) / math.sqrt(fan)
                bound = math.sqrt(3.0) * std
                return uniform_(tensor, -bound, bound, generator)


            def kaiming_normal_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None):
                fan_in, fan_out = _fans(tensor)
                fan = fan_in if mode == 'fan_in' else fan_out
                return normal_(tensor, 0, calculate_gain(nonlinearity, a) / math.sqrt(fan), generator)


            def xavier_uniform_(tensor, gain=1.0, generator=None):
                fan_in, fan_out = _fans(tensor)
                a = math.sqrt(3.0) * gain * math.sqrt(2.0 / float(fan_in + fan_out))
                return uniform_(tensor, -a, a, generator)


            def xavier_normal_(tensor, gain=1.0, generator=None):
                fan_in, fan_out = _fans(tensor)
                return normal_(tensor, 0.0, gain * math.sqrt(2.0 / float(fan_in + fan_out)), generator)
            """;

    /** torch.nn.utils: gradient clipping. */
    static final String UTILS = """
            import math
            import torch


            def _grads(parameters):
                if isinstance(parameters, torch.Tensor):
                    parameters = [parameters]
                return [p.grad for p in parameters if p.grad is not None]


            def parameters_to_vector(parameters):
                return torch.cat([p.view(-1) for p in parameters])


            def vector_to_parameters(vec, parameters):
                if not isinstance(vec, torch.Tensor):
                    raise TypeError(f'expected torch.Tensor, but got: {type(vec).__name__}')
                pointer = 0
                for param in parameters:
                    num_param = param.numel()
                    param.data = vec[pointer:pointer + num_param].view_as(param).data
                    pointer += num_param


            def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
                grads = _grads(parameters)
                if len(grads) == 0:
                    return torch.tensor(0.0)
                with torch.no_grad():
                    if norm_type == float('inf'):
                        total_norm = torch.stack([g.abs().max() for g in grads]).max()
                    elif norm_type == 2 or norm_type == 2.0:
                        total_norm = torch.stack([g.norm() for g in grads]).norm()
                    else:
                        raise NotImplementedError('Slope: clip_grad_norm_ supports norm_type 2 and inf')
                    if error_if_nonfinite and not math.isfinite(total_norm.item()):
                        raise RuntimeError(f'The total norm of order {float(norm_type)} for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`')
                    clip_coef = max_norm / (total_norm + 1e-6)
                    clip_coef_clamped = torch.clamp(clip_coef, max=1.0)
                    for g in grads:
                        g.mul_(clip_coef_clamped)
                return total_norm


            def clip_grad_value_(parameters, clip_value, foreach=None):
                with torch.no_grad():
                    for g in _grads(parameters):
                        g.clamp_(min=-clip_value, max=clip_value)
            """;
}
