package fr.integrance.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.integrance.backoffice.CaseForms.AcceptanceForm;
import fr.integrance.backoffice.CaseForms.MessageForm;
import fr.integrance.backoffice.CaseForms.MoreInformationForm;
import fr.integrance.backoffice.CaseForms.RejectionForm;

/**
 * The French copy of the case pages and mails follows French typography and names e-mail
 * one way only; the case forms never print what staff wrote.
 */
class CasesCopyTests {

	static Properties french() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CasesCopyTests.class.getResourceAsStream("/i18n/cases_fr.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void aNoBreakSpaceComesBeforeHighPunctuation() throws IOException {
		Pattern plainSpaceBefore = Pattern.compile(" [:;?!»]|« ");
		french().forEach(
				(key, value) -> assertThat(plainSpaceBefore.matcher((String) value).find()).as("%s: %s", key, value)
					.isFalse());
	}

	@Test
	void eMailIsWrittenOneWay() throws IOException {
		french().forEach((key, value) -> assertThat(((String) value).toLowerCase()).as("%s", key)
			.doesNotContain("courriel", " email", " mail ", "mél"));
	}

	@Test
	void theFormsNeverPrintWhatStaffWrote() {
		String secret = "Monsieur Dupont est en affection longue durée";
		assertThat(new MessageForm(secret)).hasToString("MessageForm[body=[45 chars]]");
		assertThat(new RejectionForm(secret).toString()).doesNotContain("Dupont");
		assertThat(new MoreInformationForm(secret).toString()).doesNotContain("Dupont");
		assertThat(new AcceptanceForm(secret, java.util.List.of("MME")).toString()).doesNotContain("Dupont")
			.contains("civilities=1");
		assertThat(new MessageForm(null).toString()).isEqualTo("MessageForm[body=null]");
	}

}
