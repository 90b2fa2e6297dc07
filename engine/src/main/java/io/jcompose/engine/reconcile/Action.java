package io.jcompose.engine.reconcile;

import io.jcompose.network.DesiredNetwork;
import io.jcompose.volumes.DesiredVolume;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One engine call of a plan. {@link #text()} is its golden form, {@code <Kind> <subject> (<cause>)};
 * {@link #resource()}, {@link #working()} and {@link #done()} are what the progress display shows
 * ({@code Container demo-web-1  Creating} then {@code Created}).
 */
public sealed interface Action {

    String subject();

    String cause();

    String resource();

    String working();

    String done();

    Future<Void> execute(Execution execution);

    default String text() {
        return getClass().getSimpleName() + " " + subject() + (cause().isEmpty() ? "" : " (" + cause() + ")");
    }

    /** A reference to a container: the observed id, or the name of one this plan creates. */
    record ContainerRef(String name, Optional<String> id) {
        public ContainerRef {
            Objects.requireNonNull(name);
            Objects.requireNonNull(id);
        }

        static ContainerRef observed(ObservedContainer container) {
            return new ContainerRef(container.name(), Optional.of(container.id()));
        }

        static ContainerRef planned(String name) {
            return new ContainerRef(name, Optional.empty());
        }
    }

    record PullImage(String image, String cause) implements Action {
        public String subject() {
            return image;
        }

        public String resource() {
            return "Image " + image;
        }

        public String working() {
            return "Pulling";
        }

        public String done() {
            return "Pulled";
        }

        public Future<Void> execute(Execution execution) {
            return execution.pull(image);
        }
    }

    record CreateNetwork(DesiredNetwork network, String cause) implements Action {
        public String subject() {
            return network.name();
        }

        public String resource() {
            return "Network " + network.name();
        }

        public String working() {
            return "Creating";
        }

        public String done() {
            return "Created";
        }

        public Future<Void> execute(Execution execution) {
            return execution.createNetwork(network);
        }
    }

    record DisconnectNetwork(String network, ContainerRef container, String cause) implements Action {
        public String subject() {
            return container.name() + " from " + network;
        }

        public String resource() {
            return "Container " + container.name();
        }

        public String working() {
            return "Disconnecting";
        }

        public String done() {
            return "Disconnected";
        }

        public Future<Void> execute(Execution execution) {
            return execution.disconnect(network, container);
        }
    }

    record RemoveNetwork(String network, String id, String cause) implements Action {
        public String subject() {
            return network;
        }

        public String resource() {
            return "Network " + network;
        }

        public String working() {
            return "Removing";
        }

        public String done() {
            return "Removed";
        }

        public Future<Void> execute(Execution execution) {
            return execution.removeNetwork(network, id);
        }
    }

    record CreateVolume(DesiredVolume volume, String cause) implements Action {
        public String subject() {
            return volume.name();
        }

        public String resource() {
            return "Volume " + volume.name();
        }

        public String working() {
            return "Creating";
        }

        public String done() {
            return "Created";
        }

        public Future<Void> execute(Execution execution) {
            return execution.createVolume(volume);
        }
    }

    record RemoveVolume(String volume, String cause) implements Action {
        public String subject() {
            return volume;
        }

        public String resource() {
            return "Volume " + volume;
        }

        public String working() {
            return "Removing";
        }

        public String done() {
            return "Removed";
        }

        public Future<Void> execute(Execution execution) {
            return execution.removeVolume(volume);
        }
    }

    record RemoveImage(String image, String cause) implements Action {
        public String subject() {
            return image;
        }

        public String resource() {
            return "Image " + image;
        }

        public String working() {
            return "Removing";
        }

        public String done() {
            return "Removed";
        }

        public Future<Void> execute(Execution execution) {
            return execution.removeImage(image);
        }
    }

    record CreateContainer(ContainerRecipe recipe, String cause) implements Action {
        public String subject() {
            return recipe.createName();
        }

        public String resource() {
            return "Container " + recipe.name();
        }

        public String working() {
            return recipe.temporaryName().isPresent() ? "Recreate" : "Creating";
        }

        public String done() {
            return recipe.temporaryName().isPresent() ? "Recreated" : "Created";
        }

        public Future<Void> execute(Execution execution) {
            return execution.create(recipe);
        }
    }

    record StartContainer(ContainerRef container, String cause) implements Action {
        public String subject() {
            return container.name();
        }

        public String resource() {
            return "Container " + container.name();
        }

        public String working() {
            return "Starting";
        }

        public String done() {
            return "Started";
        }

        public Future<Void> execute(Execution execution) {
            return execution.start(container);
        }
    }

    record StopContainer(ContainerRef container, Optional<Duration> timeout, String cause) implements Action {
        public String subject() {
            return container.name();
        }

        public String resource() {
            return "Container " + container.name();
        }

        public String working() {
            return "Stopping";
        }

        public String done() {
            return "Stopped";
        }

        public Future<Void> execute(Execution execution) {
            return execution.stop(container, timeout);
        }
    }

    record RemoveContainer(ContainerRef container, boolean volumes, String cause) implements Action {
        public String subject() {
            return container.name();
        }

        public String resource() {
            return "Container " + container.name();
        }

        public String working() {
            return "Removing";
        }

        public String done() {
            return "Removed";
        }

        public Future<Void> execute(Execution execution) {
            return execution.remove(container, volumes);
        }
    }

    record RenameContainer(String from, String to, String cause) implements Action {
        public String subject() {
            return from + " to " + to;
        }

        public String resource() {
            return "Container " + to;
        }

        public String working() {
            return "Renaming";
        }

        public String done() {
            return "Recreated";
        }

        public Future<Void> execute(Execution execution) {
            return execution.rename(from, to);
        }
    }

    record RestartContainer(ContainerRef container, Optional<Duration> timeout, String cause) implements Action {
        public String subject() {
            return container.name();
        }

        public String resource() {
            return "Container " + container.name();
        }

        public String working() {
            return "Restarting";
        }

        public String done() {
            return "Started";
        }

        public Future<Void> execute(Execution execution) {
            return execution.restart(container, timeout);
        }
    }
}
