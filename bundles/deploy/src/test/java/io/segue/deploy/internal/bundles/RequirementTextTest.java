package io.segue.deploy.internal.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

class RequirementTextTest {

    @Test
    void aPackageRangeReadsAsInTheManifest() {
        assertEquals("package org.foo [1.0.0,2.0.0)", text("osgi.wiring.package",
                "(&(osgi.wiring.package=org.foo)(version>=1.0.0)(!(version>=2.0.0)))"));
    }

    @Test
    void boundsCanBeInclusiveOrExclusiveOnEitherSide() {
        assertEquals("package org.foo (1.0.0,2.0.0]", text("osgi.wiring.package",
                "(&(osgi.wiring.package=org.foo)(!(version<=1.0.0))(version<=2.0.0))"));
    }

    @Test
    void aLowerBoundAloneIsOpenAbove() {
        assertEquals("package org.foo [1.2.0,∞)", text("osgi.wiring.package",
                "(&(osgi.wiring.package=org.foo)(version>=1.2.0))"));
    }

    @Test
    void anyVersionIsNotMentioned() {
        assertEquals("package org.foo",
                text("osgi.wiring.package", "(&(osgi.wiring.package=org.foo)(version>=0.0.0))"));
        assertEquals("package org.foo", text("osgi.wiring.package", "(osgi.wiring.package=org.foo)"));
    }

    @Test
    void bundlesAndHostsUseTheBundleVersion() {
        assertEquals("bundle io.foo [1.0.0,2.0.0)", text("osgi.wiring.bundle",
                "(&(osgi.wiring.bundle=io.foo)(bundle-version>=1.0.0)(!(bundle-version>=2.0.0)))"));
        assertEquals("host bundle io.foo", text("osgi.wiring.host", "(osgi.wiring.host=io.foo)"));
    }

    @Test
    void otherAttributesAreListed() {
        assertEquals("package org.foo with bundle-symbolic-name=io.foo", text("osgi.wiring.package",
                "(&(osgi.wiring.package=org.foo)(bundle-symbolic-name=io.foo))"));
    }

    @Test
    void otherNamespacesKeepTheirName() {
        assertEquals("osgi.ee JavaSE version 17", text("osgi.ee", "(&(osgi.ee=JavaSE)(version=17))"));
        assertEquals("osgi.extender osgi.component [1.5.0,2.0.0)", text("osgi.extender",
                "(&(osgi.extender=osgi.component)(version>=1.5.0)(!(version>=2.0.0)))"));
    }

    @Test
    void aFilterThatIsNotAConjunctionIsShownAsItIs() {
        assertEquals("osgi.service (|(objectClass=a.B)(objectClass=c.D))",
                text("osgi.service", "(|(objectClass=a.B)(objectClass=c.D))"));
    }

    private static String text(String namespace, String filter) {
        return RequirementText.of(new Requirement() {
            @Override
            public String getNamespace() {
                return namespace;
            }

            @Override
            public Map<String, String> getDirectives() {
                return Map.of("filter", filter);
            }

            @Override
            public Map<String, Object> getAttributes() {
                return Map.of();
            }

            @Override
            public Resource getResource() {
                return null;
            }
        });
    }
}
