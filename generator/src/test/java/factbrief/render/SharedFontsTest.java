package factbrief.render;

import factbrief.model.Facts;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A font parsed once and embedded in many documents gives the same PDF as a font parsed for that document alone. */
class SharedFontsTest {
    @Test
    void aReusedFontGivesTheBytesOfAFreshOne() throws Exception {
        BriefRenderer renderer = new BriefRenderer(Samples.templates());
        byte[] fresh = onNewThread(renderer, Samples.rich());
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            byte[] reused = one.submit(() -> {
                // other glyphs (Cyrillic, Greek, crowded pages, a single story) go through the same parsed fonts first
                renderer.render(Samples.crowded(60), RenderOptions.defaults());
                renderer.render(Samples.single(), RenderOptions.defaults());
                renderer.render(Samples.hostile(), RenderOptions.defaults());
                return renderer.render(Samples.rich(), RenderOptions.defaults()).pdf();
            }).get();
            assertArrayEquals(fresh, reused);
        } finally {
            one.shutdownNow();
        }
    }

    private static byte[] onNewThread(BriefRenderer renderer, Facts facts) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            return pool.submit(() -> renderer.render(facts, RenderOptions.defaults()).pdf()).get();
        } finally {
            pool.shutdownNow();
        }
    }
}
