package factbrief.run;

import factbrief.model.FactbriefException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that keeps two weekly runs off the same output folder: an OS file lock on {@code OUT/.factbrief.lock}
 * ({@link FileChannel#tryLock()}), released by the OS when the process dies, so a killed run never leaves it held.
 * The file itself stays; it holds the process id of the last run that took it.
 */
public final class RunLock implements AutoCloseable {
    /** The lock file's name inside the output folder. */
    public static final String FILE = ".factbrief.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code outRoot} without waiting.
     *
     * @throws Busy when another run (in this or another process) holds it
     */
    public static RunLock acquire(Path outRoot) {
        Path file = outRoot.resolve(FILE);
        FileChannel ch = null;
        try {
            Files.createDirectories(outRoot);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM
            }
            if (lock == null) {
                String holder = holder(ch);
                ch.close();
                throw new Busy(file, holder);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(false);
            return new RunLock(ch, lock);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot take the lock " + file.toAbsolutePath(), e);
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            ch.read(b, 0);
            String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,19}") ? pid : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another weekly run holds the lock; this run exits at once without touching the output. */
    public static final class Busy extends FactbriefException {
        private static final long serialVersionUID = 1L;

        Busy(Path file, String pid) {
            super("another weekly run holds the lock " + file.toAbsolutePath()
                    + (pid == null ? "" : " (process " + pid + ")")
                    + "; this run stops without touching the output", WeeklyRun.LOCKED);
        }
    }
}
