package io.jcompose.engine.container;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.jcompose.engine.transport.EngineJson;
import io.jcompose.spec.model.ServiceConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HostConfig.SecurityOpt as the docker CLI prepares it: a {@code seccomp=<file>} profile is sent inline as
 * compact JSON, and {@code systempaths=unconfined} is no option but empties MaskedPaths and ReadonlyPaths.
 *
 * @param options the SecurityOpt entries
 * @param unconfinedPaths true when {@code systempaths=unconfined} was given
 */
record SecurityOptions(List<String> options, boolean unconfinedPaths) {

    SecurityOptions {
        options = List.copyOf(options);
    }

    static SecurityOptions of(ServiceConfig service, Path projectDirectory) {
        List<String> options = new ArrayList<>();
        boolean unconfined = false;
        for (String option : service.securityOpt()) {
            if (option.equals("systempaths=unconfined")) {
                unconfined = true;
                continue;
            }
            int separator = option.indexOf('=');
            if (separator < 0 && !option.equals("no-new-privileges")) {
                separator = option.indexOf(':');
                if (separator < 0) {
                    throw new ContainerCreateException(service.name(), "security_opt: invalid option '" + option
                            + "' (expected KEY=VALUE, KEY:VALUE or no-new-privileges)");
                }
            }
            String key = separator < 0 ? option : option.substring(0, separator);
            String value = separator < 0 ? "" : option.substring(separator + 1);
            if (key.equals("seccomp") && !value.equals("unconfined") && !value.equals("builtin")) {
                options.add("seccomp=" + profile(service, projectDirectory.resolve(value)));
            } else {
                options.add(option);
            }
        }
        return new SecurityOptions(options, unconfined);
    }

    /**
     * The profile re-written compact by a streaming copy: databind's ObjectMapper, which this used, cost
     * some 80 ms of the first container create of every {@code up} just by being initialised.
     */
    private static String profile(ServiceConfig service, Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ContainerCreateException(service.name(), "security_opt: cannot read seccomp profile " + file
                    + ": " + e, e);
        }
        StringWriter compact = new StringWriter();
        try (JsonParser parser = EngineJson.FACTORY.createParser(text);
             JsonGenerator generator = EngineJson.FACTORY.createGenerator(compact)) {
            if (parser.nextToken() == null) {
                throw new ContainerCreateException(service.name(), "security_opt: seccomp profile " + file
                        + " is empty");
            }
            generator.copyCurrentStructure(parser);
        } catch (JsonProcessingException e) {
            throw new ContainerCreateException(service.name(), "security_opt: seccomp profile " + file
                    + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ContainerCreateException(service.name(), "security_opt: cannot read seccomp profile " + file
                    + ": " + e, e);
        }
        return compact.toString();
    }
}
