package slope.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunResultJsonTest {
    static final String NOTHING_ELSE = ",\"figures\":[],\"variables\":[],\"graph\":{\"nodes\":[],\"edges\":[]}";

    @Test
    void tensorsComeWithTheirValuesGradsAndGraph() {
        RunResult r = Runner.run("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\n"
                + "y = (x * x).sum()\ny.backward()\nn = 3\n", Budget.defaults());
        assertEquals("{\"stdout\":\"\",\"error\":null,\"figures\":[],\"variables\":["
                + "{\"name\":\"x\",\"shape\":[2],\"dtype\":\"torch.float32\",\"requires_grad\":true,\"is_leaf\":true,"
                + "\"grad_fn\":null,\"numel\":2,\"text\":\"tensor([1., 2.], requires_grad=True)\",\"data\":[1,2],"
                + "\"grad\":{\"text\":\"tensor([2., 4.])\",\"data\":[2,4]}},"
                + "{\"name\":\"y\",\"shape\":[],\"dtype\":\"torch.float32\",\"requires_grad\":true,\"is_leaf\":false,"
                + "\"grad_fn\":\"SumBackward0\",\"numel\":1,\"text\":\"tensor(5., grad_fn=<SumBackward0>)\",\"data\":[5],"
                + "\"grad\":null}],"
                + "\"graph\":{\"nodes\":[{\"id\":0,\"kind\":\"op\",\"label\":\"SumBackward0\",\"grad\":null},"
                + "{\"id\":1,\"kind\":\"op\",\"label\":\"MulBackward0\",\"grad\":null},"
                + "{\"id\":2,\"kind\":\"leaf\",\"label\":\"x\",\"grad\":\"tensor([2., 4.])\"}],"
                + "\"edges\":[{\"from\":1,\"to\":0},{\"from\":2,\"to\":1},{\"from\":2,\"to\":1}]}}",
                RunResultJson.write(r));
    }

    @Test
    void float32DataHasTheFewestDigitsThatReadBackAsTheFloat32() {
        RunResult r = Runner.run("import torch\na = torch.tensor([0.1, 1 / 3, float('nan')])\n"
                + "b = torch.tensor([0.1, 1 / 3], dtype=torch.float64)\n", Budget.defaults());
        String json = RunResultJson.write(r);
        assertTrue(json.contains("\"data\":[0.1,0.33333334,\"nan\"]"), json); // float32: 0.10000000149011612 as a double
        assertTrue(json.contains("\"data\":[0.1,0.3333333333333333]"), json);
    }

    @Test
    void numpyArraysShowAsNumpyPrintsThem() {
        RunResult r = Runner.run("import numpy as np\na = np.linspace(0, 1, 3)\n", Budget.defaults());
        assertEquals("{\"stdout\":\"\",\"error\":null,\"figures\":[],\"variables\":["
                + "{\"name\":\"a\",\"shape\":[3],\"dtype\":\"numpy.float64\",\"requires_grad\":false,\"is_leaf\":true,"
                + "\"grad_fn\":null,\"numel\":3,\"text\":\"array([0. , 0.5, 1. ])\",\"data\":[0,0.5,1],\"grad\":null}],"
                + "\"graph\":{\"nodes\":[],\"edges\":[]}}", RunResultJson.write(r));
    }

    @Test
    void successHasNullError() {
        assertEquals("{\"stdout\":\"tensor(11.)\\n\",\"error\":null" + NOTHING_ELSE + "}",
                RunResultJson.write(new RunResult("tensor(11.)\n", null)));
    }

    @Test
    void errorCarriesTypeMessageAndPosition() {
        PyError e = new PyError("NameError", "name 'z' is not defined", 3, 7);
        assertEquals("{\"stdout\":\"1\\n\",\"error\":{\"type\":\"NameError\","
                        + "\"message\":\"name 'z' is not defined\",\"line\":3,\"column\":7}" + NOTHING_ELSE + "}",
                RunResultJson.write(new RunResult("1\n", e)));
    }

    @Test
    void nullMessageBecomesEmptyString() {
        PyError e = new PyError("StopIteration", null);
        assertEquals("{\"stdout\":\"\",\"error\":{\"type\":\"StopIteration\",\"message\":\"\",\"line\":0,\"column\":0}" + NOTHING_ELSE + "}",
                RunResultJson.write(new RunResult("", e)));
    }

    @Test
    void figuresFollowTheErrorWithTheirSvgAndSummary() {
        RenderedFigure f = new RenderedFigure("<svg a=\"1\">\n</svg>", 2, 640, 480, "Loss");
        assertEquals("{\"stdout\":\"\",\"error\":null,\"figures\":[{\"svg\":\"<svg a=\\\"1\\\">\\n</svg>\","
                        + "\"number\":2,\"width\":640,\"height\":480,\"title\":\"Loss\"}],"
                        + "\"variables\":[],\"graph\":{\"nodes\":[],\"edges\":[]}}",
                RunResultJson.write(new RunResult("", null, java.util.List.of(f), java.util.List.of())));
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
