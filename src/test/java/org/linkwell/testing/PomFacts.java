package org.linkwell.testing;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Facts read straight from pom.xml, so tests compare what the app shows with the pom itself. */
public final class PomFacts {
    private PomFacts() {
    }

    public static String version() {
        return childText("version");
    }

    private static String childText(String name) {
        try {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("pom.xml").toFile()).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.getTagName().equals(name)) {
                    return element.getTextContent().trim();
                }
            }
            throw new AssertionError("pom.xml has no <" + name + ">");
        } catch (Exception e) {
            throw new AssertionError("cannot read pom.xml", e);
        }
    }
}
