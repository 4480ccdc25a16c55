package slope.torch;

/**
 * {@code torch.autograd.grad_mode}: what {@code @torch.no_grad()} and {@code @torch.enable_grad()} make of a function,
 * written in Python so that it binds as a method when the function is one ({@code def step(self)} of an optimizer).
 */
final class GradModeSource {
    private GradModeSource() {}

    static final String GRAD_MODE = """
            import torch

            def _decorated(enabled, fn):
                def decorated(*args, **kwargs):
                    with torch.set_grad_enabled(enabled):
                        return fn(*args, **kwargs)
                return decorated
            """;
}
