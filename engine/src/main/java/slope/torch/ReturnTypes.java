package slope.torch;

import slope.lang.ForeignType;
import slope.lang.Foreign;
import slope.lang.PyIter;
import slope.run.PyError;
import slope.tensor.Tensor;

/** {@code torch.return_types.max(values=..., indices=...)}: a named pair that also unpacks. */
final class ReturnTypes implements Foreign {
    private static final ForeignType TYPE = new ForeignType("torch.return_types", "max") {
        @Override public String repr(Object self) {
            ReturnTypes r = (ReturnTypes) self;
            return "torch.return_types." + r.name + "(\nvalues=" + r.values + ",\nindices=" + r.indices + ")";
        }
        @Override public long len(Object self) { return 2; }
        @Override public PyIter iter(Object self) {
            ReturnTypes r = (ReturnTypes) self;
            int[] i = {0};
            return () -> i[0] == 0 ? (Object) r.values.with(i) : i[0] == 1 ? r.indices.with(i) : null;
        }
        @Override public Object getItem(Object self, Object key) {
            long k = slope.lang.Py.index(key);
            ReturnTypes r = (ReturnTypes) self;
            if (k == 0 || k == -2) return r.values.tensor;
            if (k == 1 || k == -1) return r.indices.tensor;
            throw PyError.index("tuple index out of range");
        }
    }.property("values", r -> ((ReturnTypes) r).values.tensor).property("indices", r -> ((ReturnTypes) r).indices.tensor);

    /** A field that advances the iterator's cursor as it is read. */
    private static final class Field {
        final Tensor tensor;

        Field(Tensor tensor) { this.tensor = tensor; }

        Tensor with(int[] cursor) {
            cursor[0]++;
            return tensor;
        }

        @Override public String toString() { return tensor.toString(); }
    }

    final String name;
    final Field values, indices;

    private ReturnTypes(String name, Tensor values, Tensor indices) {
        this.name = name;
        this.values = new Field(values);
        this.indices = new Field(indices);
    }

    static ReturnTypes of(String name, Tensor values, Tensor indices) { return new ReturnTypes(name, values, indices); }

    @Override public ForeignType pyType() { return TYPE; }
}
