package factbrief.annotate;

import factbrief.extract.Fixtures;
import factbrief.model.Cluster;
import factbrief.model.Mention;
import factbrief.model.Story;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person named in full once is recognised later by the part of the name that news style uses alone. */
class PersonLinkingTest {

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

    @org.junit.jupiter.api.Test
    void aSpokespersonTakesTheCountryOfTheBodySheSpeaksFor() {
        Cluster c = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "State Department spokesperson Odile Varenne said the talks were "
                        + "useful.")
                .story("b", "fr", "2031-03-12", "La porte-parole du département d'État, Odile Varenne, a affirmé "
                        + "que les discussions étaient utiles.")
                .annotated();
        factbrief.model.Entity e = c.entities().stream().filter(x -> x.name().equals("Odile Varenne")).findFirst()
                .orElseThrow(() -> new AssertionError(c.entities().toString()));
        org.junit.jupiter.api.Assertions.assertEquals("United States", e.country());
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
        factbrief.model.Entity e = c.entities().stream().filter(x -> x.name().equals("Orrin Maddox")).findFirst()
                .orElseThrow(() -> new AssertionError(c.entities().toString()));
        org.junit.jupiter.api.Assertions.assertEquals("Canada", e.country(), e.toString());
        assertTrue(e.roles().contains("Spokesperson"), e.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "es|El ministro chileno Orrin Maddox se reunió con la canciller Ana Duvall en Lisboa.",
        "it|Il ministro cileno Orrin Maddox ha incontrato la ministra Ana Duvall a Lisbona.",
    })
    void aDemonymBetweenTitleAndNameGivesTheCountry(String language, String text) {
        Cluster c = Fixtures.cluster().story("a", language, "2031-03-12", text).annotated();
        factbrief.model.Entity e = c.entities().stream().filter(x -> x.name().equals("Orrin Maddox")).findFirst()
                .orElseThrow(() -> new AssertionError(c.entities().toString()));
        org.junit.jupiter.api.Assertions.assertEquals("Chile", e.country(), e.toString());
    }

    @org.junit.jupiter.api.Test
    void aDollarSignAfterACountryCodeIsACurrencyNotTheCountry() {
        Cluster c = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "Velmar invertirá US$ 310 millones en Oporto, dijo el ministro "
                        + "chileno Orrin Maddox.")
                .annotated();
        assertTrue(c.entities().stream().noneMatch(x -> x.name().equals("United States")), c.entities().toString());
    }

    @org.junit.jupiter.api.Test
    void aPortfolioAfterATitleIsNoPersonAndTheNameAfterItGetsTheTitle() {
        Cluster c = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El ministro de Comercio Exterior y Turismo, Orrin Maddox, y el "
                        + "ministro de Agricultura y Asuntos Rurales, Tavo Quillén, llegaron a Lisboa. En la cita "
                        + "participó también la gobernadora regional de Velmont, Rosa Marina Quilla.")
                .story("b", "en", "2031-03-12", "Secretary of State Ana Duvall welcomed them.")
                .annotated();
        java.util.Map<String, factbrief.model.Entity> byName = new java.util.HashMap<>();
        c.entities().forEach(e -> byName.put(e.name(), e));
        assertTrue(!byName.containsKey("Comercio Exterior") && !byName.containsKey("Asuntos Rurales"),
                byName.keySet().toString());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Minister"), byName.get("Orrin Maddox").roles());
        org.junit.jupiter.api.Assertions.assertEquals(factbrief.model.EntityType.PERSON,
                byName.get("Rosa Marina Quilla").type());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Governor"),
                byName.get("Rosa Marina Quilla").roles());
        org.junit.jupiter.api.Assertions.assertEquals(factbrief.model.EntityType.PERSON,
                byName.get("Ana Duvall").type());
    }

    @org.junit.jupiter.api.Test
    void bodiesAndUtilitiesAreNoPeople() {
        Cluster c = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El ministro Orrin Maddox anunció que el Organismo Supervisor de "
                        + "Puertos realizará una auditoría a las distribuidoras Velmar Energía y Costa Eléctrica.")
                .annotated();
        assertTrue(c.entities().stream().filter(e -> e.type() == factbrief.model.EntityType.PERSON)
                .allMatch(e -> e.name().equals("Orrin Maddox")), c.entities().toString());
    }

    @org.junit.jupiter.api.Test
    void membersOfADelegationNamedInThePluralTakeItsCountry() {
        Cluster c = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El presidente chileno Tavo Lenz recibió a una delegación de "
                        + "senadores de Canadá. La delegación, encabezada por la senadora conservadora Mara Quint, "
                        + "pidió más tiempo.")
                .story("b", "en", "2031-03-12", "Two Canadian senators met Chilean President Tavo Lenz. Sen. Mara "
                        + "Quint led the delegation.")
                .annotated();
        factbrief.model.Entity e = c.entities().stream().filter(x -> x.name().equals("Mara Quint")).findFirst()
                .orElseThrow(() -> new AssertionError(c.entities().toString()));
        org.junit.jupiter.api.Assertions.assertEquals("Canada", e.country(), e.toString());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Senator"), e.roles());
    }

    @org.junit.jupiter.api.Test
    void anAbbreviatedTitleDoesNotEndTheSentenceAndThePluralGivesTheCountry() {
        Cluster c = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Two Canadian senators met Chilean President Tavo Lenz on Monday. "
                        + "Sen. Mara Quint, who led the delegation, said the talks were useful.")
                .annotated();
        factbrief.model.Entity e = c.entities().stream().filter(x -> x.name().equals("Mara Quint")).findFirst()
                .orElseThrow(() -> new AssertionError(c.entities().toString()));
        org.junit.jupiter.api.Assertions.assertEquals("Canada", e.country(), e.toString());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Senator"), e.roles());
    }
}
