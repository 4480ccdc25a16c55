package slope.torch;

import slope.lang.Foreign;
import slope.lang.ForeignType;
import slope.lang.PyIter;
import slope.run.PyError;
import slope.tensor.Tensor;

/**
 * {@code torch.return_types.max(values=..., indices=...)} and its kin ({@code linalg_lstsq(solution=..., ...)}): a
 * named tuple of tensors that also unpacks and indexes.
 */
final class ReturnTypes implements Foreign {
    private static final ForeignType TYPE = new ForeignType("torch.return_types", "max") {
        @Override public String repr(Object self) {
            ReturnTypes r = (ReturnTypes) self;
            StringBuilder s = new StringBuilder("torch.return_types.").append(r.name).append('(');
            for (int i = 0; i < r.names.length; i++) s.append(i == 0 ? "\n" : ",\n").append(r.names[i]).append('=').append(r.tensors[i]);
            return s.append(')').toString();
        }
        @Override public long len(Object self) { return ((ReturnTypes) self).tensors.length; }
        @Override public PyIter iter(Object self) {
            Tensor[] ts = ((ReturnTypes) self).tensors;
            int[] next = {0};
            return () -> next[0] < ts.length ? ts[next[0]++] : null;
        }
        @Override public Object getItem(Object self, Object key) {
            Tensor[] ts = ((ReturnTypes) self).tensors;
            long k = slope.lang.Py.index(key);
            if (k < 0) k += ts.length;
            if (k < 0 || k >= ts.length) throw PyError.index("tuple index out of range");
            return ts[(int) k];
        }
        @Override public Object getAttr(Object self, String name) {
            ReturnTypes r = (ReturnTypes) self;
            for (int i = 0; i < r.names.length; i++) if (r.names[i].equals(name)) return r.tensors[i];
            return super.getAttr(self, name);
        }
    };

    private static final String[] VALUES_INDICES = {"values", "indices"};

    final String name;
    private final String[] names;
    private final Tensor[] tensors;

    private ReturnTypes(String name, String[] names, Tensor[] tensors) {
        this.name = name;
        this.names = names;
        this.tensors = tensors;
    }

    /** {@code torch.return_types.<name>(values=..., indices=...)}, what max, sort, topk and their kin return. */
    static ReturnTypes of(String name, Tensor values, Tensor indices) {
        return new ReturnTypes(name, VALUES_INDICES, new Tensor[] {values, indices});
    }

    /** A named tuple with fields of its own names. */
    static ReturnTypes named(String name, String[] names, Tensor... tensors) { return new ReturnTypes(name, names, tensors); }

    @Override public ForeignType pyType() { return TYPE; }
}
