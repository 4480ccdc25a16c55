package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/** {@code F.pad} in constant mode (ATen's constant_pad_nd): borders added to, or with negative widths cut from, the last dims. */
public final class Padding {
    private Padding() {}

    /**
     * {@code pad} holds (before, after) widths from the last dim backwards, as F.pad takes them. The gradient is
     * the same op with the widths negated: it cuts the borders off again.
     */
    public static Tensor constantPad(Tensor x, int[] pad, double value) {
        if (pad.length % 2 != 0) throw PyError.runtime("Length of pad must be even but instead it equals " + pad.length);
        if (pad.length / 2 > x.dim()) {
            throw PyError.runtime("Length of pad should be no more than twice the number of dimensions of the input. Pad length is "
                    + pad.length + " while the input has " + x.dim() + " dimensions.");
        }
        int[] shape = x.shape.clone(), from = new int[x.dim()], to = new int[x.dim()], kept = x.shape.clone();
        for (int i = 0; i < pad.length / 2; i++) {
            int d = x.dim() - 1 - i, before = pad[2 * i], after = pad[2 * i + 1];
            shape[d] = x.shape[d] + before + after;
            if (shape[d] < 0) {
                throw PyError.runtime("The input size " + x.shape[d] + ", plus negative padding " + before + " and " + after
                        + " resulted in a negative output size, which is invalid. Check dimension " + d + " of your input.");
            }
            from[d] = Math.max(0, -before);
            to[d] = Math.max(0, before);
            kept[d] = Math.max(0, x.shape[d] - from[d] - Math.max(0, -after));
        }
        Tensor out = Creation.full(shape, value, x.dtype);
        Kernels.copyInto(region(out, to, kept), region(x.detach(), from, kept));
        int[] back = new int[pad.length];
        for (int i = 0; i < pad.length; i++) back[i] = -pad[i];
        return record(out, "ConstantPadNdBackward0", Saves.NOTHING, g -> new Tensor[] {constantPad(g, back, 0)}, x);
    }

    /** The view of {@code t} of size {@code sizes} from {@code start} along each dim. */
    private static Tensor region(Tensor t, int[] start, int[] sizes) {
        int offset = t.offset;
        for (int d = 0; d < start.length; d++) offset += start[d] * t.strides[d];
        return new Tensor(t, sizes, t.strides, offset);
    }
}
