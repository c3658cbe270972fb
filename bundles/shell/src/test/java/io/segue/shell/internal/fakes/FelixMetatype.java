package io.segue.shell.internal.fakes;

import io.segue.shell.internal.config.Configurable;
import io.segue.shell.internal.config.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.metatype.AD;
import org.apache.felix.metatype.Designate;
import org.apache.felix.metatype.MetaData;
import org.apache.felix.metatype.MetaDataReader;
import org.apache.felix.metatype.OCD;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * Metatype as the runtime's Felix MetaType reads it: a metatype XML resource parsed by Felix's own reader, its
 * attribute definitions validating with Felix's rules. The bounds come from Felix's reading too, independently of
 * the shell's {@code MetatypeXml}.
 */
public final class FelixMetatype {

    private FelixMetatype() {
    }

    /** Every pid the resource (next to {@code near}) designates, as described by bundle {@code bundle}. */
    @SuppressWarnings("unchecked")
    public static List<Configurable> read(Class<?> near, String resource, String bundle) throws IOException {
        MetaData metadata;
        try (InputStream xml = near.getResourceAsStream(resource)) {
            if (xml == null) {
                throw new IOException("no test resource " + resource + " next to " + near.getName());
            }
            metadata = new MetaDataReader().parse(xml);
        }
        List<Configurable> all = new ArrayList<>();
        for (Designate designate : (List<Designate>) metadata.getDesignates()) {
            OCD ocd = (OCD) metadata.getObjectClassDefinitions().get(designate.getObject().getOcdRef());
            List<Setting> settings = new ArrayList<>();
            for (AD ad : ((Map<String, AD>) ocd.getAttributeDefinitions()).values()) {
                settings.add(new Setting(new FelixAttribute(ad), ad.getMin(), ad.getMax()));
            }
            boolean factory = designate.getFactoryPid() != null;
            all.add(new Configurable(factory ? designate.getFactoryPid() : designate.getPid(), factory, bundle,
                    ocd.getName(), ocd.getDescription(), settings));
        }
        return all;
    }

    /** Felix's attribute definition behind the OSGi interface (Felix's own wrapper is package-private). */
    public record FelixAttribute(AD ad) implements AttributeDefinition {

        @Override
        public String getName() {
            return ad.getName();
        }

        @Override
        public String getID() {
            return ad.getID();
        }

        @Override
        public String getDescription() {
            return ad.getDescription();
        }

        @Override
        public int getCardinality() {
            return ad.getCardinality();
        }

        @Override
        public int getType() {
            return ad.getType();
        }

        @Override
        public String[] getOptionValues() {
            return ad.getOptionValues();
        }

        @Override
        public String[] getOptionLabels() {
            return ad.getOptionLabels();
        }

        @Override
        public String validate(String value) {
            return ad.validate(value);
        }

        @Override
        public String[] getDefaultValue() {
            return ad.getDefaultValue();
        }
    }
}
