package io.jcompose.engine;

import java.util.List;

/** No engine answered: the message is one paragraph naming every endpoint tried and why it failed. */
public final class EngineUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One endpoint that was tried, e.g. source "DOCKER_HOST", host "unix:///nope.sock". */
    public record Attempt(String source, String host, String failure) {
    }

    private final List<Attempt> attempts;

    public EngineUnreachableException(List<Attempt> attempts) {
        super(paragraph(attempts));
        this.attempts = List.copyOf(attempts);
    }

    public List<Attempt> attempts() {
        return attempts;
    }

    private static String paragraph(List<Attempt> attempts) {
        StringBuilder text = new StringBuilder("Cannot connect to a Docker engine. Tried:");
        for (Attempt attempt : attempts) {
            text.append("\n  - ").append(attempt.source()).append(' ').append(attempt.host())
                    .append(": ").append(attempt.failure());
        }
        text.append("\nStart one with scripts/engine-up, or point DOCKER_HOST at a running engine.");
        return text.toString();
    }
}
