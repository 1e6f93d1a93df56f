package factbrief.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Story text is untrusted: it never becomes markup or template code, and rendering fetches nothing. */
class SecurityTest {
    private static final String ESCAPED = "&lt;script&gt;&quot;&#39;&amp;${7*7}";

    @Test
    void hostileStringsAreEscapedEverywhereInTheHtml() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            RenderedBrief brief = Renderers.shared().render(Samples.hostile(),
                    new RenderOptions(Paper.A4, locale, false));
            String html = new String(brief.html(), StandardCharsets.UTF_8);
            String data = html.replaceAll("(?s)<style>.*?</style>", "<style></style>"); // CSS is from templates/
            assertFalse(data.contains("49"), "a template expression in the data was evaluated");
            assertFalse(html.contains("<script"), "unescaped script tag");
            assertFalse(html.contains(Samples.HOSTILE), "the hostile string appears unescaped");
            assertFalse(html.contains("\"'&"), "unescaped quote markup");
            assertFalse(html.contains("49"), "a template expression in the data was evaluated");
            assertTrue(html.contains(ESCAPED), "the hostile text is shown, escaped");
            Document doc = Jsoup.parse(html);
            assertTrue(doc.select("script").isEmpty());
            for (Element a : doc.select("[href]")) {
                assertTrue(a.attr("href").startsWith("#src-"), "a link to outside: " + a.attr("href"));
            }
            for (Element e : doc.select("[lang]")) {
                assertTrue(e.attr("lang").matches("[a-z]{2}"), "lang attribute from data: " + e.attr("lang"));
            }
            assertTrue(doc.select("[src], link, iframe, object, embed").isEmpty());
        }
    }

    @Test
    void hostileStringsAreTextInThePdf() throws IOException {
        byte[] pdf = Renderers.shared().render(Samples.hostile(), RenderOptions.defaults()).pdf();
        String text = Golden.pdfText(pdf);
        assertFalse(text.contains("49"), "a template expression in the data was evaluated");
        assertTrue(text.contains("<script>\"'&${7*7}"), text);
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheJavaApi(@TempDir Path dir) throws IOException {
        copyTemplates(dir);
        Files.writeString(dir.resolve("brief.ftlh"),
                "${\"freemarker.template.utility.Execute\"?new()(\"id\")}", StandardCharsets.UTF_8);
        RenderException e = assertThrows(RenderException.class, () -> new BriefRenderer(dir));
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());

        Files.writeString(dir.resolve("brief.ftlh"), "${brief?api.getClass()}", StandardCharsets.UTF_8);
        e = assertThrows(RenderException.class, () -> new BriefRenderer(dir));
        assertTrue(e.getMessage().contains("api"), e.getMessage());
    }

    @Test
    void theTemplateSeesOnlyTheViewModel(@TempDir Path dir) throws IOException {
        copyTemplates(dir);
        Files.writeString(dir.resolve("brief.ftlh"), "${brief.header.title}|${brief.singleSource?c}|"
                + "${((brief.getClass)??)?c}|${((brief.hashCode)??)?c}|${((brief.header.facts[0].class)??)?c}|"
                + "${.data_model?keys?join(',')}", StandardCharsets.UTF_8);
        String html = new BriefRenderer(dir).html(Samples.rich(), RenderOptions.defaults());
        assertEquals(Samples.rich().clusterTitle() + "|false|false|false|false|brief", html);
    }

    @Test
    void pdfRenderingFetchesNothing(@TempDir Path dir) throws Exception {
        Path canary = dir.resolve("canary.css");
        Files.writeString(canary, "body:before { content: \"CANARY-FILE-READ\"; }");
        Path canaryHtml = dir.resolve("canary.html");
        Files.writeString(canaryHtml, "<p>CANARY-FRAME-READ</p>");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String http = "http://127.0.0.1:" + server.getLocalPort();
            String html = hostileMarkup(http, canary.toUri().toString(), canaryHtml.toUri().toString());

            PdfMaker maker = new PdfMaker();
            byte[] pdf = maker.write(maker.layout(html, Paper.A4),
                    new PdfMaker.Meta("t", "en", Samples.AS_OF));

            assertEquals(0, pendingConnections(server), "the renderer connected to the listener");
            String text = Golden.pdfText(pdf);
            assertFalse(text.contains("CANARY"), text);
            assertTrue(text.contains("VISIBLE-BODY"), "the document itself was rendered");
        }
    }

    /** The same markup through openhtmltopdf's defaults does fetch: the test above can see a fetch. */
    @Test
    void theFetchDetectorWorks(@TempDir Path dir) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // the failed fetches would be logged at WARNING
        Path canary = dir.resolve("canary.css");
        Files.writeString(canary, "body:before { content: \"CANARY-FILE-READ\"; }");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1);
            AtomicInteger accepted = new AtomicInteger();
            Thread acceptor = new Thread(() -> acceptAll(server, accepted));
            acceptor.setDaemon(true);
            acceptor.start();
            String html = hostileMarkup("http://127.0.0.1:" + server.getLocalPort(), canary.toUri().toString(),
                    "about:blank");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withW3cDocument(new org.jsoup.helper.W3CDom().fromJsoup(Jsoup.parse(html)),
                    dir.toUri().toString());
            builder.toStream(out);
            builder.run();
            acceptor.interrupt();
            acceptor.join();
            assertTrue(accepted.get() + pendingConnections(server) > 0, "the permissive renderer fetched nothing");
            assertTrue(Golden.pdfText(out.toByteArray()).contains("CANARY-FILE-READ"));
        }
    }

    private static String hostileMarkup(String http, String fileCss, String fileHtml) {
        return "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<link rel=\"stylesheet\" href=\"" + http + "/link.css\">"
                + "<link rel=\"stylesheet\" href=\"" + fileCss + "\">"
                + "<style>@import url(\"" + http + "/import.css\"); @import url(\"" + fileCss + "\");"
                + " body { background: url(\"" + http + "/bg.png\"); }"
                + " @font-face { font-family: x; src: url(\"" + http + "/font.ttf\"); }"
                + " p { font-family: x; }</style></head><body>"
                + "<p>VISIBLE-BODY</p>"
                + "<img src=\"" + http + "/img.png\" alt=\"\">"
                + "<img src=\"" + fileCss + "\" alt=\"\">"
                + "<iframe src=\"" + fileHtml + "\"></iframe>"
                + "<object data=\"" + http + "/o.svg\" type=\"image/svg+xml\"></object>"
                + "<div style=\"background-image: url('" + http + "/inline.png')\">x</div>"
                + "</body></html>";
    }

    private static void acceptAll(ServerSocket server, AtomicInteger accepted) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                server.accept().close();
                accepted.incrementAndGet();
            } catch (SocketTimeoutException e) {
                // poll again
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Connections waiting to be accepted (every attempt the renderer made would be queued here). */
    private static int pendingConnections(ServerSocket server) throws IOException {
        server.setSoTimeout(200);
        int n = 0;
        while (true) {
            try {
                server.accept().close();
                n++;
            } catch (SocketTimeoutException e) {
                return n;
            }
        }
    }

    private static void copyTemplates(Path dir) throws IOException {
        Path src = Samples.templates();
        try (var files = Files.walk(src)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }
}
