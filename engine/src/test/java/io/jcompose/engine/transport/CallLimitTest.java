package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallLimitTest {

    @Test
    void callsBeyondTheLimitWaitForASlot() {
        CallLimit limit = new CallLimit(2);
        List<Promise<String>> calls = new ArrayList<>();
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(limit.run(() -> {
                Promise<String> call = Promise.promise();
                calls.add(call);
                return call.future();
            }));
        }

        assertThat(calls).hasSize(2);
        assertThat(limit.inFlight()).isEqualTo(2);

        calls.get(0).complete("first");
        assertThat(calls).hasSize(3);
        calls.get(1).fail("second failed");
        assertThat(calls).hasSize(4);
        calls.get(2).complete("third");
        calls.get(3).complete("fourth");

        assertThat(limit.inFlight()).isZero();
        assertThat(results.get(0).result()).isEqualTo("first");
        assertThat(results.get(1).failed()).isTrue();
        assertThat(results.get(3).result()).isEqualTo("fourth");
    }

    @Test
    void aCallThatThrowsReleasesItsSlot() {
        CallLimit limit = new CallLimit(1);

        Future<String> failed = limit.run(() -> {
            throw new IllegalStateException("boom");
        });

        assertThat(failed.failed()).isTrue();
        assertThat(limit.inFlight()).isZero();
        assertThat(limit.run(() -> Future.succeededFuture("next")).result()).isEqualTo("next");
    }

    @Test
    void belowOneMeansUnlimited() {
        CallLimit limit = new CallLimit(-1);
        List<Promise<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            limit.run(() -> {
                Promise<Void> call = Promise.promise();
                calls.add(call);
                return call.future();
            });
        }

        assertThat(calls).hasSize(100);
    }
}
