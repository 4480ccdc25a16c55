package slope.lang;

import slope.format.PyNumbers;
import slope.run.PyError;

/**
 * CPython's format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]})
 * for str, int and float: what f-strings, {@code format()} and {@code str.format} use.
 */
final class FormatSpec {
    final String text;
    char fill = ' ';
    char align;
    char sign = '-';
    boolean z, alt;
    int width = -1;
    char grouping;
    int precision = -1;
    char type;

    private FormatSpec(String text) { this.text = text; }

    static FormatSpec parse(String spec) {
        FormatSpec f = new FormatSpec(spec);
        int n = spec.length(), i = 0;
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) f.sign = spec.charAt(i++);
        if (i < n && spec.charAt(i) == 'z') {
            f.z = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alt = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (f.align == 0) {
                f.fill = '0';
                f.align = '=';
            }
            i++;
        }
        int ws = i;
        while (i < n && Character.isDigit(spec.charAt(i))) i++;
        if (i > ws) f.width = Integer.parseInt(spec.substring(ws, i));
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) f.grouping = spec.charAt(i++);
        if (i < n && spec.charAt(i) == '.') {
            i++;
            int ps = i;
            while (i < n && Character.isDigit(spec.charAt(i))) i++;
            if (i == ps) throw PyError.value("Format specifier missing precision");
            f.precision = Integer.parseInt(spec.substring(ps, i));
        }
        if (i < n) f.type = spec.charAt(i++);
        if (i < n) f.type = '?';
        return f;
    }

    private PyError invalid(String typeName) {
        if (type == '?') return PyError.value("Invalid format specifier '" + text + "' for object of type '" + typeName + "'");
        return PyError.value("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    String formatString(String s) {
        if (type != 0 && type != 's') throw invalid("str");
        if (sign != '-') throw PyError.value("Sign not allowed in string format specifier");
        if (align == '=') throw PyError.value("'=' alignment not allowed in string format specifier");
        if (grouping != 0) throw PyError.value("Cannot specify '" + grouping + "' with 's'.");
        if (precision >= 0 && s.length() > precision) s = s.substring(0, precision);
        return pad("", s, '<');
    }

    String formatInt(long v) {
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat((double) v);
            case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
                break;
            default:
                throw invalid("int");
        }
        if (precision >= 0) throw PyError.value("Precision not allowed in integer format specifier");
        if (type == 'c') {
            if (sign != '-') throw PyError.value("Sign not allowed with integer format specifier 'c'");
            return pad("", String.valueOf((char) v), '>');
        }
        String signStr = v < 0 ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        String digits;
        String prefix = "";
        int group = 3;
        switch (type) {
            case 'b': digits = Long.toBinaryString(Math.abs(v)); prefix = alt ? "0b" : ""; group = 4; break;
            case 'o': digits = Long.toOctalString(Math.abs(v)); prefix = alt ? "0o" : ""; group = 4; break;
            case 'x': digits = Long.toHexString(Math.abs(v)); prefix = alt ? "0x" : ""; group = 4; break;
            case 'X': digits = Long.toHexString(Math.abs(v)).toUpperCase(); prefix = alt ? "0X" : ""; group = 4; break;
            default:
                digits = v == Long.MIN_VALUE ? "9223372036854775808" : String.valueOf(Math.abs(v));
        }
        return number(signStr + prefix, digits, "", group);
    }

    String formatFloat(double d) {
        char t = type;
        int prec = precision;
        boolean addDot0 = false;
        switch (t) {
            case 0:
                if (prec < 0) {
                    return numberFromText(PyNumbers.floatRepr(d));
                }
                t = 'g';
                addDot0 = true;
                break;
            case 'n': t = 'g'; break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
            default: throw invalid("float");
        }
        if (prec < 0) prec = 6;
        double a = Math.abs(d);
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        String body;
        boolean upper = Character.isUpperCase(t);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (upper) body = body.toUpperCase();
            if (t == '%') body += "%";
            neg = d < 0;
            return finish(neg, body);
        }
        switch (t) {
            case 'f': case 'F': body = PyNumbers.fixed(a, prec); break;
            case '%': body = PyNumbers.fixed(a * 100, prec) + "%"; break;
            case 'e': case 'E': body = sci(a, prec); break;
            default: body = general(a, prec, addDot0); break;
        }
        if (alt && prec == 0 && (t == 'f' || t == 'F' || t == 'e' || t == 'E' || t == '%')) {
            int e = body.indexOf('e');
            int pct = body.indexOf('%');
            int at = e >= 0 ? e : pct >= 0 ? pct : body.length();
            body = body.substring(0, at) + "." + body.substring(at);
        }
        if (upper) body = body.toUpperCase();
        if (z && neg && isZero(body)) neg = false;
        return finish(neg, body);
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    private static String sci(double a, int prec) {
        return PyNumbers.scientific(a, prec);
    }

    /** 'g': fixed or scientific by the exponent after rounding to prec significant digits. */
    private String general(double a, int prec, boolean addDot0) {
        int p = prec == 0 ? 1 : prec;
        int exp;
        if (a == 0) exp = 0;
        else {
            String s = PyNumbers.scientific(a, p - 1);
            exp = Integer.parseInt(s.substring(s.indexOf('e') + 1));
        }
        boolean useExp = exp < -4 || exp >= (addDot0 ? p - 1 : p);
        if (addDot0 && exp == p - 1 && exp >= 0 && p > 1) useExp = true;
        String r;
        if (useExp) {
            r = PyNumbers.scientific(a, p - 1);
            if (!alt) {
                int e = r.indexOf('e');
                String mant = stripZeros(r.substring(0, e));
                r = mant + r.substring(e);
            }
        } else {
            r = PyNumbers.fixed(a, Math.max(0, p - 1 - exp));
            if (!alt) r = stripZeros(r);
            if (addDot0 && r.indexOf('.') < 0) r += ".0";
        }
        return r;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }

    private String numberFromText(String repr) {
        boolean neg = repr.startsWith("-");
        String body = neg ? repr.substring(1) : repr;
        if (z && neg && isZero(body)) neg = false;
        return finish(neg, body);
    }

    private String finish(boolean neg, String body) {
        String signStr = neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) end++;
        return number(signStr, body.substring(0, end), body.substring(end), 3);
    }

    /** Pads sign+digits+rest, grouping the integer digits and zero-padding through the groups. */
    private String number(String signStr, String digits, String rest, int group) {
        char sep = grouping;
        if (fill == '0' && align == '=' && width > 0) {
            int need = width - signStr.length() - rest.length();
            String g = group(digits, sep, group);
            while (g.length() < need) {
                digits = "0" + digits;
                g = group(digits, sep, group);
            }
            return signStr + g + rest;
        }
        return pad(signStr, group(digits, sep, group) + rest, '>');
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0 || digits.length() <= every) return digits;
        StringBuilder b = new StringBuilder();
        int first = digits.length() % every;
        if (first > 0) b.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += every) {
            if (b.length() > 0) b.append(sep);
            b.append(digits, i, i + every);
        }
        return b.toString();
    }

    private String pad(String signStr, String body, char defaultAlign) {
        int len = signStr.length() + body.length();
        if (width <= len) return signStr + body;
        int padN = width - len;
        char a = align == 0 ? defaultAlign : align;
        StringBuilder b = new StringBuilder(width);
        switch (a) {
            case '<':
                b.append(signStr).append(body);
                for (int i = 0; i < padN; i++) b.append(fill);
                break;
            case '^': {
                int left = padN / 2;
                for (int i = 0; i < left; i++) b.append(fill);
                b.append(signStr).append(body);
                for (int i = 0; i < padN - left; i++) b.append(fill);
                break;
            }
            case '=':
                b.append(signStr);
                for (int i = 0; i < padN; i++) b.append(fill);
                b.append(body);
                break;
            default:
                for (int i = 0; i < padN; i++) b.append(fill);
                b.append(signStr).append(body);
        }
        return b.toString();
    }
}
