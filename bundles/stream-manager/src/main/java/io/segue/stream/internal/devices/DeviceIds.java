package io.segue.stream.internal.devices;

/** Device ids are {@code provider:name}, optionally followed by {@code ?options} for the provider. */
final class DeviceIds {

    private DeviceIds() {
    }

    /** The id without options. */
    static String base(String deviceId) {
        int query = deviceId.indexOf('?');
        return query < 0 ? deviceId : deviceId.substring(0, query);
    }

    /** The provider part of the id, or the whole id when it has no colon. */
    static String provider(String deviceId) {
        String base = base(deviceId);
        int colon = base.indexOf(':');
        return colon < 0 ? base : base.substring(0, colon);
    }
}
