package slope.torch;

/**
 * {@code torch.autograd.grad_mode}: what {@code @torch.no_grad()} and {@code @torch.enable_grad()} make of a function,
 * written in Python so that it binds as a method when the function is one ({@code def step(self)} of an optimizer);
 * and {@code torch.autograd.detect_anomaly}, the context that turns anomaly detection on for its block.
 */
final class GradModeSource {
    private GradModeSource() {}

    static final String GRAD_MODE = """
            import functools
            import torch

            class detect_anomaly:
                # as PyTorch's: anomaly detection on for the block, then back to what it was
                def __init__(self, check_nan=True):
                    self.prev = torch.is_anomaly_enabled()
                    self.check_nan = check_nan
                    self.prev_check_nan = torch.is_anomaly_check_nan_enabled()
                def __enter__(self):
                    torch.set_anomaly_enabled(True, self.check_nan)
                def __exit__(self, *args):
                    torch.set_anomaly_enabled(self.prev, self.prev_check_nan)
                    return False

            def _decorated(enabled, fn):
                @functools.wraps(fn)  # as PyTorch's: the function keeps its name
                def decorated(*args, **kwargs):
                    with torch.set_grad_enabled(enabled):
                        return fn(*args, **kwargs)
                return decorated
            """;
}
