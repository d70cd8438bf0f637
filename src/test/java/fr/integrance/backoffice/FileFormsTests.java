package fr.integrance.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.integrance.backoffice.FileForms.NirSearch;
import fr.integrance.backoffice.FileForms.SuspensionForm;
import fr.integrance.backoffice.FileForms.TerminationForm;

/**
 * The forms of the staff's files never print what staff typed about a member into a log.
 */
class FileFormsTests {

	@Test
	void formsMaskTheirFreeTextAndNirInToString() {
		assertThat(new SuspensionForm("Hospitalisé, impayés").toString()).doesNotContain("Hospitalisé")
			.contains("****");
		assertThat(new TerminationForm("2026-01-31", "Décès de l’adhérent").toString()).doesNotContain("Décès")
			.contains("2026-01-31");
		assertThat(new NirSearch("295109912611193").toString()).doesNotContain("2951099");
	}

}
