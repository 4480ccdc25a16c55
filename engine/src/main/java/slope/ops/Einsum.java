package slope.ops;

import java.util.ArrayList;
import java.util.List;
import slope.run.PyError;
import slope.tensor.Tensor;

/**
 * {@code torch.einsum(equation, *operands)}, written with differentiable ops: '...' becomes letters of its own,
 * a letter repeated within an operand takes a diagonal, then each operand is permuted and unsqueezed onto one
 * axis per letter (the output's letters first), the operands are multiplied with broadcasting, and the
 * contracted letters are summed away. Its gradients come from those ops.
 */
public final class Einsum {
    private Einsum() {}

    public static Tensor einsum(String equation, List<Tensor> operands) {
        String eq = equation.replace(" ", "");
        int arrow = eq.indexOf("->");
        String[] inputs = (arrow < 0 ? eq : eq.substring(0, arrow)).split(",", -1);
        if (inputs.length != operands.size()) {
            throw PyError.runtime("einsum(): more operands were provided than specified in the equation");
        }
        // '...' stands for an operand's dims beyond its letters, right-aligned across operands: give them letters
        String ellipsis = ellipsisLetters(eq, inputs, operands);
        for (int k = 0; k < inputs.length; k++) {
            if (!inputs[k].contains("...")) continue;
            int n = operands.get(k).dim() - (inputs[k].length() - 3);
            if (n < 0) {
                throw PyError.runtime("einsum(): the number of subscripts in the equation (" + (inputs[k].length() - 3)
                        + ") is more than the number of dimensions (" + operands.get(k).dim() + ") for operand " + k);
            }
            inputs[k] = inputs[k].replace("...", ellipsis.substring(ellipsis.length() - n));
        }
        String[] written = inputs.clone(); // the implicit output counts letters as written, repeats included
        List<Tensor> ops = new ArrayList<>(operands);
        for (int k = 0; k < inputs.length; k++) {
            // a letter repeated within an operand ('ii->i') takes the diagonal of its dims, as a last dim of that letter
            for (int d = 0; d < inputs[k].length() && inputs[k].length() == ops.get(k).dim(); d++) {
                char c = inputs[k].charAt(d);
                int again = inputs[k].indexOf(c, d + 1);
                if (again < 0) continue;
                Tensor t = ops.get(k);
                if (t.shape[d] != t.shape[again]) {
                    throw PyError.runtime("einsum(): subscript " + c + " is repeated for operand " + k + " but the sizes don't match, "
                            + t.shape[d] + " != " + t.shape[again]);
                }
                ops.set(k, Rearrange.diagonal(t, 0, d, again));
                inputs[k] = inputs[k].substring(0, d) + inputs[k].substring(d + 1, again) + inputs[k].substring(again + 1) + c;
                d = -1;
            }
        }
        operands = ops;
        StringBuilder letters = new StringBuilder();
        int[] sizes = new int[128];
        for (int k = 0; k < inputs.length; k++) {
            String in = inputs[k];
            Tensor t = operands.get(k);
            if (in.length() != t.dim()) {
                throw PyError.runtime("einsum(): the number of subscripts in the equation (" + in.length()
                        + ") does not match the number of dimensions (" + t.dim() + ") for operand " + k + " and no ellipsis was given");
            }
            for (int d = 0; d < in.length(); d++) {
                char c = in.charAt(d);
                if (!Character.isLetter(c)) throw PyError.runtime("einsum(): invalid subscript given at index " + d + " in the equation string, subscripts must be in [a-zA-Z]");
                if (letters.indexOf(String.valueOf(c)) < 0) {
                    letters.append(c);
                    sizes[c] = t.shape[d];
                } else if (sizes[c] != t.shape[d] && sizes[c] != 1 && t.shape[d] != 1) {
                    throw PyError.runtime("einsum(): operands do not broadcast with remapped shapes (original->remapped)");
                } else {
                    sizes[c] = Math.max(sizes[c], t.shape[d]);
                }
            }
        }
        String out = arrow >= 0 ? eq.substring(arrow + 2).replace("...", ellipsis) : ellipsis + implicitOutput(written, letters.toString(), ellipsis);
        StringBuilder order = new StringBuilder(out);
        for (int i = 0; i < letters.length(); i++) if (out.indexOf(letters.charAt(i)) < 0) order.append(letters.charAt(i));
        for (int i = 0; i < out.length(); i++) {
            if (letters.indexOf(String.valueOf(out.charAt(i))) < 0) {
                throw PyError.runtime("einsum(): output subscript " + out.charAt(i) + " does not appear in the equation for any input operand");
            }
        }
        Tensor product = null;
        for (int k = 0; k < inputs.length; k++) {
            Tensor t = aligned(operands.get(k), inputs[k], order.toString());
            product = product == null ? t : product.mul(t);
        }
        int contracted = order.length() - out.length();
        if (contracted == 0) return product;
        int[] dims = new int[contracted];
        for (int i = 0; i < contracted; i++) dims[i] = out.length() + i;
        return Reductions.sum(product, dims, false);
    }

    /** The operand with its dims in {@code order}'s order and a size-1 dim for each letter it lacks. */
    private static Tensor aligned(Tensor t, String subscripts, String order) {
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < order.length(); i++) {
            int d = subscripts.indexOf(order.charAt(i));
            if (d >= 0) perm.add(d);
        }
        int[] p = new int[perm.size()];
        for (int i = 0; i < p.length; i++) p[i] = perm.get(i);
        Tensor r = t.dim() > 1 ? Views.permute(t, p) : t;
        for (int i = 0; i < order.length(); i++) if (subscripts.indexOf(order.charAt(i)) < 0) r = Views.unsqueeze(r, i);
        return r;
    }

    /** Without "->", the output is the ellipsis dims, then every letter that appears once, in alphabetical order. */
    private static String implicitOutput(String[] inputs, String letters, String ellipsis) {
        char[] cs = letters.toCharArray();
        java.util.Arrays.sort(cs);
        StringBuilder out = new StringBuilder();
        String all = String.join("", inputs);
        for (char c : cs) if (all.indexOf(c) == all.lastIndexOf(c) && ellipsis.indexOf(c) < 0) out.append(c);
        return out.toString();
    }

    /** Letters the equation does not use, one for each dim the widest '...' covers. */
    private static String ellipsisLetters(String eq, String[] inputs, List<Tensor> operands) {
        int widest = 0;
        for (int k = 0; k < inputs.length; k++) {
            if (inputs[k].contains("...")) widest = Math.max(widest, operands.get(k).dim() - (inputs[k].length() - 3));
        }
        StringBuilder free = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < alphabet.length() && free.length() < widest; i++) {
            if (eq.indexOf(alphabet.charAt(i)) < 0) free.append(alphabet.charAt(i));
        }
        return free.toString();
    }
}
