package io.segue.device.mock.internal.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceRequestTest {

    @Test
    void aPlainIdHasNoOptions() {
        DeviceRequest request = DeviceRequest.parse("mock:clicks");

        assertEquals(MockDevice.CLICKS, request.device());
        assertEquals(Map.of(), request.options());
        assertEquals(Map.of(), DeviceRequest.parse("mock:clicks?").options());
    }

    @Test
    void optionsKeepTheirOrder() {
        DeviceRequest request = DeviceRequest.parse("mock:sine?hz=880&amplitude=0.25&realtime=false");

        assertEquals(MockDevice.SINE, request.device());
        assertEquals(List.of("hz", "amplitude", "realtime"), List.copyOf(request.options().keySet()));
        assertEquals("880", request.options().get("hz"));
        assertEquals("0.25", request.options().get("amplitude"));
    }

    @Test
    void aPathIsTakenLiterallyUpToTheNextAmpersand() {
        DeviceRequest request = DeviceRequest.parse("mock:file?path=/music/a=b?c d.wav&realtime=false");

        assertEquals(Map.of("path", "/music/a=b?c d.wav", "realtime", "false"), request.options());
    }

    @Test
    void emptySegmentsAreIgnored() {
        assertEquals(Map.of("seed", "7"), DeviceRequest.parse("mock:noise?&seed=7&").options());
    }

    @Test
    void optionsApplyOverTheSettings() {
        MockSettings base = new MockSettings(440, 0.5, 120, 0, "", true);

        assertEquals(new MockSettings(880, 0.25, 120, 0, "", false),
                DeviceRequest.parse("mock:sine?hz=880&amplitude=0.25&realtime=false").applyTo(base));
        assertEquals(base, DeviceRequest.parse("mock:sine").applyTo(base));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mock:organ         | unknown device 'mock:organ'; mock devices are: mock:sine, mock:noise, mock:silence, "
                + "mock:clicks, mock:file, mock:wav-out",
        "javasound:default  | unknown device 'javasound:default'; mock devices are: mock:sine, mock:noise, "
                + "mock:silence, mock:clicks, mock:file, mock:wav-out",
        "mock:sine?bpm=120  | unknown option 'bpm' for mock:sine; allowed: hz, amplitude, realtime, and the faults "
                + "disconnectAfter, glitchEvery, jitterMillis, stallAfter, stallMillis",
        "mock:silence?hz=1  | unknown option 'hz' for mock:silence; allowed: realtime, and the faults "
                + "disconnectAfter, glitchEvery, jitterMillis, stallAfter, stallMillis",
        "mock:file?seed=1   | unknown option 'seed' for mock:file; allowed: path, realtime, and the faults "
                + "disconnectAfter, glitchEvery, jitterMillis, stallAfter, stallMillis",
        "mock:wav-out?glitchEvery=100 | unknown option 'glitchEvery' for mock:wav-out; allowed: file, bufferMillis, "
                + "realtime, and the faults disconnectAfter, jitterMillis, stallAfter, stallMillis",
        "mock:noise?seed    | option 'seed' of mock:noise has no value (expected seed=<value>)",
        "mock:clicks?bpm=1&bpm=2 | option 'bpm' of mock:clicks is given twice"
    })
    void aBadIdSaysWhatIsAllowed(String id, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceRequest.parse(id));

        assertEquals(message, e.getMessage());
    }
}
