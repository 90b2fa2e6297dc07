package io.jcompose.spec.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.ComposeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded random walk through the whole loader: Compose-shaped files (written as YAML flow
 * documents, merge tags included) in a main file, an override, an extended and an included file.
 * Each load must succeed or fail with a {@link ComposeException}; anything else is a crash.
 */
class ProjectLoaderFuzzTest {

    private static final List<String> KEYS = List.of("image", "build", "context", "environment", "labels", "ports",
            "volumes", "depends_on", "networks", "command", "healthcheck", "test", "extends", "service", "file",
            "env_file", "profiles", "ulimits", "nofile", "logging", "driver", "options", "secrets", "configs",
            "deploy", "replicas", "restart", "target", "published", "source", "type", "x-ext", "name", "include",
            "path", "condition", "required", "expose", "dns", "tmpfs");
    private static final List<String> SCALARS = List.of("web", "db", "nginx", "./ctx", "8080:80", "/data", "a=1",
            "base.yaml", "inc.yaml", "${VAR:-x}", "service_started", "bind", "volume", "always", "80", "true", "");

    @TempDir
    Path dir;

    private final Random random = new Random(42L);

    @Test
    void randomProjectsAreLoadedOrRejectedButNeverCrash() {
        int loaded = 0;
        for (int i = 0; i < 250; i++) {
            ProjectFixture project = new ProjectFixture(dir.resolve("p" + i))
                    .file("compose.yaml", document())
                    .file("compose.override.yaml", document())
                    .file("base.yaml", document())
                    .file("inc.yaml", document());
            try {
                ProjectLoader.load(project.options().build());
                loaded++;
            } catch (ComposeException rejected) {
                assertThat(rejected.getMessage()).isNotBlank();
            }
        }
        assertThat(loaded).isGreaterThan(25);
    }

    /** Mostly plausible attributes, sometimes a random value where one is expected. */
    private String attribute() {
        String tag = random.nextInt(8) == 0 ? (random.nextBoolean() ? "!reset " : "!override ") : "";
        return switch (random.nextInt(14)) {
            case 0 -> "\"environment\": " + tag + pick("{\"A\": \"1\", \"B\": null}", "[\"A=2\", \"C\"]", "[]");
            case 1 -> "\"ports\": " + tag + pick("[\"8080:80\"]", "[{\"target\": 80, \"published\": \"8081\"}]", "[\"9000\"]");
            case 2 -> "\"volumes\": " + tag + pick("[\"./data:/data\"]", "[\"named:/named\"]",
                    "[{\"type\": \"bind\", \"source\": \"./x\", \"target\": \"/data\"}]");
            case 3 -> "\"depends_on\": " + tag + pick("[\"db\"]", "{\"cache\": {\"condition\": \"service_started\", \"required\": false}}");
            case 4 -> "\"extends\": " + pick("\"db\"", "{\"file\": \"base.yaml\", \"service\": \"web\"}", "\"web\"");
            case 5 -> "\"build\": " + tag + pick("\"./ctx\"", "{\"context\": \".\", \"args\": [\"V=1\"]}");
            case 6 -> "\"profiles\": " + pick("[\"dev\"]", "[\"x\", \"y\"]");
            case 7 -> "\"ulimits\": " + pick("{\"nofile\": 100}", "{\"nofile\": {\"soft\": 1, \"hard\": 2}}");
            case 8 -> "\"logging\": " + pick("{\"driver\": \"json-file\"}", "{\"options\": {\"max-size\": \"1m\"}}");
            case 9 -> "\"command\": " + tag + pick("[\"a\", \"b\"]", "\"echo ${VAR:-x}\"");
            case 10 -> "\"networks\": " + pick("[\"default\"]", "{\"default\": {\"aliases\": [\"a\"]}}");
            case 11 -> "\"labels\": " + tag + pick("[\"a=1\"]", "{\"b\": \"2\"}");
            case 12 -> "\"env_file\": " + pick("[{\"path\": \"missing.env\", \"required\": false}]", "[]");
            default -> '"' + KEYS.get(random.nextInt(KEYS.size())) + "\": " + value(2);
        };
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String document() {
        StringBuilder out = new StringBuilder("{\"services\": {");
        int services = 1 + random.nextInt(3);
        for (int s = 0; s < services; s++) {
            if (s > 0) {
                out.append(", ");
            }
            out.append('"').append(List.of("web", "db", "cache").get(s)).append("\": ");
            if (random.nextInt(10) == 0) {
                out.append(value(2));
            } else {
                out.append("{\"image\": \"nginx\"");
                int attributes = random.nextInt(4);
                List<String> used = new ArrayList<>();
                for (int a = 0; a < attributes; a++) {
                    String attribute = attribute();
                    String key = attribute.substring(0, attribute.indexOf(':'));
                    if (!used.contains(key)) {
                        used.add(key);
                        out.append(", ").append(attribute);
                    }
                }
                out.append('}');
            }
        }
        out.append('}');
        if (random.nextInt(4) == 0) {
            out.append(", \"include\": ").append(random.nextInt(3) > 0 ? "[\"inc.yaml\"]" : value(1));
        }
        if (random.nextInt(6) == 0) {
            out.append(", \"networks\": ").append(value(2));
        }
        out.append("}\n");
        return out.toString();
    }

    private String value(int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 7);
        return switch (kind) {
            case 0 -> '"' + SCALARS.get(random.nextInt(SCALARS.size())) + '"';
            case 1 -> Integer.toString(random.nextInt(70000));
            case 2 -> random.nextBoolean() ? "null" : "true";
            case 3 -> random.nextBoolean() ? "!reset null" : "!override " + '"' + SCALARS.get(random.nextInt(SCALARS.size())) + '"';
            case 4 -> list(depth - 1);
            default -> map(depth - 1);
        };
    }

    private String list(int depth) {
        List<String> items = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            items.add(value(depth));
        }
        return "[" + String.join(", ", items) + "]";
    }

    private String map(int depth) {
        List<String> entries = new ArrayList<>();
        int size = random.nextInt(4);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String key = KEYS.get(random.nextInt(KEYS.size()));
            if (!used.contains(key)) {
                used.add(key);
                entries.add('"' + key + "\": " + value(depth));
            }
        }
        return "{" + String.join(", ", entries) + "}";
    }
}
