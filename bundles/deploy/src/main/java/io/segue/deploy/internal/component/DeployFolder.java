package io.segue.deploy.internal.component;

import io.segue.deploy.internal.folder.DeployFolderWatcher;
import io.segue.deploy.internal.folder.FileStatus;
import io.segue.deploy.internal.folder.FolderPoller;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.converter.Converters;

/**
 * The deploy folder of the running Segue (see {@link DeployFolderWatcher}), configured by {@value DeployConfig#PID}.
 * A bad value is refused with a logged message naming the key and its range: at activation the defaults run, on a
 * change the previous folder and poll stay. A new folder is watched from then on; bundles installed from the
 * previous one stay installed.
 */
@Component(name = DeployConfig.PID, service = DeployFolder.class, immediate = true,
        configurationPid = DeployConfig.PID)
@Designate(ocd = DeployConfig.class)
public final class DeployFolder {

    private final BundleContext context;
    private final Logger log;
    private volatile DeploySettings settings;
    private volatile FolderPoller poller;

    @Activate
    public DeployFolder(BundleContext context, DeployConfig config,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.log = log;
        DeploySettings checked;
        try {
            checked = DeploySettings.of(config);
        } catch (IllegalArgumentException e) {
            checked = DeploySettings.of(Converters.standardConverter().convert(Map.of()).to(DeployConfig.class));
            log.warn(e.getMessage() + " (running on the defaults: " + describe(checked) + ")");
        }
        watch(checked);
    }

    @Modified
    void modified(DeployConfig config) {
        DeploySettings checked;
        try {
            checked = DeploySettings.of(config);
        } catch (IllegalArgumentException e) {
            log.warn(e.getMessage() + " (refused; still " + describe(settings) + ")");
            return;
        }
        if (!checked.equals(settings)) {
            poller.close();
            watch(checked);
        }
    }

    @Deactivate
    void deactivate() {
        poller.close();
    }

    /** The folder watched, absolute. */
    public Path folder() {
        return settings.folder();
    }

    public long pollMillis() {
        return settings.pollMillis();
    }

    /** Every jar in the folder, its bundle and its problem. */
    public List<FileStatus> status() {
        return poller.watcher().status();
    }

    /** Whether {@code location} is a jar in the folder. */
    public boolean holds(String location) {
        return poller.watcher().holds(location);
    }

    private void watch(DeploySettings checked) {
        settings = checked;
        poller = new FolderPoller(new DeployFolderWatcher(checked.folder(), context, log), checked.pollMillis(), log);
    }

    private static String describe(DeploySettings settings) {
        return "folder " + settings.folder() + ", looked at every " + settings.pollMillis() + " ms";
    }
}
