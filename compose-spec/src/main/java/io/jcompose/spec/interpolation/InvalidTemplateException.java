package io.jcompose.spec.interpolation;

import io.jcompose.spec.ComposeException;

/** A {@code ${...}} that compose cannot parse, such as {@code ${}} or {@code ${FOO }}. */
public final class InvalidTemplateException extends ComposeException {

    private static final long serialVersionUID = 1L;

    private final String template;

    public InvalidTemplateException(String template) {
        super("Invalid template: " + GoQuote.quote(template));
        this.template = template;
    }

    /** The template text that failed, as compose reports it. */
    public String template() {
        return template;
    }
}
