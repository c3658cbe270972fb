package io.segue.deploy.internal.bundles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * Why an installed bundle does not resolve, told from its requirements and the capabilities the framework has: each
 * mandatory requirement that nothing installed provides ("needs package org.foo [1.0.0,2.0.0), which no installed
 * bundle exports"), or that only bundles which do not resolve themselves provide.
 */
public final class ResolutionProblem {

    private ResolutionProblem() {
    }

    /**
     * The requirements of {@code bundle}'s current revision that stop it resolving, one sentence each; empty when
     * every mandatory requirement has a resolvable provider (then the cause is elsewhere: a uses conflict, a
     * singleton already resolved, and the framework's own message is the best there is).
     */
    public static List<String> of(Bundle bundle, FrameworkWiring wiring) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> problems = new ArrayList<>();
        if (revision == null) {
            return problems;
        }
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            if (!mandatoryForResolution(requirement)) {
                continue;
            }
            Collection<BundleCapability> providers = providers(requirement, wiring);
            if (providers.isEmpty()) {
                problems.add("needs " + RequirementText.of(requirement) + ", " + missing(requirement.getNamespace()));
            } else if (providers.stream().allMatch(ResolutionProblem::unresolved)) {
                List<String> names = new ArrayList<>();
                for (BundleCapability provider : providers) {
                    Bundle from = provider.getRevision().getBundle();
                    names.add(from.getSymbolicName() + " " + from.getVersion() + " (bundle " + from.getBundleId()
                            + ")");
                }
                problems.add("needs " + RequirementText.of(requirement) + ", which only " + String.join(", ", names)
                        + (names.size() == 1 ? " provides, and it does not resolve" : " provide, and none resolves"));
            }
        }
        return problems;
    }

    /**
     * The capabilities installed bundles offer for {@code requirement}: the framework's answer, plus a look at every
     * bundle's declared capabilities (Felix 7 does not answer for the host of a fragment).
     */
    static Set<BundleCapability> providers(BundleRequirement requirement, FrameworkWiring wiring) {
        Set<BundleCapability> providers = new LinkedHashSet<>(wiring.findProviders(requirement));
        BundleContext context = wiring.getBundle().getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null || bundle.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            for (BundleCapability capability : revision.getDeclaredCapabilities(requirement.getNamespace())) {
                if (requirement.matches(capability)) {
                    providers.add(capability);
                }
            }
        }
        return providers;
    }

    private static boolean mandatoryForResolution(BundleRequirement requirement) {
        String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
        String effective = requirement.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
        return !Namespace.RESOLUTION_OPTIONAL.equals(resolution)
                && !PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution)
                && (effective == null || Namespace.EFFECTIVE_RESOLVE.equals(effective));
    }

    private static boolean unresolved(BundleCapability capability) {
        BundleRevision revision = capability.getRevision();
        return revision.getWiring() == null && (revision.getBundle().getState() & Bundle.INSTALLED) != 0;
    }

    private static String missing(String namespace) {
        return switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "which no installed bundle exports";
            case BundleNamespace.BUNDLE_NAMESPACE, HostNamespace.HOST_NAMESPACE -> "which is not installed";
            default -> "which no installed bundle provides";
        };
    }
}
