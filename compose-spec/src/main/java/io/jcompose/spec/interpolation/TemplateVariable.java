package io.jcompose.spec.interpolation;

import java.util.Optional;

/**
 * One variable a template uses, as {@code config --variables} lists it.
 *
 * @param defaultValue   the {@code :-}/{@code -} fallback, when the template gives a non-empty one
 * @param alternateValue the {@code :+}/{@code +} replacement, when the template gives a non-empty one
 */
public record TemplateVariable(String name, boolean required, Optional<String> defaultValue,
        Optional<String> alternateValue) {
}
