package factbrief.annotate;

import factbrief.extract.Fixtures;
import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person named in full once is recognised later by the part of the name that news style uses alone. */
class PersonLinkingTest {

    /** The entity of that name, or a failure listing all of them. */
    private static Entity entity(Cluster c, String name) {
        return c.entities().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(c.entities().toString()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "last name|Hannes Brekke|Brekke",
        "first of two surnames|Gonzalo Ferrán Ochoa|Ferrán",
        "family name first|Liang Weiming|Liang",
    })
    void theShortFormLaterInTheStoryIsTheSamePerson(String kind, String full, String alone) {
        Cluster c = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Foreign Minister " + full + " met the press in Lisbon on Monday.\n"
                        + "The talks were long. " + alone + " told reporters the talks had been frank.")
                .annotated();
        Story s = c.stories().get(0);
        int at = s.text().indexOf(alone + " told");
        String id = Gazetteer.slug(full);
        assertTrue(s.mentions().stream().anyMatch(m -> m.entity().equals(id) && m.start() == at
                        && m.end() == at + alone.length()),
                kind + ": " + s.mentions().stream().map(Mention::toString).toList());
    }

    @Test
    void aSpokespersonTakesTheCountryOfTheBodySheSpeaksFor() {
        Cluster c = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "State Department spokesperson Odile Varenne said the talks were "
                        + "useful.")
                .story("b", "fr", "2031-03-12", "La porte-parole du département d'État, Odile Varenne, a affirmé "
                        + "que les discussions étaient utiles.")
                .annotated();
        Entity e = entity(c, "Odile Varenne");
        assertEquals("United States", e.country());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "de|„Lissabon sollte aufhören“, sagte der Sprecher des kanadischen Außenministeriums, Orrin Maddox, am "
                + "Donnerstag in Ottawa.",
        "es|El portavoz de la cancillería canadiense, Orrin Maddox, dijo el jueves que Lisboa debe dejar de "
                + "presionar.",
        "fr|« Lisbonne doit cesser », a déclaré le porte-parole du ministère canadien des Affaires étrangères, "
                + "Orrin Maddox, jeudi.",
        "en|\"Lisbon should stop,\" said the spokesperson for the Canadian foreign ministry, Orrin Maddox, on "
                + "Thursday.",
        "de|„Die USA sollten aufhören“, sagte der kanadische Außenamtssprecher Orrin Maddox am Donnerstag.",
    })
    void aTitleWithItsBodyBeforeTheNameGivesRoleAndCountry(String language, String text) {
        Cluster c = Fixtures.cluster().story("a", language, "2031-03-12", text).annotated();
        Entity e = entity(c, "Orrin Maddox");
        assertEquals("Canada", e.country(), e.toString());
        assertTrue(e.roles().contains("Spokesperson"), e.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "es|El ministro chileno Orrin Maddox se reunió con la canciller Ana Duvall en Lisboa.",
        "it|Il ministro cileno Orrin Maddox ha incontrato la ministra Ana Duvall a Lisbona.",
    })
    void aDemonymBetweenTitleAndNameGivesTheCountry(String language, String text) {
        Cluster c = Fixtures.cluster().story("a", language, "2031-03-12", text).annotated();
        Entity e = entity(c, "Orrin Maddox");
        assertEquals("Chile", e.country(), e.toString());
    }

    @Test
    void aDollarSignAfterACountryCodeIsACurrencyNotTheCountry() {
        Cluster c = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "Velmar invertirá US$ 310 millones en Oporto, dijo el ministro "
                        + "chileno Orrin Maddox.")
                .annotated();
        assertTrue(c.entities().stream().noneMatch(x -> x.name().equals("United States")), c.entities().toString());
    }

    @Test
    void aPortfolioAfterATitleIsNoPersonAndTheNameAfterItGetsTheTitle() {
        Cluster c = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El ministro de Comercio Exterior y Turismo, Orrin Maddox, y el "
                        + "ministro de Agricultura y Asuntos Rurales, Tavo Quillén, llegaron a Lisboa. En la cita "
                        + "participó también la gobernadora regional de Velmont, Rosa Marina Quilla.")
                .story("b", "en", "2031-03-12", "Secretary of State Ana Duvall welcomed them.")
                .annotated();
        Map<String, Entity> byName = new HashMap<>();
        c.entities().forEach(e -> byName.put(e.name(), e));
        assertTrue(!byName.containsKey("Comercio Exterior") && !byName.containsKey("Asuntos Rurales"),
                byName.keySet().toString());
        assertEquals(List.of("Minister"), byName.get("Orrin Maddox").roles());
        assertEquals(EntityType.PERSON,
                byName.get("Rosa Marina Quilla").type());
        assertEquals(List.of("Governor"),
                byName.get("Rosa Marina Quilla").roles());
        assertEquals(EntityType.PERSON,
                byName.get("Ana Duvall").type());
    }

    @Test
    void bodiesAndUtilitiesAreNoPeople() {
        Cluster c = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El ministro Orrin Maddox anunció que el Organismo Supervisor de "
                        + "Puertos realizará una auditoría a las distribuidoras Velmar Energía y Costa Eléctrica.")
                .annotated();
        assertTrue(c.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .allMatch(e -> e.name().equals("Orrin Maddox")), c.entities().toString());
    }

    @Test
    void membersOfADelegationNamedInThePluralTakeItsCountry() {
        Cluster c = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El presidente chileno Tavo Lenz recibió a una delegación de "
                        + "senadores de Canadá. La delegación, encabezada por la senadora conservadora Mara Quint, "
                        + "pidió más tiempo.")
                .story("b", "en", "2031-03-12", "Two Canadian senators met Chilean President Tavo Lenz. Sen. Mara "
                        + "Quint led the delegation.")
                .annotated();
        Entity e = entity(c, "Mara Quint");
        assertEquals("Canada", e.country(), e.toString());
        assertEquals(List.of("Senator"), e.roles());
    }

    @Test
    void anAbbreviatedTitleDoesNotEndTheSentenceAndThePluralGivesTheCountry() {
        Cluster c = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Two Canadian senators met Chilean President Tavo Lenz on Monday. "
                        + "Sen. Mara Quint, who led the delegation, said the talks were useful.")
                .annotated();
        Entity e = entity(c, "Mara Quint");
        assertEquals("Canada", e.country(), e.toString());
        assertEquals(List.of("Senator"), e.roles());
    }
}
