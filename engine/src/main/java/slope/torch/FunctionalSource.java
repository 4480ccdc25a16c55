package slope.torch;

/**
 * {@code torch.autograd.functional}: {@code jacobian}, {@code hessian}, {@code vjp}, {@code jvp}, {@code vhp} and
 * {@code hvp}, written in Python on {@code torch.autograd.grad} as PyTorch's are: reverse mode, one backward per
 * output element for the Jacobian, and jvp and hvp by PyTorch's double-backward trick.
 */
final class FunctionalSource {
    private FunctionalSource() {}

    static final String FUNCTIONAL = """
            import torch

            def _as_tuple(inp, arg_name, fn_name):
                is_tuple = isinstance(inp, tuple)
                if not is_tuple:
                    inp = (inp,)
                for i, el in enumerate(inp):
                    if not isinstance(el, torch.Tensor):
                        if is_tuple:
                            raise TypeError(f'The {arg_name} given to {fn_name} must be either a Tensor or a tuple of Tensors but the value at index {i} has type {type(el)}.')
                        raise TypeError(f'The {arg_name} given to {fn_name} must be either a Tensor or a tuple of Tensors but the given {arg_name} has type {type(el)}.')
                return is_tuple, inp

            def _tuple_postprocess(res, to_unpack):
                if isinstance(to_unpack, tuple):
                    if not to_unpack[1]:
                        res = tuple(el[0] for el in res)
                    if not to_unpack[0]:
                        res = res[0]
                elif not to_unpack:
                    res = res[0]
                return res

            def _prepare(inputs, create_graph):
                # as PyTorch's _grad_preprocess: fresh leaves, or views that keep the graph under create_graph
                if create_graph:
                    return tuple(inp.view_as(inp) if inp.requires_grad else inp.detach().requires_grad_(True) for inp in inputs)
                return tuple(inp.detach().requires_grad_(True) for inp in inputs)

            def _finish(res, create_graph):
                # tensors without their graph unless create_graph, through tuples; other values as they are
                if isinstance(res, torch.Tensor):
                    return res if create_graph else res.detach()
                if isinstance(res, tuple):
                    return tuple(_finish(r, create_graph) for r in res)
                if isinstance(res, dict):
                    return {k: _finish(v, create_graph) for k, v in res.items()}
                return res

            def _check_outputs(outputs, strict):
                if strict:
                    for i, out in enumerate(outputs):
                        if not out.requires_grad:
                            raise RuntimeError(f'Output {i} of the user-provided function does not require gradients. The outputs must be computed in a differentiable manner from the input when running in strict mode.')

            def _call(func, inputs, create_graph, strict, fn_name):
                # func on fresh inputs, both as tuples with whether they were: the start of jacobian and vjp
                is_inputs_tuple, inputs = _as_tuple(inputs, 'inputs', fn_name)
                inputs = _prepare(inputs, create_graph)
                is_outputs_tuple, outputs = _as_tuple(func(*inputs), 'outputs of the user-provided function', fn_name)
                _check_outputs(outputs, strict)
                return is_inputs_tuple, inputs, is_outputs_tuple, outputs

            def _grads(outputs, inputs, create_graph, grad_outputs=None):
                return torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph=True, create_graph=create_graph, allow_unused=True)

            def _vector_prepare(v, create_graph):
                # PyTorch's _grad_preprocess with need_graph=False: the vector takes no part in the graph it starts
                return tuple(el.view_as(el) if create_graph and el.requires_grad else el.detach() for el in v)

            def _validate_v(v, other, is_other_tuple):
                if len(other) != len(v):
                    if is_other_tuple:
                        raise RuntimeError(f'v is a tuple of invalid length: should be {len(other)} but got {len(v)}.')
                    raise RuntimeError('The given v should contain a single Tensor.')
                for idx, (el_v, el_other) in enumerate(zip(v, other)):
                    if el_v.size() != el_other.size():
                        prepend = f'Entry {idx} in ' if is_other_tuple else ''
                        raise RuntimeError(f'{prepend}v has invalid size: should be {el_other.size()} but got {el_v.size()}.')

            def _autograd_grad(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None):
                # as PyTorch's: only the outputs that require grad, each with its grad_output; None for every input if none do
                if grad_outputs is None:
                    grad_outputs = (None,) * len(outputs)
                pairs = [(out, g) for out, g in zip(outputs, grad_outputs) if out is not None and out.requires_grad]
                if not pairs:
                    return (None,) * len(inputs)
                return torch.autograd.grad(tuple(p[0] for p in pairs), inputs, tuple(p[1] for p in pairs),
                                           retain_graph=retain_graph, allow_unused=True, create_graph=create_graph)

            def _fill_in_zeros(grads, refs):
                return tuple(torch.zeros_like(r) if g is None else g for g, r in zip(grads, refs))

            def _vector_product_start(func, inputs, v, create_graph, strict, fn_name):
                # the shared start of jvp, vhp and hvp: fresh inputs, the checked vector, the outputs
                is_inputs_tuple, inputs = _as_tuple(inputs, 'inputs', fn_name)
                inputs = _prepare(inputs, create_graph)
                if v is not None:
                    _, v = _as_tuple(v, 'v', fn_name)
                    v = _vector_prepare(v, create_graph)
                    _validate_v(v, inputs, is_inputs_tuple)
                elif len(inputs) != 1 or inputs[0].nelement() != 1:
                    raise RuntimeError('The vector v can only be None if the input to the user-provided function is a single Tensor with a single element.')
                is_outputs_tuple, outputs = _as_tuple(func(*inputs), 'outputs of the user-provided function', fn_name)
                _check_outputs(outputs, strict)
                return is_inputs_tuple, inputs, v, is_outputs_tuple, outputs

            def _gradient_of_single_output(func, inputs, v, create_graph, strict, fn_name):
                # vhp's and hvp's start: an output of one value, and its gradient, differentiable again
                is_inputs_tuple, inputs, v, is_outputs_tuple, outputs = _vector_product_start(func, inputs, v, create_graph, strict, fn_name)
                if is_outputs_tuple or not isinstance(outputs[0], torch.Tensor):
                    raise RuntimeError(f'The function given to {fn_name} should return a single Tensor')
                if outputs[0].nelement() != 1:
                    raise RuntimeError(f'The Tensor returned by the function given to {fn_name} should contain a single element')
                return is_inputs_tuple, inputs, v, is_outputs_tuple, outputs, _autograd_grad(outputs, inputs, create_graph=True)

            def _output_and_product(outputs, is_outputs_tuple, product, is_product_tuple, create_graph):
                return (_tuple_postprocess(_finish(outputs, create_graph), is_outputs_tuple),
                        _tuple_postprocess(_finish(product, create_graph), is_product_tuple))

            def jvp(func, inputs, v=None, create_graph=False, strict=False):
                with torch.enable_grad():
                    is_inputs_tuple, inputs, v, is_outputs_tuple, outputs = _vector_product_start(func, inputs, v, create_graph, strict, 'jvp')
                    # backward is linear in grad_outputs: their values never reach the result, only their graph does
                    grad_outputs = tuple(torch.zeros_like(out, requires_grad=True) for out in outputs)
                    grad_inputs = _autograd_grad(outputs, inputs, grad_outputs, create_graph=True)
                    res = _fill_in_zeros(_autograd_grad(grad_inputs, grad_outputs, v, create_graph=create_graph), outputs)
                return _output_and_product(outputs, is_outputs_tuple, res, is_outputs_tuple, create_graph)

            def vhp(func, inputs, v=None, create_graph=False, strict=False):
                with torch.enable_grad():
                    is_inputs_tuple, inputs, v, is_outputs_tuple, outputs, jac = _gradient_of_single_output(func, inputs, v, create_graph, strict, 'vhp')
                with torch.set_grad_enabled(create_graph or torch.is_grad_enabled()):
                    res = _fill_in_zeros(_autograd_grad(jac, inputs, v, create_graph=create_graph), inputs)
                return _output_and_product(outputs, is_outputs_tuple, res, is_inputs_tuple, create_graph)

            def hvp(func, inputs, v=None, create_graph=False, strict=False):
                with torch.enable_grad():
                    is_inputs_tuple, inputs, v, is_outputs_tuple, outputs, jac = _gradient_of_single_output(func, inputs, v, create_graph, strict, 'hvp')
                    # PyTorch's double-backward trick, as in jvp: v times the Hessian's transpose, which is the Hessian
                    grad_jac = tuple(torch.zeros_like(inp, requires_grad=True) for inp in inputs)
                    double_back = _autograd_grad(jac, inputs, grad_jac, create_graph=True)
                with torch.set_grad_enabled(create_graph or torch.is_grad_enabled()):
                    res = _fill_in_zeros(_autograd_grad(double_back, grad_jac, v, create_graph=create_graph), inputs)
                return _output_and_product(outputs, is_outputs_tuple, res, is_inputs_tuple, create_graph)

            def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy='reverse-mode'):
                with torch.enable_grad():
                    is_inputs_tuple, inputs, is_outputs_tuple, outputs = _call(func, inputs, create_graph, strict, 'jacobian')
                    jac = ()
                    for out in outputs:
                        rows = tuple([] for _ in inputs)
                        for j in range(out.numel()):
                            if out.requires_grad:
                                vj = _grads(out.reshape(-1)[j], inputs, create_graph)
                            else:
                                vj = (None,) * len(inputs)
                            for k, (row, g, inp) in enumerate(zip(rows, vj, inputs)):
                                if g is None and strict:
                                    raise RuntimeError(f'Output {len(jac)} of the user-provided function is independent of input {k}. This is not allowed in strict mode.')
                                row.append(torch.zeros_like(inp) if g is None else g)
                        jac += (tuple(torch.stack(row, dim=0).view(tuple(out.size()) + tuple(inp.size())) if row
                                      else torch.zeros(tuple(out.size()) + tuple(inp.size())) for row, inp in zip(rows, inputs)),)
                    return _tuple_postprocess(_finish(jac, create_graph), (is_outputs_tuple, is_inputs_tuple))

            def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy='reverse-mode'):
                is_inputs_tuple, inputs = _as_tuple(inputs, 'inputs', 'hessian')
                def single_output(*inp):
                    out = func(*inp)
                    if isinstance(out, tuple) or not isinstance(out, torch.Tensor):
                        raise RuntimeError('The function given to hessian should return a single Tensor')
                    if out.numel() != 1:
                        raise RuntimeError('The Tensor returned by the function given to hessian should contain a single element')
                    return out.squeeze()
                def jac_func(*inp):
                    return jacobian(single_output, inp, create_graph=True)
                res = jacobian(jac_func, inputs, create_graph=create_graph, strict=strict)
                return _tuple_postprocess(res, (is_inputs_tuple, is_inputs_tuple))

            def vjp(func, inputs, v=None, create_graph=False, strict=False):
                with torch.enable_grad():
                    is_inputs_tuple, inputs, is_outputs_tuple, outputs = _call(func, inputs, create_graph, strict, 'vjp')
                    if v is None:
                        if len(outputs) != 1 or outputs[0].numel() != 1:
                            raise RuntimeError('The vector v can only be None if the user-provided function returns a single Tensor with a single element.')
                        v = (torch.ones_like(outputs[0]),)
                    else:
                        _, v = _as_tuple(v, 'v', 'vjp')
                    grads = _grads(outputs, inputs, create_graph, v) if any(o.requires_grad for o in outputs) else (None,) * len(inputs)
                    res = tuple(torch.zeros_like(inp) if g is None else g for g, inp in zip(grads, inputs))
                    outputs = _finish(outputs, create_graph)
                    res = _finish(res, create_graph)
                return _tuple_postprocess(outputs, is_outputs_tuple), _tuple_postprocess(res, is_inputs_tuple)
            """;
}
