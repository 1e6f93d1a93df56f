package factbrief.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Small invented gold and brief documents, written with single quotes for readability. */
final class Fixtures {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    private Fixtures() {
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A gold document for cluster "harbour-test" with the given top-level members. */
    static JsonNode gold(String members) {
        return json("{'cluster':'harbour-test'" + (members.isBlank() ? "" : "," + members) + "}");
    }

    /** A brief document with the given top-level members. */
    static JsonNode brief(String members) {
        return json("{'format':'factbrief.brief/1','cluster':{'id':'harbour-test','title':'Harbour test'},"
                + "'asOf':'2031-03-09'" + (members.isBlank() ? "" : "," + members) + "}");
    }

    /** Evidence citing the given stories (offsets are irrelevant to matching). */
    static String ev(String... stories) {
        StringBuilder sb = new StringBuilder("[");
        for (String s : stories) {
            sb.append(sb.length() > 1 ? "," : "").append("{'story':'").append(s)
                    .append("','start':0,'end':0,'text':''}");
        }
        return sb.append(']').toString();
    }

    static Score score(EvalReport report, String category) {
        return report.score(category).orElseThrow(() -> new AssertionError("no score " + category));
    }
}
