package factbrief.render;

import factbrief.model.Facts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Same facts and options, same bytes: across renders, renderers, default time zones and default locales. */
class DeterminismTest {

    @Test
    void renderingTwiceGivesIdenticalBytes() {
        BriefRenderer a = Renderers.shared();
        BriefRenderer b = new BriefRenderer(Samples.templates());
        for (Facts facts : new Facts[] {Samples.rich(), Samples.crowded(60)}) {
            assertSame(a.render(facts, RenderOptions.defaults()), b.render(facts, RenderOptions.defaults()));
        }
        RenderOptions de = new RenderOptions(Paper.LETTER, Locale.GERMAN, true);
        assertSame(a.render(Samples.single(), de), a.render(Samples.single(), de));
    }

    @Test
    void defaultTimeZoneAndLocaleDoNotMatter() {
        Facts facts = Samples.crowded(30);
        RenderOptions fr = new RenderOptions(Paper.A4, Locale.FRENCH, false);
        RenderedBrief before = Renderers.shared().render(facts, fr);
        RenderedBrief beforeEn = Renderers.shared().render(Samples.rich(), RenderOptions.defaults());
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            // far from UTC, a locale with its own case rules (dotless i) and its own digits and date order
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertSame(before, new BriefRenderer(Samples.templates()).render(facts, fr));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertSame(beforeEn, Renderers.shared().render(Samples.rich(), RenderOptions.defaults()));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }

    @Test
    void concurrentRendersGiveTheSameBytesAsSequentialOnes() throws Exception {
        BriefRenderer renderer = new BriefRenderer(Samples.templates());
        List<Facts> inputs = List.of(Samples.rich(), Samples.crowded(45), Samples.single(), Samples.crowded(20));
        List<RenderedBrief> sequential = new ArrayList<>();
        for (Facts f : inputs) {
            sequential.add(renderer.render(f, RenderOptions.defaults()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RenderedBrief>> parallel = new ArrayList<>();
            for (Facts f : inputs) {
                parallel.add(pool.submit(() -> renderer.render(f, RenderOptions.defaults())));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertSame(sequential.get(i), parallel.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSame(RenderedBrief expected, RenderedBrief actual) {
        assertArrayEquals(expected.html(), actual.html(), "HTML differs");
        assertArrayEquals(expected.json(), actual.json(), "JSON differs");
        assertArrayEquals(expected.pdf(), actual.pdf(), "PDF differs");
        assertEquals(expected.omittedFromPdf(), actual.omittedFromPdf());
    }
}
