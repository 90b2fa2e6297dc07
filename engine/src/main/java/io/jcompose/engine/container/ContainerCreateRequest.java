package io.jcompose.engine.container;

import io.jcompose.engine.api.ContainerCreateBody;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code POST /containers/create} and what follows it before start.
 *
 * @param name the name to create under (the temporary name during a recreate)
 * @param platform the {@code platform} query parameter ({@code os/arch[/variant]}), when the service asks for one
 * @param body the create body
 * @param connects networks to join after create, in priority order: on Engine API &lt; 1.44 only the primary
 *     network is joined at create
 */
public record ContainerCreateRequest(String name, Optional<String> platform, ContainerCreateBody body,
        List<NetworkConnect> connects) {

    public ContainerCreateRequest {
        Objects.requireNonNull(name);
        Objects.requireNonNull(platform);
        Objects.requireNonNull(body);
        connects = List.copyOf(connects);
    }
}
