package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.AudioFormat;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The Java Sound provider in the runtime: on a machine without a sound card (CI, this one) it starts, wires
 * {@code javax.sound.sampled} from the framework, lists no device, and says so when asked for one; the mock
 * devices stay available.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JavaSoundIT {

    @Inject
    private BundleContext context;

    @Inject
    private AudioDevices devices;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @Test
    public void theProviderStartsAndListsTheSoundCardsThereAre() throws Exception {
        Await.until(() -> provider() != null, TIMEOUT, () -> "a javasound AudioDeviceProvider service");
        AudioDeviceProvider javaSound = provider();

        assertTrue("no sound card on this machine: " + javaSound.devices(), javaSound.devices().isEmpty());
        IllegalArgumentException e = assertThrowsIllegalArgument(
                () -> javaSound.openInput("javasound:default", AudioFormat.mono(22050)));
        assertTrue(e.getMessage(), e.getMessage().contains("no Java Sound device has id 'javasound:default'"));
        assertTrue("the mock devices are still listed",
                devices.list().stream().anyMatch(d -> d.id().equals("mock:sine")));
        assertEquals("no javasound device among all devices", 0,
                devices.list().stream().filter(d -> d.id().startsWith("javasound:")).count());
    }

    @Test
    public void withoutASoundCardTheStreamStartsOnTheFallbackAndSaysSo() throws Exception {
        org.osgi.service.cm.Configuration stream = configurationAdmin.getConfiguration("io.segue.stream", "?");
        Dictionary<String, Object> shipped = Await.until(stream::getProperties, p -> p != null, TIMEOUT,
                "configuration io.segue.stream from config/");
        Dictionary<String, Object> wanted = new Hashtable<>();
        Collections.list(shipped.keys()).forEach(key -> wanted.put(key, shipped.get(key)));
        wanted.put("device", "javasound:default");
        stream.update(wanted);
        try {
            // the configuration reaches the stream manager asynchronously: start until it has
            StreamStatus started = Await.until(this::startOnce, StreamStatus::onFallback, TIMEOUT,
                    "a start on the fallback");
            assertEquals(StreamState.RUNNING, started.state());
            assertEquals("mock:sine", started.deviceId());
            assertEquals("javasound:default", started.preferredDevice());
            assertTrue(started.message(), started.message().startsWith("running on the fallback device mock:sine:"
                    + " the configured device javasound:default is unavailable (no audio device 'javasound:default'"));
        } finally {
            streams.stop();
            stream.update(shipped);
        }
    }

    private StreamStatus startOnce() {
        try {
            StreamStatus status = streams.start();
            if (!status.onFallback()) {
                streams.stop();
            }
            return status;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private AudioDeviceProvider provider() {
        Collection<ServiceReference<AudioDeviceProvider>> references;
        try {
            references = context.getServiceReferences(AudioDeviceProvider.class, "(objectClass=*)");
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        for (ServiceReference<AudioDeviceProvider> reference : references) {
            AudioDeviceProvider provider = context.getService(reference);
            if (provider != null && provider.id().equals("javasound")) {
                return provider;
            }
        }
        return null;
    }

    private interface Call {
        void run() throws Exception;
    }

    private static IllegalArgumentException assertThrowsIllegalArgument(Call call) throws Exception {
        try {
            call.run();
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("expected IllegalArgumentException");
    }
}
