package slope.plot;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Test helper: a rendered figure parsed as XML (which fails on malformed SVG), with element queries. */
public final class Svg {
    final String text;
    final Document doc;

    Svg(Figure f) {
        this.text = SvgRenderer.render(f);
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
        }
    }

    Element root() { return doc.getDocumentElement(); }

    /** Elements with this tag anywhere in the document. */
    List<Element> all(String tag) {
        return list(doc.getElementsByTagNameNS("*", tag));
    }

    /** Elements with this tag inside the clipped data areas (artists only, no frame, ticks or legend). */
    List<Element> inData(String tag) {
        List<Element> out = new ArrayList<>();
        for (Element g : all("g")) if (g.hasAttribute("clip-path")) out.addAll(list(g.getElementsByTagNameNS("*", tag)));
        return out;
    }

    /** All text content of <text> elements. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Element t : all("text")) out.add(t.getTextContent());
        return out;
    }

    /** The elements of a DOM node list, as a list. */
    public static List<Element> list(NodeList nl) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }
}
