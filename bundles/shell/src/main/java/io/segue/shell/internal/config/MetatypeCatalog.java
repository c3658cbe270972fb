package io.segue.shell.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Every pid and factory pid the metatype service knows, over all bundles, sorted by pid. */
public final class MetatypeCatalog {

    private static final String METATYPE_FOLDER = "OSGI-INF/metatype";

    private MetatypeCatalog() {
    }

    public static List<Configurable> of(Bundle[] bundles, MetaTypeService metatype) {
        List<Configurable> all = new ArrayList<>();
        for (Bundle bundle : bundles) {
            MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
            if (information == null) {
                continue;
            }
            Map<String, Map<String, MetatypeXml.Bounds>> bounds = bounds(bundle);
            add(all, information, information.getPids(), false, bundle, bounds);
            add(all, information, information.getFactoryPids(), true, bundle, bounds);
        }
        all.sort(Comparator.comparing(Configurable::pid));
        return all;
    }

    private static void add(List<Configurable> all, MetaTypeInformation information, String[] pids, boolean factory,
            Bundle bundle, Map<String, Map<String, MetatypeXml.Bounds>> bounds) {
        if (pids == null) {
            return;
        }
        for (String pid : pids) {
            ObjectClassDefinition ocd;
            try {
                ocd = information.getObjectClassDefinition(pid, null);
            } catch (IllegalArgumentException e) {
                continue; // designated but without a definition: nothing to show
            }
            Map<String, MetatypeXml.Bounds> pidBounds = bounds.getOrDefault(pid, Map.of());
            List<Setting> settings = new ArrayList<>();
            AttributeDefinition[] definitions = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
            for (AttributeDefinition definition : definitions == null ? new AttributeDefinition[0] : definitions) {
                MetatypeXml.Bounds range = pidBounds.get(definition.getID());
                settings.add(new Setting(definition, range == null ? null : range.min(),
                        range == null ? null : range.max()));
            }
            all.add(new Configurable(pid, factory, bundle.getSymbolicName(), ocd.getName(), ocd.getDescription(),
                    settings));
        }
    }

    /** The bounds from the bundle's metatype XML; none when it has no such resource or it cannot be read. */
    private static Map<String, Map<String, MetatypeXml.Bounds>> bounds(Bundle bundle) {
        Map<String, Map<String, MetatypeXml.Bounds>> bounds = new HashMap<>();
        Enumeration<URL> resources = bundle.findEntries(METATYPE_FOLDER, "*.xml", false);
        while (resources != null && resources.hasMoreElements()) {
            URL resource = resources.nextElement();
            try (InputStream xml = resource.openStream()) {
                MetatypeXml.read(xml, bounds);
            } catch (IOException e) {
                // the metatype service reports a broken resource itself; here the ranges are only shown blank
            }
        }
        return bounds;
    }
}
