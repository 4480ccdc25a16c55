/**
 * The updates of torch.optim's optimizers, one class each ({@link slope.optim.Sgd}, {@link slope.optim.Adam},
 * {@link slope.optim.RmsProp}, {@link slope.optim.Adagrad}), as PyTorch's single-tensor functional forms.
 *
 * <p>Each update is one loop over a parameter's elements doing the chain of in-place ops that PyTorch's
 * Python does, every op rounded as the tensor method of that name rounds it ({@link slope.optim.Fused}).
 * The tensors an update changes are taken with {@code Kernels.writable} and handed back with
 * {@code Kernels.store}, which scatters into non-contiguous tensors; versions are bumped as in-place ops
 * bump them, and pending lazy readers keep the old values. Gradients are only read ({@code Tensor.values()}). The Python classes
 * (param groups, state, schedulers) are in slope.torch's OptimSource; OptimFunctions binds the two.
 */
package slope.optim;
