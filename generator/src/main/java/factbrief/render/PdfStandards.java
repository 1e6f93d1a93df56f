package factbrief.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

/**
 * What makes the PDF brief archival (PDF/A-3u: embedded fonts, sRGB output intent, XMP identification) and
 * accessible (PDF/UA-1: tagged structure in reading order, title, language, described links). openhtmltopdf tags the
 * page from the HTML; this class switches that on and completes what it leaves out.
 */
final class PdfStandards {
    static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";
    /** The sRGB IEC 61966-2.1 profile every JDK carries: the output intent PDF/A asks for. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfStandards() {
    }

    /** Tagging, PDF/A-3u font and colour rules, and the sRGB output intent. */
    static void configure(PdfRendererBuilder builder) {
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
    }

    /**
     * The XMP packet: Dublin Core title and language, dates and tools matching the info dictionary, the PDF/A-3u and
     * PDF/UA-1 identification, and the extension schema PDF/A requires for the PDF/UA property.
     */
    static byte[] xmp(String title, String lang, Calendar day, String producer) throws IOException {
        try {
            XMPMetadata x = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = x.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addLanguage(lang);
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = x.createAndAddXMPBasicSchema();
            basic.setCreateDate(day);
            basic.setModifyDate(day);
            basic.setMetadataDate(day);
            basic.setCreatorTool(producer);
            AdobePDFSchema pdf = x.createAndAddAdobePDFSchema();
            pdf.setProducer(producer);
            PDFAIdentificationSchema pdfa = x.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(3);
            pdfa.setConformance("U");

            XMPSchema ua = new XMPSchema(x, PDFUA_NS, "pdfuaid");
            ua.addProperty(x.getTypeMapping().createInteger(PDFUA_NS, "pdfuaid", "part", 1));
            x.addSchema(ua);
            PDFAExtensionSchema ext = x.createAndAddPDFAExtensionSchemaWithDefaultNS();
            ext.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
            ext.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
            ext.addBagValue("schemas", uaSchemaDescription(x));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(x, out, true);
            return out.toByteArray();
        } catch (TransformerException | BadFieldValueException e) {
            throw new IOException("cannot serialize XMP metadata", e);
        }
    }

    /** The pdfaExtension description of the PDF/UA identification schema (ISO 14289-1, 5). */
    private static XMPSchema uaSchemaDescription(XMPMetadata x) {
        XMPSchema schema = new XMPSchema(x, "pdfaSchema", "pdfaSchema", "pdfaSchema");
        schema.setTextPropertyValue("schema", "PDF/UA Universal Accessibility Schema");
        schema.setTextPropertyValue("namespaceURI", PDFUA_NS);
        schema.setTextPropertyValue("prefix", "pdfuaid");
        XMPSchema part = new XMPSchema(x, "pdfaProperty", "pdfaProperty", "pdfaProperty");
        part.setTextPropertyValue("name", "part");
        part.setTextPropertyValue("valueType", "Integer");
        part.setTextPropertyValue("category", "internal");
        part.setTextPropertyValue("description", "Indicates which part of ISO 14289 standard is followed");
        schema.addUnqualifiedSequenceValue("property", part);
        return schema;
    }

    /**
     * Gives every link annotation a Contents entry, the alternate description of its Link structure element
     * (openhtmltopdf takes it from the anchor's {@code title}); PDF/UA asks for both.
     */
    static void describeLinks(PDDocument doc) {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            describeLinks(root);
        }
    }

    private static void describeLinks(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (StandardStructureTypes.LINK.equals(e.getStructureType())) {
                    String alt = e.getAlternateDescription();
                    for (Object k : e.getKids()) {
                        if (k instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotation a
                                && alt != null && !alt.isBlank()) {
                            a.setContents(alt);
                        }
                    }
                }
                describeLinks(e);
            }
        }
    }
}
