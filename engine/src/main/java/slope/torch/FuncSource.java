package slope.torch;

/**
 * {@code torch.func}: {@code grad}, {@code grad_and_value}, {@code vjp}, {@code jvp}, {@code jacrev}, {@code jacfwd},
 * {@code hessian} and {@code vmap}, written in Python on {@code torch.autograd.grad} ({@code jvp} by PyTorch's
 * double-backward trick, as autograd.functional's). PyTorch's functorch gives each transform a level of
 * its own; here a transform inside another keeps its graph ({@code create_graph}) for the outer one to differentiate,
 * and the outermost one hands back tensors without a graph, as functorch's do. {@code jacfwd} computes the same
 * Jacobian in reverse mode, and {@code vmap} calls the function once per slice and stacks the results: the values
 * PyTorch's batched versions give, without their checks that a function is batchable (data-dependent control flow,
 * {@code .item()} inside vmap run here where PyTorch refuses them).
 */
final class FuncSource {
    private FuncSource() {}

    static final String FUNC = """
            import torch
            from torch.autograd.functional import _autograd_grad, _fill_in_zeros, _finish

            _nesting = [0]  # transforms running now: an inner one keeps the graph for the outer ones

            def _name(func):
                return getattr(func, '__name__', repr(func))

            def _wrap_argnum(argnum, num_args):
                if not isinstance(argnum, int):
                    raise RuntimeError(f'argnum must be int, got: {type(argnum)}')
                if 0 <= argnum < num_args:
                    return argnum
                if -num_args <= argnum < 0:
                    return argnum + num_args
                raise RuntimeError(f'Got argnum={argnum}, but only {num_args} positional inputs')

            def _argnums(argnums, num_args):
                if not isinstance(argnums, (int, tuple)):
                    raise RuntimeError(f'argnums must be int or Tuple[int, ...], got: {type(argnums)}')
                if isinstance(argnums, int):
                    return (_wrap_argnum(argnums, num_args),)
                if len(argnums) == 0:
                    raise RuntimeError('argnums must be non-empty')
                nums = tuple(_wrap_argnum(a, num_args) for a in argnums)
                if len(set(nums)) != len(nums):
                    raise RuntimeError(f'argnums elements must be unique, got {argnums}')
                return nums

            def _tree_flatten(x):
                # the tensors of a pytree (a tensor, or dicts, tuples and lists of them) and how to rebuild it
                if isinstance(x, torch.Tensor):
                    return [x], lambda leaves: leaves[0]
                if isinstance(x, (dict, tuple, list)):
                    keys = list(x.keys()) if isinstance(x, dict) else list(range(len(x)))
                    parts = [_tree_flatten(x[k]) for k in keys]
                    counts = [len(p[0]) for p in parts]
                    def rebuild(leaves):
                        values, at = [], 0
                        for (_, build), n in zip(parts, counts):
                            values.append(build(leaves[at:at + n]))
                            at += n
                        if isinstance(x, dict):
                            return dict(zip(keys, values))
                        return tuple(values) if isinstance(x, tuple) else values
                    return [leaf for p in parts for leaf in p[0]], rebuild
                raise ValueError(f'Thing passed to transform API must be Tensor, got {type(x)}')

            def _differentiable(x):
                leaves, rebuild = _tree_flatten(x)
                # a view keeps an outer transform's graph; a fresh leaf starts one
                return rebuild([t.view_as(t) if t.requires_grad else t.detach().requires_grad_(True) for t in leaves])

            def _tree_grads(outputs, trees, grad_outputs, create_graph):
                # _grads over the tensors of several pytrees, handed back in their structures
                flats = [_tree_flatten(t) for t in trees]
                grads = _grads(outputs, tuple(leaf for leaves, _ in flats for leaf in leaves), grad_outputs, create_graph)
                out, at = [], 0
                for leaves, rebuild in flats:
                    out.append(rebuild(list(grads[at:at + len(leaves)])))
                    at += len(leaves)
                return tuple(out)

            def _grads(outputs, inputs, grad_outputs, create_graph):
                # as functorch's _autograd_grad: zeros for an input the outputs do not depend on; the graph kept
                return _fill_in_zeros(_autograd_grad(outputs, inputs, grad_outputs, create_graph, retain_graph=True), inputs)

            def _transform(body, args, argnums):
                # body(args with the differentiated ones replaced, their positions, keep_graph) under enable_grad
                nums = _argnums(argnums, len(args))
                keep = _nesting[0] > 0 or any(t.requires_grad for i in nums for t in _tree_flatten(args[i])[0])
                args = list(args)
                for i in nums:
                    args[i] = _differentiable(args[i])
                _nesting[0] += 1
                try:
                    with torch.enable_grad():
                        result = body(args, nums, keep)
                finally:
                    _nesting[0] -= 1
                return _finish(result, keep)

            def _per_argnums(argnums, values):
                return values[0] if isinstance(argnums, int) else values

            def grad_and_value(func, argnums=0, has_aux=False):
                def wrapper(*args, **kwargs):
                    def body(args, nums, keep):
                        output = func(*args, **kwargs)
                        aux = None
                        if has_aux:
                            if not (isinstance(output, tuple) and len(output) == 2):
                                raise RuntimeError('grad_and_value(f)(*args): output of function f should be a tuple: (output, aux) if has_aux is True')
                            output, aux = output
                        if not isinstance(output, torch.Tensor):
                            raise RuntimeError(f'grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got {type(output)}')
                        if output.dim() != 0:
                            raise RuntimeError(f'grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with {output.dim()} dims. Maybe you wanted to use the vjp or jacrev APIs instead?')
                        grads = _per_argnums(argnums, _tree_grads((output,), tuple(args[i] for i in nums), None, keep))
                        return (grads, (output, aux)) if has_aux else (grads, output)
                    return _transform(body, args, argnums)
                return wrapper

            def grad(func, argnums=0, has_aux=False):
                transformed = grad_and_value(func, argnums, has_aux)
                def wrapper(*args, **kwargs):
                    grads, value = transformed(*args, **kwargs)
                    return (grads, value[1]) if has_aux else grads
                return wrapper

            def jacrev(func, argnums=0, *, has_aux=False):
                def wrapper(*args):
                    def body(args, nums, keep):
                        output = func(*args)
                        aux = None
                        if has_aux:
                            output, aux = output
                        inputs = tuple(args[i] for i in nums)
                        rows = tuple([] for _ in inputs)
                        flat = output.reshape(-1)
                        for j in range(flat.numel()):
                            for row, g in zip(rows, _grads((flat[j],), inputs, None, keep)):
                                row.append(g)
                        jac = tuple(torch.stack(row).view(tuple(output.size()) + tuple(x.size())) if row
                                    else torch.zeros(tuple(output.size()) + tuple(x.size()), dtype=x.dtype)
                                    for row, x in zip(rows, inputs))
                        jac = _per_argnums(argnums, jac)
                        return (jac, aux) if has_aux else jac
                    return _transform(body, args, argnums)
                return wrapper

            def jacfwd(func, argnums=0, has_aux=False, *, randomness='error'):
                return jacrev(func, argnums, has_aux=has_aux)

            def hessian(func, argnums=0):
                return jacfwd(jacrev(func, argnums), argnums)

            def vjp(func, *primals, has_aux=False):
                def body(args, nums, keep):
                    output = func(*args)
                    aux = None
                    if has_aux:
                        output, aux = output
                    def vjp_fn(*cotangents):
                        inner = keep or _nesting[0] > 0  # called inside another transform: keep the graph for it
                        outs = output if isinstance(output, tuple) else (output,)
                        cts = cotangents[0] if len(cotangents) == 1 and isinstance(cotangents[0], tuple) else cotangents
                        return _finish(_grads(outs, tuple(args), cts, inner), inner)
                    return (output, vjp_fn, aux) if has_aux else (output, vjp_fn)
                return _transform(body, primals, tuple(range(len(primals))))

            def jvp(func, primals, tangents, *, strict=False, has_aux=False):
                if not isinstance(primals, tuple):
                    raise RuntimeError('jvp(f, primals, tangents): Expected primals to be a tuple. E.g. it should be valid to call f(*primals).')
                if not isinstance(tangents, tuple) or len(tangents) != len(primals):
                    raise RuntimeError('jvp(f, primals, tangents): Expected primals and tangents to have the same python structure. For example, if primals is a tuple of 3 tensors, tangents also must be.')
                def body(args, nums, keep):
                    output = func(*args)
                    aux = None
                    if has_aux:
                        output, aux = output
                    outs = output if isinstance(output, tuple) else (output,)
                    # PyTorch's double-backward trick: backward is linear in grad_outputs, whose values never matter
                    grad_outputs = tuple(torch.zeros_like(o, requires_grad=True) for o in outs)
                    grad_inputs = _autograd_grad(outs, tuple(args), grad_outputs, create_graph=True)
                    res = _fill_in_zeros(_autograd_grad(grad_inputs, grad_outputs, tangents, create_graph=keep), outs)
                    out_tangent = res if isinstance(output, tuple) else res[0]
                    return (output, out_tangent, aux) if has_aux else (output, out_tangent)
                return _transform(body, primals, tuple(range(len(primals))))

            def vmap(func, in_dims=0, out_dims=0, randomness='error', *, chunk_size=None):
                def wrapped(*args, **kwargs):
                    dims = in_dims if isinstance(in_dims, tuple) else (in_dims,) * len(args)
                    if len(dims) != len(args):
                        raise ValueError(f'vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): in_dims is not compatible with the structure of `inputs`.')
                    sizes = []
                    for d, arg in zip(dims, args):
                        if d is None:
                            continue
                        if not isinstance(arg, torch.Tensor):
                            raise ValueError(f'vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): Got in_dim={d} for an input but the input is of type {type(arg)}. We cannot vmap over non-Tensor arguments, please use None as the respective in_dim')
                        if not -arg.dim() <= d < arg.dim():
                            raise ValueError(f'vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): Got in_dim={d} for some input, but that input is a Tensor of dimensionality {arg.dim()} so expected in_dim to satisfy -{arg.dim()} <= in_dim < {arg.dim()}.')
                        sizes.append(arg.size(d))
                    if not sizes:
                        raise ValueError(f'vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): at least one input must be a Tensor mapped over (an in_dim that is not None)')
                    if any(s != sizes[0] for s in sizes):
                        raise ValueError(f'vmap: Expected all tensors to have the same size in the mapped dimension, got sizes {sizes} for the mapped dimension')
                    results = [func(*[arg if d is None else arg.select(d, i) for d, arg in zip(dims, args)], **kwargs)
                               for i in range(sizes[0])]
                    return _stack(results, out_dims)
                return wrapped

            def _stack(results, out_dims):
                # the per-slice results stacked, through tuples and dicts (grad of a dict of parameters gives one)
                first = results[0]
                if isinstance(first, tuple):
                    return tuple(_stack([r[k] for r in results], out_dims) for k in range(len(first)))
                if isinstance(first, dict):
                    return {k: _stack([r[k] for r in results], out_dims) for k in first}
                return torch.stack(results, out_dims)

            def functional_call(module, parameter_and_buffer_dicts, args=None, kwargs=None, *, tie_weights=True, strict=False):
                # the module run with these tensors in place of its parameters and buffers, then put back
                dicts = parameter_and_buffer_dicts
                if isinstance(dicts, (tuple, list)):
                    merged = {}
                    for d in dicts:
                        for k, v in d.items():
                            if k in merged:
                                raise ValueError(f'{k} appeared in multiple dictionaries; behavior of functional call is ambiguous')
                            merged[k] = v
                    dicts = merged
                if args is None:
                    args = ()
                elif not isinstance(args, tuple):
                    args = (args,)
                saved = []
                for name, value in dicts.items():
                    owner = module
                    *path, attr = name.split('.')
                    for part in path:
                        owner = getattr(owner, part)
                    saved.append((owner, attr, getattr(owner, attr)))
                    delattr(owner, attr)
                    setattr(owner, attr, value)
                try:
                    return module(*args, **(kwargs or {}))
                finally:
                    for owner, attr, original in reversed(saved):
                        delattr(owner, attr)
                        setattr(owner, attr, original)
            """;
}
