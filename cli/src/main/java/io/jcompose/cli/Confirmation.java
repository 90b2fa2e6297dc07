package io.jcompose.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;

/** The yes/no questions docker compose asks before it destroys something. */
final class Confirmation {

    private static final Set<String> YES = Set.of("y", "yes", "1", "t", "true");

    private Confirmation() {
    }

    /**
     * Asked only when a person can answer: without a terminal the answer is no, so a script or CI
     * never blocks on a question nobody reads (the caller says what it kept and how to force it).
     */
    static boolean onTerminal(String message, PrintWriter out) {
        if (System.console() == null) {
            return false;
        }
        try {
            return ask(message, out);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the answer to: " + message, e);
        }
    }

    /**
     * docker compose's two prompts: on a terminal the question repeats until y/yes/n/no (empty means no);
     * from a pipe the message is printed as it is and one line is read, "y", "yes" or a Go true meaning yes.
     */
    static boolean ask(String message, PrintWriter out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        if (System.console() == null) {
            out.print(message);
            out.flush();
            String answer = in.readLine();
            return answer != null && YES.contains(answer.strip().toLowerCase(Locale.ROOT));
        }
        while (true) {
            out.print(message + " [y/N] ");
            out.flush();
            String answer = in.readLine();
            if (answer == null) {
                return false;
            }
            switch (answer.strip().toLowerCase(Locale.ROOT)) {
                case "", "n", "no" -> {
                    return false;
                }
                case "y", "yes" -> {
                    return true;
                }
                default -> {
                    // asked again, as compose's terminal prompt does
                }
            }
        }
    }
}
