package slope.torch;

/**
 * {@code torch.autograd.Function}, written in Python like PyTorch's: a subclass defines static forward(ctx, ...)
 * and backward(ctx, grad_output), and {@code apply} runs forward outside the graph, then records one node whose
 * rule calls backward ({@link CustomFunction}).
 */
final class FunctionSource {
    private FunctionSource() {}

    static final String FUNCTION = """
            import torch

            class FunctionCtx:
                __module__ = 'torch.autograd.function'
                def save_for_backward(self, *tensors):
                    self.saved_tensors = tensors
                def mark_non_differentiable(self, *args):
                    pass
                def set_materialize_grads(self, value):
                    pass

            class Function:
                __module__ = 'torch.autograd.function'
                @staticmethod
                def forward(ctx, *args, **kwargs):
                    raise NotImplementedError('You must implement the forward function for custom autograd.Function.')
                @staticmethod
                def backward(ctx, *grad_outputs):
                    raise NotImplementedError('You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.')
                @classmethod
                def apply(cls, *args, **kwargs):
                    ctx = FunctionCtx()
                    ctx.needs_input_grad = tuple(torch.is_grad_enabled() and isinstance(a, torch.Tensor) and a.requires_grad for a in args)
                    with torch.no_grad():
                        output = cls.forward(ctx, *args, **kwargs)
                    return torch.autograd._record_function(cls, ctx, output, args)
            """;
}
