package slope.torch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON to read the recorded cases: the objects of the "cases" array, string fields only. */
final class MiniJson {
    private final String s;
    private int i;

    private MiniJson(String s) { this.s = s; }

    static List<Map<String, String>> cases(String json) {
        MiniJson p = new MiniJson(json);
        p.i = json.indexOf("\"cases\"");
        p.i = json.indexOf('[', p.i) + 1;
        List<Map<String, String>> out = new ArrayList<>();
        while (true) {
            p.skipWs();
            if (p.s.charAt(p.i) == ']') return out;
            if (p.s.charAt(p.i) == ',') { p.i++; continue; }
            out.add(p.object());
        }
    }

    private void skipWs() { while (Character.isWhitespace(s.charAt(i))) i++; }

    private Map<String, String> object() {
        Map<String, String> m = new LinkedHashMap<>();
        i++; // {
        while (true) {
            skipWs();
            char c = s.charAt(i);
            if (c == '}') { i++; return m; }
            if (c == ',') { i++; continue; }
            String key = string();
            skipWs();
            i++; // :
            skipWs();
            if (s.charAt(i) == '"') m.put(key, string());
            else skipValue();
        }
    }

    private void skipValue() {
        int depth = 0;
        while (true) {
            char c = s.charAt(i);
            if (c == '"') { string(); continue; }
            if (c == '{' || c == '[') depth++;
            if (c == '}' || c == ']') { if (depth == 0) return; depth--; }
            if (c == ',' && depth == 0) return;
            i++;
        }
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c != '\\') { b.append(c); continue; }
            char e = s.charAt(i++);
            switch (e) {
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                default: b.append(e);
            }
        }
    }
}
