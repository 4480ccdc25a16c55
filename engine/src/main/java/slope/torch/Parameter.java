package slope.torch;

import slope.lang.Args;
import slope.lang.Py;
import slope.ops.Creation;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * {@code nn.Parameter}: a tensor that a module registers as a parameter. It shares the data it is
 * made from and requires grad; ops on it return plain tensors, as in PyTorch.
 */
final class Parameter extends Tensor {
    Parameter(Tensor data, boolean requiresGrad) {
        super(data.storage, data.shape, data.strides, data.offset, data.dtype);
        requiresGrad(requiresGrad);
    }

    /** The Python type: a subtype of torch.Tensor that prints "Parameter containing:". */
    static final TensorType TYPE = new TensorType("torch.nn.parameter", "Parameter", TensorType.TYPE) {
        @Override public String repr(Object self) { return "Parameter containing:\n" + self; }

        /** Parameter's own __deepcopy__: a parameter over a clone of the data, requires_grad kept, no .grad. */
        @Override public Object copy(Object self, java.util.function.UnaryOperator<Object> deep) {
            Parameter p = (Parameter) self;
            return new Parameter(deep == null ? p : slope.ops.Views.clone(p.detach()), p.requiresGrad());
        }

        @Override public Object construct(Object[] args, java.util.Map<String, Object> kwargs) {
            Args a = Args.parse("Parameter", args, kwargs, "data", "requires_grad");
            Object d = a.getOrNone("data", Py.NONE);
            Tensor data = d == Py.NONE ? Creation.full(new int[] {0}, 0, DType.FLOAT32) : Convert.tensorArg(d, "Parameter", "data");
            return new Parameter(data, a.getBool("requires_grad", true));
        }
    };
}
