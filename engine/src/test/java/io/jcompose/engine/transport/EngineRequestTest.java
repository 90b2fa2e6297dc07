package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineRequestTest {

    @Test
    void queryKeepsOrderEncodesValuesAndSkipsEmptyOnes() {
        EngineRequest request = EngineRequest.get("/containers/json", "listing containers")
                .query("all", true)
                .query("since", "")
                .query("filters", "{\"label\":[\"a=b c\"]}");

        assertThat(request.uri()).isEqualTo("/containers/json?all=1&filters=%7B%22label%22%3A%5B%22a%3Db%20c%22%5D%7D");
    }

    @Test
    void withoutQueryTheUriIsThePath() {
        assertThat(EngineRequest.post("/containers/x/start", "starting container x").uri())
                .isEqualTo("/containers/x/start");
    }
}
