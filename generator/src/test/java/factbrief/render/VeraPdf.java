package factbrief.render;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF for tests: validates PDF bytes against one flavour and lists the rules that fail, one line each. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The failed rules of {@code pdf} under {@code flavour}, as "clause-test (count): description [first context]",
     * sorted; empty when veraPDF finds the file compliant.
     */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> lines = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                RuleId id = a.getRuleId();
                String key = id.getClause() + "-" + id.getTestNumber();
                counts.merge(key, 1, Integer::sum);
                if (!lines.containsKey(key)) {
                    Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                    String what = rule == null ? a.getMessage() : rule.getDescription();
                    String where = a.getLocation() == null ? "" : " [" + a.getLocation().getContext() + "]";
                    String detail = a.getErrorMessage() == null ? "" : " " + a.getErrorMessage();
                    lines.put(key, what + where + detail);
                }
            }
            List<String> out = new ArrayList<>();
            lines.forEach((key, text) -> out.add(key + " (" + counts.get(key) + "): " + text));
            if (out.isEmpty() && !result.isCompliant()) {
                out.add("not compliant, without a failed assertion (job status " + result.getJobEndStatus() + ")");
            }
            return out;
        } catch (Exception e) {
            return List.of("veraPDF could not validate: " + e);
        }
    }
}
