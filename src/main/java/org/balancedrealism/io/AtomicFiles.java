package org.balancedrealism.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers see either the old content or the new one, never half of it: the data goes to a
 * temporary file beside the target ({@code .<name>.<random>.tmp}), is forced to disk, moved over the target, and the
 * folder is forced to disk too, so the rename itself survives a power cut. A crash can leave a temporary file
 * behind; {@link #cleanOrphans} removes those.
 */
public final class AtomicFiles {
    private static final String TMP_SUFFIX = ".tmp";
    /** Temporary files being written by this process now: never taken for orphans. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    private static final AtomicLong NEXT_TEMPORARY = new AtomicLong(ProcessHandle.current().pid() << 24);

    private AtomicFiles() {
    }

    /** What writes the file's content into the stream it is given (buffered; closed by the caller). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] data) throws IOException {
        write(target, out -> out.write(data));
    }

    /** Streams {@code content} to a temporary file, forces it to disk, then moves it over {@code target}. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = newTemporary(dir, target);
        WRITING.add(tmp);
        try {
            permissions(tmp, target);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            move(tmp, target);
            syncFolder(dir);
        } catch (IOException e) {
            throw diskFull(e, dir) ? new DiskFullException(target, e) : e;
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } finally {
                WRITING.remove(tmp);
            }
        }
    }

    /**
     * A new empty temporary file beside {@code target}, named from this process's id and a counter: unique without
     * {@code Files.createTempFile}'s secure random generator, whose first use (seeding) cost a tenth of the first save.
     */
    private static Path newTemporary(Path dir, Path target) throws IOException {
        while (true) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toString(NEXT_TEMPORARY.getAndIncrement(), 36)
                    + TMP_SUFFIX).toAbsolutePath();
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // left by another process or an earlier run with the same process id: take the next number
            }
        }
    }

    /** Renames {@code from} to {@code to} (replacing it) atomically where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces a folder's entries (renames, new files) to disk; a no-op where folders cannot be opened (Windows). */
    public static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a file; NTFS journals the rename itself
        }
    }

    /**
     * Deletes the temporary files a crash left in {@code dir} ({@code .<name>.<random>.tmp}, not being written by
     * this process). Returns how many were removed.
     */
    public static int cleanOrphans(Path dir) {
        int removed = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + TMP_SUFFIX)) {
            for (Path f : files) {
                if (WRITING.contains(f.toAbsolutePath()) || !Files.isRegularFile(f)) {
                    continue;
                }
                try {
                    Files.deleteIfExists(f);
                    removed++;
                } catch (IOException e) {
                    // another program holds it: try again next time
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    /** True if {@code e} happened because the disk (or the user's quota) is full. */
    static boolean diskFull(IOException e, Path dir) {
        String m = String.valueOf(e instanceof FileSystemException f ? f.getReason() : e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk quota")
                || m.contains("disk full") || m.contains("enospc")) {
            return true;
        }
        try {
            return Files.getFileStore(dir).getUsableSpace() < 1 << 20;
        } catch (IOException | RuntimeException x) {
            return false;
        }
    }

    /** Temporary files are private; give the new file the old one's permissions, or the usual rw-r--r--. */
    private static void permissions(Path tmp, Path target) {
        try {
            var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): the default permissions are fine
        }
    }

    /** A write that failed because the disk is full; its message says so in words a player understands. */
    public static final class DiskFullException extends IOException {
        public DiskFullException(Path target, IOException cause) {
            super("the disk is full. Free some space on the disk and save again; the previous save ("
                    + target.getFileName() + ") is kept as it was", cause);
        }
    }
}
