package io.jcompose.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The local side of {@code cp}: packs a file or tree into a tar (modes, owners, times and symlinks kept),
 * and unpacks a container's tar onto the disk with its modes and times (owners are not changed, as docker cp
 * does not).
 */
final class LocalArchive {

    private LocalArchive() {
    }

    /**
     * Tars {@code source} under {@code rootName}, or its content at the archive's top when empty.
     * With {@code followLink} a symlinked source is read through; links inside are always kept as links.
     */
    static byte[] pack(Path source, boolean followLink, Optional<String> rootName) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            Path root = followLink ? source.toRealPath() : source;
            if (rootName.isPresent()) {
                add(tar, root, rootName.get());
            }
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> tree;
                try (Stream<Path> walk = Files.walk(root)) {
                    tree = walk.filter(p -> !p.equals(root)).sorted().toList();
                }
                for (Path path : tree) {
                    String relative = root.relativize(path).toString();
                    add(tar, path, rootName.map(name -> name + "/" + relative).orElse(relative));
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, Path path, String name) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        TarArchiveEntry entry;
        if (attributes.isSymbolicLink()) {
            entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
        } else {
            entry = new TarArchiveEntry(name + (attributes.isDirectory() ? "/" : ""));
            if (attributes.isRegularFile()) {
                entry.setSize(attributes.size());
            }
        }
        int type = attributes.isDirectory() ? 040000 : attributes.isSymbolicLink() ? 0120000 : 0100000;
        entry.setMode(type | mode(attributes.permissions()));
        entry.setModTime(attributes.lastModifiedTime());
        entry.setUserId(((Number) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue());
        entry.setGroupId(((Number) Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS)).longValue());
        tar.putArchiveEntry(entry);
        if (attributes.isRegularFile()) {
            Files.copy(path, tar);
        }
        tar.closeArchiveEntry();
    }

    /**
     * Unpacks a container's archive (whose first entry is the copied root) into {@code directory}, the root
     * renamed to {@code rootName} or, when empty, left out so only its content lands there.
     */
    static void unpack(InputStream archive, Path directory, Optional<String> rootName) throws IOException {
        List<TarArchiveEntry> directories = new ArrayList<>();
        List<Path> directoryPaths = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
            String root = null;
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName();
                if (root == null) {
                    root = firstName(name);
                }
                String rest = name.equals(root) || name.equals(root + "/") ? ""
                        : name.startsWith(root + "/") ? name.substring(root.length() + 1) : name;
                String target = rootName.map(r -> rest.isEmpty() ? r : r + "/" + rest).orElse(rest);
                if (target.isEmpty()) {
                    continue;
                }
                Path path = directory.resolve(target).normalize();
                if (!path.startsWith(directory.normalize())) {
                    throw new IOException("the archive entry " + name + " points outside " + directory);
                }
                write(tar, entry, path);
                if (entry.isDirectory()) {
                    directories.add(entry);
                    directoryPaths.add(path);
                }
            }
        }
        // a directory's own mode and time last: a read-only directory would refuse its content
        for (int i = directories.size() - 1; i >= 0; i--) {
            Files.setPosixFilePermissions(directoryPaths.get(i), permissions(directories.get(i).getMode()));
            Files.setLastModifiedTime(directoryPaths.get(i), FileTime.from(directories.get(i).getModTime().toInstant()));
        }
    }

    private static void write(InputStream content, TarArchiveEntry entry, Path path) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        if (entry.isDirectory()) {
            if (!Files.isDirectory(path)) {
                Files.createDirectory(path);
            }
            return;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(path.toString(), null, "cannot overwrite a directory with a file");
        }
        Files.deleteIfExists(path);
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            return;
        }
        if (entry.isLink()) {
            Files.createLink(path, path.getParent().resolve(entry.getLinkName()));
            return;
        }
        try (OutputStream out = Files.newOutputStream(path)) {
            content.transferTo(out);
        }
        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
        Files.setLastModifiedTime(path, FileTime.from(entry.getModTime().toInstant()));
    }

    private static String firstName(String entryName) {
        String name = entryName.startsWith("./") && entryName.length() > 2 ? "." : entryName;
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    private static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return mode;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            if ((mode & 1 << (8 - permission.ordinal())) != 0) {
                permissions.add(permission);
            }
        }
        return permissions;
    }
}
