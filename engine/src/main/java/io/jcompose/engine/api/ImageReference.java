package io.jcompose.engine.api;

/**
 * An image reference cut as the pull endpoint wants it: {@code fromImage} (repository, with a digest
 * when pinned) and {@code tag}. Without tag or digest the tag is "latest": an empty tag would make the
 * engine pull every tag of the repository.
 */
public record ImageReference(String repository, String tag, String digest) {

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

    @Override
    public String toString() {
        return repository + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
    }
}
