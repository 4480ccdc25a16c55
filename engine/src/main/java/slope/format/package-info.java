/**
 * Text exactly as PyTorch and CPython print it.
 *
 * <p>{@link slope.format.TensorRepr} is torch/_tensor_str.py for the default print options: repr of a
 * tensor, {@code torch.Size}, shape tuples. {@link slope.format.PyNumbers} is CPython's float text:
 * repr, '%.Nf' and '%.Ne'. Both are checked against recordings of the real thing
 * (src/test/resources/pytorch/format.json from tools/cases/format.cases.json, and cpython-floats.tsv),
 * and avoid String.format so they run the same under TeaVM.
 */
package slope.format;
