package slope.lang;

import java.util.Map;
import slope.run.PyError;

/** {@code str.format}: replacement fields {@code {0}}, {@code {name.attr[key]!r:spec}}, auto-numbered {@code {}}. */
final class StrFormat {
    private StrFormat() {}

    static String format(Interpreter in, String s, Object[] args, Map<String, Object> kw) {
        int[] auto = {0};
        return format(in, s, args, kw, auto, 0);
    }

    private static String format(Interpreter in, String s, Object[] args, Map<String, Object> kw, int[] auto, int depth) {
        if (depth > 2) throw PyError.value("Max string recursion exceeded");
        StringBuilder b = new StringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < n && s.charAt(i + 1) == '{') {
                    b.append('{');
                    i++;
                    continue;
                }
                int d = 1, j = i + 1;
                for (; j < n; j++) {
                    if (s.charAt(j) == '{') d++;
                    else if (s.charAt(j) == '}' && --d == 0) break;
                }
                if (j >= n) throw PyError.value("expected '}' before end of string");
                b.append(field(in, s.substring(i + 1, j), args, kw, auto, depth));
                i = j;
            } else if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    b.append('}');
                    i++;
                    continue;
                }
                throw PyError.value("Single '}' encountered in format string");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String field(Interpreter in, String f, Object[] args, Map<String, Object> kw, int[] auto, int depth) {
        String spec = "";
        char conv = 0;
        int colon = -1, bang = -1, br = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '[') br++;
            else if (c == ']') br--;
            else if (br == 0 && c == '!' && bang < 0 && colon < 0) bang = i;
            else if (br == 0 && c == ':') {
                colon = i;
                break;
            }
        }
        String name = f;
        if (colon >= 0) {
            spec = format(in, f.substring(colon + 1), args, kw, auto, depth + 1);
            name = f.substring(0, colon);
        }
        if (bang >= 0) {
            if (bang + 1 >= name.length()) throw PyError.value("end of string while looking for conversion specifier");
            conv = name.charAt(bang + 1);
            name = name.substring(0, bang);
        }
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        String first = name.substring(0, k);
        Object v;
        if (first.isEmpty()) {
            if (auto[0] < 0) throw PyError.value("cannot switch from manual field specification to automatic field numbering");
            int idx = auto[0]++;
            if (idx >= args.length) {
                throw PyError.index("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = args[idx];
        } else if (Character.isDigit(first.charAt(0))) {
            int idx = Integer.parseInt(first);
            if (auto[0] > 0) throw PyError.value("cannot switch from automatic field numbering to manual field specification");
            auto[0] = -1;
            if (idx >= args.length) {
                throw PyError.index("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = args[idx];
        } else {
            v = kw == null ? null : kw.get(first);
            if (v == null) throw new PyError("KeyError", Py.reprString(first));
        }
        while (k < name.length()) {
            if (name.charAt(k) == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                v = Ops.getAttr(in, v, name.substring(k + 1, e));
                k = e;
            } else {
                int e = name.indexOf(']', k);
                String key = name.substring(k + 1, e);
                boolean digits = !key.isEmpty();
                for (char c : key.toCharArray()) digits &= Character.isDigit(c);
                v = Ops.getItem(in, v, digits ? (Object) Long.parseLong(key) : key);
                k = e + 1;
            }
        }
        if (conv == 'r' || conv == 'a') v = Text.repr(in, v);
        else if (conv == 's') v = Text.str(in, v);
        else if (conv != 0) throw PyError.value("Unknown conversion specifier " + conv);
        return Text.format(in, v, spec);
    }
}
