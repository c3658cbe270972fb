package io.segue.shell.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.shell.internal.fakes.FelixMetatype;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetatypeXmlTest {

    @Test
    void readsTheSameBoundsAsFelixMetatype() throws IOException {
        for (String resource : new String[] {"stream-manager.xml", "device-mock.xml"}) {
            Map<String, Map<String, MetatypeXml.Bounds>> bounds = read(resource);
            int compared = 0;
            for (Configurable type : FelixMetatype.read(FelixMetatype.class, resource, "b")) {
                for (Setting felix : type.settings()) {
                    MetatypeXml.Bounds ours = bounds.getOrDefault(type.pid(), Map.of()).get(felix.key());
                    assertEquals(felix.min(), ours == null ? null : ours.min(), type.pid() + " " + felix.key());
                    assertEquals(felix.max(), ours == null ? null : ours.max(), type.pid() + " " + felix.key());
                    compared++;
                }
            }
            assertTrue(compared >= 4, resource + ": " + compared);
        }
    }

    @Test
    void keysBoundsByPidAndFactoryPid() throws IOException {
        Map<String, Map<String, MetatypeXml.Bounds>> bounds = read("device-mock.xml");

        assertEquals(new MetatypeXml.Bounds("1", "20000"), bounds.get("io.segue.device.tone").get("hz"));
        assertEquals(new MetatypeXml.Bounds("0", "1"), bounds.get("io.segue.device.mock").get("amplitude"));
        assertEquals(null, bounds.get("io.segue.device.mock").get("realtime"));
    }

    @Test
    void refusesSomethingThatIsNoXml() {
        InputStream notXml = new ByteArrayInputStream("windowSize=2048".getBytes(StandardCharsets.UTF_8));

        IOException e = assertThrows(IOException.class, () -> MetatypeXml.read(notXml, new HashMap<>()));
        assertTrue(e.getMessage().startsWith("not a metatype XML document"), e.getMessage());
    }

    private static Map<String, Map<String, MetatypeXml.Bounds>> read(String resource) throws IOException {
        Map<String, Map<String, MetatypeXml.Bounds>> bounds = new HashMap<>();
        try (InputStream xml = FelixMetatype.class.getResourceAsStream(resource)) {
            MetatypeXml.read(xml, bounds);
        }
        return bounds;
    }
}
