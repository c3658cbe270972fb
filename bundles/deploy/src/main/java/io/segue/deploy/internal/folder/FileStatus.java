package io.segue.deploy.internal.folder;

/**
 * One jar of the deploy folder as {@code segue:deploy} shows it.
 *
 * @param file         the file name
 * @param bundleId     its bundle's id, or -1 when none is installed from it
 * @param symbolicName its bundle's symbolic name, or null
 * @param version      its bundle's version, or null
 * @param state        the bundle's state (ACTIVE, RESOLVED, INSTALLED, ...), or what happens to the file (COPYING
 *                     while it still changes, FAILED when it cannot be installed)
 * @param problem      why it is not running, or null
 */
public record FileStatus(String file, long bundleId, String symbolicName, String version, String state,
        String problem) {
}
