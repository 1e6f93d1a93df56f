package factbrief.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import factbrief.model.Claim;
import factbrief.model.Disagreement;
import factbrief.model.Evidence;
import factbrief.model.Facts;
import factbrief.model.FollowUp;
import factbrief.model.Meeting;
import factbrief.model.Participant;
import factbrief.model.Position;
import factbrief.model.Ref;
import factbrief.model.Source;
import factbrief.model.SourceFlag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes {@code factbrief.brief/1}: the facts of a brief with their evidence spans. Deterministic: fixed key order,
 * two-space indentation, {@code \n} line ends, {@code null} for unknown values, UTF-8.
 */
public final class BriefJson {
    /** The format tag written into every brief JSON. */
    public static final String FORMAT = "factbrief.brief/1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private BriefJson() {
    }

    /** The brief JSON of {@code facts}, ending in a newline. */
    public static byte[] write(Facts facts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeObjectFieldStart("cluster");
            g.writeStringField("id", facts.clusterId());
            g.writeStringField("title", facts.clusterTitle());
            g.writeEndObject();
            g.writeStringField("asOf", facts.asOf().toString());
            g.writeArrayFieldStart("sources");
            for (Source s : facts.sources()) {
                source(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("meetings");
            for (Meeting m : facts.meetings()) {
                meeting(g, m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("positions");
            for (Position p : facts.positions()) {
                position(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("followUps");
            for (FollowUp f : facts.followUps()) {
                g.writeStartObject();
                g.writeStringField("action", f.action());
                g.writeStringField("status", f.status().label());
                g.writeArrayFieldStart("parties");
                for (String party : f.parties()) {
                    g.writeString(party);
                }
                g.writeEndArray();
                evidence(g, f.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("disagreements");
            for (Disagreement d : facts.disagreements()) {
                g.writeStartObject();
                g.writeStringField("topic", d.topic());
                g.writeArrayFieldStart("claims");
                for (Claim c : d.claims()) {
                    g.writeStartObject();
                    g.writeStringField("value", c.value());
                    evidence(g, c.evidence());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write brief JSON", e);
        }
        return out.toByteArray();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("story", s.story());
        g.writeStringField("site", s.site());
        g.writeStringField("language", s.language());
        g.writeStringField("published", s.published());
        g.writeStringField("title", s.title());
        g.writeStringField("url", s.url());
        g.writeBooleanField("independent", s.independent());
        g.writeArrayFieldStart("flags");
        for (SourceFlag f : s.flags()) {
            g.writeStartObject();
            g.writeStringField("flag", f.flag().label());
            g.writeStringField("of", f.of());
            g.writeStringField("why", f.why());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void meeting(JsonGenerator g, Meeting m) throws IOException {
        g.writeStartObject();
        participants(g, "participants", m.participants());
        participants(g, "alsoPresent", m.alsoPresent());
        g.writeStringField("place", m.place());
        g.writeStringField("date", m.date());
        g.writeBooleanField("background", m.background());
        evidence(g, m.evidence());
        g.writeEndObject();
    }

    private static void participants(JsonGenerator g, String field, List<Participant> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (Participant p : list) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("role", p.role());
            g.writeStringField("country", p.country());
            g.writeStringField("entity", p.entity());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void position(JsonGenerator g, Position p) throws IOException {
        g.writeStartObject();
        ref(g, "holder", p.holder());
        ref(g, "target", p.target());
        g.writeStringField("kind", p.kind().label());
        g.writeStringField("stance", p.stance().label());
        g.writeStringField("summary", p.summary());
        g.writeStringField("quote", p.quote());
        g.writeStringField("quoteLanguage", p.quoteLanguage());
        evidence(g, p.evidence());
        g.writeEndObject();
    }

    private static void ref(JsonGenerator g, String field, Ref r) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("name", r.name());
        g.writeStringField("entity", r.entity());
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField("story", e.story());
            g.writeNumberField("start", e.start());
            g.writeNumberField("end", e.end());
            g.writeStringField("text", e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
