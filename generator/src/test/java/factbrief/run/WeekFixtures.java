package factbrief.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Invented weeks for the weekly-run tests: cluster files about fictional people, places and countries, with mention
 * offsets computed from the text, and helpers to look at what a run wrote.
 */
final class WeekFixtures {
    static final String WEEK = "2031-W10";
    static final String AS_OF = "2031-03-09";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] FIRST = {"Mira", "Tarek", "Ilse", "Oren", "Kasia", "Bram", "Sunniva", "Teodor",
        "Alva", "Joris", "Nadia", "Piet", "Runa", "Emeric", "Lidia", "Vesna", "Anselm", "Greta"};
    private static final String[] LAST = {"Oskarsson", "Lundqvist", "Varga", "Halloran", "Brekke", "Sandoval",
        "Keskinen", "Marlow", "Petrakis", "Wendt", "Aaltonen", "Dubrava", "Ferrand", "Quist", "Holm", "Tamsin"};
    private static final String[] COUNTRIES = {"Valdoria", "Ostrovia", "Kelmar", "Brisland", "Norvania",
        "Calderra", "Tessaly", "Morvenia"};
    private static final String[] PLACES = {"Port Veld", "Harrowgate", "Kalvik", "Lissa Bay", "Dunmere",
        "Saltgrave", "Orrin", "Westhollow"};

    private WeekFixtures() {
    }

    /** The repository's templates folder. */
    static Path templates() {
        return Path.of(System.getProperty("factbrief.root", "..")).toAbsolutePath().normalize().resolve("templates");
    }

    /** A valid cluster file: two officials of two invented countries meet; two short stories from two sites. */
    static String cluster(String id, int n) {
        return cluster(id, "Talks in " + PLACES[n % PLACES.length] + " (" + id + ")", n);
    }

    /** Like {@link #cluster(String, int)} with a given title. */
    static String cluster(String id, String title, int n) {
        String a = FIRST[n % FIRST.length] + " " + LAST[n % LAST.length];
        String b = FIRST[(n + 7) % FIRST.length] + " " + LAST[(n + 5) % LAST.length];
        String ca = COUNTRIES[n % COUNTRIES.length];
        String cb = COUNTRIES[(n + 3) % COUNTRIES.length];
        String place = PLACES[n % PLACES.length];
        String t1 = "Foreign Minister " + a + " of " + ca + " met Defense Minister " + b + " of " + cb + " in "
                + place + " on Tuesday. " + a + " and " + b + " agreed to hold joint naval exercises next year. "
                + b + " said " + ca + " was a reliable partner.";
        String t2 = a + " met " + b + " in " + place + " on Wednesday, officials in " + cb + " said. The two "
                + "ministers plan to sign a port agreement in June.";
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "factbrief.cluster/1");
        ObjectNode c = root.putObject("cluster");
        c.put("id", id);
        c.put("title", title);
        c.put("week", WEEK);
        c.putArray("focus").add("e-cb");
        ArrayNode entities = root.putArray("entities");
        entity(entities, "e-a", a, "PERSON", "Foreign Minister", ca);
        entity(entities, "e-b", b, "PERSON", "Defense Minister", cb);
        entity(entities, "e-ca", ca, "GPE", null, null);
        entity(entities, "e-cb", cb, "GPE", null, null);
        entity(entities, "e-p", place, "LOC", null, null);
        Map<String, String> names = new TreeMap<>(Map.of("e-a", a, "e-b", b, "e-ca", ca, "e-cb", cb, "e-p", place));
        ArrayNode stories = root.putArray("stories");
        story(stories, id + "-1", "harbour-gazette.example", "2031-03-04", t1, names);
        story(stories, id + "-2", "coastal-wire.example", "2031-03-05", t2, names);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entity(ArrayNode entities, String id, String name, String type, String role, String country) {
        ObjectNode e = entities.addObject();
        e.put("id", id);
        e.put("name", name);
        e.put("type", type);
        ArrayNode roles = e.putArray("roles");
        if (role != null) {
            roles.add(role);
        }
        if (country != null) {
            e.put("country", country);
        }
    }

    private static void story(ArrayNode stories, String id, String site, String published, String text,
                              Map<String, String> names) {
        ObjectNode s = stories.addObject();
        s.put("id", id);
        s.put("language", "en");
        s.put("site", site);
        s.put("published", published);
        s.put("text", text);
        ArrayNode mentions = s.putArray("mentions");
        List<int[]> spans = new ArrayList<>();
        List<String> entityOf = new ArrayList<>();
        names.forEach((entity, name) -> {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                spans.add(new int[] {at, at + name.length()}); // ASCII text: chars are code points
                entityOf.add(entity);
            }
        });
        for (int i = 0; i < spans.size(); i++) {
            ObjectNode m = mentions.addObject();
            m.put("entity", entityOf.get(i));
            m.put("start", spans.get(i)[0]);
            m.put("end", spans.get(i)[1]);
        }
    }

    /** Writes {@code n} valid cluster files {@code c00.json}… with ids {@code prefix-00}… into {@code weekDir}. */
    static List<String> writeClusters(Path weekDir, String prefix, int n) throws IOException {
        Files.createDirectories(weekDir);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "%s-%02d", prefix, i);
            Files.writeString(weekDir.resolve(String.format(Locale.ROOT, "c%02d.json", i)), cluster(id, i),
                    StandardCharsets.UTF_8);
            ids.add(id);
        }
        return ids;
    }

    /** The visible files of a folder (names not starting with a dot), by name, with their bytes. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(p)) {
                    out.put(name, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    /** run.json without its {@code timings} member, the only part that may differ between runs over the same week. */
    static JsonNode manifestWithoutTimings(byte[] runJson) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(runJson);
        assertTrue(root.has("timings"), "run.json has timings");
        root.remove("timings");
        return root;
    }

    static JsonNode json(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }

    /**
     * Fails unless {@code bytes} are a complete file of its kind: a PDF that ends with its trailer and loads with one
     * page, JSON that parses, HTML from doctype to {@code </html>}.
     */
    static void assertComplete(String name, byte[] bytes) {
        try {
            if (name.endsWith(".pdf")) {
                // PDFBox repairs a PDF cut short near its end, so the trailer is checked first
                String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                        StandardCharsets.ISO_8859_1).stripTrailing();
                assertTrue(tail.endsWith("%%EOF"), name + ": no %%EOF at the end");
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    assertEquals(1, pdf.getNumberOfPages(), name + ": pages");
                }
            } else if (name.endsWith(".json")) {
                JsonNode n = JSON.readTree(bytes);
                assertTrue(n != null && n.isObject(), name + ": not a JSON object");
            } else if (name.endsWith(".html")) {
                String html = new String(bytes, StandardCharsets.UTF_8).stripTrailing();
                assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>"), name + ": partial HTML");
            } else {
                fail("unexpected file in the output folder: " + name);
            }
        } catch (IOException e) {
            throw new AssertionError(name + " is not complete: " + e, e);
        }
    }
}
