package io.segue.deploy.internal.bundles;

/** Why a jar could not be installed, updated, resolved or started, in words an operator can act on. */
public final class DeployException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean conflict;

    public DeployException(String message) {
        this(message, null);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
        this.conflict = false;
    }

    private DeployException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    /** A jar that is fine by itself but clashes with another installed bundle: worth trying again when that goes. */
    public static DeployException conflict(String message) {
        return new DeployException(message, true);
    }

    public boolean isConflict() {
        return conflict;
    }
}
