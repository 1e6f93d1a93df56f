package factbrief.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.input.InputException;
import factbrief.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads raw stories: {@code .txt} (a short first line followed by a blank line is taken as the title), {@code .html}
 * (main text with jsoup, without navigation, scripts and forms), stories JSON ({@code {"cluster"?, "description"?,
 * "stories": [...]}}) and JSON Lines (one story per line). Text is kept verbatim.
 */
public final class RawReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a stories file says about its cluster, plus its stories. */
    public record Batch(String cluster, String description, List<RawStory> stories) {
    }

    public Batch read(Path file) {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".json")) {
                JsonNode root = JSON.readTree(text);
                List<RawStory> out = new ArrayList<>();
                int i = 0;
                for (JsonNode s : root.path("stories")) {
                    out.add(story(file, "/stories/" + i++, s, stem));
                }
                return new Batch(root.path("cluster").asText(null), root.path("description").asText(null), out);
            }
            if (name.endsWith(".jsonl")) {
                List<RawStory> out = new ArrayList<>();
                String[] lines = text.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        out.add(story(file, "line " + (i + 1), JSON.readTree(lines[i]), stem + "-" + (i + 1)));
                    }
                }
                return new Batch(null, null, out);
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                Document d = Jsoup.parse(text);
                d.select("script, style, nav, header, footer, aside, form, noscript, iframe, button").remove();
                Element body = d.selectFirst("article") != null ? d.selectFirst("article") : d.body();
                StringBuilder sb = new StringBuilder();
                for (Element p : body.select("h1, h2, h3, p, li, blockquote")) {
                    String t = p.text().strip();
                    if (!t.isEmpty() && p.select("h1, h2, h3, p, li, blockquote").size() <= 1) {
                        sb.append(t).append('\n');
                    }
                }
                String title = d.title().isBlank() ? null : d.title().strip();
                return new Batch(null, null, List.of(new RawStory(stem, sb.toString().strip(), attr(d, "lang"),
                        null, null, null, title)));
            }
            String title = null;
            int nl = text.indexOf('\n');
            if (nl > 0 && nl < 150 && text.startsWith("\n", nl + 1) && !text.substring(0, nl).strip().matches(".*[.!?:]$")) {
                title = text.substring(0, nl).strip();
            }
            return new Batch(null, null, List.of(new RawStory(stem, text, null, null, null, null, title)));
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read: " + e.getMessage());
        }
    }

    private static String attr(Document d, String name) {
        String v = d.selectFirst("html") == null ? "" : d.selectFirst("html").attr(name);
        return v.length() >= 2 ? v.substring(0, 2).toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static RawStory story(Path file, String where, JsonNode s, String fallbackId) {
        if (!s.path("text").isTextual()) {
            throw new InputException(file, where.startsWith("/") ? where + "/text" : null,
                    (where.startsWith("/") ? "" : where + ": ") + "a story needs a text string");
        }
        String published = s.path("published").asText(null);
        return new RawStory(s.path("id").asText(fallbackId), s.get("text").asText(),
                s.path("language").asText(null), s.path("url").asText(null), s.path("site").asText(null),
                published == null ? null : PartialDate.parse(published).orElse(null), s.path("title").asText(null));
    }

    /** Applies a metadata file ({@code {"stories": {"id": {"site", "language", ...}}}}) to text stories. */
    public static List<RawStory> withMetadata(List<RawStory> stories, JsonNode meta) {
        List<RawStory> out = new ArrayList<>();
        for (RawStory r : stories) {
            JsonNode m = meta.path("stories").path(r.id());
            if (m.isMissingNode()) {
                out.add(r);
                continue;
            }
            String published = m.path("published").asText(null);
            out.add(new RawStory(r.id(), r.text(), m.path("language").asText(r.language()),
                    m.path("url").asText(r.url()), m.path("site").asText(r.site()),
                    published == null ? r.published() : PartialDate.parse(published).orElse(null),
                    m.path("title").asText(r.title())));
        }
        return out;
    }
}
