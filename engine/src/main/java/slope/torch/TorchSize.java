package slope.torch;

import slope.lang.CmpOp;
import slope.lang.ForeignType;
import slope.lang.Foreign;
import slope.lang.Py;
import slope.lang.PyIter;
import slope.lang.PyTuple;
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

    Object[] items() {
        Object[] r = new Object[dims.length];
        for (int i = 0; i < dims.length; i++) r[i] = (long) dims[i];
        return r;
    }

    @Override public ForeignType pyType() { return TYPE; }
}
