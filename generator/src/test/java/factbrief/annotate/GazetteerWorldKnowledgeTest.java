package factbrief.annotate;

import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.model.Story;
import factbrief.text.Fold;
import factbrief.text.LanguageLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in gazetteer's world knowledge on invented sentences: demonyms, capitals, organisations, regions. */
class GazetteerWorldKnowledgeTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load(null);
    private static final Annotator ANNOTATOR = new Annotator(GAZETTEER, LanguageLayer.shared());

    private static Cluster annotate(String language, String text) {
        return ANNOTATOR.annotate("c", "c", List.of(new RawStory("s", text, language, null, "news.example", null,
                null)), List.of());
    }

    /** The entity the first mention with exactly this surface form links to. */
    private static Entity linked(Cluster c, String surface) {
        Map<String, Entity> byId = c.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Story s = c.stories().get(0);
        List<String> seen = new ArrayList<>();
        for (Mention m : s.mentions()) {
            String text = s.text().substring(m.start(), m.end());
            if (text.equals(surface)) {
                return byId.get(m.entity());
            }
            seen.add(text);
        }
        throw new AssertionError("no mention \"" + surface + "\" in: " + s.text() + "; mentions: " + seen);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Portuguese Defense Minister Ana Duvall arrived in Lisbon on Tuesday.|Ana Duvall|Lisbon|Portugal",
        "en|Indonesian Defense Minister Ana Duvall arrived in Jakarta on Tuesday.|Ana Duvall|Jakarta|Indonesia",
        "en|Filipino Defense Minister Ana Duvall arrived in Manila on Tuesday.|Ana Duvall|Manila|Philippines",
        "en|Thai Defense Minister Ana Duvall arrived in Bangkok on Tuesday.|Ana Duvall|Bangkok|Thailand",
        "en|Polish Defense Minister Ana Duvall arrived in Warsaw on Tuesday.|Ana Duvall|Warsaw|Poland",
        "en|Dutch Defense Minister Ana Duvall arrived in Amsterdam on Tuesday.|Ana Duvall|Amsterdam|Netherlands",
        "en|Swiss Defense Minister Ana Duvall arrived in Bern on Tuesday.|Ana Duvall|Bern|Switzerland",
        "en|Czech Defense Minister Ana Duvall arrived in Prague on Tuesday.|Ana Duvall|Prague|Czechia",
        "en|Saudi Defense Minister Ana Duvall arrived in Riyadh on Tuesday.|Ana Duvall|Riyadh|Saudi Arabia",
        "en|Emirati Defense Minister Ana Duvall arrived in Abu Dhabi on Tuesday.|Ana Duvall|Abu Dhabi|United Arab Emirates",
        "en|Nigerian Defense Minister Ana Duvall arrived in Abuja on Tuesday.|Ana Duvall|Abuja|Nigeria",
        "en|Pakistani Defense Minister Ana Duvall arrived in Islamabad on Tuesday.|Ana Duvall|Islamabad|Pakistan",
        "en|Kazakh Defense Minister Ana Duvall arrived in Astana on Tuesday.|Ana Duvall|Astana|Kazakhstan",
        "en|Salvadoran Defense Minister Ana Duvall arrived in San Salvador on Tuesday.|Ana Duvall|San Salvador|El Salvador",
        "en|Irish Defense Minister Ana Duvall arrived in Dublin on Tuesday.|Ana Duvall|Dublin|Ireland",
        "en|Burmese Defense Minister Ana Duvall arrived in Naypyidaw on Tuesday.|Ana Duvall|Naypyidaw|Myanmar (Burma)",
        "de|Die portugiesische Verteidigungsministerin Ana Duvall traf am Dienstag in Lissabon ein.|Ana Duvall|Lissabon|Portugal",
        "de|Die österreichische Verteidigungsministerin Ana Duvall traf am Dienstag in Wien ein.|Ana Duvall|Wien|Austria",
        "de|Die schwedische Verteidigungsministerin Ana Duvall traf am Dienstag in Stockholm ein.|Ana Duvall|Stockholm|Sweden",
        "de|Die griechische Verteidigungsministerin Ana Duvall traf am Dienstag in Athen ein.|Ana Duvall|Athen|Greece",
        "de|Die marokkanische Verteidigungsministerin Ana Duvall traf am Dienstag in Rabat ein.|Ana Duvall|Rabat|Morocco",
        "de|Die paraguayische Verteidigungsministerin Ana Duvall traf am Dienstag in Asunción ein.|Ana Duvall|Asunción|Paraguay",
        "de|Die thailändische Verteidigungsministerin Ana Duvall traf am Dienstag in Bangkok ein.|Ana Duvall|Bangkok|Thailand",
        "de|Die vietnamesische Verteidigungsministerin Ana Duvall traf am Dienstag in Hanoi ein.|Ana Duvall|Hanoi|Vietnam",
        "de|Die polnische Verteidigungsministerin Ana Duvall traf am Dienstag in Warschau ein.|Ana Duvall|Warschau|Poland",
        "fr|La ministre portugaise de la Défense Ana Duvall est arrivée mardi à Lisbonne.|Ana Duvall|Lisbonne|Portugal",
        "fr|La ministre belge de la Défense Ana Duvall est arrivée mardi à Bruxelles.|Ana Duvall|Bruxelles|Belgium",
        "fr|La ministre danoise de la Défense Ana Duvall est arrivée mardi à Copenhague.|Ana Duvall|Copenhague|Denmark",
        "fr|La ministre hongroise de la Défense Ana Duvall est arrivée mardi à Budapest.|Ana Duvall|Budapest|Hungary",
        "fr|La ministre algérienne de la Défense Ana Duvall est arrivée mardi à Alger.|Ana Duvall|Alger|Algeria",
        "fr|La ministre philippine de la Défense Ana Duvall est arrivée mardi à Manille.|Ana Duvall|Manille|Philippines",
        "fr|La ministre norvégienne de la Défense Ana Duvall est arrivée mardi à Oslo.|Ana Duvall|Oslo|Norway",
        "fr|La ministre cambodgienne de la Défense Ana Duvall est arrivée mardi à Phnom Penh.|Ana Duvall|Phnom Penh|Cambodia",
        "fr|Le ministre égyptien de la Défense Jonas Kettering est arrivé mardi au Caire.|Jonas Kettering|Caire|Egypt",
        "es|El ministro portugués de Defensa, Jonas Kettering, llegó el martes a Lisboa.|Jonas Kettering|Lisboa|Portugal",
        "es|El ministro paraguayo de Defensa, Jonas Kettering, llegó el martes a Asunción.|Jonas Kettering|Asunción|Paraguay",
        "es|El ministro uruguayo de Defensa, Jonas Kettering, llegó el martes a Montevideo.|Jonas Kettering|Montevideo|Uruguay",
        "es|El ministro hondureño de Defensa, Jonas Kettering, llegó el martes a Tegucigalpa.|Jonas Kettering|Tegucigalpa|Honduras",
        "es|El ministro nicaragüense de Defensa, Jonas Kettering, llegó el martes a Managua.|Jonas Kettering|Managua|Nicaragua",
        "es|El ministro dominicano de Defensa, Jonas Kettering, llegó el martes a Santo Domingo.|Jonas Kettering|Santo Domingo|Dominican Republic",
        "es|El ministro haitiano de Defensa, Jonas Kettering, llegó el martes a Puerto Príncipe.|Jonas Kettering|Puerto Príncipe|Haiti",
        "es|El ministro polaco de Defensa, Jonas Kettering, llegó el martes a Varsovia.|Jonas Kettering|Varsovia|Poland",
        "es|El ministro rumano de Defensa, Jonas Kettering, llegó el martes a Bucarest.|Jonas Kettering|Bucarest|Romania",
        "es|El ministro egipcio de Defensa, Jonas Kettering, llegó el martes a El Cairo.|Jonas Kettering|Cairo|Egypt",
        "es|El ministro cubano de Defensa, Jonas Kettering, llegó el martes a La Habana.|Jonas Kettering|Habana|Cuba",
        "it|Il ministro della Difesa portoghese, Jonas Kettering, è arrivato martedì a Lisbona.|Jonas Kettering|Lisbona|Portugal",
        "it|Il ministro della Difesa polacco, Jonas Kettering, è arrivato martedì a Varsavia.|Jonas Kettering|Varsavia|Poland",
        "it|Il ministro della Difesa svedese, Jonas Kettering, è arrivato martedì a Stoccolma.|Jonas Kettering|Stoccolma|Sweden",
        "it|Il ministro della Difesa olandese, Jonas Kettering, è arrivato martedì ad Amsterdam.|Jonas Kettering|Amsterdam|Netherlands",
        "it|Il ministro della Difesa svizzero, Jonas Kettering, è arrivato martedì a Berna.|Jonas Kettering|Berna|Switzerland",
        "it|Il ministro della Difesa ceco, Jonas Kettering, è arrivato martedì a Praga.|Jonas Kettering|Praga|Czechia",
        "it|Il ministro della Difesa indonesiano, Jonas Kettering, è arrivato martedì a Giacarta.|Jonas Kettering|Giacarta|Indonesia",
        "it|Il ministro della Difesa egiziano, Jonas Kettering, è arrivato martedì al Cairo.|Jonas Kettering|Cairo|Egypt",
        "it|Il ministro della Difesa greco, Jonas Kettering, è arrivato martedì ad Atene.|Jonas Kettering|Atene|Greece",
        "pt|O ministro da Defesa português, Jonas Kettering, chegou na terça-feira a Lisboa.|Jonas Kettering|Lisboa|Portugal",
        "pt|O ministro da Defesa paraguaio, Jonas Kettering, chegou na terça-feira a Assunção.|Jonas Kettering|Assunção|Paraguay",
        "pt|O ministro da Defesa uruguaio, Jonas Kettering, chegou na terça-feira a Montevidéu.|Jonas Kettering|Montevidéu|Uruguay",
        "pt|O ministro da Defesa tailandês, Jonas Kettering, chegou na terça-feira a Banguecoque.|Jonas Kettering|Banguecoque|Thailand",
        "pt|O ministro da Defesa polonês, Jonas Kettering, chegou na terça-feira a Varsóvia.|Jonas Kettering|Varsóvia|Poland",
        "pt|O ministro da Defesa queniano, Jonas Kettering, chegou na terça-feira a Nairóbi.|Jonas Kettering|Nairóbi|Kenya",
        "pt|O ministro da Defesa dinamarquês, Jonas Kettering, chegou na terça-feira a Copenhaga.|Jonas Kettering|Copenhaga|Denmark",
        "pt|O ministro da Defesa sul-africano, Jonas Kettering, chegou na terça-feira a Pretória.|Jonas Kettering|Pretória|South Africa",
    })
    void demonymGivesThePersonACountryAndTheCapitalIsAPlaceOfIt(String language, String text, String person,
                                                                 String capital, String country) {
        Cluster c = annotate(language, text);
        Entity p = linked(c, person);
        assertEquals(EntityType.PERSON, p.type());
        assertEquals(country, p.country(), "country of " + person);
        Entity place = linked(c, capital);
        assertEquals(EntityType.GPE, place.type());
        assertEquals(country, place.country(), "country of " + capital);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "es|El Banco Interamericano de Desarrollo, la Alianza del Pacífico y la CAF se reunieron en Montevideo.|Alianza del Pacífico|Pacific Alliance",
        "es|El Banco Interamericano de Desarrollo, la Alianza del Pacífico y la CAF se reunieron en Montevideo.|Banco Interamericano de Desarrollo|Inter-American Development Bank",
        "es|El Banco Interamericano de Desarrollo, la Alianza del Pacífico y la CAF se reunieron en Montevideo.|CAF|CAF – Development Bank of Latin America and the Caribbean",
        "es|La CELAC y el Mercosur pidieron apoyo al Banco Mundial.|CELAC|Community of Latin American and Caribbean States",
        "es|La CELAC y el Mercosur pidieron apoyo al Banco Mundial.|Banco Mundial|World Bank",
        "fr|La Banque mondiale, l'OCDE et l'ASEAN ont salué la décision du G20 à Bruxelles.|OCDE|Organisation for Economic Co-operation and Development",
        "fr|La Banque mondiale, l'OCDE et l'ASEAN ont salué la décision du G20 à Bruxelles.|ASEAN|Association of Southeast Asian Nations",
        "fr|La Banque mondiale, l'OCDE et l'ASEAN ont salué la décision du G20 à Bruxelles.|G20|G20",
        "de|Die Weltbank und der Internationale Währungsfonds trafen sich in Genf.|Weltbank|World Bank",
        "de|Die Weltbank und der Internationale Währungsfonds trafen sich in Genf.|Internationale Währungsfonds|International Monetary Fund",
        "pt|O Mercosul e o BRICS reuniram-se em Brasília com a Organização Mundial do Comércio.|Mercosul|Mercosur",
        "pt|O Mercosul e o BRICS reuniram-se em Brasília com a Organização Mundial do Comércio.|BRICS|BRICS",
        "pt|O Mercosul e o BRICS reuniram-se em Brasília com a Organização Mundial do Comércio.|Organização Mundial do Comércio|World Trade Organization",
        "it|L'Unione europea e la Banca Mondiale hanno incontrato l'OCSE a Varsavia.|OCSE|Organisation for Economic Co-operation and Development",
        "it|L'Unione europea e la Banca Mondiale hanno incontrato l'OCSE a Varsavia.|Banca Mondiale|World Bank",
        "en|The Asian Infrastructure Investment Bank and the Gulf Cooperation Council met in Doha.|Asian Infrastructure Investment Bank|Asian Infrastructure Investment Bank",
        "en|The Asian Infrastructure Investment Bank and the Gulf Cooperation Council met in Doha.|Gulf Cooperation Council|Gulf Cooperation Council",
        "en|The National Security Council met while the UN Security Council debated.|UN Security Council|UN Security Council",
    })
    void organisationsAreKnownByTheirNamesAndAcronymsInEachLanguage(String language, String text, String surface,
                                                                     String name) {
        Entity e = linked(annotate(language, text), surface);
        assertEquals(EntityType.ORG, e.type());
        assertEquals(name, e.name());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "en|The envoy flew from Hong Kong to Ottawa on Tuesday.|Hong Kong|China",
        "en|The envoy flew from Macau to Ottawa on Tuesday.|Macau|China",
        "en|The envoy flew from The Hague to Ottawa on Tuesday.|Hague|Netherlands",
        "en|The envoy flew from Puerto Rico to Ottawa on Tuesday.|Puerto Rico|United States",
        "de|Der Gesandte flog am Dienstag von Hongkong nach Ottawa.|Hongkong|China",
        "de|Der Gesandte flog am Dienstag von Genf nach Ottawa.|Genf|Switzerland",
    })
    void placesThatAreNotCountriesBelongToOne(String language, String text, String surface, String country) {
        Cluster c = annotate(language, text);
        Entity e = linked(c, surface);
        assertEquals(EntityType.GPE, e.type());
        assertEquals(country, e.country());
        assertEquals("Canada", linked(c, "Ottawa").country());
    }

    @Test
    void firstNamesThatLookLikeCountryWordsStayPartOfTheName() {
        Cluster en = annotate("en", "Defense Minister Francesca Moretti arrived in Vienna on Tuesday.");
        Entity moretti = linked(en, "Francesca Moretti");
        assertNull(moretti.country(), "\"Francesca\" is not Italian for French");
        Cluster en2 = annotate("en", "Defense Minister Russell Kerr arrived in Vienna on Tuesday.");
        assertNull(linked(en2, "Russell Kerr").country(), "\"Russell\" is not French for Russian");
        Cluster de = annotate("de", "Verteidigungsminister Malte Brenner traf am Dienstag in Wien ein.");
        assertEquals(EntityType.PERSON, linked(de, "Malte Brenner").type(), "\"Malte\" is not French for Malta");
    }

    @ParameterizedTest
    @ValueSource(strings = {"francesca", "francesco", "russell", "gregario", "catarina", "malte", "polished",
        "chinook", "indiana", "romana", "salvador", "sofia", "dominique", "leticia", "cipriano", "kenyatta",
        "catarro", "saudade", "irishman", "danube", "austral", "turchese"})
    void commonWordsAndNamesAreNoDemonyms(String word) {
        assertNull(GAZETTEER.countryOfDemonym(Fold.fold(word)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "portoghesi|Portugal", "portugiesischen|Portugal", "portugueses|Portugal", "polonaise|Poland",
        "polacchi|Poland", "niederländischen|Netherlands", "neerlandesa|Netherlands", "schweizerischen|Switzerland",
        "suíços|Switzerland", "saudi-arabische|Saudi Arabia", "émiriens|United Arab Emirates",
        "südafrikanischen|South Africa", "sud-africaine|South Africa", "filipinos|Philippines",
        "tailandeses|Thailand", "costarricenses|Costa Rica", "guatémaltèque|Guatemala", "sri-lankaise|Sri Lanka",
        "birmanes|Myanmar (Burma)", "jamaiquinos|Jamaica", "trinitense|Trinidad & Tobago", "kazajos|Kazakhstan",
        "équatoriens|Ecuador", "equatoriana|Ecuador", "iracheni|Iraq", "israelenses|Israel",
        "neozelandese|New Zealand", "singapurense|Singapore", "alemães|Germany", "espanhóis|Spain",
        "norte-americanos|United States", "francesi|France", "russes|Russia",
    })
    void demonymFormsInTheSixLanguages(String word, String country) {
        assertEquals(country, GAZETTEER.countryOfDemonym(Fold.fold(word)));
    }

    /** Prefix patterns read any ending of up to four letters, so a short one would swallow unrelated words. */
    @Test
    void demonymPatternsAreSpecificEnough() throws Exception {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Gazetteer.class.getResourceAsStream("/factbrief/annotate/gazetteer.json"));
        List<String> tooShort = new ArrayList<>();
        root.path("countries").fields().forEachRemaining(e -> e.getValue().path("demonyms").forEach(d -> {
            String p = Fold.fold(d.asText());
            boolean prefix = p.endsWith("*");
            String core = prefix ? p.substring(0, p.length() - 1) : p;
            if (!core.endsWith("-") && core.length() < (prefix ? 5 : 4)) {
                tooShort.add(e.getKey() + ":" + d.asText());
            }
        }));
        assertEquals(List.of(), tooShort);
    }

    /** Every country of the built-in map has its capital, but for names that mostly mean something else. */
    @Test
    void everyCountryHasACapital() {
        Set<String> countries = new TreeSet<>();
        Set<String> withCapital = new TreeSet<>();
        for (Gazetteer.Entry e : GAZETTEER.entries()) {
            if (e.type() == EntityType.GPE && e.name().equals(e.country())) {
                countries.add(e.name());
            } else if (e.type() == EntityType.GPE && e.country() != null) {
                withCapital.add(e.country());
            }
        }
        countries.removeAll(withCapital);
        // Jerusalem's status is disputed; Georgetown, Kingston, Nassau, San José and Sofia are far more often a
        // university, other towns or first names in the stories this tool reads; Luxembourg and Singapore share their
        // countries' names
        assertEquals(Set.of("Israel", "Guyana", "Jamaica", "Bahamas", "Costa Rica", "Bulgaria", "Luxembourg",
                "Singapore"), countries);
        assertTrue(withCapital.size() > 90, "capitals known for " + withCapital.size() + " countries");
    }
}
