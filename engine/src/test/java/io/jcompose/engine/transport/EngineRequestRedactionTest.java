package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineRequestRedactionTest {

    @Test
    void toStringNamesHeadersButNeverTheirValues() {
        EngineRequest request = EngineRequest.post("/images/create", "pulling image r:5000/a:1")
                .query("fromImage", "r:5000/a")
                .header("X-Registry-Auth", "eyJ1c2VybmFtZSI6ImEiLCJwYXNzd29yZCI6InNlY3JldCJ9");

        assertThat(request.toString())
                .contains("POST", "/images/create?fromImage=r%3A5000%2Fa", "X-Registry-Auth", "pulling image r:5000/a:1")
                .doesNotContain("eyJ1c2VybmFtZSI6");
    }
}
