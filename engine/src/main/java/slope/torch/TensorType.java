package slope.torch;

import slope.autograd.Node;
import slope.lang.BinOp;
import slope.lang.CmpOp;
import slope.lang.ForeignType;
import slope.lang.Py;
import slope.lang.PyIter;
import slope.lang.UnaryOp;
import slope.ops.Arithmetic;
import slope.ops.Compare;
import slope.ops.InPlace;
import slope.ops.LinearAlgebra;
import slope.ops.Pointwise;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/** {@code torch.Tensor} for the interpreter: operators, indexing, printing and attributes. */
class TensorType extends ForeignType {
    static final TensorType TYPE = new TensorType();

    /** A subtype ({@code nn.Parameter}): methods and properties come from {@code base}. */
    TensorType(String module, String name, TensorType base) { super(module, name, base); }

    private TensorType() {
        super("torch", "Tensor");
        TensorMethods.install(this);
        property("shape", t -> new TorchSize(((Tensor) t).shape));
        property("dtype", t -> ((Tensor) t).dtype);
        property("ndim", t -> (long) ((Tensor) t).dim());
        property("is_leaf", t -> ((Tensor) t).isLeaf());
        property("_version", t -> (long) ((Tensor) t).version());
        property("retains_grad", t -> ((Tensor) t).retainsGrad());
        property("T", t -> Views.reverseDims((Tensor) t));
        property("mT", t -> ((Tensor) t).transpose(-2, -1));
        property("device", t -> {
            slope.lang.Interpreter py = slope.lang.Interpreter.current();
            return py.call(py.module("torch").get("device"), "cpu");
        });
        property("grad_fn", t -> {
            Node n = ((Tensor) t).gradFn();
            return n == null ? Py.NONE : n;
        });
        property("grad", t -> {
            Tensor g = ((Tensor) t).grad();
            return g == null ? Py.NONE : g;
        }, (t, v) -> ((Tensor) t).setGrad(v == Py.NONE ? null : Convert.tensorArg(v, "grad", "grad")));
        property("requires_grad", t -> ((Tensor) t).requiresGrad(),
                (t, v) -> ((Tensor) t).requiresGrad(slope.lang.Interpreter.current().truth(v)));
        property("data", t -> ((Tensor) t).dataAlias(),
                (t, v) -> Kernels.copyInto((Tensor) t, Convert.tensorArg(v, "data", "data")));
    }

    @Override
    public Object binary(Object self, BinOp op, Object other, boolean reflected) {
        if (op == BinOp.POW && !reflected && (other instanceof Double || other instanceof Long)) {
            return Arithmetic.pow((Tensor) self, ((Number) other).doubleValue()); // x ** 2 needs no tensor for the 2
        }
        Tensor o = WrappedNumbers.operand(other);
        if (o == null) return Py.NOT_IMPLEMENTED;
        Tensor t = (Tensor) self;
        Tensor a = reflected ? o : t, b = reflected ? t : o;
        switch (op) {
            case ADD: return reflected ? Arithmetic.add(t, o) : Arithmetic.add(a, b);
            case SUB: return reflected && o.isWrappedNumber() ? Arithmetic.rsub(t, o) : Arithmetic.sub(a, b);
            case MUL: return reflected ? Arithmetic.mul(t, o) : Arithmetic.mul(a, b);
            case TRUEDIV: return reflected && o.isWrappedNumber() ? Arithmetic.mul(t.reciprocal(), o) : Arithmetic.div(a, b);
            case FLOORDIV: return Arithmetic.floorDivide(a, b);
            case MOD: return Arithmetic.remainder(a, b);
            case POW:
                if (reflected && o.isWrappedNumber()) return Arithmetic.rpow(o.item(), t);
                return Arithmetic.pow(a, b);
            case MATMUL: return LinearAlgebra.matmul(a, b);
            case AND: return Compare.compare(Kernels.BinaryOp.AND, a, b);
            case OR: return Compare.compare(Kernels.BinaryOp.OR, a, b);
            case XOR: return Compare.compare(Kernels.BinaryOp.XOR, a, b);
            default: return Py.NOT_IMPLEMENTED;
        }
    }

    @Override
    public Object inplace(Object self, BinOp op, Object other) {
        Tensor o = WrappedNumbers.operand(other);
        if (o == null) return Py.NOT_IMPLEMENTED;
        switch (op) {
            case ADD: return InPlace.apply((Tensor) self, Kernels.BinaryOp.ADD, o);
            case SUB: return InPlace.apply((Tensor) self, Kernels.BinaryOp.SUB, o);
            case MUL: return InPlace.apply((Tensor) self, Kernels.BinaryOp.MUL, o);
            case TRUEDIV: return InPlace.apply((Tensor) self, Kernels.BinaryOp.DIV, o);
            default: return Py.NOT_IMPLEMENTED;
        }
    }

