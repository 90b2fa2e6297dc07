package io.jcompose.engine.api;

import java.util.List;
import java.util.Map;

/** The body of {@code POST /containers/{id}/exec}. */
public record ExecCreateBody(
        List<String> cmd,
        List<String> env,
        String workingDir,
        String user,
        boolean privileged,
        boolean tty,
        boolean attachStdin,
        boolean attachStdout,
        boolean attachStderr) {

    public ExecCreateBody {
        cmd = List.copyOf(cmd);
        env = Absent.list(env);
        workingDir = Absent.text(workingDir);
        user = Absent.text(user);
    }

    /** The body as the engine reads it: empty lists and strings left out, every flag written. */
    public Map<String, Object> toJson() {
        return new JsonFields().nonEmpty("Cmd", cmd).nonEmpty("Env", env).nonEmpty("WorkingDir", workingDir)
                .nonEmpty("User", user).put("Privileged", privileged).put("Tty", tty)
                .put("AttachStdin", attachStdin).put("AttachStdout", attachStdout)
                .put("AttachStderr", attachStderr).toMap();
    }

    /** Runs {@code cmd} with stdout and stderr attached, and stdin when {@code stdin}. */
    public static ExecCreateBody command(List<String> cmd, boolean stdin, boolean tty) {
        return new ExecCreateBody(cmd, List.of(), "", "", false, tty, stdin, true, true);
    }
}
