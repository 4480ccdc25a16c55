package slope.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunResultJsonTest {
    @Test
    void successHasNullError() {
        assertEquals("{\"stdout\":\"tensor(11.)\\n\",\"error\":null,\"figures\":[]}",
                RunResultJson.write(new RunResult("tensor(11.)\n", null)));
    }

    @Test
    void errorCarriesTypeMessageAndPosition() {
        PyError e = new PyError("NameError", "name 'z' is not defined", 3, 7);
        assertEquals("{\"stdout\":\"1\\n\",\"error\":{\"type\":\"NameError\","
                        + "\"message\":\"name 'z' is not defined\",\"line\":3,\"column\":7},\"figures\":[]}",
                RunResultJson.write(new RunResult("1\n", e)));
    }

    @Test
    void nullMessageBecomesEmptyString() {
        PyError e = new PyError("StopIteration", null);
        assertEquals("{\"stdout\":\"\",\"error\":{\"type\":\"StopIteration\",\"message\":\"\",\"line\":0,\"column\":0},\"figures\":[]}",
                RunResultJson.write(new RunResult("", e)));
    }

    @Test
    void figuresFollowTheErrorWithTheirSvgAndSummary() {
        RenderedFigure f = new RenderedFigure("<svg a=\"1\">\n</svg>", 2, 640, 480, "Loss");
        assertEquals("{\"stdout\":\"\",\"error\":null,\"figures\":[{\"svg\":\"<svg a=\\\"1\\\">\\n</svg>\","
                        + "\"number\":2,\"width\":640,\"height\":480,\"title\":\"Loss\"}]}",
                RunResultJson.write(new RunResult("", null, java.util.List.of(f))));
    }

    @Test
    void quotesBackslashesAndShortEscapes() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\"", json("a\"b\\c\n\r\t\b\f"));
    }

    @Test
    void otherControlCharactersAreUnicodeEscapes() {
        assertEquals("\"\\u0000\\u0001\\u001b\\u001f\\u007f\"", json("\u0000\u0001\u001b\u001f\u007f"));
    }

    @Test
    void nonAsciiPassesThroughButJsLineBreaksAreEscaped() {
        assertEquals("\"∇ é 梯度 \\u2028\\u2029\"", json("∇ é 梯度 \u2028\u2029"));
    }

    @Test
    void surrogatePairsPassThroughAndLoneSurrogatesAreEscaped() {
        assertEquals("\"😀\"", json("😀"));
        assertEquals("\"\\ud83d x \\ude00\"", json("\ud83d x \ude00"));
        assertEquals("\"\\ud83d\"", json("\ud83d"));
    }

    @Test
    void slashAndAngleBracketsNeedNoEscape() {
        assertEquals("\"</script> a/b\"", json("</script> a/b"));
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        RunResultJson.string(out, s);
        return out.toString();
    }
}
