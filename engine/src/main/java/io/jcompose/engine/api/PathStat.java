package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What is at a path in a container ({@code X-Docker-Container-Path-Stat}); {@code mode} carries Go's
 * os.FileMode bits, where the type lives in the high bits.
 */
public record PathStat(
        @JsonProperty("name") String name,
        @JsonProperty("size") long size,
        @JsonProperty("mode") long mode,
        @JsonProperty("mtime") String modified,
        @JsonProperty("linkTarget") String linkTarget) {

    private static final long GO_MODE_DIR = 1L << 31;
    private static final long GO_MODE_SYMLINK = 1L << 27;

    public PathStat {
        name = Absent.text(name);
        modified = Absent.text(modified);
        linkTarget = Absent.text(linkTarget);
    }

    public boolean isDirectory() {
        return (mode & GO_MODE_DIR) != 0;
    }

    public boolean isSymlink() {
        return (mode & GO_MODE_SYMLINK) != 0;
    }

    /** The permission bits (0750). */
    public int permissions() {
        return (int) (mode & 0777);
    }
}
