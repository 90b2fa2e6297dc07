package io.jcompose.engine.api;

import java.util.LinkedHashMap;
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
        Map<String, Object> json = new LinkedHashMap<>();
        if (!cmd.isEmpty()) {
            json.put("Cmd", cmd);
        }
        if (!env.isEmpty()) {
            json.put("Env", env);
        }
        if (!workingDir.isEmpty()) {
            json.put("WorkingDir", workingDir);
        }
        if (!user.isEmpty()) {
            json.put("User", user);
        }
        json.put("Privileged", privileged);
        json.put("Tty", tty);
        json.put("AttachStdin", attachStdin);
        json.put("AttachStdout", attachStdout);
        json.put("AttachStderr", attachStderr);
        return json;
    }

    /** Runs {@code cmd} with stdout and stderr attached, and stdin when {@code stdin}. */
    public static ExecCreateBody command(List<String> cmd, boolean stdin, boolean tty) {
        return new ExecCreateBody(cmd, List.of(), "", "", false, tty, stdin, true, true);
    }
}
