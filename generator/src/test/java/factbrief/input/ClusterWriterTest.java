package factbrief.input;

import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.model.PartialDate;
import factbrief.model.Story;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static factbrief.input.Fixtures.HARBOR;
import static factbrief.input.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterWriterTest {
    private static final Path NAME = Path.of("written.json");
    private final ClusterReader reader = new ClusterReader();
    private final ClusterWriter writer = new ClusterWriter();

    /** Char indices 3..16 and 21..26 are code points 2..15 and 20..25: the waving hand is two chars. */
    private static Cluster tarsa(List<Mention> mentions) {
        return new Cluster("tarsa-visit", "Tårn & \"quotes\"", "2031-W10", List.of("e1"),
                List.of(new Entity("e1", "Ana Lindqvist", EntityType.PERSON, "Q1", List.of("Lindqvist"),
                                List.of("Mayor of Tarsa"), "Norland"),
                        new Entity("e2", "Tarsa", EntityType.GPE, null, List.of(), List.of(), null)),
                List.of(new Story("s1", "👋 Ana Lindqvist\tmet Tarsa.\n", "en", null, "example.org",
                        new PartialDate(2031, 3, 0), null, mentions)));
    }

    @Test
    void writesAFixedLayoutWithMentionsInCodePointsSorted() {
        String expected = """
                {
                  "format": "factbrief.cluster/1",
                  "cluster": {
                    "id": "tarsa-visit",
                    "title": "Tårn & \\"quotes\\"",
                    "week": "2031-W10",
                    "focus": ["e1"]
                  },
                  "entities": [
                    {
                      "id": "e1",
                      "name": "Ana Lindqvist",
                      "type": "PERSON",
                      "kb": "Q1",
                      "aliases": ["Lindqvist"],
                      "roles": ["Mayor of Tarsa"],
                      "country": "Norland"
                    },
                    {
                      "id": "e2",
                      "name": "Tarsa",
                      "type": "GPE",
                      "aliases": [],
                      "roles": []
                    }
                  ],
                  "stories": [
                    {
                      "id": "s1",
                      "language": "en",
                      "site": "example.org",
                      "published": "2031-03",
                      "text": "👋 Ana Lindqvist\\tmet Tarsa.\\n",
                      "mentions": [
                        {"entity": "e1", "start": 2, "end": 15},
                        {"entity": "e2", "start": 20, "end": 25}
                      ]
                    }
                  ]
                }
                """;
        Cluster c = tarsa(List.of(new Mention("e2", 21, 26), new Mention("e1", 3, 16)));
        assertEquals(expected, new String(writer.write(c), StandardCharsets.UTF_8));
    }

    @Test
    void emptyListsAndAStoryWithoutMentions() {
        Cluster c = new Cluster("c1", "T", null, List.of(), List.of(),
                List.of(new Story("s1", "x", null, null, null, null, null, List.of())));
        assertEquals("""
                {
                  "format": "factbrief.cluster/1",
                  "cluster": {
                    "id": "c1",
                    "title": "T",
                    "focus": []
                  },
                  "entities": [],
                  "stories": [
                    {
                      "id": "s1",
                      "text": "x",
                      "mentions": []
                    }
                  ]
                }
                """, new String(writer.write(c), StandardCharsets.UTF_8));
    }

    @Test
    void readOfWriteGivesTheSameCluster() {
        Cluster sorted = tarsa(List.of(new Mention("e1", 3, 16), new Mention("e2", 21, 26)));
        assertEquals(sorted, reader.read(NAME, writer.write(sorted)));
        Cluster unsorted = tarsa(List.of(new Mention("e2", 21, 26), new Mention("e1", 3, 16)));
        assertEquals(sorted, reader.read(NAME, writer.write(unsorted)));
        Cluster harbor = reader.read(NAME, utf8(HARBOR));
        assertEquals(harbor, reader.read(NAME, writer.write(harbor)));
    }

    @Test
    void writingIsStableByteForByte() {
        byte[] once = writer.write(reader.read(NAME, utf8(HARBOR)));
        byte[] twice = writer.write(reader.read(NAME, once));
        assertArrayEquals(once, twice);
    }

    @Test
    void lineFeedsOnlyAndAFinalNewline() {
        String s = new String(writer.write(reader.read(NAME, utf8(HARBOR.replace("\n", "\r\n")))),
                StandardCharsets.UTF_8);
        assertFalse(s.contains("\r"));
        assertTrue(s.endsWith("}\n"));
    }

    @Test
    void controlCharactersAreEscaped() {
        Cluster c = new Cluster("c1", "T", null, List.of(), List.of(),
                List.of(new Story("s1", "tab\tcr\rnul\u0000", null, null, null, null, null, List.of())));
        String s = new String(writer.write(c), StandardCharsets.UTF_8);
        assertTrue(s.contains("\"text\": \"tab\\tcr\\rnul\\u0000\""), s);
    }

    @Test
    void loneSurrogateCannotBeWritten() {
        Cluster c = new Cluster("c1", "T", null, List.of(), List.of(),
                List.of(new Story("s1", "broken \ud800 text", null, null, null, null, null, List.of())));
        assertEquals("cluster c1 holds a lone surrogate",
                assertThrows(IllegalArgumentException.class, () -> writer.write(c)).getMessage());
    }
}
