package factbrief.render;

/** Times layouts alone, for tuning the page fit (not a test). */
public final class LayoutTiming {
    public static void main(String[] args) {
        BriefRenderer r = new BriefRenderer(Samples.templates());
        PdfMaker pdf = new PdfMaker();
        String crowded = r.html(Samples.crowded(60), RenderOptions.defaults());
        String rich = r.html(Samples.rich(), RenderOptions.defaults());
        for (int i = 0; i < 12; i++) {
            long t0 = System.nanoTime();
            try (PdfMaker.Layout l = pdf.layout(crowded, Paper.A4)) {
                long t1 = System.nanoTime();
                try (PdfMaker.Layout l2 = pdf.layout(rich, Paper.A4)) {
                    long t2 = System.nanoTime();
                    System.out.printf("crowded %d pages %d ms; rich %d ms%n", l.pages(), (t1 - t0) / 1_000_000,
                            (t2 - t1) / 1_000_000);
                }
            }
        }
    }
}
