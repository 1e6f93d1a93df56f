/**
 * Writers of a brief: FreeMarker HTML, the one-page PDF (openhtmltopdf on PDFBox, fitted to one page every time)
 * and the {@code factbrief.brief/1} JSON, plus atomic file writing.
 */
package factbrief.render;
