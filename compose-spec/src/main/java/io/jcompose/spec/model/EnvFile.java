package io.jcompose.spec.model;

import java.util.Objects;
import java.util.Optional;

/** One {@code env_file} entry; its variables are already folded into the service's environment. */
public record EnvFile(String path, boolean required, Optional<String> format) {

    public EnvFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(format);
    }
}
