package io.segue.api.config;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The rules a component applies to its configuration beyond what its metatype says (a hop no longer than the
 * window, a queue that fits in memory), offered before a change is made. Register as a service with the property
 * {@link #PID} naming the configuration it checks; tools that change configuration (the shell's
 * {@code segue:config set}) ask every check of the pid first and refuse the change when one finds a problem. The
 * component still validates what it receives: a check only lets the refusal reach the person who asked.
 */
@ConsumerType
public interface ConfigurationCheck {

    /** Service property: the persistent id of the configuration checked (a String, or String[] for several). */
    String PID = "segue.config.pid";

    /**
     * Why the component would refuse {@code properties}, or empty when it would take them.
     *
     * @param pid        the configuration's persistent id
     * @param properties the whole configuration as it would be after the change
     */
    Optional<String> problem(String pid, Map<String, Object> properties);
}
