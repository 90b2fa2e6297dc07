package io.jcompose.spec.interpolation;

import io.jcompose.spec.ComposeException;

/** {@code ${VAR:?reason}} or {@code ${VAR?reason}} met a variable without a (non-empty) value. */
public final class MissingRequiredVariableException extends ComposeException {

    private static final long serialVersionUID = 1L;

    private final String variable;
    private final String reason;

    public MissingRequiredVariableException(String variable, String reason) {
        super(reason.isEmpty()
                ? "required variable " + variable + " is missing a value"
                : "required variable " + variable + " is missing a value: " + reason);
        this.variable = variable;
        this.reason = reason;
    }

    public String variable() {
        return variable;
    }

    public String reason() {
        return reason;
    }
}