    @Override
    public Object unary(Object self, UnaryOp op) {
        Tensor t = (Tensor) self;
        switch (op) {
            case NEG: return t.neg();
            case POS: return t;
            case ABS: return t.abs();
            default:
                if (t.dtype.floating) throw PyError.type("~ (operator.invert) is only implemented on integer and Boolean-type tensors");
                return Compare.logicalNot(t);
        }
    }

    @Override
    public Object compare(Object self, CmpOp op, Object other) {
        Tensor o = WrappedNumbers.operand(other);
        if (o == null) {
            if (op == CmpOp.EQ) return false;
            if (op == CmpOp.NE) return true;
            return Py.NOT_IMPLEMENTED;
        }
        return Compare.compare(Convert.comparison(op), (Tensor) self, o);
    }

    @Override
    public boolean truth(Object self) {
        Tensor t = (Tensor) self;
        if (t.numel() != 1) {
            throw PyError.runtime("Boolean value of Tensor with " + (t.numel() == 0 ? "no values" : "more than one value")
                    + " is ambiguous");
        }
        return t.item() != 0;
    }

    @Override
    public long len(Object self) {
        Tensor t = (Tensor) self;
        if (t.dim() == 0) throw PyError.type("len() of a 0-d tensor");
        return t.shape[0];
    }

    @Override
    public PyIter iter(Object self) {
        Tensor t = (Tensor) self;
        if (t.dim() == 0) throw PyError.type("iteration over a 0-d tensor");
        int[] i = {0};
        return () -> i[0] < t.shape[0] ? Views.select(t, 0, i[0]++) : null;
    }

    @Override
    public Object getItem(Object self, Object key) {
        return Views.index((Tensor) self, Convert.indexItems(key));
    }

    @Override
    public void setItem(Object self, Object key, Object value) {
        Tensor v = Convert.operand(value);
        if (v == null) throw PyError.type("can't assign a " + slope.lang.Interpreter.current().typeName(value) + " to a torch.FloatTensor");
        Views.setIndex((Tensor) self, Convert.indexItems(key), v);
    }

    @Override
    public String repr(Object self) { return self.toString(); }

    /**
     * copy.copy: a new leaf over the same data; copy.deepcopy (torch/_tensor.py's __deepcopy__): graph leaves only, the
     * data cloned, requires_grad kept and .grad deep-copied.
     */
    @Override
    public Object copy(Object self, java.util.function.UnaryOperator<Object> deep) {
        Tensor t = (Tensor) self;
        if (deep == null) return t.detach().requiresGrad(t.requiresGrad());
        if (!t.isLeaf()) {
            throw PyError.runtime("Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at"
                    + " the moment.  If you were attempting to deepcopy a module, this may be because of a"
                    + " torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001");
        }
        Tensor c = Views.clone(t.detach()).requiresGrad(t.requiresGrad());
        if (t.grad() != null) c.setGrad((Tensor) deep.apply(t.grad()));
        return c;
    }

    @Override
    public String format(Object self, String spec) {
        Tensor t = (Tensor) self;
        // PyTorch's __format__: a 0-d plain tensor formats as its Python number (f"{loss}" gives 0.6931471824645996),
        // anything else as object.__format__ does (its str, or a TypeError for a spec)
        if (t.dim() == 0 && t.getClass() == Tensor.class) {
            return slope.lang.Interpreter.current().format(Convert.scalar(t.item(), t.dtype), spec);
        }
        if (spec.isEmpty()) return repr(self);
        throw PyError.type("unsupported format string passed to " + (t.getClass() == Tensor.class ? "Tensor" : name) + ".__format__");
    }

    @Override
    public double toFloat(Object self) { return single((Tensor) self, "float"); }

    @Override
    public long toInt(Object self) {
        Tensor t = (Tensor) self;
        return (long) single(t, "int");
    }

    @Override
    public Object round(Object self, Object ndigits) {
        Tensor t = (Tensor) self;
        if (ndigits == Py.NONE) return Pointwise.rounding(Kernels.UnaryOp.ROUND, "RoundBackward0", t);
        double scale = Math.pow(10, Py.index(ndigits));
        return Pointwise.rounding(Kernels.UnaryOp.ROUND, "RoundBackward1", t.mul(scale)).div(scale);
    }

    private static double single(Tensor t, String what) {
        if (t.numel() != 1) throw PyError.value("only one element tensors can be converted to Python scalars");
        return t.item();
    }

    /** {@code x.float()}: the same tensor when it already has the dtype, as PyTorch returns self. */
    static Tensor cast(Tensor t, DType d) { return t.dtype == d ? t : t.to(d); }
}
