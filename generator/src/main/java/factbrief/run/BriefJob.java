package factbrief.run;

import factbrief.model.Cluster;
import factbrief.model.Facts;
import factbrief.render.AtomicFiles;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.render.RenderedBrief;
import factbrief.text.LanguageLayer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** One brief, end to end: facts from a cluster, rendered, and written atomically as HTML, PDF and JSON. */
public final class BriefJob {
    private final Pipeline pipeline;
    private final BriefRenderer renderer;

    public BriefJob(LanguageLayer layer, BriefRenderer renderer) {
        this.pipeline = new Pipeline(layer);
        this.renderer = renderer;
    }

    /** The facts of a cluster, rendered as the three files' bytes; nothing is written. */
    public RenderedBrief render(Cluster cluster, LocalDate asOf, RenderOptions options) {
        Facts facts = pipeline.facts(cluster, asOf);
        return renderer.render(facts, options);
    }

    /** Renders a cluster and writes {@code <id>.html}, {@code <id>.pdf}, {@code <id>.json} into {@code outDir}. */
    public List<Path> write(Cluster cluster, LocalDate asOf, RenderOptions options, Path outDir) {
        RenderedBrief brief = render(cluster, asOf, options);
        try {
            Files.createDirectories(outDir);
            Path base = outDir.toAbsolutePath().normalize();
            Path html = inside(base, cluster.id() + ".html");
            Path pdf = inside(base, cluster.id() + ".pdf");
            Path json = inside(base, cluster.id() + ".json");
            AtomicFiles.write(json, brief.json());
            AtomicFiles.write(html, brief.html());
            AtomicFiles.write(pdf, brief.pdf());
            return List.of(html, pdf, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write brief into " + outDir.toAbsolutePath(), e);
        }
    }

    private static Path inside(Path base, String name) {
        Path p = base.resolve(name).normalize();
        if (!p.getParent().equals(base)) {
            throw new IllegalArgumentException("output path escapes " + base + ": " + name);
        }
        return p;
    }
}
