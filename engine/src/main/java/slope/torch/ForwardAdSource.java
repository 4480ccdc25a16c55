package slope.torch;

/**
 * {@code torch.autograd.forward_ad}: dual tensors for forward-mode AD, with PyTorch's API (dual_level,
 * make_dual, unpack_dual). Slope has no tangent-carrying kernels: a dual tensor records the reverse-mode graph,
 * and unpack_dual computes the Jacobian-vector product from it by PyTorch's double-backward trick (backward is
 * linear in its grad_output, so differentiating it with respect to that grad_output pushes the tangents forward).
 * The values are forward mode's; the cost is a backward pass per unpack_dual.
 */
final class ForwardAdSource {
    private ForwardAdSource() {}

    static final String FORWARD_AD = """
            import torch
            from collections import namedtuple
            from torch.autograd.functional import _autograd_grad, _fill_in_zeros

            UnpackedDualTensor = namedtuple('UnpackedDualTensor', ['primal', 'tangent'])

            _levels = []


            def enter_dual_level():
                _levels.append({})
                return len(_levels) - 1


            def exit_dual_level(*, level=None):
                if not _levels or (level is not None and level != len(_levels) - 1):
                    raise RuntimeError('Trying to exit a forward AD level that was not the last one that was created. This is not supported.')
                _levels.pop()


            class dual_level:
                def __enter__(self):
                    return enter_dual_level()

                def __exit__(self, *exc):
                    exit_dual_level()
                    return False


            def _duals(level):
                if level is None:
                    level = len(_levels) - 1
                if level < 0 or level >= len(_levels):
                    return None
                return _levels[level]


            def make_dual(tensor, tangent, *, level=None):
                duals = _duals(level)
                if duals is None:
                    raise RuntimeError('Trying to create a dual Tensor for forward AD but no level exists, make sure to enter_dual_level() first.')
                if not tensor.is_floating_point():
                    raise ValueError(f'Expected primal to be floating point or complex, but got: {tensor.dtype}')
                if not tangent.is_floating_point():
                    raise ValueError(f'Expected tangent to be floating point or complex, but got: {tangent.dtype}')
                if tangent.shape != tensor.shape:
                    raise RuntimeError(f'Trying to set a forward gradient that has a different size than that of the original Tensor, this is not supported. Tensor is of size {list(tensor.shape)} while the given forward gradient is of size {list(tangent.shape)}.')
                # recorded from here on; a primal that requires grad keeps its own backward graph through the view
                dual = tensor.view_as(tensor) if tensor.requires_grad else tensor.detach().requires_grad_()
                duals[id(dual)] = (dual, tangent)
                return dual


            def unpack_dual(tensor, *, level=None):
                duals = _duals(level)
                if duals is None or not isinstance(tensor, torch.Tensor):
                    return UnpackedDualTensor(tensor, None)
                if id(tensor) in duals and duals[id(tensor)][0] is tensor:
                    return UnpackedDualTensor(tensor.detach(), duals[id(tensor)][1])
                if not tensor.requires_grad or not duals:
                    return UnpackedDualTensor(tensor, None)
                inputs = tuple(d for d, _ in duals.values())
                tangents = tuple(t for _, t in duals.values())
                with torch.enable_grad():
                    # autograd.functional.jvp's trick: backward is linear in v, so its gradient in v pushes tangents forward
                    v = torch.zeros_like(tensor, requires_grad=True)
                    grads = _autograd_grad((tensor,), inputs, (v,), create_graph=True, retain_graph=True)
                    if all(g is None for g in grads):
                        return UnpackedDualTensor(tensor.detach(), None)
                    jvp, = _fill_in_zeros(_autograd_grad(grads, (v,), tangents, retain_graph=True), (tensor,))
                return UnpackedDualTensor(tensor.detach(), jvp)
            """;
}
