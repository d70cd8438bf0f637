package fr.integrance.dpo.breach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A cell of the register's CSV: a text a spreadsheet would run as a formula is defused
 * with a leading apostrophe, and a cell holding a separator, a quote or a line break is
 * quoted.
 */
class BreachCsvTests {

	@Test
	void formulasAreDefused() {
		assertThat(BreachCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(BreachCsv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(BreachCsv.cell("+33 1 23")).isEqualTo("'+33 1 23");
		assertThat(BreachCsv.cell("-2")).isEqualTo("'-2");
		assertThat(BreachCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(BreachCsv.cell("\tcmd")).isEqualTo("'\tcmd");
	}

	@Test
	void plainTextIsLeftAlone() {
		assertThat(BreachCsv.cell("Courriel envoyé au mauvais destinataire"))
			.isEqualTo("Courriel envoyé au mauvais destinataire");
		assertThat(BreachCsv.cell("1 200")).isEqualTo("1 200");
		assertThat(BreachCsv.cell("a=b")).isEqualTo("a=b");
		assertThat(BreachCsv.cell(null)).isEmpty();
		assertThat(BreachCsv.cell("")).isEmpty();
	}

	@Test
	void separatorsQuotesAndLineBreaksAreQuoted() {
		assertThat(BreachCsv.cell("a;b")).isEqualTo("\"a;b\"");
		assertThat(BreachCsv.cell("il a dit \"non\"")).isEqualTo("\"il a dit \"\"non\"\"\"");
		assertThat(BreachCsv.cell("ligne 1\nligne 2")).isEqualTo("\"ligne 1\nligne 2\"");
		assertThat(BreachCsv.cell("=a;b")).isEqualTo("\"'=a;b\"");
	}

}
