package factbrief.input;

import java.nio.charset.StandardCharsets;

/** Invented cluster files for the tests (fictional people and places). */
final class Fixtures {
    /** A valid cluster: two entities, one story with two mentions; the base of most bad inputs too. */
    static final String HARBOR = """
            {
              "format": "factbrief.cluster/1",
              "cluster": {
                "id": "harbor-talks-2031-03",
                "title": "Harbor talks in Valdoria",
                "week": "2031-W10",
                "focus": ["e-valdoria"]
              },
              "entities": [
                {"id": "e-mira", "name": "Mira Oskarsson", "type": "PERSON", "aliases": ["Oskarsson"],
                 "roles": ["Minister of Ports"], "country": "Valdoria"},
                {"id": "e-valdoria", "name": "Valdoria", "type": "GPE", "aliases": [], "roles": [], "country": null}
              ],
              "stories": [
                {"id": "s1", "language": "en", "url": "https://example.org/a", "site": "example.org",
                 "published": "2031-03-04", "title": "Talks open",
                 "text": "Mira Oskarsson arrived in Valdoria on Monday.",
                 "mentions": [{"entity": "e-mira", "start": 0, "end": 14}, {"entity": "e-valdoria", "start": 26, "end": 34}]}
              ]
            }
            """;

    private Fixtures() {
    }

    /** A cluster file with one story of the given JSON members (besides its id) and the two entities above. */
    static String oneStory(String storyMembers) {
        return """
                {
                  "format": "factbrief.cluster/1",
                  "cluster": {"id": "c1", "title": "A cluster"},
                  "entities": [
                    {"id": "e-mira", "name": "Mira Oskarsson", "type": "PERSON"},
                    {"id": "e-valdoria", "name": "Valdoria", "type": "GPE"}
                  ],
                  "stories": [{"id": "s1", %s}]
                }
                """.formatted(storyMembers);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
