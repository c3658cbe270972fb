package io.segue.deploy.internal.commands;

import io.segue.deploy.internal.bundles.BundleInstaller;
import io.segue.deploy.internal.bundles.DeployException;
import io.segue.deploy.internal.component.DeployFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code segue:install}, {@code segue:uninstall} and {@code segue:deploy}. Gogo's own {@code install} and
 * {@code uninstall} (scope felix) stay; operators type the segue: prefix for these, which check the jar first and say
 * what is missing when it does not resolve.
 */
@Component(service = DeployCommands.class, immediate = true)
@GogoCommand(scope = "segue", function = {"install", "uninstall", "deploy"})
public final class DeployCommands {

    private final BundleContext context;
    private final BundleInstaller installer;
    /** For segue:deploy and for the warning when a bundle uninstalled by hand still has its jar in the folder. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeployFolder folder;

    @Activate
    public DeployCommands(BundleContext context) {
        this.context = context;
        this.installer = new BundleInstaller(context);
    }

    /** For tests: with the deploy folder given, or none. */
    DeployCommands(BundleContext context, DeployFolder folder) {
        this(context);
        this.folder = folder;
    }

    @Descriptor("install a bundle from a jar file or URL and start it (a fragment is only attached); a bundle "
            + "already installed from there is updated")
    public String install(@Descriptor("path of a jar file (relative to Segue's working directory), or a URL") String
            target) throws DeployException {
        try (JarSource source = JarSource.of(target)) {
            BundleInstaller.Deployed done = installer.deploy(source.location(), source.file());
            String what = (done.updated() ? "updated " : "installed ") + BundleInstaller.describe(done.bundle());
            if (done.problem() != null) {
                throw new DeployException(what + " from " + source.location() + ", but it " + done.problem()
                        + "; it stays installed, not started");
            }
            return what + (done.jar().fragment() ? " (a fragment, attached to its host)" : " and started")
                    + " from " + source.location();
        }
    }

    @Descriptor("uninstall a bundle (never the system bundle)")
    public String uninstall(@Descriptor("the bundle's id, symbolic name or location") String which)
            throws DeployException {
        Bundle bundle = find(which);
        String described = BundleInstaller.describe(bundle) + " (from " + bundle.getLocation() + ")";
        installer.uninstall(bundle);
        DeployFolder current = folder;
        if (current != null && current.holds(bundle.getLocation())) {
            Path file = Path.of(java.net.URI.create(bundle.getLocation()));
            if (Files.exists(file)) {
                return "uninstalled " + described + "; its jar is still in the deploy folder: delete it too, or it is "
                        + "installed again at the next start";
            }
        }
        return "uninstalled " + described;
    }

    @Descriptor("show the deploy folder: each jar with its bundle id, symbolic name, version, state and problem")
    public String deploy() {
        DeployFolder current = folder;
        if (current == null) {
            return "the deploy folder is not running (see the log for io.segue.deploy)";
        }
        return DeployStatusFormat.table(current.folder(), current.pollMillis(), current.status());
    }

    /** @throws DeployException when nothing, or more than one bundle, answers to {@code which} */
    private Bundle find(String which) throws DeployException {
        String text = which == null ? "" : which.strip();
        if (text.isEmpty()) {
            throw new DeployException("give a bundle id, symbolic name or location");
        }
        if (text.chars().allMatch(Character::isDigit)) {
            Bundle bundle = context.getBundle(Long.parseLong(text));
            if (bundle == null) {
                throw new DeployException("no bundle has id " + text);
            }
            return bundle;
        }
        Bundle byLocation = context.getBundle(text);
        if (byLocation != null) {
            return byLocation;
        }
        List<Bundle> named = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (text.equals(bundle.getSymbolicName())) {
                named.add(bundle);
            }
        }
        if (named.isEmpty()) {
            throw new DeployException("no bundle has the id, symbolic name or location '" + text + "'");
        }
        if (named.size() > 1) {
            List<String> described = new ArrayList<>();
            named.forEach(bundle -> described.add(BundleInstaller.describe(bundle)));
            throw new DeployException("several bundles are named " + text + " (" + String.join(", ", described)
                    + "): give the id");
        }
        return named.get(0);
    }
}
