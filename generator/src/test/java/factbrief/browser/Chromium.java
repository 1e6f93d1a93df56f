package factbrief.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the DevTools protocol with the JDK's WebSocket client: no driver, no extra
 * dependency. Every call waits at most {@link #TIMEOUT}; {@link #close()} ends the browser and every process it
 * started.
 */
public final class Chromium implements AutoCloseable {
    /** The longest any single step (start, a protocol call, a page load) may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The executables looked for on the PATH, in this order, when {@code -Dfactbrief.chromium} is not set. */
    public static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Path log;

    private Chromium(Process process, WebSocket socket, Path log) {
        this.process = process;
        this.socket = socket;
        this.log = log;
    }

    /** The Chromium executable: {@code -Dfactbrief.chromium=PATH}, else the first of {@link #NAMES} on the PATH. */
    public static Optional<Path> find() {
        String given = System.getProperty("factbrief.chromium");
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts {@code exe} headless with a fresh profile in {@code profile} (an empty folder), no network services of
     * its own, and the DevTools endpoint on a free local port; its log goes to {@code log}.
     */
    public static Chromium launch(Path exe, Path profile, Path log) throws IOException {
        List<String> cmd = List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank");
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI endpoint = endpoint(p, profile.resolve("DevToolsActivePort"), log);
            Chromium[] self = new Chromium[1];
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(endpoint, new Listener(json -> self[0].dispatch(json)))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new Chromium(p, ws, log);
            return self[0];
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            kill(p);
            throw new IOException("cannot start " + exe + ": " + e.getMessage() + "\n" + tail(log), e);
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + exe, e);
        }
    }

    /** Waits for Chromium to write its DevTools port into the profile folder. */
    private static URI endpoint(Process p, Path portFile, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("Chromium exited with status " + p.exitValue());
            }
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("no DevTools endpoint after " + TIMEOUT.toSeconds() + " s");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** Collects text frames into messages; a message either answers a call (it has an id) or is an event. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<JsonNode> sink;
        private final StringBuilder buffer = new StringBuilder();

        Listener(java.util.function.Consumer<JsonNode> sink) {
            this.sink = sink;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String message = buffer.toString();
                buffer.setLength(0);
                try {
                    sink.accept(JSON.readTree(message));
                } catch (IOException e) {
                    // a frame that is not JSON is not a protocol message
                }
            }
            ws.request(1);
            return null;
        }
    }

    private void dispatch(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
            if (f != null) {
                f.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    /** Calls a protocol method (in a page's session when {@code session} is not null) and returns its result. */
    JsonNode call(String session, String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IOException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (TimeoutException e) {
            throw new IOException(method + ": no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IOException(method + " failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method, e);
        } finally {
            pending.remove(id);
        }
    }

    /** A new tab with its own session; Page, Runtime, Log and Network events are on. */
    public Tab open() throws IOException {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        Tab tab = new Tab(this, target, session);
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            tab.call(domain + ".enable", Map.of());
        }
        return tab;
    }

    /** The events received so far for {@code session}. */
    List<JsonNode> events(String session) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (session.equals(e.path("sessionId").asText())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The browser's log file. */
    public Path log() {
        return log;
    }

    @Override
    public void close() {
        try {
            call(null, "Browser.close", Map.of());
        } catch (IOException | RuntimeException e) {
            // killed below
        }
        socket.abort();
        kill(process);
    }

    /** Ends the process and everything it started: this browser's own processes, nothing else. */
    private static void kill(Process p) {
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One tab: navigation, script evaluation, screenshots, printing; and what it logged and requested. */
    public static final class Tab implements AutoCloseable {
        private final Chromium browser;
        private final String target;
        private final String session;

        private Tab(Chromium browser, String target, String session) {
            this.browser = browser;
            this.target = target;
            this.session = session;
        }

        public JsonNode call(String method, Map<String, ?> params) throws IOException {
            return browser.call(session, method, params);
        }

        /** Sets the viewport: {@code width} CSS pixels wide, a phone below 600, one device pixel per CSS pixel. */
        public void viewport(int width, int height) throws IOException {
            viewport(width, height, 1);
        }

        /** Sets the viewport with {@code scale} device pixels per CSS pixel (2 for a sharp phone picture). */
        public void viewport(int width, int height, double scale) throws IOException {
            call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", scale, "mobile", width < 600));
        }

        /** Loads {@code url} and waits for its load event. */
        public void load(URI url) throws IOException {
            int before = events().size();
            call("Page.navigate", Map.of("url", url.toString()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                List<JsonNode> now = events();
                for (JsonNode e : now.subList(before, now.size())) {
                    if (e.path("method").asText().equals("Page.loadEventFired")) {
                        return;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while loading " + url, e);
                }
            }
            throw new IOException(url + " did not load within " + TIMEOUT.toSeconds() + " s");
        }

        /** Evaluates a script in the page and returns its value (JSON-serialisable values only). */
        public JsonNode eval(String expression) throws IOException {
            JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
            if (r.has("exceptionDetails")) {
                throw new IOException("script failed: " + r.get("exceptionDetails"));
            }
            return r.path("result").path("value");
        }

        /** A PNG of the whole page at the current viewport width. */
        public byte[] screenshot() throws IOException {
            JsonNode size = eval("({w: document.documentElement.scrollWidth,"
                    + " h: document.documentElement.scrollHeight})");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.path("w").asInt(),
                    "height", size.path("h").asInt(), "scale", 1);
            return Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", clip)).path("data").asText());
        }

        /** The page printed to PDF as the browser's print dialog would, with the page size the CSS asks for. */
        public byte[] print() throws IOException {
            return Base64.getDecoder().decode(call("Page.printToPDF", Map.of("printBackground", true,
                    "preferCSSPageSize", true)).path("data").asText());
        }

        /** Every event of this tab so far, in order. */
        public List<JsonNode> events() {
            return browser.events(session);
        }

        @Override
        public void close() {
            try {
                browser.call(null, "Target.closeTarget", Map.of("targetId", target));
            } catch (IOException e) {
                // the browser is going away
            }
        }
    }
}
