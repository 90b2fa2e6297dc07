package io.jcompose.engine.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An image reference cut as the pull endpoint wants it: {@code fromImage} (repository, with a digest
 * when pinned) and {@code tag}. Without tag or digest the tag is "latest": an empty tag would make the
 * engine pull every tag of the repository. {@link #registry()} and {@link #path()} give the normalized
 * parts as docker reads them: {@code busybox} is {@code docker.io} + {@code library/busybox}.
 */
public record ImageReference(String repository, String tag, String digest) {

    /** The registry of references without a host; the engine and the docker CLI call Docker Hub so. */
    public static final String DOCKER_HUB = "docker.io";
    /** The key Docker Hub's credentials are stored under in {@code config.json} and credential helpers. */
    public static final String DOCKER_HUB_AUTH_KEY = "https://index.docker.io/v1/";

    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}");
    private static final Pattern HOST = Pattern.compile("(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
            + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:.]+])(?::[0-9]+)?");

    /**
     * Parses and checks {@code reference} as docker does, failing with docker's "invalid reference
     * format" sentence naming the reference and what is wrong with it.
     */
    public static ImageReference parseChecked(String reference) {
        ImageReference parsed = parse(reference);
        String problem = parsed.problem();
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException("invalid reference format: " + reference + ": " + problem);
        }
        return parsed;
    }

    public static ImageReference parse(String reference) {
        int at = reference.indexOf('@');
        if (at >= 0) {
            ImageReference named = parse(reference.substring(0, at));
            boolean tagged = reference.substring(0, at).lastIndexOf(':') > reference.substring(0, at).lastIndexOf('/');
            return new ImageReference(named.repository(), tagged ? named.tag() : "", reference.substring(at + 1));
        }
        int colon = reference.lastIndexOf(':');
        if (colon > reference.lastIndexOf('/')) {
            return new ImageReference(reference.substring(0, colon), reference.substring(colon + 1), "");
        }
        return new ImageReference(reference, "latest", "");
    }

    /** The {@code fromImage} parameter: the repository, with {@code @digest} when pinned. */
    public String fromImage() {
        return digest.isEmpty() ? repository : repository + "@" + digest;
    }

    /** The {@code tag} parameter: empty when a digest pins the image. */
    public String tagParameter() {
        return digest.isEmpty() ? tag : "";
    }

    /** The registry host (with port) the image lives on: {@code docker.io} when the reference names none. */
    public String registry() {
        int slash = repository.indexOf('/');
        if (slash < 0 || !namesHost(repository.substring(0, slash))) {
            return DOCKER_HUB;
        }
        String host = repository.substring(0, slash);
        return host.equals("index.docker.io") ? DOCKER_HUB : host;
    }

    /** The repository path inside its registry; Docker Hub's single-component names live under {@code library/}. */
    public String path() {
        int slash = repository.indexOf('/');
        String remainder = slash >= 0 && namesHost(repository.substring(0, slash))
                ? repository.substring(slash + 1)
                : repository;
        return registry().equals(DOCKER_HUB) && remainder.indexOf('/') < 0 ? "library/" + remainder : remainder;
    }

    /** The fully qualified reference: {@code docker.io/library/busybox:latest}. */
    public String normalized() {
        return registry() + "/" + path() + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
    }

    /** The key credentials for this image's registry are stored under, as the docker CLI looks them up. */
    public String authKey() {
        return registry().equals(DOCKER_HUB) ? DOCKER_HUB_AUTH_KEY : registry();
    }

    /** docker's rule: the first component names a host when it has a dot or a port, is localhost, or has capitals. */
    private static boolean namesHost(String component) {
        return component.contains(".") || component.contains(":") || component.equals("localhost")
                || !component.toLowerCase(Locale.ROOT).equals(component);
    }

    /** What is wrong with this reference, or empty. */
    private String problem() {
        if (repository.isEmpty()) {
            return "the repository name is empty";
        }
        String registry = registry();
        if (!registry.equals(DOCKER_HUB) && !HOST.matcher(registry).matches()) {
            return "registry host " + registry + " is not a host name or address with an optional port";
        }
        String path = path();
        if (!path.toLowerCase(Locale.ROOT).equals(path)) {
            return "repository name " + path + " must be lowercase";
        }
        for (String component : path.split("/", -1)) {
            if (!PATH_COMPONENT.matcher(component).matches()) {
                return "repository name component \"" + component
                        + "\" must be lowercase letters and digits, separated by '.', '_', '__' or '-'";
            }
        }
        if (!TAG.matcher(tag).matches() && !(tag.isEmpty() && !digest.isEmpty())) {
            return "tag \"" + tag + "\" must be at most 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'";
        }
        if (!digest.isEmpty() && !DIGEST.matcher(digest).matches()) {
            return "digest " + digest + " must be algorithm:hex";
        }
        return "";
    }

    @Override
    public String toString() {
        return repository + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
    }
}
