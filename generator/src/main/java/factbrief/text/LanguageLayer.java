package factbrief.text;

import factbrief.model.Story;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences, tokens, POS tags and lemmas with Apache OpenNLP's UD models where a model for the language is on the
 * class path (see {@code factbrief/text/models.properties}), else with the JDK's locale-aware sentence breaker and a
 * rule tokenizer. Models load lazily, once per process; the ME classes are not thread-safe, so each thread gets its
 * own instance over the shared model.
 */
public final class LanguageLayer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}]*['’](?=\\p{L})"           // French/Italian elision: l’, d', qu'
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-.][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
                    + "|\\p{N}+(?:[.,’']\\p{N}+)*"
                    + "|\\S");
    private static final Pattern INITIAL_END = Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}|Sen|Rep|Gen|Adm|Gov|Lt|Col|"
            + "Capt|Sgt|Dr|Mr|Mrs|Ms|Sr|Sra|Prof|Gral|Hon)\\.$");
    private static final Properties MODELS = loadModelIndex();
    private static final LanguageLayer SHARED = new LanguageLayer();

    private final Map<String, Optional<Object>> models = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, Object>> tools = ThreadLocal.withInitial(java.util.HashMap::new);

    /** The process-wide instance. */
    public static LanguageLayer shared() {
        return SHARED;
    }

    private static Properties loadModelIndex() {
        Properties p = new Properties();
        try (InputStream in = LanguageLayer.class.getResourceAsStream("/factbrief/text/models.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Whether factbrief can extract facts from a language (it has a lexicon for it). */
    public boolean supports(String language) {
        return Lexicon.forLanguage(language).isPresent();
    }

    /**
     * The ISO 639-1 code of the text's language, or empty when detection is not confident. OpenNLP's character
     * n-gram model decides, except on short texts (a headline, one sentence full of names), where it often errs: there
     * the function words of the lexicon languages ("the", "der", "los", ...) decide when they clearly point to one.
     */
    public Optional<String> detect(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Optional<String> byModel = detectWithModel(text);
        if (text.length() < SHORT_TEXT) {
            Optional<String> byWords = byFunctionWords(text, 2);
            if (byWords.isPresent()) {
                return byWords;
            }
        }
        return byModel;
    }

    private static final int SHORT_TEXT = 400;
    private static final List<String> LEXICON_LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt");

    /**
     * The lexicon language whose function words the text uses most, when it leads the next one by {@code margin}
     * words or more.
     */
    static Optional<String> byFunctionWords(String text, int margin) {
        String[] words = Fold.fold(text).split("[^\\p{L}]+");
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (String lang : LEXICON_LANGUAGES) {
            Lexicon lex = Lexicon.forLanguage(lang).orElse(null);
            if (lex == null) {
                continue;
            }
            int n = 0;
            for (String w : words) {
                if (!w.isEmpty() && lex.isWord(w, "function")) {
                    n++;
                }
            }
            if (n > bestCount) {
                second = bestCount;
                bestCount = n;
                best = lang;
            } else if (n > second) {
                second = n;
            }
        }
        return bestCount >= margin && bestCount - second >= margin ? Optional.of(best) : Optional.empty();
    }

    private Optional<String> detectWithModel(String text) {
        LanguageDetectorModel m = model("langdetect", "any", LanguageDetectorModel::new).orElse(null);
        if (m == null) {
            return Optional.empty();
        }
        LanguageDetectorME me = tool("langdetect", () -> new LanguageDetectorME(m));
        Language best = me.predictLanguage(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        String iso3 = best.getLang();
        for (String iso2 : Locale.getISOLanguages()) {
            if (new Locale(iso2).getISO3Language().equals(iso3)) {
                return Optional.of(iso2);
            }
        }
        return Optional.empty();
    }

    /** Splits, tokenizes and tags a story; a story in an unsupported language gets sentences but no lexicon. */
    public AnalyzedStory analyze(Story story, String language) {
        Optional<Lexicon> lexicon = Lexicon.forLanguage(language);
        // Words, contexts and exp values are remembered within one story only: forgotten before (so no story's
        // result or time depends on another's) and after it (so a thread holds no memory between stories).
        forget(language);
        List<Sentence> sentences;
        try {
            sentences = sentences(story.text(), language);
        } finally {
            forget(language);
        }
        return new AnalyzedStory(story, language, lexicon.isPresent(), sentences, lexicon.orElse(null));
    }

    private List<Sentence> sentences(String text, String language) {
        List<Sentence> out = new ArrayList<>();
        SentenceModel sm = model("sentence", language, SentenceModel::new).orElse(null);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (int[] span : splitLine(line, language, sm)) {
                    int s = lineStart + span[0];
                    int e = lineStart + span[1];
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                        e--;
                    }
                    if (e > s) {
                        out.add(new Sentence(out.size(), s, e, text.substring(s, e), tokens(text, s, e, language)));
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private List<int[]> splitLine(String line, String language, SentenceModel sm) {
        List<int[]> spans = new ArrayList<>();
        if (sm != null) {
            SentenceDetectorME me = tool("sentence:" + language, () -> new SentenceDetectorME(sm));
            for (Span s : me.sentPosDetect(line)) {
                spans.add(new int[] {s.getStart(), s.getEnd()});
            }
        } else {
            BreakIterator bi = BreakIterator.getSentenceInstance(language == null ? Locale.ROOT : new Locale(language));
            bi.setText(line);
            int start = bi.first();
            for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
                spans.add(new int[] {start, end});
            }
        }
        // A sentence that ends on an initial ("Michael F.") or a title's abbreviation ("Sen.") continues in the next.
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            if (!merged.isEmpty()) {
                int[] last = merged.get(merged.size() - 1);
                String tail = line.substring(last[0], last[1]).stripTrailing();
                if (INITIAL_END.matcher(tail).find()) {
                    last[1] = span[1];
                    continue;
                }
            }
            merged.add(span.clone());
        }
        return merged;
    }

    private List<Token> tokens(String text, int start, int end, String language) {
        String sentence = text.substring(start, end);
        List<int[]> spans = new ArrayList<>();
        TokenizerModel tm = model("tokenizer", language, TokenizerModel::new).orElse(null);
        if (tm != null) {
            Tokens me = tool("tokenizer:" + language, () -> new Tokens(tm));
            for (Span s : me.tokenizePos(sentence)) {
                spans.add(new int[] {s.getStart(), s.getEnd()});
            }
        } else {
            Matcher m = TOKEN.matcher(sentence);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        // "Washington/Lima" is two names and a slash
        List<int[]> split = new ArrayList<>();
        for (int[] sp : spans) {
            String w = sentence.substring(sp[0], sp[1]);
            int slash = w.indexOf('/');
            if (slash > 0 && slash < w.length() - 1 && Character.isLetter(w.charAt(slash - 1))
                    && Character.isLetter(w.charAt(slash + 1))) {
                split.add(new int[] {sp[0], sp[0] + slash});
                split.add(new int[] {sp[0] + slash, sp[0] + slash + 1});
                split.add(new int[] {sp[0] + slash + 1, sp[1]});
            } else {
                split.add(sp);
            }
        }
        spans = split;
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        String[] tags = posTags(words, language);
        String[] lemmas = lemmas(words, tags, language);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmas == null || lemmas[i] == null || lemmas[i].equals("O") ? null : Fold.fold(lemmas[i]);
            out.add(new Token(start + spans.get(i)[0], start + spans.get(i)[1], words[i], tags[i], lemma,
                    Fold.fold(words[i])));
        }
        return out;
    }

    private String[] posTags(String[] words, String language) {
        POSModel pm = model("pos", language, POSModel::new).orElse(null);
        if (pm != null && words.length > 0) {
            return tool("pos:" + language, () -> new Tagger(pm)).tag(words);
        }
        // Without a model: a capitalized word that does not open the sentence is taken for a proper noun.
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            boolean cap = !words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0));
            boolean opener = i == 0 || words[i - 1].matches("[.:!?¿¡«»\"“”„(–—-]");
            tags[i] = cap && !opener ? "PROPN" : "X";
        }
        return tags;
    }

    private String[] lemmas(String[] words, String[] tags, String language) {
        LemmatizerModel lm = model("lemmatizer", language, LemmatizerModel::new).orElse(null);
        if (lm == null || words.length == 0) {
            return null;
        }
        return tool("lemmatizer:" + language, () -> new Lemmas(lm)).lemmatize(words, tags);
    }

    @FunctionalInterface
    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> model(String kind, String language, ModelReader<T> reader) {
        String key = kind + "." + language;
        return (Optional<T>) models.computeIfAbsent(key, k -> {
            String resource = MODELS.getProperty(k);
            if (resource == null) {
                return Optional.empty();
            }
            try (InputStream in = LanguageLayer.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
                }
                return Optional.of(reader.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
            }
        });
    }

    /** Empties the per-story memory of the tokenizer, tagger and lemmatizer this thread has for a language. */
    private void forget(String language) {
        Map<String, Object> mine = tools.get();
        if (mine.get("tokenizer:" + language) instanceof Tokens tokens) {
            tokens.forget();
        }
        if (mine.get("pos:" + language) instanceof Tagger tagger) {
            tagger.forget();
        }
        if (mine.get("lemmatizer:" + language) instanceof Lemmas lemmas) {
            lemmas.forget();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T tool(String key, java.util.function.Supplier<T> make) {
        return (T) tools.get().computeIfAbsent(key, k -> make.get());
    }

    /** Loads every model of the given languages now (for warm-up and benchmarks). */
    public void preload(List<String> languages) {
        Function<String, Object> touch = l -> {
            model("sentence", l, SentenceModel::new);
            model("tokenizer", l, TokenizerModel::new);
            model("pos", l, POSModel::new);
            model("lemmatizer", l, LemmatizerModel::new);
            return l;
        };
        languages.forEach(touch::apply);
    }
}
