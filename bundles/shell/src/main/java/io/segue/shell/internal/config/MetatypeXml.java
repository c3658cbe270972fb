package io.segue.shell.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The minimum and maximum of each attribute, read from a metatype XML resource ({@code OSGI-INF/metatype/*.xml}).
 * The metatype service's API has no getter for them (only {@code validate}, whose Felix messages do not say the
 * bounds), so the shell reads the same XML the service reads.
 */
public final class MetatypeXml {

    /** The bounds of one attribute; either may be null. */
    public record Bounds(String min, String max) {
    }

    private MetatypeXml() {
    }

    /**
     * Adds the bounds of every attribute that has one to {@code into}, under each pid and factory pid the resource
     * designates: pid → (attribute id → bounds).
     *
     * @throws IOException when the resource is not well-formed XML
     */
    public static void read(InputStream xml, Map<String, Map<String, Bounds>> into) throws IOException {
        Document document = parse(xml);
        Map<String, Map<String, Bounds>> byOcd = new HashMap<>();
        NodeList ocds = document.getElementsByTagNameNS("*", "OCD");
        for (int i = 0; i < ocds.getLength(); i++) {
            Element ocd = (Element) ocds.item(i);
            Map<String, Bounds> bounds = new HashMap<>();
            NodeList ads = ocd.getElementsByTagNameNS("*", "AD");
            for (int j = 0; j < ads.getLength(); j++) {
                Element ad = (Element) ads.item(j);
                String min = attribute(ad, "min");
                String max = attribute(ad, "max");
                if (min != null || max != null) {
                    bounds.put(ad.getAttribute("id"), new Bounds(min, max));
                }
            }
            byOcd.put(ocd.getAttribute("id"), bounds);
        }
        NodeList designates = document.getElementsByTagNameNS("*", "Designate");
        for (int i = 0; i < designates.getLength(); i++) {
            Element designate = (Element) designates.item(i);
            String pid = attribute(designate, "factoryPid");
            if (pid == null) {
                pid = attribute(designate, "pid");
            }
            NodeList objects = designate.getElementsByTagNameNS("*", "Object");
            if (pid == null || objects.getLength() == 0) {
                continue;
            }
            Map<String, Bounds> bounds = byOcd.get(((Element) objects.item(0)).getAttribute("ocdref"));
            if (bounds != null) {
                into.computeIfAbsent(pid, any -> new HashMap<>()).putAll(bounds);
            }
        }
    }

    private static Document parse(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // report by the exception, not on standard error
            return builder.parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a metatype XML document: " + e.getMessage(), e);
        }
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }
}
