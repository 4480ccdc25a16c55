package slope.torch;

/**
 * {@code torch.autograd.gradcheck} and {@code gradgradcheck} in PyTorch's slow mode, written in Python as
 * torch/autograd/gradcheck.py is: central differences of each input element against the rows that backward gives
 * for each output element, compared with {@code allclose}. Checks PyTorch adds on top (undefined output gradients,
 * batched gradients, forward mode) are not made.
 */
final class GradcheckSource {
    private GradcheckSource() {}

    static final String GRADCHECK = """
            import torch

            class GradcheckError(RuntimeError):
                pass

            def _as_tuple(x):
                return x if isinstance(x, tuple) else (x,) if not isinstance(x, list) else tuple(x)

            def _differentiable(inputs):
                return [t for t in inputs if isinstance(t, torch.Tensor) and t.requires_grad]

            def _numerical_jacobians(func, inputs, eps):
                # per differentiable input, per output: (input numel, output numel), column j for output element j
                outputs = _as_tuple(func(*inputs))
                result = []
                for x in _differentiable(inputs):
                    columns = [[] for _ in outputs]
                    data = x.data.view(-1)
                    for k in range(x.numel()):
                        # the function runs as the caller would run it (grad on: gradgradcheck differentiates it)
                        orig = data[k].clone()
                        data[k] = orig - eps
                        outa = _as_tuple(func(*inputs))
                        data[k] = orig + eps
                        outb = _as_tuple(func(*inputs))
                        data[k] = orig
                        for col, a, b in zip(columns, outa, outb):
                            col.append(((b - a) / (2 * eps)).detach().reshape(-1))
                    result.append([torch.stack(col) for col in columns])
                return result

            def _analytical_jacobian(output, inputs):
                # (input numel, output numel) per differentiable input: backward from each output element in turn
                diff = _differentiable(inputs)
                flat_grad = torch.zeros_like(output).view(-1)
                rows = [[] for _ in diff]
                for j in range(flat_grad.numel()):
                    flat_grad.zero_()
                    flat_grad[j] = 1.0
                    grads = torch.autograd.grad(output, diff, flat_grad.view(output.shape), retain_graph=True, allow_unused=True)
                    for row, g, x in zip(rows, grads, diff):
                        row.append(torch.zeros(x.numel(), dtype=output.dtype) if g is None else g.reshape(-1).clone())
                return [torch.stack(row, 1) if row else torch.zeros(x.numel(), 0, dtype=output.dtype) for row, x in zip(rows, diff)]

            def gradcheck(func, inputs, *, eps=1e-06, atol=1e-05, rtol=0.001, raise_exception=True, nondet_tol=0.0,
                          check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
                          check_batched_forward_grad=False, check_forward_ad=False, check_backward_ad=True, fast_mode=False,
                          masked=None):
                inputs = _as_tuple(inputs)
                if not any(isinstance(t, torch.Tensor) and t.requires_grad for t in inputs):
                    raise ValueError('gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.')
                outputs = _as_tuple(func(*inputs))
                numerical = _numerical_jacobians(func, inputs, eps)  # writes through .data: outputs' graph stays valid
                differentiable = [i for i, o in enumerate(outputs) if o.requires_grad]
                if not differentiable:
                    for per_input in numerical:
                        for n in per_input:
                            if not torch.allclose(n, torch.zeros_like(n), rtol=rtol, atol=atol):
                                return _fail('Numerical gradient for function expected to be zero', raise_exception)
                    return True
                for i, k in enumerate(differentiable):
                    for j, a in enumerate(_analytical_jacobian(outputs[k], inputs)):
                        n = numerical[j][k].to(a.dtype)
                        if not torch.allclose(a, n, rtol=rtol, atol=atol):
                            return _fail(f'Jacobian mismatch for output {i} with respect to input {j},\\nnumerical:{n}\\nanalytical:{a}\\n', raise_exception)
                return True

            def _fail(message, raise_exception):
                if raise_exception:
                    raise GradcheckError(message)
                return False

            def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-06, atol=1e-05, rtol=0.001, gen_non_contig_grad_outputs=False,
                              raise_exception=True, nondet_tol=0.0, check_undefined_grad=True, check_grad_dtypes=False,
                              check_batched_grad=False, check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False,
                              masked=False):
                # gradcheck of the function from the inputs and the output gradients to the input gradients
                inputs = _as_tuple(inputs)
                outputs = _as_tuple(func(*inputs))
                if grad_outputs is None:  # random, as PyTorch's (other values than its)
                    grad_outputs = tuple(torch.randn(o.shape, dtype=o.dtype).requires_grad_() for o in outputs if o.requires_grad)
                grad_outputs = _as_tuple(grad_outputs)
                n_in = len(inputs)
                def first_derivative(*args):
                    ins, gos = args[:n_in], args[n_in:]
                    outs = [o for o in _as_tuple(func(*ins)) if o.requires_grad]
                    diff = _differentiable(ins)
                    grads = torch.autograd.grad(outs, diff, gos, create_graph=True, allow_unused=True)
                    return tuple(g for g in grads if g is not None)
                return gradcheck(first_derivative, inputs + grad_outputs, eps=eps, atol=atol, rtol=rtol,
                                 raise_exception=raise_exception)

            # torch.autograd.gradcheck is the function, not this module, as PyTorch's torch/autograd/__init__.py has it
            torch.autograd.gradcheck = gradcheck
            torch.autograd.gradgradcheck = gradgradcheck
            """;
}
