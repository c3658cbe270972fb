package io.segue.deploy.internal.bundles;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * A requirement in the words of its manifest header: {@code package org.foo [1.0.0,2.0.0)} rather than the filter
 * {@code (&(osgi.wiring.package=org.foo)(version>=1.0.0)(!(version>=2.0.0)))}. Filters that are not a plain
 * conjunction of comparisons are shown as they are.
 */
public final class RequirementText {

    private RequirementText() {
    }

    /** What the requirement asks for, e.g. "package org.foo [1.0.0,2.0.0)" or "host bundle io.foo". */
    public static String of(Requirement requirement) {
        String namespace = requirement.getNamespace();
        String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        String kind = switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "package";
            case BundleNamespace.BUNDLE_NAMESPACE -> "bundle";
            case HostNamespace.HOST_NAMESPACE -> "host bundle";
            default -> namespace;
        };
        if (filter == null) {
            return kind;
        }
        List<Term> terms = Term.conjunction(filter.strip());
        if (terms == null) {
            return kind + " " + filter;
        }
        String versionKey = namespace.equals(PackageNamespace.PACKAGE_NAMESPACE) ? "version"
                : namespace.equals(BundleNamespace.BUNDLE_NAMESPACE) || namespace.equals(HostNamespace.HOST_NAMESPACE)
                        ? "bundle-version" : "version";
        StringBuilder text = new StringBuilder(kind);
        String name = null;
        VersionRange range = new VersionRange();
        List<String> others = new ArrayList<>();
        for (Term term : terms) {
            if (term.key().equals(namespace) && term.op().equals("=") && !term.negated() && name == null) {
                name = term.value();
            } else if (term.key().equals(versionKey) && range.add(term)) {
                continue;
            } else {
                others.add(term.toString());
            }
        }
        if (name != null) {
            text.append(' ').append(name);
        }
        String versions = range.toString();
        if (!versions.isEmpty()) {
            text.append(' ').append(versions);
        }
        if (!others.isEmpty()) {
            text.append(" with ").append(String.join(", ", others));
        }
        return text.toString();
    }

    /** Collects bounds; answers false for a term it cannot express as a bound. */
    private static final class VersionRange {
        private String lower;
        private boolean lowerInclusive;
        private String upper;
        private boolean upperInclusive;
        private String exact;

        boolean add(Term term) {
            String op = term.op();
            if (op.equals("=") && !term.negated() && exact == null) {
                exact = term.value();
            } else if (op.equals(">=") && !term.negated() && lower == null) {
                lower = term.value();
                lowerInclusive = true;
            } else if (op.equals(">=") && term.negated() && upper == null) {
                upper = term.value();
                upperInclusive = false;
            } else if (op.equals("<=") && !term.negated() && upper == null) {
                upper = term.value();
                upperInclusive = true;
            } else if (op.equals("<=") && term.negated() && lower == null) {
                lower = term.value();
                lowerInclusive = false;
            } else {
                return false;
            }
            return true;
        }

        @Override
        public String toString() {
            if (exact != null) {
                return "version " + exact;
            }
            boolean anyLower = lower == null || lower.equals("0.0.0") && lowerInclusive;
            if (anyLower && upper == null) {
                return "";
            }
            return (lowerInclusive || lower == null ? "[" : "(") + (lower == null ? "0.0.0" : lower) + ","
                    + (upper == null ? "∞)" : upper + (upperInclusive ? "]" : ")"));
        }
    }

    /** One comparison {@code (key op value)}, possibly inside {@code (!...)}. */
    private record Term(String key, String op, String value, boolean negated) {

        /** The terms of {@code (&(a)(b)...)} or of a single comparison; null for anything else (|, nesting). */
        static List<Term> conjunction(String filter) {
            if (filter.startsWith("(&") && filter.endsWith(")")) {
                List<Term> terms = new ArrayList<>();
                String rest = filter.substring(2, filter.length() - 1);
                int at = 0;
                while (at < rest.length()) {
                    int end = closing(rest, at);
                    if (rest.charAt(at) != '(' || end < 0) {
                        return null;
                    }
                    Term term = single(rest.substring(at, end + 1));
                    if (term == null) {
                        return null;
                    }
                    terms.add(term);
                    at = end + 1;
                }
                return terms;
            }
            Term term = single(filter);
            return term == null ? null : List.of(term);
        }

        private static Term single(String filter) {
            if (filter.startsWith("(!(") && filter.endsWith("))")) {
                Term inner = comparison(filter.substring(2, filter.length() - 1));
                return inner == null ? null : new Term(inner.key, inner.op, inner.value, true);
            }
            return comparison(filter);
        }

        private static Term comparison(String filter) {
            if (!filter.startsWith("(") || !filter.endsWith(")")) {
                return null;
            }
            String body = filter.substring(1, filter.length() - 1);
            if (body.indexOf('(') >= 0 || body.indexOf(')') >= 0) {
                return null;
            }
            for (String op : new String[] {">=", "<=", "~=", "="}) {
                int at = body.indexOf(op);
                if (at > 0) {
                    return new Term(body.substring(0, at).strip(), op, body.substring(at + op.length()).strip(),
                            false);
                }
            }
            return null;
        }

        /** Index of the parenthesis closing the one at {@code from}, or -1. */
        private static int closing(String text, int from) {
            int depth = 0;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String toString() {
            return (negated ? "not " : "") + key + op + value;
        }
    }
}
