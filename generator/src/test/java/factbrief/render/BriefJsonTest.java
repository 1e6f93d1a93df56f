package factbrief.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.model.Claim;
import factbrief.model.Disagreement;
import factbrief.model.Evidence;
import factbrief.model.Facts;
import factbrief.model.FollowUp;
import factbrief.model.FollowUpStatus;
import factbrief.model.Meeting;
import factbrief.model.Participant;
import factbrief.model.Position;
import factbrief.model.PositionKind;
import factbrief.model.Ref;
import factbrief.model.Source;
import factbrief.model.SourceFlag;
import factbrief.model.SourceFlagKind;
import factbrief.model.Stance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code factbrief.brief/1} JSON: its exact shape, its schema, and evidence passed through unchanged. */
class BriefJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheContractShapeWithNullsKeyOrderAndUnixLineEnds() {
        Evidence e = new Evidence("st-1", 4, 9, "Ødegå");
        Facts facts = new Facts("tiny-1", "Tiny", LocalDate.of(2031, 1, 2),
                List.of(new Source("st-1", null, "no", "2031-01", null, null, false,
                        List.of(new SourceFlag(SourceFlagKind.DUPLICATE_OF, "st-0", "same text")))),
                List.of(new Meeting(List.of(new Participant("Ødegård", null, null, null)), List.of(), null, null,
                        true, List.of(e))),
                List.of(new Position(new Ref("A", null), new Ref("B", "e-b"), PositionKind.FRAMING, Stance.MIXED,
                        null, null, null, List.of())),
                List.of(new FollowUp("Meet again", FollowUpStatus.UNDER_CONSIDERATION, List.of(), List.of(e))),
                List.of());
        String expected = """
                {
                  "format": "factbrief.brief/1",
                  "cluster": {
                    "id": "tiny-1",
                    "title": "Tiny"
                  },
                  "asOf": "2031-01-02",
                  "sources": [
                    {
                      "story": "st-1",
                      "site": null,
                      "language": "no",
                      "published": "2031-01",
                      "title": null,
                      "url": null,
                      "independent": false,
                      "flags": [
                        {
                          "flag": "duplicate-of",
                          "of": "st-0",
                          "why": "same text"
                        }
                      ]
                    }
                  ],
                  "meetings": [
                    {
                      "participants": [
                        {
                          "name": "Ødegård",
                          "role": null,
                          "country": null,
                          "entity": null
                        }
                      ],
                      "alsoPresent": [],
                      "place": null,
                      "date": null,
                      "background": true,
                      "evidence": [
                        {
                          "story": "st-1",
                          "start": 4,
                          "end": 9,
                          "text": "Ødegå"
                        }
                      ]
                    }
                  ],
                  "positions": [
                    {
                      "holder": {
                        "name": "A",
                        "entity": null
                      },
                      "target": {
                        "name": "B",
                        "entity": "e-b"
                      },
                      "kind": "framing",
                      "stance": "mixed",
                      "summary": null,
                      "quote": null,
                      "quoteLanguage": null,
                      "evidence": []
                    }
                  ],
                  "followUps": [
                    {
                      "action": "Meet again",
                      "status": "under-consideration",
                      "parties": [],
                      "evidence": [
                        {
                          "story": "st-1",
                          "start": 4,
                          "end": 9,
                          "text": "Ødegå"
                        }
                      ]
                    }
                  ],
                  "disagreements": []
                }
                """;
        byte[] json = BriefJson.write(facts);
        assertEquals(expected, new String(json, StandardCharsets.UTF_8));
        assertEquals(List.of(), BriefSchema.validate(json));
    }

    @Test
    void sampleBriefsValidateAgainstTheSchema() {
        for (Facts f : List.of(Samples.rich(), Samples.crowded(60), Samples.single())) {
            assertEquals(List.of(), BriefSchema.validate(BriefJson.write(f)), f.clusterId());
        }
        byte[] rendered = Renderers.shared().render(Samples.rich(), RenderOptions.defaults()).json();
        assertEquals(List.of(), BriefSchema.validate(rendered));
    }

    @Test
    void everyEvidenceTextIsWhatWasGivenAndTheStorySlice() throws IOException {
        Facts facts = Samples.rich();
        JsonNode root = MAPPER.readTree(BriefJson.write(facts));
        List<JsonNode> written = new ArrayList<>();
        root.findParents("evidence").forEach(parent -> parent.get("evidence").forEach(written::add));
        List<Evidence> given = new ArrayList<>();
        facts.meetings().forEach(m -> given.addAll(m.evidence()));
        facts.positions().forEach(p -> given.addAll(p.evidence()));
        facts.followUps().forEach(f -> given.addAll(f.evidence()));
        for (Disagreement d : facts.disagreements()) {
            for (Claim c : d.claims()) {
                given.addAll(c.evidence());
            }
        }
        assertEquals(given.size(), written.size());
        assertTrue(given.size() > 5);
        for (int i = 0; i < given.size(); i++) {
            Evidence e = given.get(i);
            JsonNode w = written.get(i);
            assertEquals(e.story(), w.get("story").asText());
            assertEquals(e.start(), w.get("start").asInt());
            assertEquals(e.end(), w.get("end").asInt());
            assertEquals(e.text(), w.get("text").asText());
            String story = Samples.stories().get(e.story());
            String slice = story.substring(story.offsetByCodePoints(0, e.start()),
                    story.offsetByCodePoints(0, e.end()));
            assertEquals(slice, w.get("text").asText(), "code-point slice of " + e.story());
        }
    }

    @Test
    void schemaRejectsBriefsThatBreakTheContract() throws IOException {
        byte[] good = BriefJson.write(Samples.rich());
        assertEquals(List.of(), BriefSchema.validate(good));
        assertFalse(BriefSchema.validate(edit(good, "/positions/0", "stance", "angry")).isEmpty());
        assertFalse(BriefSchema.validate(edit(good, "/sources/0", "url", null, true)).isEmpty(), "url omitted");
        assertFalse(BriefSchema.validate(edit(good, "/cluster", "id", "../../x")).isEmpty());
        assertFalse(BriefSchema.validate(edit(good, "", "format", "factbrief.brief/2")).isEmpty());
        assertFalse(BriefSchema.validate(edit(good, "", "asOf", "17.03.2031")).isEmpty());
        List<String> broken = BriefSchema.validate("{\"format\":".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, broken.size());
        assertTrue(broken.get(0).startsWith("/: not JSON"), broken.get(0));
        List<String> wrongType = BriefSchema.validate(edit(good, "/followUps/0", "parties", "Calderra"));
        assertTrue(wrongType.stream().anyMatch(m -> m.startsWith("/followUps/0/parties")), wrongType.toString());
    }

    private static byte[] edit(byte[] json, String pointer, String field, String value) throws IOException {
        return edit(json, pointer, field, value, false);
    }

    private static byte[] edit(byte[] json, String pointer, String field, String value, boolean remove)
            throws IOException {
        JsonNode root = MAPPER.readTree(json);
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) (pointer.isEmpty() ? root : root.at(pointer));
        if (remove) {
            node.remove(field);
        } else {
            node.put(field, value);
        }
        return MAPPER.writeValueAsBytes(root);
    }
}
