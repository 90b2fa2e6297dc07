package io.jcompose.engine.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * A build context directory as the tar the classic builder reads: walked in sorted order, filtered by
 * {@code <context>/.dockerignore} (the Dockerfile and {@code .dockerignore} always kept), modes and
 * symlinks preserved, owner 0:0 and a fixed modification time so that the same files give the same
 * bytes. A Dockerfile given inline or lying outside the context travels as a generated entry.
 * {@link #writeTo} streams: memory use does not depend on the size of the context.
 */
public final class BuildContext {

    /** Every entry's modification time: a constant keeps the tar (and the builder's cache keys) stable. */
    static final FileTime MODIFIED = FileTime.fromMillis(0);
    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 040000;
    private static final int SYMLINK = 0120000;

    private final Path directory;
    private final DockerIgnore ignore;
    private final String dockerfile;
    private final Optional<byte[]> generatedDockerfile;

    private BuildContext(Path directory, DockerIgnore ignore, String dockerfile, Optional<byte[]> generatedDockerfile) {
        this.directory = directory;
        this.ignore = ignore;
        this.dockerfile = dockerfile;
        this.generatedDockerfile = generatedDockerfile.map(byte[]::clone);
    }

    /**
     * The context {@code directory} with the Dockerfile at {@code dockerfile}: relative to the context
     * or absolute; one outside the context is read now and sent as a generated entry.
     */
    public static BuildContext of(Path directory, String dockerfile) throws IOException {
        Path dir = checkedDirectory(directory);
        Path file = dir.resolve(dockerfile).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IOException("Dockerfile " + file + " not found");
        }
        if (file.startsWith(dir)) {
            return create(dir, dir.relativize(file).toString().replace('\\', '/'), Optional.empty());
        }
        return create(dir, "", Optional.of(Files.readAllBytes(file)));
    }

    /** The context {@code directory} built from the Dockerfile text {@code content} ({@code dockerfile_inline}). */
    public static BuildContext inline(Path directory, String content) throws IOException {
        return create(checkedDirectory(directory), "", Optional.of(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static BuildContext create(Path dir, String dockerfile, Optional<byte[]> generated) throws IOException {
        String name = generated.map(bytes -> ".dockerfile." + HexFormat.of().formatHex(sha256(bytes), 0, 6)).orElse(dockerfile);
        DockerIgnore ignore = DockerIgnore.read(dir).keeping(".dockerignore");
        if (generated.isEmpty()) {
            ignore = ignore.keeping(dockerfile);
        }
        return new BuildContext(dir, ignore, name, generated);
    }

    private static Path checkedDirectory(Path directory) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IOException("build context " + dir + " is not a directory");
        }
        return dir;
    }

    public Path directory() {
        return directory;
    }

    /** The Dockerfile's path inside the tar: the {@code dockerfile} parameter of {@code POST /build}. */
    public String dockerfile() {
        return dockerfile;
    }

    public DockerIgnore ignore() {
        return ignore;
    }

    /** Writes the whole context as a tar to {@code out}, then closes it. */
    public void writeTo(OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tar.setAddPaxHeadersForNonAsciiNames(true);
            walk(tar, directory, "");
            if (generatedDockerfile.isPresent()) {
                byte[] content = generatedDockerfile.get();
                TarArchiveEntry entry = entry(new TarArchiveEntry(dockerfile), REGULAR | 0644);
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    private void walk(TarArchiveOutputStream tar, Path dir, String prefix) throws IOException {
        List<Path> children;
        try (Stream<Path> listing = Files.list(dir)) {
            // byte order of the UTF-8 names, as Go's sort of the walk gives it
            children = listing.sorted((a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b))).toList();
        }
        for (Path child : children) {
            String name = prefix + child.getFileName();
            BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (ignore.excludes(name)) {
                // an excluded directory is walked only when an exception may re-include something inside
                if (attributes.isDirectory() && ignore.mayIncludeBelow(name)) {
                    walk(tar, child, name + "/");
                }
                continue;
            }
            if (attributes.isSymbolicLink()) {
                TarArchiveEntry entry = entry(new TarArchiveEntry(name, TarConstants.LF_SYMLINK), SYMLINK | 0777);
                entry.setLinkName(Files.readSymbolicLink(child).toString());
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            } else if (attributes.isDirectory()) {
                tar.putArchiveEntry(entry(new TarArchiveEntry(name + "/", TarConstants.LF_DIR), DIRECTORY | permissions(child)));
                tar.closeArchiveEntry();
                walk(tar, child, name + "/");
            } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                TarArchiveEntry entry = entry(new TarArchiveEntry(name), REGULAR | permissions(child));
                entry.setSize(attributes.size());
                tar.putArchiveEntry(entry);
                copy(child, attributes.size(), tar);
                tar.closeArchiveEntry();
            }
            // sockets, pipes and devices have no place in a build context: docker skips them too
        }
    }

    private static byte[] utf8(Path path) {
        return path.getFileName().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static TarArchiveEntry entry(TarArchiveEntry entry, int mode) {
        entry.setMode(mode);
        entry.setUserId(0);
        entry.setGroupId(0);
        entry.setUserName("");
        entry.setGroupName("");
        entry.setLastModifiedTime(MODIFIED);
        return entry;
    }

    /** Exactly {@code size} bytes, so that a file growing while it is sent cannot corrupt the tar. */
    private static void copy(Path file, long size, OutputStream out) throws IOException {
        byte[] buffer = new byte[32 * 1024];
        long left = size;
        try (InputStream in = Files.newInputStream(file)) {
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException(file + " shrank while it was being sent in the build context");
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    /** Permission bits including setuid, setgid and sticky where the file system reports them. */
    private static int permissions(Path path) throws IOException {
        try {
            return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            Set<PosixFilePermission> set = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            int mode = 0;
            for (PosixFilePermission permission : set) {
                mode |= 0400 >> permission.ordinal();
            }
            return mode;
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
