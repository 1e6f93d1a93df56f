package factbrief.render;

import java.util.Objects;

/**
 * One rendered brief: the three files' bytes, and how many items the PDF left out to stay on one page
 * (the HTML and JSON keep everything). The arrays are the caller's; they are not copied.
 */
public record RenderedBrief(byte[] html, byte[] pdf, byte[] json, int omittedFromPdf) {
    public RenderedBrief {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(json, "json");
    }
}
