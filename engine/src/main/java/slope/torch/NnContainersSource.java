package slope.torch;

/**
 * torch.nn's containers, written in Python like PyTorch's torch/nn/modules/container.py: Sequential, ModuleList and
 * ModuleDict hold modules; ParameterList and ParameterDict hold parameters, registered under their index or key so
 * that {@code parameters()} and optimizers see them. Part of the torch.nn module ({@link NnSource#NN} with this
 * after it), kept apart because one Java string constant holds at most 64 KB.
 */
final class NnContainersSource {
    private NnContainersSource() {}

    static final String CONTAINERS = """
            class _ModuleSequence(Module):
                # what Sequential and ModuleList share: their modules under '0', '1', ... in order
                def _at(self, idx):
                    mods = list(self._modules.values())
                    if not (-len(mods) <= idx < len(mods)):
                        raise IndexError(f'index {idx} is out of range')
                    return mods[idx]

                def __len__(self):
                    return len(self._modules)

                def __iter__(self):
                    return iter(list(self._modules.values()))

                def append(self, module):
                    self.add_module(str(len(self)), module)
                    return self


            class Sequential(_ModuleSequence):
                __module__ = 'torch.nn.modules.container'
                def __init__(self, *args):
                    super().__init__()
                    if len(args) == 1 and isinstance(args[0], OrderedDict):
                        for key, module in args[0].items():
                            self.add_module(key, module)
                    else:
                        for idx, module in enumerate(args):
                            self.add_module(str(idx), module)

                def forward(self, input):
                    for module in self._modules.values():
                        input = module(input)
                    return input

                def __getitem__(self, idx):
                    if isinstance(idx, slice):
                        return Sequential(OrderedDict(list(self._modules.items())[idx]))
                    return self._at(idx)


            class ModuleList(_ModuleSequence):
                __module__ = 'torch.nn.modules.container'
                def __init__(self, modules=None):
                    super().__init__()
                    if modules is not None:
                        for m in modules:
                            self.append(m)

                def __getitem__(self, idx):
                    if isinstance(idx, slice):
                        return ModuleList(list(self._modules.values())[idx])
                    return self._at(idx)

                def extend(self, modules):
                    for m in modules:
                        self.append(m)
                    return self

                def __repr__(self):
                    # PyTorch's ModuleList repr: a run of modules that print alike shows once, as (0-2): 3 x ...
                    reprs = [repr(m) for m in self]
                    if not reprs:
                        return self._get_name() + '()'
                    blocks = []
                    for i, r in enumerate(reprs):
                        if blocks and blocks[-1][2] == r:
                            blocks[-1][1] = i
                        else:
                            blocks.append([i, i, r])
                    lines = []
                    for start, end, r in blocks:
                        head = f'({start}): ' if start == end else f'({start}-{end}): {end - start + 1} x '
                        lines.append(_addindent(head + r, 2))
                    return self._get_name() + '(\\n  ' + '\\n  '.join(lines) + '\\n)'


            class ModuleDict(Module):
                __module__ = 'torch.nn.modules.container'
                def __init__(self, modules=None):
                    super().__init__()
                    if modules is not None:
                        self.update(modules)

                def __getitem__(self, key):
                    return self._modules[key]

                def __setitem__(self, key, module):
                    self.add_module(key, module)

                def __delitem__(self, key):
                    del self._modules[key]

                def __len__(self):
                    return len(self._modules)

                def __iter__(self):
                    return iter(list(self._modules))

                def __contains__(self, key):
                    return key in self._modules

                def keys(self):
                    return self._modules.keys()

                def items(self):
                    return self._modules.items()

                def values(self):
                    return self._modules.values()

                def update(self, modules):
                    for key, module in (modules.items() if hasattr(modules, 'items') else modules):
                        self.add_module(key, module)


            def _param_line(k, p, typename):
                if not isinstance(p, torch.Tensor):
                    return '  (' + str(k) + '): Object of type: ' + type(p).__name__
                size_str = 'x'.join(str(size) for size in p.size())
                kind = 'Parameter' if isinstance(p, Parameter) else 'Tensor'
                return '  (' + str(k) + '): ' + kind + ' containing: [' + typename(p) + ' of size ' + size_str + ']'


            def _iterable(o):
                try:
                    iter(o)
                    return True
                except TypeError:
                    return False


            def _as_parameter(value):
                # both containers make a plain tensor a Parameter as it goes in
                if isinstance(value, torch.Tensor) and not isinstance(value, Parameter):
                    return Parameter(value)
                return value


            class ParameterList(Module):
                __module__ = 'torch.nn.modules.container'
                def __init__(self, values=None):
                    super().__init__()
                    self._size = 0
                    if values is not None:
                        self += values

                def _get_abs_string_index(self, idx):
                    if not isinstance(idx, int):
                        raise TypeError(f"'{type(idx).__name__}' object cannot be interpreted as an integer")
                    if not (-len(self) <= idx < len(self)):
                        raise IndexError(f'index {idx} is out of range')
                    if idx < 0:
                        idx += len(self)
                    return str(idx)

                def __getitem__(self, idx):
                    if isinstance(idx, slice):
                        out = self.__class__()
                        for i in range(*idx.indices(len(self))):
                            out.append(self[i])
                        return out
                    return getattr(self, self._get_abs_string_index(idx))

                def __setitem__(self, idx, param):
                    setattr(self, self._get_abs_string_index(idx), _as_parameter(param))

                def __len__(self):
                    return self._size

                def __iter__(self):
                    return iter([self[i] for i in range(len(self))])

                def __iadd__(self, parameters):
                    return self.extend(parameters)

                def __dir__(self):
                    return [key for key in super().__dir__() if not key.isdigit()]

                def append(self, value):
                    new_idx = len(self)
                    self._size += 1
                    self[new_idx] = value
                    return self

                def extend(self, values):
                    if not _iterable(values) or isinstance(values, torch.Tensor):
                        raise TypeError('ParameterList.extend should be called with an iterable, but got '
                                        + type(values).__name__)
                    for value in values:
                        self.append(value)
                    return self

                def extra_repr(self):
                    return '\\n'.join(_param_line(k, p, lambda t: str(t.dtype)) for k, p in enumerate(self))

                def __call__(self, *args, **kwargs):
                    raise RuntimeError('ParameterList should not be called.')


            class ParameterDict(Module):
                __module__ = 'torch.nn.modules.container'
                def __init__(self, parameters=None):
                    super().__init__()
                    self._keys = {}
                    if parameters is not None:
                        self.update(parameters)

                def _key_to_attr(self, key):
                    if not isinstance(key, str):
                        raise TypeError('Index given to ParameterDict cannot be used as a key as it is not a string'
                                        f" (type is '{type(key).__name__}'). Open an issue on github if you need"
                                        ' non-string keys.')
                    return key

                def __getitem__(self, key):
                    return getattr(self, self._key_to_attr(key))

                def __setitem__(self, key, value):
                    self._keys[key] = None
                    setattr(self, self._key_to_attr(key), _as_parameter(value))

                def __delitem__(self, key):
                    del self._keys[key]
                    delattr(self, self._key_to_attr(key))

                def __len__(self):
                    return len(self._keys)

                def __iter__(self):
                    return iter(self._keys)

                def __reversed__(self):
                    return reversed(list(self._keys))

                def __contains__(self, key):
                    return key in self._keys

                def copy(self):
                    return ParameterDict(OrderedDict((k, self[k]) for k in self._keys))

                def setdefault(self, key, default=None):
                    if key not in self:
                        self[key] = default
                    return self[key]

                def clear(self):
                    for k in list(self._keys):
                        del self[k]

                def pop(self, key):
                    v = self[key]
                    del self[key]
                    return v

                def popitem(self):
                    k = list(self._keys)[-1]
                    val = self[k]
                    del self[k]
                    return k, val

                def get(self, key, default=None):
                    return self[key] if key in self else default

                def fromkeys(self, keys, default=None):
                    return ParameterDict((k, default) for k in keys)

                def keys(self):
                    return self._keys.keys()

                def items(self):
                    return [(k, self[k]) for k in self._keys]

                def values(self):
                    return [self[k] for k in self._keys]

                def update(self, parameters):
                    if not _iterable(parameters):
                        raise TypeError('ParametersDict.update should be called with an iterable of key/value pairs,'
                                        ' but got ' + type(parameters).__name__)
                    if isinstance(parameters, (OrderedDict, ParameterDict)):
                        for key, parameter in parameters.items():
                            self[key] = parameter
                    elif isinstance(parameters, dict):
                        # PyTorch sorts a plain dict's keys here
                        for key, parameter in sorted(parameters.items()):
                            self[key] = parameter
                    else:
                        for j, p in enumerate(parameters):
                            if not _iterable(p):
                                raise TypeError('ParameterDict update sequence element #' + str(j)
                                                + ' should be Iterable; is' + type(p).__name__)
                            if not len(p) == 2:
                                raise ValueError('ParameterDict update sequence element #' + str(j) + ' has length '
                                                 + str(len(p)) + '; 2 is required')
                            self[p[0]] = p[1]

                def extra_repr(self):
                    return '\\n'.join(_param_line(k, p, _typename) for k, p in self.items())

                def __call__(self, input):
                    raise RuntimeError('ParameterDict should not be called.')

                def __or__(self, other):
                    copy = self.copy()
                    copy.update(other)
                    return copy

                def __ror__(self, other):
                    copy = other.copy()
                    copy.update(self)
                    return copy

                def __ior__(self, other):
                    self.update(other)
                    return self
            """;
}
