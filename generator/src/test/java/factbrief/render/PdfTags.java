package factbrief.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure tree of a one-page tagged PDF, flattened in reading order: each structure element with its type,
 * Lang, alternate description, the text of the marked content beneath it and how many annotations it owns.
 */
public final class PdfTags {
    /** One structure element; {@code depth} 0 is the Document element. */
    public record Tag(int depth, String type, String lang, String alt, String text, int annotations) {
    }

    private PdfTags() {
    }

    /** The tags of the first page's structure, depth first in document order; empty for an untagged PDF. */
    public static List<Tag> read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<Integer, String> text = new McidText().read(doc);
            List<Tag> out = new ArrayList<>();
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                walk(root, 0, text, out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDStructureNode node, int depth, Map<Integer, String> text, List<Tag> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                StringBuilder sb = new StringBuilder();
                int[] annots = {0};
                collect(e, text, sb, annots);
                out.add(new Tag(depth, e.getStructureType(), e.getLanguage(), e.getAlternateDescription(),
                        sb.toString(), annots[0]));
                walk(e, depth + 1, text, out);
            }
        }
    }

    private static void collect(PDStructureElement e, Map<Integer, String> text, StringBuilder sb, int[] annots) {
        for (Object kid : e.getKids()) {
            if (kid instanceof Integer mcid) {
                sb.append(text.getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                sb.append(text.getOrDefault(ref.getMCID(), ""));
            } else if (kid instanceof PDObjectReference) {
                annots[0]++;
            } else if (kid instanceof PDStructureElement child) {
                collect(child, text, sb, annots);
            }
        }
    }

    /** The text of each marked-content id on the first page (PDFBox's own extractor misreads named properties). */
    private static final class McidText extends PDFTextStripper {
        private final Deque<Integer> open = new ArrayDeque<>();
        private final Map<Integer, StringBuilder> text = new HashMap<>();

        McidText() {
            addOperator(new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> operands) throws IOException {
                    Integer mcid = null;
                    if (operands.size() == 2) {
                        COSBase props = operands.get(1);
                        COSDictionary dict = null;
                        if (props instanceof COSName name && getResources() != null) {
                            PDPropertyList list = getResources().getProperties(name);
                            dict = list == null ? null : list.getCOSObject();
                        } else if (props instanceof COSDictionary d) {
                            dict = d;
                        }
                        if (dict != null && dict.containsKey(COSName.MCID)) {
                            mcid = dict.getInt(COSName.MCID);
                        }
                    }
                    open.push(mcid == null ? -1 : mcid);
                }

                @Override
                public String getName() {
                    return "BDC";
                }
            });
            addOperator(new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> operands) {
                    open.push(-1);
                }

                @Override
                public String getName() {
                    return "BMC";
                }
            });
            addOperator(new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> operands) {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }

                @Override
                public String getName() {
                    return "EMC";
                }
            });
        }

        Map<Integer, String> read(PDDocument doc) throws IOException {
            setStartPage(1);
            setEndPage(1);
            getText(doc);
            Map<Integer, String> out = new HashMap<>();
            text.forEach((k, v) -> out.put(k, v.toString()));
            return out;
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            for (Integer mcid : open) {
                if (mcid >= 0) {
                    text.computeIfAbsent(mcid, k -> new StringBuilder()).append(t.getUnicode());
                    return;
                }
            }
        }
    }
}
