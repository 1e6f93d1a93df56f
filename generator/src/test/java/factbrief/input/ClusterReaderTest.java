package factbrief.input;

import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.model.PartialDate;
import factbrief.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static factbrief.input.Fixtures.HARBOR;
import static factbrief.input.Fixtures.oneStory;
import static factbrief.input.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClusterReaderTest {
    private static final Path NAME = Path.of("bad.json");
    private final ClusterReader reader = new ClusterReader();

    private Cluster read(String json) {
        return reader.read(Path.of("good.json"), utf8(json));
    }

    private String rejection(String json) {
        return assertThrows(InputException.class, () -> reader.read(NAME, utf8(json))).getMessage();
    }

    @Test
    void readsEveryField() {
        Cluster c = read(HARBOR);
        assertEquals("harbor-talks-2031-03", c.id());
        assertEquals("Harbor talks in Valdoria", c.title());
        assertEquals("2031-W10", c.week());
        assertEquals(List.of("e-valdoria"), c.focus());
        assertEquals(List.of(
                new Entity("e-mira", "Mira Oskarsson", EntityType.PERSON, null, List.of("Oskarsson"),
                        List.of("Minister of Ports"), "Valdoria"),
                new Entity("e-valdoria", "Valdoria", EntityType.GPE, null, List.of(), List.of(), null)), c.entities());
        assertEquals(List.of(new Story("s1", "Mira Oskarsson arrived in Valdoria on Monday.", "en",
                "https://example.org/a", "example.org", new PartialDate(2031, 3, 4), "Talks open",
                List.of(new Mention("e-mira", 0, 14), new Mention("e-valdoria", 26, 34)))), c.stories());
    }

    @Test
    void optionalMembersMayBeLeftOut() {
        Cluster c = read(oneStory("\"text\": \"Quiet week.\""));
        assertNull(c.week());
        assertEquals(List.of(), c.focus());
        assertEquals(new Entity("e-mira", "Mira Oskarsson", EntityType.PERSON, null, List.of(), List.of(), null),
                c.entities().get(0));
        assertEquals(new Story("s1", "Quiet week.", null, null, null, null, null, List.of()), c.stories().get(0));
    }

    @Test
    void emojiBeforeAMentionShiftsCharIndicesNotCodePoints() {
        // 👋🏽 is two code points and four chars: the mention starts at code point 3 and char 5
        String text = "👋🏽 Mira Oskarsson waved.";
        Story s = read(oneStory("\"text\": \"" + text + "\", \"mentions\": [{\"entity\": \"e-mira\", \"start\": 3, \"end\": 17}]"))
                .stories().get(0);
        Mention m = s.mentions().get(0);
        assertEquals(new Mention("e-mira", 5, 19), m);
        assertEquals("Mira Oskarsson", s.text().substring(m.start(), m.end()));
        assertEquals(3, s.codePointIndex(m.start()));
        assertEquals(17, s.codePointIndex(m.end()));
    }

    @Test
    void mentionMayEndAtTheLastCodePoint() {
        Story s = read(oneStory("\"text\": \"Valdoria 🌊\", \"mentions\": [{\"entity\": \"e-valdoria\", \"start\": 9, \"end\": 10}]"))
                .stories().get(0);
        assertEquals(new Mention("e-valdoria", 9, 11), s.mentions().get(0));
        assertEquals("🌊", s.text().substring(9, 11));
    }

    @Test
    void wholeNumbersWrittenWithAFractionAreOffsets() {
        Story s = read(oneStory("\"text\": \"Valdoria\", \"mentions\": [{\"entity\": \"e-valdoria\", \"start\": 0.0, \"end\": 8e0}]"))
                .stories().get(0);
        assertEquals(new Mention("e-valdoria", 0, 8), s.mentions().get(0));
    }

    @Test
    void mentionsAreSortedByStartEndAndEntity() {
        Story s = read(oneStory("\"text\": \"Mira Oskarsson of Valdoria\", \"mentions\": ["
                + "{\"entity\": \"e-valdoria\", \"start\": 18, \"end\": 26},"
                + "{\"entity\": \"e-mira\", \"start\": 0, \"end\": 14},"
                + "{\"entity\": \"e-valdoria\", \"start\": 0, \"end\": 4},"
                + "{\"entity\": \"e-mira\", \"start\": 0, \"end\": 4}]")).stories().get(0);
        assertEquals(List.of(new Mention("e-mira", 0, 4), new Mention("e-valdoria", 0, 4), new Mention("e-mira", 0, 14),
                new Mention("e-valdoria", 18, 26)), s.mentions());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"2031\"       | 2031 | 0 | 0",
            "\"2031-03\"    | 2031 | 3 | 0",
            "\"2031-03-04\" | 2031 | 3 | 4",
            "\"2032-02-29\" | 2032 | 2 | 29"})
    void partialDates(String json, int year, int month, int day) {
        Story s = read(oneStory("\"text\": \"x\", \"published\": " + json)).stories().get(0);
        assertEquals(new PartialDate(year, month, day), s.published());
    }

    @Test
    void publishedNullIsUnknown() {
        assertNull(read(oneStory("\"text\": \"x\", \"published\": null")).stories().get(0).published());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"language\": null, ", ""})
    void languageNullOrAbsentIsUnknown(String member) {
        assertNull(read(oneStory(member + "\"text\": \"x\"")).stories().get(0).language());
    }

    @Test
    void templateSyntaxAndMarkupAreDataKeptVerbatim() {
        String text = "Price: ${7*7} <#assign x=1> [#if y]z[/#if] <script>alert('x')</script> &amp; {{7*7}}";
        Cluster c = read("""
                {"format": "factbrief.cluster/1",
                 "cluster": {"id": "c1", "title": "<b>${7*7}</b>"},
                 "entities": [{"id": "e1", "name": "<#assign y=2>", "type": "ORG", "aliases": ["${y}"],
                               "roles": ["<img src=x onerror=alert(1)>"]}],
                 "stories": [{"id": "s1", "title": "<#include \\"/etc/passwd\\">", "site": "${.now}", "text": "%s"}]}
                """.formatted(text.replace("\"", "\\\"")));
        assertEquals(text, c.stories().get(0).text());
        assertEquals("<b>${7*7}</b>", c.title());
        assertEquals("<#assign y=2>", c.entities().get(0).name());
        assertEquals(List.of("${y}"), c.entities().get(0).aliases());
        assertEquals(List.of("<img src=x onerror=alert(1)>"), c.entities().get(0).roles());
        assertEquals("<#include \"/etc/passwd\">", c.stories().get(0).title());
        assertEquals("${.now}", c.stories().get(0).site());
    }

    @Test
    void bidiControlsAreKeptInStoryTextAndDescriptions() {
        Cluster c = read("""
                {"format": "factbrief.cluster/1", "description": "top \\u202e",
                 "cluster": {"id": "c1", "title": "T", "description": "cluster \\u2067x\\u2069"},
                 "entities": [],
                 "stories": [{"id": "s1", "text": "quoted \\u202bright-to-left\\u202c and \\u2066isolated\\u2069"}]}
                """);
        assertEquals("quoted \u202bright-to-left\u202c and \u2066isolated\u2069", c.stories().get(0).text());
    }

    @Test
    void tabsAndLineBreaksAreAllowedInText() {
        assertEquals("a\tb\nc\r\nd", read(oneStory("\"text\": \"a\\tb\\nc\\r\\nd\"")).stories().get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"com10", "con-report", "auxiliary", "nul1", "lpt0", "0", "a-"})
    void slugsThatAreNotDeviceNames(String id) {
        assertEquals(id, read(HARBOR.replace("harbor-talks-2031-03", id)).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"})
    void windowsDeviceNamesAreRejected(String id) {
        assertEquals("bad.json: /cluster/id: '" + id + "' is a reserved device name on Windows",
                rejection(HARBOR.replace("harbor-talks-2031-03", id)));
    }

    @Test
    void week53WhereTheYearHasIt() {
        assertEquals("2032-W53", read(HARBOR.replace("2031-W10", "2032-W53")).week());
        assertEquals("bad.json: /cluster/week: 2031-W53 does not exist: 2031 has 52 ISO weeks",
                rejection(HARBOR.replace("2031-W10", "2031-W53")));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertEquals(read(HARBOR), read("\uFEFF" + HARBOR));
    }

    @Test
    void lineEndsCountAsJacksonCountsThem() {
        String crlf = "{\r\n  \"format\": \"factbrief.cluster/1\",\r\n  \"cluster\": ,\r\n}";
        assertEquals("bad.json:3:14: syntax error: unexpected character ',', expected a value", rejection(crlf));
        assertEquals(read(HARBOR), read(HARBOR.replace("\n", "\r\n")));
    }

    // exact messages, like jsoup's Validate tests

    @Test
    void messageForAMentionPastTheEnd() {
        assertEquals("bad.json: /stories/0/mentions/1/end: 412 is past the end of the text (45 code points)",
                rejection(HARBOR.replace("\"end\": 34", "\"end\": 412")));
    }

    @Test
    void messageForASyntaxError() {
        String json = "{\n  \"format\": \"factbrief.cluster/1\",\n  \"cluster\": {\"id\": ,}\n}";
        InputException e = assertThrows(InputException.class, () -> reader.read(NAME, utf8(json)));
        assertEquals("bad.json:3:21: syntax error: unexpected character ',', expected a value", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(21, e.column());
        assertNull(e.pointer());
        assertEquals("syntax error: unexpected character ',', expected a value", e.reason());
    }

    @Test
    void messageForAnotherFormatVersion() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read(NAME, utf8(HARBOR.replace("cluster/1", "cluster/2"))));
        assertEquals("bad.json: /format: unsupported format 'factbrief.cluster/2'; this version reads factbrief.cluster/1",
                e.getMessage());
        assertEquals("/format", e.pointer());
        assertEquals(0, e.line());
    }

    @Test
    void messageForInvalidUtf8() {
        byte[] bytes = utf8("{\n  \"format\": \"factbrief.cluster/1\",\n  \"x\": \"caf?\"\n}");
        bytes[bytes.length - 4] = (byte) 0xE9; // Latin-1 é for the ?: a lead byte without continuation bytes
        InputException e = assertThrows(InputException.class, () -> reader.read(NAME, bytes));
        assertEquals("bad.json:3:12: invalid UTF-8 (byte 0xE9)", e.getMessage());
    }

    @Test
    void messageForADuplicateKeyGivesLineColumnAndPointer() {
        InputException e = assertThrows(InputException.class, () -> reader.read(NAME,
                utf8(HARBOR.replace("\"title\": \"Talks open\",", "\"title\": \"Talks open\", \"title\": \"Again\","))));
        assertEquals("bad.json:16:63: /stories/0/title: duplicate property 'title'", e.getMessage());
        assertEquals("/stories/0/title", e.pointer());
    }

    @Test
    void messageNamesTheFileAsGiven(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("weird name.json"), HARBOR.replace("\"GPE\"", "\"gpe\""));
        assertEquals(file + ": /entities/1/type: 'gpe' is not one of PERSON, ORG, GPE, LOC, FACILITY, EVENT, OTHER",
                assertThrows(InputException.class, () -> reader.read(file)).getMessage());
    }

    @Test
    void firstSchemaErrorInPointerOrder() {
        StringBuilder stories = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            String id = i == 9 || i == 10 ? "bad id " + i : "s" + i;
            stories.append(i == 0 ? "" : ",").append("{\"id\": \"").append(id).append("\", \"text\": \"x\"}");
        }
        String json = """
                {"format": "factbrief.cluster/1", "cluster": {"id": "c1", "title": "T"},
                 "entities": [{"id": "e1", "name": "N", "type": "%s"}], "stories": [%s]}
                """;
        assertEquals("bad.json: /entities/0/type: 'X' is not one of PERSON, ORG, GPE, LOC, FACILITY, EVENT, OTHER",
                rejection(json.formatted("X", stories)));
        assertEquals("bad.json: /stories/9/id: 'bad id 9' is not a story id ([A-Za-z0-9][A-Za-z0-9._-]{0,127})",
                rejection(json.formatted("ORG", stories)));
    }

    @Test
    void readsTheSameFromAFileAsFromBytes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("harbor.json"), HARBOR);
        assertEquals(read(HARBOR), reader.read(file));
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nothing.json");
        assertEquals(file + ": no such file", assertThrows(InputException.class, () -> reader.read(file)).getMessage());
    }

    @Test
    void directory(@TempDir Path dir) {
        assertEquals(dir + ": is a directory, not a cluster file",
                assertThrows(InputException.class, () -> reader.read(dir)).getMessage());
    }
}
