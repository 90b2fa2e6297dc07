package io.jcompose.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** jcompose's own version, from the engine module's build (the same for every module of a release). */
public final class ClientVersion {

    private ClientVersion() {
    }

    public static String current() {
        try (InputStream in = ClientVersion.class.getResourceAsStream("client-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jcompose's version resource", e);
        }
    }

    /** What we send as User-Agent, so engine logs show who called. */
    public static String userAgent() {
        return "jcompose/" + current();
    }
}
