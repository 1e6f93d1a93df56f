package factbrief.run;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * How a weekly run shows its progress: a one-line bar redrawn in place on a terminal, or one plain line per input
 * (for cron mail and journald). Failures always go to the error stream with file, JSON pointer and reason.
 * Thread-safe: inputs finish on several threads.
 */
public abstract class Progress {
    protected final PrintWriter out;
    protected final PrintWriter err;
    protected int total;
    protected int done;
    protected int failed;

    private Progress(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** One plain line per input: {@code [ 3/15] ok      harbor.json -> harbor-talks (1.2 s)}. */
    public static Progress lines(PrintWriter out, PrintWriter err) {
        return new Lines(out, err);
    }

    /** A bar on one terminal line, redrawn with a carriage return; failures are printed above it. */
    public static Progress bar(PrintWriter out, PrintWriter err) {
        return new Bar(out, err);
    }

    synchronized void start(int inputs) {
        total = inputs;
        started();
    }

    /** An input went through: {@code action} is {@code rendered} or {@code reused}. */
    synchronized void ok(String file, String cluster, String action, long millis) {
        done++;
        passed(printable(file), cluster, action, millis);
    }

    /** An input failed; {@code message} names the file and the location. */
    synchronized void failed(String file, String message) {
        done++;
        failed++;
        failure(printable(file), printable(message));
    }

    /** A note for the operator that is not a failure (ignored files, orphans, cleaned temporary files). */
    synchronized void note(String line) {
        noted(printable(line));
    }

    /** The run is over: {@code summary} is the "N of M briefs failed" line. */
    synchronized void finish(String summary) {
        finished(summary);
    }

    /** The text with control and bidi characters (possible in file names) shown as '?', so each line stays one. */
    static String printable(String s) {
        return s.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\u200D]]", "?");
    }

    abstract void started();

    abstract void passed(String file, String cluster, String action, long millis);

    abstract void failure(String file, String message);

    abstract void noted(String line);

    abstract void finished(String summary);

    private static final class Lines extends Progress {
        Lines(PrintWriter out, PrintWriter err) {
            super(out, err);
        }

        @Override
        void started() {
            out.println("briefing " + total + (total == 1 ? " input" : " inputs"));
            out.flush();
        }

        @Override
        void passed(String file, String cluster, String action, long millis) {
            out.println(String.format(Locale.ROOT, "%s %-8s %s -> %s (%.1f s)", counter(), action, file, cluster,
                    millis / 1000.0));
            out.flush();
        }

        @Override
        void failure(String file, String message) {
            out.println(String.format(Locale.ROOT, "%s %-8s %s", counter(), "FAILED", file));
            out.flush();
            err.println("FAILED " + message);
            err.flush();
        }

        @Override
        void noted(String line) {
            err.println(line);
            err.flush();
        }

        @Override
        void finished(String summary) {
            out.println(summary);
            out.flush();
        }

        private String counter() {
            int width = String.valueOf(total).length();
            return String.format(Locale.ROOT, "[%" + width + "d/%d]", done, total);
        }
    }

    private static final class Bar extends Progress {
        private static final int WIDTH = 30;
        private static final int LINE = 79;

        Bar(PrintWriter out, PrintWriter err) {
            super(out, err);
        }

        @Override
        void started() {
            draw("");
        }

        @Override
        void passed(String file, String cluster, String action, long millis) {
            draw(file);
        }

        @Override
        void failure(String file, String message) {
            clear();
            err.println("FAILED " + message);
            err.flush();
            draw(file);
        }

        @Override
        void noted(String line) {
            clear();
            err.println(line);
            err.flush();
            draw("");
        }

        @Override
        void finished(String summary) {
            clear();
            out.println(summary);
            out.flush();
        }

        private void draw(String file) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            String line = String.format(Locale.ROOT, "[%s%s] %d/%d%s %s", "#".repeat(filled),
                    " ".repeat(WIDTH - filled), done, total, failed == 0 ? "" : ", " + failed + " failed", file);
            if (line.length() > LINE) {
                line = line.substring(0, LINE);
            }
            out.print("\r" + line + " ".repeat(LINE - line.length()));
            out.flush();
        }

        private void clear() {
            out.print("\r" + " ".repeat(LINE) + "\r");
            out.flush();
        }
    }
}
