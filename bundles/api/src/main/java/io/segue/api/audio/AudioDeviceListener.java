package io.segue.api.audio;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when a device appears or disappears. Register as a service (whiteboard). Called on the thread that noticed
 * the change; a listener must return quickly.
 */
@ConsumerType
@FunctionalInterface
public interface AudioDeviceListener {

    void deviceChanged(DeviceChange change);
}
