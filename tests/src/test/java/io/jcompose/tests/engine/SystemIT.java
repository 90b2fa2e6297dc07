package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.SystemInfo;
import io.jcompose.engine.api.VersionInfo;
import io.jcompose.engine.transport.ApiVersion;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import org.junit.jupiter.api.Test;

@RequiresEngine
class SystemIT {

    @Test
    void pingNegotiatesTheLowerApiVersion(TestEngine engine) {
        EngineClient client = engine.client();

        ApiVersion engineMax = engine.await(client.system().ping()).apiVersion();

        assertThat(client.engineApiVersion()).isEqualTo(engineMax);
        assertThat(client.apiVersion()).isEqualTo(engineMax.compareTo(ApiVersion.CLIENT_MAX) < 0
                ? engineMax : ApiVersion.CLIENT_MAX);
        assertThat(client.apiVersion()).isGreaterThanOrEqualTo(ApiVersion.CLIENT_MIN);
    }

    @Test
    void versionAndInfoOverTheNegotiatedPaths(TestEngine engine) {
        VersionInfo version = engine.await(engine.client().system().version());
        SystemInfo info = engine.await(engine.client().system().info());

        assertThat(version.version()).matches("\\d+\\.\\d+.*");
        assertThat(ApiVersion.parse(version.apiVersion())).isEqualTo(engine.client().engineApiVersion());
        assertThat(info.serverVersion()).isEqualTo(version.version());
        assertThat(info.osType()).isEqualTo("linux");
        assertThat(info.ncpu()).isPositive();
    }
}
