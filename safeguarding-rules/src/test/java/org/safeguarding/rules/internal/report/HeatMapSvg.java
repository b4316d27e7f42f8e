package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The heat map of an HTML report, parsed as XML by the JDK with DTDs and external entities off. */
final class HeatMapSvg {

  private final Element svg;

  private HeatMapSvg(Element svg) {
    this.svg = svg;
  }

  /** Parses the one {@code <svg>} of a page; fails the test if it is missing or not well-formed. */
  static HeatMapSvg of(String html) {
    int start = html.indexOf("<svg");
    int end = html.indexOf("</svg>");
    assertThat(start).as("the page's <svg>").isNotNegative();
    assertThat(end).as("the page's </svg>").isGreaterThan(start);
    assertThat(html.indexOf("<svg", start + 1)).as("a second <svg>").isNegative();
    return new HeatMapSvg(
        parse(html.substring(start, end + "</svg>".length())).getDocumentElement());
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("the heat map is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The root element. */
  Element root() {
    return svg;
  }

  /** The group of the cell at a likelihood and severity, found by its id. */
  Element cell(int likelihood, int severity) {
    String id = "cell-" + likelihood + "-" + severity;
    List<Element> found = new ArrayList<>();
    for (Element group : elements(svg, "g")) {
      if (id.equals(group.getAttribute("id"))) {
        found.add(group);
      }
    }
    assertThat(found).as("groups with id %s", id).hasSize(1);
    Element cell = found.get(0);
    assertThat(cell.getAttribute("data-likelihood")).isEqualTo(String.valueOf(likelihood));
    assertThat(cell.getAttribute("data-severity")).isEqualTo(String.valueOf(severity));
    return cell;
  }

  /** Every cell group. */
  List<Element> cells() {
    List<Element> cells = new ArrayList<>();
    for (Element group : elements(svg, "g")) {
      if ("cell".equals(group.getAttribute("class"))) {
        cells.add(group);
      }
    }
    return cells;
  }

  /** The text of the risk ids written in a cell, in order. */
  static List<String> ids(Element cell) {
    return texts(cell, "risk-id");
  }

  /** The text of a cell's {@code <text>} elements of a class, in order. */
  static List<String> texts(Element cell, String className) {
    List<String> texts = new ArrayList<>();
    for (Element text : elements(cell, "text")) {
      if (className.equals(text.getAttribute("class"))) {
        texts.add(text.getTextContent());
      }
    }
    return texts;
  }

  /** The full ids in the titles of a cell's risks, in order. */
  static List<String> titles(Element cell) {
    List<String> titles = new ArrayList<>();
    for (Element group : elements(cell, "g")) {
      if ("risk".equals(group.getAttribute("class"))) {
        titles.add(elements(group, "title").get(0).getTextContent());
      }
    }
    return titles;
  }

  /** The cell's rectangle. */
  static Element rect(Element cell) {
    List<Element> rects = elements(cell, "rect");
    assertThat(rects).hasSize(1);
    return rects.get(0);
  }

  /** Every descendant element of a name, in document order. */
  static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
