package factbrief.text;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast tokenizer, lemmatizer and tagger give exactly OpenNLP's tokens, lemmas and tags; their parts too. */
class DecodingTest {
    private static final String[] EN = ("The ministers agreed on Tuesday to hold joint naval exercises next spring , "
            + "and the delegation was studying offers of patrol boats while analysts said talks were going better "
            + "than expected ; she had told reporters that the governments would sign memoranda , having met "
            + "twice in Brenholt . Companies bought shares , ports are growing , wolves ran , children sang songs "
            + "of better days and the best of times").split(" ");
    private static final String[] DE = ("Die Ministerinnen haben am Dienstag gemeinsame Manöver vereinbart , "
            + "und die Delegationen prüften Angebote über Boote , während Analysten sagten , die Gespräche seien "
            + "besser verlaufen als erwartet ; sie hatte Journalisten gesagt , dass die Regierungen Abkommen "
            + "unterzeichnen würden . Häfen wachsen , Kinder sangen Lieder von besseren Tagen").split(" ");

    @Test
    void englishLemmasAreOpenNlps() throws IOException {
        compare("en", EN, 60);
    }

    @Test
    void germanLemmasAreOpenNlps() throws IOException {
        compare("de", DE, 60);
    }

    /** Random sentences from the vocabulary, tagged by the real tagger and by random tags, lemmatized both ways. */
    private static void compare(String language, String[] vocabulary, int sentences) throws IOException {
        LemmatizerModel lm = new LemmatizerModel(resource("lemmatizer." + language));
        POSTaggerME tagger = new POSTaggerME(new POSModel(resource("pos." + language)));
        LemmatizerME reference = new LemmatizerME(lm);
        Lemmas fast = new Lemmas(lm);
        String[] tagSet = tagger.getAllPosTags();
        Random rnd = new Random(42);
        assertArrayEquals(reference.lemmatize(vocabulary, tagger.tag(vocabulary)),
                fast.lemmatize(vocabulary, tagger.tag(vocabulary)));
        for (int n = 0; n < sentences; n++) {
            String[] words = new String[1 + rnd.nextInt(40)];
            for (int i = 0; i < words.length; i++) {
                words[i] = vocabulary[rnd.nextInt(vocabulary.length)];
            }
            String[] tags = tagger.tag(words);
            assertArrayEquals(reference.lemmatize(words, tags), fast.lemmatize(words, tags), Arrays.toString(words));
            String[] randomTags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                randomTags[i] = tagSet[rnd.nextInt(tagSet.length)];
            }
            assertArrayEquals(reference.lemmatize(words, randomTags), fast.lemmatize(words, randomTags),
                    Arrays.toString(words) + " " + Arrays.toString(randomTags));
        }
    }

    @Test
    void kthLargestIsTheSortedArraysElement() {
        Random rnd = new Random(7);
        for (int n = 0; n < 2000; n++) {
            double[] a = new double[1 + rnd.nextInt(30)];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextInt(3) == 0 ? rnd.nextInt(4) / 4.0 : rnd.nextDouble();   // many duplicates
            }
            int k = 1 + rnd.nextInt(5);
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[Math.max(0, a.length - k)], Beam.kthLargest(a, k), Arrays.toString(a) + " k=" + k);
        }
    }

    @Test
    void tagsAreOpenNlps() throws IOException {
        String[] fr = ("Les ministres ont convenu mardi d' organiser des manœuvres communes , et la délégation "
                + "étudiera les offres de bateaux . Elle a dit aux journalistes que les gouvernements signeraient")
                .split(" ");
        for (var lang : java.util.Map.of("en", EN, "de", DE, "fr", fr).entrySet()) {
            POSModel model = new POSModel(resource("pos." + lang.getKey()));
            POSTaggerME reference = new POSTaggerME(model);
            Tagger fast = new Tagger(model);
            Random rnd = new Random(11);
            String[] v = lang.getValue();
            assertArrayEquals(reference.tag(v), fast.tag(v));
            for (int n = 0; n < 150; n++) {
                String[] words = new String[1 + rnd.nextInt(40)];
                for (int i = 0; i < words.length; i++) {
                    words[i] = v[rnd.nextInt(v.length)];
                }
                assertArrayEquals(reference.tag(words), fast.tag(words), Arrays.toString(words));
            }
        }
    }

    @Test
    void tokensAreOpenNlps() throws IOException {
        String[] pieces = {"The", "U.S.", "Dr.", "ministers'", "can't", "won't", "(talks)", "\"Our", "navies\"",
                "said:", "40%", "1,250.5", "e-mail", "Brenholt/Saltmere", "—", "«Saltmere»", "l’intérieur", "z.B.",
                "Gespräche,", "U.S.-Peru", "end.", "...", "it's", "a", ",", "\u00A0", "\t", "2031-04-15",
                "Aguirrebeña's", "St.", "Jan.", "p.m.", "O'Neill", "’s", "A.", "etc.)"};
        for (String lang : new String[] {"en", "de"}) {
            TokenizerModel model = new TokenizerModel(resource("tokenizer." + lang));
            TokenizerME reference = new TokenizerME(model);
            Tokens fast = new Tokens(model);
            Random rnd = new Random(5);
            for (int n = 0; n < 300; n++) {
                if (n % 50 == 0) {
                    fast.forget();
                }
                StringBuilder text = new StringBuilder();
                for (int i = rnd.nextInt(30); i >= 0; i--) {
                    text.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextInt(6) == 0 ? "  " : " ");
                }
                String t = text.toString();
                assertArrayEquals(reference.tokenizePos(t), fast.tokenizePos(t), t);
            }
        }
    }

    /** Every probability of the sparse evaluation is the same double as the model's own. */
    @Test
    void sparseEvaluationIsExact() throws IOException {
        LemmatizerModel lm = new LemmatizerModel(resource("lemmatizer.en"));
        var maxent = (opennlp.tools.ml.model.MaxentModel) lm.getArtifact("lemmatizer.model");
        GisEval fast = GisEval.of(maxent, new String[] {"w0=the"});
        org.junit.jupiter.api.Assertions.assertNotNull(fast, "the English lemmatizer is a GIS model");
        String[] features = {"w0=ran", "t0=VERB", "p_1=bos", "suf=n", "suf=an", "pre=r", "pre=ra", "c", "d", "h",
                "w0=ministers", "t0=NOUN", "suf=s", "suf=rs", "t0=ADJ", "w0=better", "p_1=_", "unknown=feature"};
        Random rnd = new Random(3);
        for (int n = 0; n < 300; n++) {
            String[] context = new String[rnd.nextInt(8)];
            for (int i = 0; i < context.length; i++) {
                context[i] = features[rnd.nextInt(features.length)];
            }
            assertArrayEquals(maxent.eval(context, new double[maxent.getNumOutcomes()]),
                    fast.eval(context, new double[maxent.getNumOutcomes()]), Arrays.toString(context));
        }
    }

    private static InputStream resource(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LanguageLayer.class.getResourceAsStream("/factbrief/text/models.properties")) {
            p.load(in);
        }
        return LanguageLayer.class.getResourceAsStream("/" + p.getProperty(key));
    }
}
