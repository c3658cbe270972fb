package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.DeviceType;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The runtime's bundles all start and register the platform's services, extractors, devices and commands. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    @Inject
    private BundleContext context;

    @Inject
    private AudioDevices devices;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private StreamingPipeline pipeline;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @Test
    public void everyBundleOfTheRuntimeIsInstalledAndActive() {
        Set<String> installed = new TreeSet<>();
        for (Bundle bundle : context.getBundles()) {
            installed.add(bundle.getSymbolicName());
        }
        Set<String> missing = new TreeSet<>();
        SegueRuntime.runBundles().forEach(jar -> missing.add(SegueRuntime.symbolicName(jar)));
        missing.removeAll(installed);
        assertEquals("runtime bundles not installed", Set.of(), missing);

        Await.until(() -> notActive().isEmpty(), TIMEOUT, () -> "bundles not ACTIVE: " + notActive());
    }

    @Test
    public void theStreamServicesArePresentAndIdle() {
        assertEquals(StreamState.STOPPED, streams.status().state());
        assertEquals("no frames before a stream", 0, pipeline.status().framesProcessed());
    }

    @Test
    public void theMockSineIsTheDefaultInputDevice() {
        // the mock provider binds to the device directory on its own schedule: wait for it, then look closely
        AudioDeviceInfo sine = Await.until(() -> devices.find("mock:sine").orElse(null), Objects::nonNull, TIMEOUT,
                "mock:sine in AudioDevices");
        assertEquals(DeviceType.INPUT, sine.type());
        assertTrue("mock:sine is its provider's default input", sine.defaultDevice());
        assertEquals("mock", sine.providerId());
        assertFalse("the shipped configuration is accepted: " + sine.description(),
                sine.description().contains("configuration refused"));
        assertEquals(Optional.of(sine), devices.defaultDevice(DeviceType.INPUT));
    }

    @Test
    public void theBuiltInExtractorsAreRegistered() {
        Await.until(this::extractorIds, ids -> ids.containsAll(Set.of("rms", "zcr", "spectral-centroid")), TIMEOUT,
                "FeatureExtractor services rms, zcr and spectral-centroid");
    }

    @Test
    public void theMockDevicesAreListed() {
        Await.until(() -> devices.list().stream().map(AudioDeviceInfo::id).toList(),
                ids -> ids.containsAll(List.of("mock:sine", "mock:noise", "mock:silence", "mock:clicks", "mock:file")),
                TIMEOUT, "mock devices in AudioDevices.list()");
    }

    @Test
    public void theSegueCommandsAreRegistered() {
        Await.until(this::segueCommands,
                names -> names.containsAll(
                        Set.of("devices", "start", "stop", "status", "extractors", "features", "analyze", "demo")),
                TIMEOUT, "Gogo commands in scope segue");
    }

    private List<String> notActive() {
        List<String> names = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE) {
                names.add(bundle.getSymbolicName() + " (state " + bundle.getState() + ")");
            }
        }
        return names;
    }

    private Set<String> extractorIds() {
        Set<String> ids = new TreeSet<>();
        try {
            for (ServiceReference<FeatureExtractor> reference : context.getServiceReferences(FeatureExtractor.class,
                    null)) {
                FeatureExtractor extractor = context.getService(reference);
                if (extractor != null) {
                    try {
                        ids.add(extractor.descriptor().id());
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        return ids;
    }

    private Set<String> segueCommands() {
        Set<String> names = new TreeSet<>();
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(null, "(osgi.command.scope=segue)");
            for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                Object functions = reference.getProperty("osgi.command.function");
                if (functions instanceof String[] array) {
                    names.addAll(Arrays.asList(array));
                } else if (functions != null) {
                    names.add(functions.toString());
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        return names;
    }
}
