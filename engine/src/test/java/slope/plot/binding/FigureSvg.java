package slope.plot.binding;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;

/** Test helper: a run's figure parsed as XML (malformed SVG fails here), with the queries the tests ask. */
final class FigureSvg {
    final String text;
    final Document doc;

    FigureSvg(String svg) {
        this.text = svg;
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** Runs a program as the page does; fails on an error. */
    static RunResult ok(String code) {
        RunResult r = Runner.run(code, Budget.defaults());
        assertNull(r.error, () -> r.error.pythonLine() + " at line " + r.error.line());
        return r;
    }

    static FigureSvg only(RunResult r) {
        if (r.figures.size() != 1) throw new AssertionError("expected one figure, got " + r.figures.size());
        return new FigureSvg(r.figures.get(0).svg);
    }

    List<Element> all(String tag) { return list(doc.getElementsByTagNameNS("*", tag)); }

    /** The clipped data areas, one per axes, in drawing order. */
    List<Element> dataAreas() {
        List<Element> out = new ArrayList<>();
        for (Element g : all("g")) if (g.hasAttribute("clip-path")) out.add(g);
        return out;
    }

    /** Elements with this tag inside the data areas (artists only: no frame, ticks or legend). */
    List<Element> inData(String tag) {
        List<Element> out = new ArrayList<>();
        for (Element g : dataAreas()) out.addAll(list(g.getElementsByTagNameNS("*", tag)));
        return out;
    }

    /** Stroked paths in the data areas: plot lines and contour lines. */
    List<Element> strokedPaths() {
        List<Element> out = new ArrayList<>();
        for (Element p : inData("path")) if (p.hasAttribute("stroke") && !p.getAttribute("stroke").equals("none")) out.add(p);
        return out;
    }

    List<Element> strokedPaths(String color) {
        List<Element> out = new ArrayList<>();
        for (Element p : strokedPaths()) if (p.getAttribute("stroke").equals(color)) out.add(p);
        return out;
    }

    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Element t : all("text")) out.add(t.getTextContent());
        return out;
    }

    static int subpaths(Element path) { return path.getAttribute("d").split("M", -1).length - 1; }

    static boolean closed(Element path) {
        for (String sub : path.getAttribute("d").split("M")) if (sub.trim().endsWith("Z") || sub.trim().endsWith("z")) return true;
        return false;
    }

    static List<Element> list(NodeList nl) { return slope.plot.Svg.list(nl); }
}
