package factbrief.input;

import com.fasterxml.jackson.databind.JsonNode;
import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.model.PartialDate;
import factbrief.model.Story;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks around the schema: every value before it ({@link #checkValues}), and after it, in document order while
 * building the model, what a schema cannot say ({@link #toCluster}): whole-match patterns, unique and known ids,
 * offsets within the text, real dates and weeks, reserved file names.
 */
final class Semantics {
    /** Base names Windows reserves for devices in every folder, with or without an extension. */
    static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private static final Pattern STORY_TEXT = Pattern.compile("/stories/[0-9]+/text");
    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::entity);

    private final Path file;

    private Semantics(Path file) {
        this.file = file;
    }

    /**
     * Checks every value before the schema sees it: the characters of strings and property names (bidi controls only
     * in story text and descriptions) and the range of numbers.
     */
    static void checkValues(Path file, JsonNode root) {
        new Semantics(file).values(root, "");
    }

    /** The cluster of a tree that passed the schema, or an {@link InputException} for the first broken rule. */
    static Cluster toCluster(Path file, JsonNode root) {
        return new Semantics(file).cluster(root);
    }

    private void values(JsonNode node, String pointer) {
        if (node.isNumber() && outOfRange(node)) {
            throw fail(pointer, node.asText() + " is out of range");
        } else if (node.isTextual()) {
            String problem = Strings.problem(node.textValue(), bidiAllowed(pointer));
            if (problem != null) {
                throw fail(pointer, problem);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = pointer + "/" + Strings.token(field.getKey());
                String problem = Strings.problem(field.getKey(), false);
                if (problem != null) {
                    throw fail(child, problem + " of the property name");
                }
                values(field.getValue(), child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                values(node.get(i), pointer + "/" + i);
            }
        }
    }

    /**
     * Numbers no file needs and some libraries choke on: beyond ±1e18, or with more than 18 decimals
     * ({@code 1e999999999} where the schema wants an enum value made the validator run out of memory).
     */
    private static boolean outOfRange(JsonNode number) {
        if (number.isBigInteger()) {
            return number.bigIntegerValue().bitLength() > 63;
        }
        if (number.isBigDecimal()) {
            BigDecimal d = number.decimalValue();
            return d.signum() != 0 && (d.precision() - d.scale() > 18 || d.scale() > 18);
        }
        return number.isFloatingPointNumber() && !Double.isFinite(number.doubleValue());
    }

    /** Story text and free descriptions may hold bidi controls: right-to-left writing uses them and output escapes. */
    private static boolean bidiAllowed(String pointer) {
        return pointer.equals("/description") || pointer.equals("/cluster/description")
                || STORY_TEXT.matcher(pointer).matches();
    }

    private Cluster cluster(JsonNode root) {
        JsonNode c = root.get("cluster");
        String id = c.get("id").textValue();
        require("/cluster/id", id, Form.CLUSTER_ID);
        if (WINDOWS_DEVICES.contains(id.toLowerCase(Locale.ROOT))) {
            throw fail("/cluster/id", Strings.quote(id) + " is a reserved device name on Windows");
        }
        String title = c.get("title").textValue();
        notBlank("/cluster/title", title);
        String week = text(c.get("week"));
        if (week != null) {
            require("/cluster/week", week, Form.WEEK);
            int year = Integer.parseInt(week.substring(0, 4));
            int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (Integer.parseInt(week.substring(6)) > weeks) {
                throw fail("/cluster/week", String.format(Locale.ROOT, "%s does not exist: %d has %d ISO weeks", week, year, weeks));
            }
        }
        Map<String, String> entityIds = new HashMap<>();
        JsonNode entityNodes = root.get("entities");
        for (int i = 0; i < entityNodes.size(); i++) {
            entityIds.putIfAbsent(entityNodes.get(i).get("id").textValue(), "/entities/" + i);
        }
        List<String> focus = strings(c.get("focus"), "/cluster/focus", (at, value) -> {
            require(at, value, Form.ENTITY_ID);
            known(at, value, entityIds);
        });
        unique(focus, "/cluster/focus/", "focus", Function.identity());

        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < entityNodes.size(); i++) {
            entities.add(entity(entityNodes.get(i), "/entities/" + i));
        }
        unique(entities, "/entities/", "entity id", Entity::id);

        List<Story> stories = new ArrayList<>();
        JsonNode storyNodes = root.get("stories");
        for (int i = 0; i < storyNodes.size(); i++) {
            stories.add(story(storyNodes.get(i), "/stories/" + i, entityIds));
        }
        unique(stories, "/stories/", "story id", Story::id);
        return new Cluster(id, title, week, focus, entities, stories);
    }

    private Entity entity(JsonNode e, String at) {
        String id = e.get("id").textValue();
        require(at + "/id", id, Form.ENTITY_ID);
        String name = e.get("name").textValue();
        notBlank(at + "/name", name);
        List<String> aliases = strings(e.get("aliases"), at + "/aliases", this::notBlank);
        List<String> roles = strings(e.get("roles"), at + "/roles", this::notBlank);
        return new Entity(id, name, EntityType.valueOf(e.get("type").textValue()), text(e.get("kb")), aliases, roles,
                text(e.get("country")));
    }

    private Story story(JsonNode s, String at, Map<String, String> entityIds) {
        String id = s.get("id").textValue();
        require(at + "/id", id, Form.STORY_ID);
        String language = text(s.get("language"));
        if (language != null) {
            require(at + "/language", language, Form.LANGUAGE);
        }
        String url = text(s.get("url"));
        if (url != null) {
            require(at + "/url", url, Form.URL);
        }
        PartialDate published = null;
        String date = text(s.get("published"));
        if (date != null) {
            require(at + "/published", date, Form.DATE);
            published = PartialDate.parse(date).orElseThrow(
                    () -> fail(at + "/published", Strings.quote(date) + " is not a calendar date"));
        }
        String text = s.get("text").textValue();
        notBlank(at + "/text", text);
        Offsets offsets = Offsets.of(text);
        List<Mention> mentions = new ArrayList<>();
        Map<Mention, String> seen = new HashMap<>();
        JsonNode mentionNodes = s.get("mentions");
        for (int i = 0; mentionNodes != null && i < mentionNodes.size(); i++) {
            String m = at + "/mentions/" + i;
            JsonNode node = mentionNodes.get(i);
            String entity = node.get("entity").textValue();
            require(m + "/entity", entity, Form.ENTITY_ID);
            known(m + "/entity", entity, entityIds);
            int start = offset(node.get("start"), m + "/start", offsets.codePoints());
            int end = offset(node.get("end"), m + "/end", offsets.codePoints());
            if (start >= end) {
                throw fail(m, String.format(Locale.ROOT, "start %d is not before end %d", start, end));
            }
            Mention mention = new Mention(entity, offsets.charIndex(start), offsets.charIndex(end));
            String first = seen.putIfAbsent(mention, m);
            if (first != null) {
                throw fail(m, "same mention as " + first);
            }
            mentions.add(mention);
        }
        mentions.sort(MENTION_ORDER);
        return new Story(id, text, language, url, text(s.get("site")), published, text(s.get("title")), mentions);
    }

    /** A code-point offset that the schema already knows to be a whole number >= 0, checked against the text. */
    private int offset(JsonNode node, String at, int length) {
        BigDecimal value = node.decimalValue(); // 1e99999999 is a whole number too: never expand it
        if (value.signum() < 0) {
            throw fail(at, node.asText() + " is negative");
        }
        if (value.compareTo(BigDecimal.valueOf(length)) > 0) {
            throw fail(at, String.format(Locale.ROOT, "%s is past the end of the text (%d code points)", node.asText(), length));
        }
        return value.intValueExact();
    }

    private interface Check {
        void check(String pointer, String value);
    }

    private List<String> strings(JsonNode array, String at, Check check) {
        List<String> values = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String value = array.get(i).textValue();
            check.check(at + "/" + i, value);
            values.add(value);
        }
        return values;
    }

    private <T> void unique(List<T> items, String prefix, String what, Function<T, String> id) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            Integer before = first.putIfAbsent(key, i);
            if (before != null) {
                String suffix = what.endsWith(" id") ? "/id" : "";
                throw fail(prefix + i + suffix,
                        String.format(Locale.ROOT, "duplicate %s %s (first at %s%d%s)", what, Strings.quote(key), prefix, before,
                                suffix));
            }
        }
    }

    private void require(String at, String value, Form form) {
        if (!form.matches(value)) {
            throw fail(at, form.reason(value));
        }
    }

    private void known(String at, String entity, Map<String, String> entityIds) {
        if (!entityIds.containsKey(entity)) {
            throw fail(at, "unknown entity " + Strings.quote(entity));
        }
    }

    private void notBlank(String at, String value) {
        if (Strings.isBlank(value)) {
            throw fail(at, "must not be blank");
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.textValue();
    }

    private InputException fail(String pointer, String reason) {
        return new InputException(file, Strings.escape(pointer), reason);
    }
}
