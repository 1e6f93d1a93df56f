package factbrief.annotate;

import factbrief.model.PartialDate;

import java.util.List;

/** Invented stories for the clustering tests (fictional people; real countries and capitals). */
public final class ClusterFixtures {
    private ClusterFixtures() {
    }

    /** Event A, March 2031: a polar research pact signed in Ottawa (English and Spanish). */
    public static final List<RawStory> POLAR = List.of(
            story("polar-en", "en", "2031-03-03", """
                    Chile and Canada sign polar research pact in Ottawa

                    Chilean Foreign Minister Marta Quiroga met Canadian Foreign Minister Henrik Aalvik in Ottawa on \
                    Monday to sign a five-year agreement on polar research. Under the pact, the two countries will \
                    share 14 research vessels and spend 85 million dollars on joint expeditions. "Science has no \
                    borders," Quiroga told reporters after the meeting. Aalvik said the first joint expedition would \
                    leave Punta Arenas in November 2031.
                    """),
            story("polar-es", "es", "2031-03-04", """
                    La canciller chilena Marta Quiroga y el ministro de Relaciones Exteriores de Canadá, Henrik \
                    Aalvik, firmaron el lunes en Ottawa un acuerdo de cinco años sobre investigación polar. Ambos \
                    países compartirán 14 buques de investigación y destinarán 85 millones de dólares a \
                    expediciones conjuntas. "La ciencia no tiene fronteras", dijo Quiroga a la prensa. Según Aalvik, \
                    la primera expedición conjunta zarpará de Punta Arenas en noviembre de 2031.
                    """),
            story("polar-en-2", "en", "2031-03-05", """
                    Ottawa hosts Chilean minister

                    Canadian Foreign Minister Henrik Aalvik welcomed Marta Quiroga, Chile's foreign minister, in \
                    Ottawa this week. The two ministers signed a polar research agreement covering 14 vessels. \
                    Critics in Canada said the 85 million dollars should go to Arctic communities instead.
                    """));

    /** Event B, the same week: a trade deal in Santiago between other people (English and German). */
    public static final List<RawStory> TRADE = List.of(
            story("trade-en", "en", "2031-03-04", """
                    Kenya and Chile agree to expand tea and copper trade

                    Kenyan Trade Minister Wanjiru Kamau met Chilean Economy Minister Tomás Errázuriz in Santiago on \
                    Tuesday. The two ministers agreed to cut tariffs on tea and copper wire by 30 percent from \
                    January 2032. Kamau said Kenyan exporters hoped to double their sales to South America within \
                    five years.
                    """),
            story("trade-de", "de", "2031-03-05", """
                    Die kenianische Handelsministerin Wanjiru Kamau hat in Santiago den chilenischen \
                    Wirtschaftsminister Tomás Errázuriz getroffen. Beide Seiten wollen die Zölle auf Tee und \
                    Kupferdraht ab Januar 2032 um 30 Prozent senken, sagte Kamau.
                    """));

    /** Another year, the same two ministers: another event. */
    public static final RawStory EARLIER = story("fishing-2029", "en", "2029-05-10", """
            Chilean Foreign Minister Marta Quiroga received Canadian Foreign Minister Henrik Aalvik in Santiago on \
            Friday for talks on fishing quotas in the South Pacific. Quiroga said both governments would meet again \
            next year. Aalvik thanked Chile for its hospitality.
            """);

    static RawStory story(String id, String language, String published, String text) {
        return new RawStory(id, text, language, null, id + ".example", PartialDate.parse(published).orElseThrow(),
                null);
    }
}
