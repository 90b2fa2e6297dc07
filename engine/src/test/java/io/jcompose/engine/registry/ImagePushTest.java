package io.jcompose.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImagePushTest {

    private static ImagePush push(String image) {
        return new ImagePush("app", image, "");
    }

    @Test
    void theRepositoryIsTheReferenceWithoutItsTagAsDockerReadsIt() {
        assertThat(push("127.0.0.1:5000/team/app:1").repository()).isEqualTo("127.0.0.1:5000/team/app");
        assertThat(push("127.0.0.1:5000/team/app:extra").repository()).isEqualTo("127.0.0.1:5000/team/app");
        assertThat(push("busybox").repository()).isEqualTo("docker.io/library/busybox");
        assertThat(push("docker.io/library/busybox:1.36").repository()).isEqualTo("docker.io/library/busybox");
    }

    @Test
    void pushesToOneRepositoryGoInTurnAndOthersAtOnce() {
        List<ImagePush> pushes = List.of(push("reg:5000/app:1"), push("reg:5000/app:2"), push("reg:5000/db:1"),
                push("reg:5000/app:3"));
        Map<String, Promise<Void>> started = new LinkedHashMap<>();

        List<Future<Void>> ends = ImagePush.startAll(pushes, push -> {
            Promise<Void> transfer = Promise.promise();
            started.put(push.image(), transfer);
            return transfer.future();
        });

        assertThat(started).containsOnlyKeys("reg:5000/app:1", "reg:5000/db:1");
        started.get("reg:5000/app:1").fail("refused");
        assertThat(started).containsOnlyKeys("reg:5000/app:1", "reg:5000/db:1", "reg:5000/app:2");
        started.get("reg:5000/app:2").complete();
        assertThat(started).containsKey("reg:5000/app:3");

        List<Boolean> failed = new ArrayList<>();
        ends.forEach(end -> failed.add(end.failed()));
        assertThat(failed).containsExactly(true, false, false, false);
        assertThat(ends.get(2).isComplete()).isFalse();
        assertThat(ends.get(3).isComplete()).isFalse();
    }
}
