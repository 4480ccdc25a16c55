package slope.torch;

import java.util.Map;
import slope.lang.Args;
import slope.lang.BinOp;
import slope.lang.CmpOp;
import slope.lang.ForeignType;
import slope.lang.Foreign;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyIter;
import slope.lang.PyTuple;
import slope.run.PyError;
import slope.tensor.Shape;

/** {@code torch.Size}: a tuple of ints that prints as {@code torch.Size([2, 3])}. */
final class TorchSize implements Foreign {
    static final ForeignType TYPE = new ForeignType("torch", "Size") {
        @Override public String repr(Object self) { return slope.format.TensorRepr.size(((TorchSize) self).dims); }
        @Override public long len(Object self) { return ((TorchSize) self).dims.length; }
        @Override public PyIter iter(Object self) {
            int[] d = ((TorchSize) self).dims;
            int[] i = {0};
            return () -> i[0] < d.length ? (Object) (long) d[i[0]++] : null;
        }
        @Override public Object getItem(Object self, Object key) {
            Object[] items = ((TorchSize) self).items();
            if (key instanceof Long) {
                long k = (Long) key;
                if (k < -items.length || k >= items.length) throw slope.run.PyError.index("tuple index out of range");
                return items[(int) (k < 0 ? k + items.length : k)];
            }
            long[] ix = ((slope.lang.PySlice) key).indices(items.length);
            int[] d = new int[(int) slope.lang.PySlice.count(ix)];
            for (int i = 0; i < d.length; i++) d[i] = ((TorchSize) self).dims[(int) (ix[0] + i * ix[2])];
            return new TorchSize(d);
        }
        /** {@code torch.Size([2, 3])}, from any iterable of ints. */
        @Override public Object construct(Object[] args, Map<String, Object> kwargs) {
            Args.check("torch.Size", args, kwargs, 0, 1);
            return args.length == 0 ? new TorchSize(new int[0]) : of(Interpreter.current().toArray(args[0]));
        }
        /**
         * PyTorch wraps tuple's concatenation and repetition: {@code size + (3,)}, {@code (1,) + size} and
         * {@code size * 2} are sizes, made of the tuple's result as {@code torch.Size(...)} would make them.
         */
        @Override public Object binary(Object self, BinOp op, Object other, boolean reflected) {
            boolean tuple = other instanceof TorchSize || other instanceof PyTuple;
            boolean count = other instanceof Long || other instanceof Boolean;
            // size + [1] fails as a tuple's + does; [1] + size is the list's to refuse
            if (!(op == BinOp.ADD && (tuple || !reflected) || op == BinOp.MUL && count)) return Py.NOT_IMPLEMENTED;
            PyTuple t = new PyTuple(((TorchSize) self).items());
            Object o = other instanceof TorchSize ? new PyTuple(((TorchSize) other).items()) : other;
            boolean swap = reflected && op == BinOp.ADD; // repetition is the same either way round
            return of(((PyTuple) Interpreter.current().binary(op, swap ? o : t, swap ? t : o)).items);
        }
        @Override public Object compare(Object self, CmpOp op, Object other) {
            if (op != CmpOp.EQ && op != CmpOp.NE) return Py.NOT_IMPLEMENTED;
            Object[] o = other instanceof TorchSize ? ((TorchSize) other).items()
                    : other instanceof PyTuple ? ((PyTuple) other).items
                    : null;
            boolean eq = o != null && java.util.Arrays.equals(((TorchSize) self).items(), o);
            return op == CmpOp.EQ ? eq : !eq;
        }
    }.method("numel", (self, a, k) -> (long) Shape.numel(((TorchSize) self).dims));

    final int[] dims;

    TorchSize(int[] dims) { this.dims = dims; }

    /** {@code torch.Size(items)}: PyTorch's check that each is an int. */
    static TorchSize of(Object[] items) {
        int[] d = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = items[i];
            if (!(v instanceof Long || v instanceof Boolean)) {
                throw PyError.type("torch.Size() takes an iterable of 'int' (item " + i + " is '"
                        + Interpreter.current().typeName(v) + "')");
            }
            d[i] = (int) Py.index(v);
        }
        return new TorchSize(d);
    }

    Object[] items() {
        Object[] r = new Object[dims.length];
        for (int i = 0; i < dims.length; i++) r[i] = (long) dims[i];
        return r;
    }

    @Override public ForeignType pyType() { return TYPE; }
}
