package fr.integrance.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.IntegrationTest;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Iban;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.DisclosureHistory;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * Disclosures to the register's recipients: only the categories the register lets the
 * recipient receive for the purpose, logged, journaled and found again by subject.
 */
@IntegrationTest
class DisclosuresTests {

	static final String PURPOSE = "iadherent-member-changes";

	static final FieldRef LAST_NAME = new FieldRef("people", "identification", "lastName");

	static final FieldRef BIRTH_DATE = new FieldRef("people", "identification", "birthDate");

	static final FieldRef IBAN = new FieldRef("people", "economic-financial", "iban");

	@Autowired
	Disclosures disclosures;

	@Autowired
	DisclosureHistory history;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	final UUID staff = UUID.randomUUID();

	DataSubjectRef person(String lastName) {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		PersonId id = fixtures.person(lastName, "Anne", LocalDate.of(1970, 3, 4));
		fixtures.people()
			.addBankAccount(id, Iban.parse("FR76 3000 6000 0112 3456 7890 189"), Bic.parse("BNPAFRPP"),
					"Anne " + lastName);
		return DataSubjectRef.person(id.value());
	}

	DisclosureOrder order(String recipient, List<FieldRef> fields, List<DataSubjectRef> subjects) {
		return new DisclosureOrder(recipient, PURPOSE, "contract", fields, subjects, staff, null, null, null);
	}

	@Test
	void theFileHoldsTheFieldsAskedForAndNothingElseAndTheLogSaysWhatWentWhere() {
		DataSubjectRef anne = person("Communique");
		DataSubjectRef other = person("Autrement");

		Disclosure sent = disclosures.disclose(order("reinsurers", List.of(LAST_NAME, BIRTH_DATE), List.of(anne)));

		String csv = new String(sent.csv(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("sujet,module,categorie,people.lastName,people.birthDate\r\n")
			.contains("1,people,identification,Communique,1970-03-04")
			.doesNotContain("Anne")
			.doesNotContain("FR76")
			.doesNotContain("Autrement");
		assertThat(sent.records()).isEqualTo(1);

		assertThat(history.of(anne)).singleElement().satisfies(disclosed -> {
			assertThat(disclosed.id()).isEqualTo(sent.id());
			assertThat(disclosed.recipient()).isEqualTo("reinsurers");
			assertThat(disclosed.purpose()).isEqualTo(PURPOSE);
			assertThat(disclosed.categories()).containsExactly("identification");
		});
		assertThat(history.of(other)).isEmpty();
		assertThat(disclosures.log("reinsurers", 0, 50)).anySatisfy(logged -> {
			assertThat(logged.id()).isEqualTo(sent.id());
			assertThat(logged.fields()).containsExactly("people.lastName", "people.birthDate");
			assertThat(logged.subjects()).isEqualTo(1);
			assertThat(logged.actor()).isEqualTo(staff);
		});
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'disclosure.sent' AND object_ref = ?", Integer.class,
				"disclosure:" + sent.id()))
			.isEqualTo(1);
	}

	@Test
	void aFieldOutsideTheRecipientsCategoriesIsRefusedAndNothingIsLogged() {
		DataSubjectRef anne = person("Refusee");
		long before = disclosures.count(null);

		// reinsurers receive identification and personal life, never bank details
		assertThatThrownBy(() -> disclosures.disclose(order("reinsurers", List.of(LAST_NAME, IBAN), List.of(anne))))
			.isInstanceOfSatisfying(DisclosureRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo("disclosure.refused.category"));
		// a recipient the purpose does not name, a legal basis not the purpose's
		assertThatThrownBy(() -> disclosures.disclose(new DisclosureOrder("reinsurers", "website-statistics",
				"legitimate-interest", List.of(LAST_NAME), List.of(anne), staff, null, null, null)))
			.isInstanceOfSatisfying(DisclosureRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo("disclosure.refused.recipient-not-for-purpose"));
		assertThatThrownBy(() -> disclosures.disclose(new DisclosureOrder("reinsurers", PURPOSE, "consent",
				List.of(LAST_NAME), List.of(anne), staff, null, null, null)))
			.isInstanceOfSatisfying(DisclosureRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo("disclosure.refused.legal-basis"));
		// the delegated manager may receive bank details for this purpose
		assertThat(disclosures.disclose(order("delegates-service-providers", List.of(IBAN), List.of(anne))).records())
			.isEqualTo(1);

		assertThat(disclosures.count(null)).isEqualTo(before + 1);
		assertThat(history.of(anne)).singleElement()
			.satisfies(d -> assertThat(d.recipient()).isEqualTo("delegates-service-providers"));
	}

	@Test
	void anAuthorityNeedsItsRequisitionAndATransferOutsideTheEeaASafeguardOfThePurpose() {
		DataSubjectRef anne = person("Requise");

		assertThatThrownBy(() -> disclosures.disclose(order("legal-authorities", List.of(LAST_NAME), List.of(anne))))
			.isInstanceOfSatisfying(DisclosureRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo("disclosure.refused.requisition-missing"));
		assertThatThrownBy(() -> disclosures.disclose(new DisclosureOrder("reinsurers", PURPOSE, "contract",
				List.of(LAST_NAME), List.of(anne), staff, "PV 2026/118", null, null)))
			.isInstanceOfSatisfying(DisclosureRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo("disclosure.refused.requisition-not-authority"));
		assertThatThrownBy(() -> disclosures.disclose(new DisclosureOrder("reinsurers", PURPOSE, "contract",
				List.of(LAST_NAME), List.of(anne), staff, null, "US", null)))
			.isInstanceOfSatisfying(DisclosureRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo("disclosure.refused.safeguard"));

		Disclosure requisition = disclosures.disclose(new DisclosureOrder("legal-authorities", PURPOSE, "contract",
				List.of(LAST_NAME), List.of(anne), staff, "PV 2026/118", "fr", null));
		Disclosure abroad = disclosures.disclose(new DisclosureOrder("reinsurers", PURPOSE, "contract",
				List.of(LAST_NAME), List.of(anne), staff, null, "CH", "adequacy-decision"));

		assertThat(history.of(anne)).extracting(DisclosureHistory.Disclosed::id)
			.containsExactlyInAnyOrder(requisition.id(), abroad.id());
		assertThat(history.of(anne)).filteredOn(d -> d.id().equals(requisition.id()))
			.singleElement()
			.satisfies(d -> assertThat(d.requisition()).isEqualTo("PV 2026/118"));
		assertThat(disclosures.log("reinsurers", 0, 200)).filteredOn(l -> l.id().equals(abroad.id()))
			.singleElement()
			.satisfies(l -> {
				assertThat(l.country()).isEqualTo("CH");
				assertThat(l.safeguard()).isEqualTo("adequacy-decision");
			});
	}

	@Test
	void aValueASpreadsheetWouldRunIsWrittenAsText() {
		assertThat(fr.integrance.disclosure.internal.CellsForTests.cell("=HYPERLINK(\"x\")")).startsWith("'=");
		assertThat(fr.integrance.disclosure.internal.CellsForTests.cell("Dupont")).isEqualTo("Dupont");
	}

}
