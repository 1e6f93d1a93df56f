package factbrief.view;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message bundles {@code messages_<lang>.properties} of a folder, read as UTF-8 once. English is the base every
 * other language falls back to, key by key; the JVM's default locale is never consulted.
 */
public final class Messages {
    /** The language every bundle falls back to. */
    public static final String BASE = "en";
    private static final Pattern NAME = Pattern.compile("messages_([a-z]{2,3})\\.properties");

    private final Map<String, Map<String, String>> bundles;
    private final Map<String, Set<String>> ownKeys;

    private Messages(Map<String, Map<String, String>> bundles, Map<String, Set<String>> ownKeys) {
        this.bundles = bundles;
        this.ownKeys = ownKeys;
    }

    /** Reads every {@code messages_<lang>.properties} of {@code dir}; the English bundle is required. */
    public static Messages load(Path dir) {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "messages_*.properties")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    bundles.put(m.group(1), read(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundles in " + dir.toAbsolutePath(), e);
        }
        Map<String, String> base = bundles.get(BASE);
        if (base == null) {
            throw new IllegalArgumentException("no messages_" + BASE + ".properties in " + dir.toAbsolutePath());
        }
        Map<String, Map<String, String>> merged = new HashMap<>();
        Map<String, Set<String>> own = new HashMap<>();
        bundles.forEach((lang, bundle) -> {
            Map<String, String> all = new TreeMap<>(base);
            all.putAll(bundle);
            merged.put(lang, Map.copyOf(all));
            own.put(lang, Set.copyOf(bundle.keySet()));
        });
        return new Messages(Map.copyOf(merged), Map.copyOf(own));
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties props = new Properties();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            props.load(in);
        }
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }

    /** The languages with a bundle, sorted. */
    public Set<String> languages() {
        return new TreeSet<>(bundles.keySet());
    }

    /** The bundle's own keys for one language, before falling back to English (for completeness checks). */
    public Set<String> keys(String language) {
        return new TreeSet<>(ownKeys.getOrDefault(language, Set.of()));
    }

    /** Labels for {@code locale}; a language without a bundle gets English labels and an English locale. */
    public Labels labels(Locale locale) {
        String lang = locale.getLanguage();
        Map<String, String> bundle = bundles.get(lang);
        if (bundle == null) {
            return new Labels(Locale.ENGLISH, bundles.get(BASE));
        }
        return new Labels(locale, bundle);
    }
}
