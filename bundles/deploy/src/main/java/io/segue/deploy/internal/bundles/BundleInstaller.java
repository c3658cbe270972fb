package io.segue.deploy.internal.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs, updates, starts and uninstalls bundles from jar files, turning each way it can go wrong into a sentence:
 * used by the deploy folder and by {@code segue:install}/{@code segue:uninstall} alike.
 */
public final class BundleInstaller {

    /** How long a refresh may take before the caller goes on without waiting for it. */
    private static final long REFRESH_TIMEOUT_SECONDS = 60;

    private final BundleContext context;
    private final FrameworkWiring wiring;

    public BundleInstaller(BundleContext context) {
        this.context = context;
        this.wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }

    /**
     * What {@link #deploy} did.
     *
     * @param bundle  the bundle installed or updated
     * @param updated whether a bundle was already installed from the location (and was updated)
     * @param problem why it is not running (does not resolve, did not start), or null when it is (a fragment: when
     *                it is attached)
     */
    public record Deployed(Bundle bundle, BundleJar jar, boolean updated, String problem) {
    }

    /**
     * Installs the jar {@code file} at {@code location}, or updates the bundle already installed there (then
     * refreshes it), and starts it unless it is a fragment. A bundle that installs but does not resolve stays
     * installed and comes back with its problem.
     *
     * @throws DeployException when the file is missing, not a jar, not a bundle, has the symbolic name and version
     *                         of another installed bundle, or the framework refuses it
     */
    public Deployed deploy(String location, Path file) throws DeployException {
        BundleJar jar = BundleJar.read(file);
        String name = String.valueOf(file.getFileName());
        Bundle existing = context.getBundle(location);
        for (Bundle other : context.getBundles()) {
            if (other != existing && jar.symbolicName().equals(other.getSymbolicName())
                    && jar.version().equals(other.getVersion())) {
                throw DeployException.conflict(name + " is " + jar.label() + ", which is already installed as "
                        + describe(other) + " from " + other.getLocation() + " (a symbolic name and version can be "
                        + "installed once)");
            }
        }
        Bundle bundle;
        try (InputStream in = Files.newInputStream(file)) {
            if (existing == null) {
                bundle = context.installBundle(location, in);
            } else {
                existing.update(in);
                bundle = existing;
            }
        } catch (IOException e) {
            throw new DeployException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (BundleException e) {
            throw new DeployException(name + " (" + jar.label() + ") was refused by the framework: " + e.getMessage(),
                    e);
        }
        if (existing != null) {
            refresh(List.of(bundle));
        }
        return new Deployed(bundle, jar, existing != null, start(bundle));
    }

    /**
     * Resolves and starts {@code bundle} (a fragment: resolves it, refreshing a resolved host so that it attaches).
     *
     * @return why it is not running ("does not resolve: needs package ...", "did not start: ..."), or null
     */
    public String start(Bundle bundle) {
        return start(bundle, true);
    }

    /**
     * Tries again to resolve and start a bundle that did not resolve, now that other bundles changed; unlike
     * {@link #start(Bundle)} it never refreshes a fragment's host (that restarts the host, and is done once, when the
     * fragment arrives).
     *
     * @return why it is still not running, or null
     */
    public String retry(Bundle bundle) {
        return start(bundle, false);
    }

    private String start(Bundle bundle, boolean refreshHosts) {
        if (bundle.getState() == Bundle.UNINSTALLED) {
            return "was uninstalled";
        }
        boolean fragment = isFragment(bundle);
        boolean resolved = wiring.resolveBundles(List.of(bundle));
        if (fragment) {
            if (!resolved && refreshHosts) {
                List<Bundle> hosts = resolvedHosts(bundle);
                if (!hosts.isEmpty()) {
                    // a host resolved before its fragment arrived takes the fragment only when it resolves again
                    refresh(hosts);
                    resolved = wiring.resolveBundles(List.of(bundle));
                }
            }
            return resolved ? null : unresolved(bundle, "no host bundle takes it");
        }
        try {
            // also when it does not resolve: marked started, it is tried again when bundles change
            bundle.start();
            return null;
        } catch (BundleException e) {
            if ((bundle.getState() & Bundle.INSTALLED) != 0) {
                return unresolved(bundle, e.getMessage());
            }
            return "did not start: " + e.getMessage();
        } catch (IllegalStateException e) {
            return "was uninstalled";
        }
    }

    /** "does not resolve: " and the missing requirements, or the framework's words when none is missing. */
    private String unresolved(Bundle bundle, String otherwise) {
        List<String> reasons = ResolutionProblem.of(bundle, wiring);
        return "does not resolve: " + (reasons.isEmpty() ? otherwise : String.join("; ", reasons));
    }

    /**
     * Uninstalls {@code bundle} and refreshes the framework so that bundles wired to it let go of it.
     *
     * @throws DeployException for the system bundle, or when the framework refuses
     */
    public void uninstall(Bundle bundle) throws DeployException {
        if (bundle.getBundleId() == 0) {
            throw new DeployException(describe(bundle) + " is the system bundle (the framework); it cannot be "
                    + "uninstalled");
        }
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new DeployException(describe(bundle) + " could not be uninstalled: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new DeployException(describe(bundle) + " is already uninstalled", e);
        }
        refresh(List.of(bundle));
    }

    /**
     * Refreshes {@code bundles} and those wired to them, and waits until the framework says it is done.
     *
     * @return false when it had not finished after a minute (it goes on in the background)
     */
    public boolean refresh(Collection<Bundle> bundles) {
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(bundles, event -> done.countDown());
        try {
            return done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    /** "bundle 12 io.foo 1.2.0". */
    public static String describe(Bundle bundle) {
        return "bundle " + bundle.getBundleId() + " " + bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private List<Bundle> resolvedHosts(Bundle fragment) {
        List<Bundle> hosts = new ArrayList<>();
        BundleRevision revision = fragment.adapt(BundleRevision.class);
        for (BundleRequirement host : revision.getDeclaredRequirements(HostNamespace.HOST_NAMESPACE)) {
            for (BundleCapability capability : ResolutionProblem.providers(host, wiring)) {
                if (capability.getRevision().getWiring() != null) {
                    hosts.add(capability.getRevision().getBundle());
                }
            }
        }
        return hosts;
    }
}
