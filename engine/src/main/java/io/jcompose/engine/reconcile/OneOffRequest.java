package io.jcompose.engine.reconcile;

import io.jcompose.engine.container.ContainerCreate;
import io.jcompose.engine.container.ContainerCreateException;
import io.jcompose.engine.container.ContainerCreateRequest;
import io.jcompose.engine.container.CreateContext;
import io.jcompose.network.ServiceAttachment;
import io.jcompose.network.ServiceNetworking;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.volumes.MountPlan;
import io.jcompose.volumes.MountPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The create call of a {@code run} one-off container: the service's mapping as {@code up} makes it, with the
 * one-off labels ({@code oneoff=True}, the slug, no container number) and name, its own fresh anonymous volumes,
 * and network aliases only with {@code --use-aliases}. The command-line overrides are the caller's.
 */
public final class OneOffRequest {

    private OneOffRequest() {
    }

    /**
     * @param imageId the local id of the service's image, for the image label
     * @param imageVolumes the image's VOLUME paths, which get anonymous volumes
     * @param serviceContainers container id per service, for {@code service:x} references
     */
    public static ContainerCreateRequest of(ProjectContext project, ServiceConfig service, String name, String slug,
            String imageId, Set<String> imageVolumes, Map<String, String> serviceContainers, boolean useAliases,
            boolean attachStdin, boolean autoRemove) {
        Map<String, String> networkNames = new LinkedHashMap<>();
        for (ServiceAttachment attachment : ServiceNetworking.of(project.project(), service).attachments()) {
            networkNames.put(attachment.networkKey(), attachment.networkName());
        }
        MountPlan mounts = MountPlanner.plan(project.project(), service, List.of(), imageVolumes, false);
        for (String path : mounts.hostPathsToCreate()) {
            try {
                Files.createDirectories(Path.of(path));
            } catch (IOException e) {
                throw new ContainerCreateException(service.name(), "cannot create bind source " + path + ": "
                        + e.getMessage());
            }
        }
        String image = service.image().orElseThrow(() -> new ReconcileException("service " + service.name()
                + " has no image: building images is not supported yet"));
        CreateContext create = CreateContext.of(name, image, project.labels().oneOff(service, slug, imageId),
                        project.apiVersion(), networkNames, project.labels().workingDirectory())
                .withVolumes(mounts.binds(), mounts.mounts().stream().map(EngineMounts::of).toList())
                .withServiceContainers(serviceContainers)
                .withOneOff(useAliases, attachStdin, autoRemove);
        return ContainerCreate.request(service, create);
    }
}
