package fr.integrance.rights.internal.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.NewDependant;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Iban;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * BENCHMARKS.md « Access export »: one subject with ten years of data — a contract with
 * 10 dependants, 50 bank accounts, 50 consent records, and 20 documents of 250 KB each
 * (through a test {@code SubjectFiles} module) — and the whole access answer timed: every
 * module's export, the zip (HTML, PDF, JSON, files) streamed through the encrypted store,
 * the answer stored and both mails queued. Prints p50 and max over 10 runs after 3 of
 * warm-up. Runs only when asked:
 * {@code ./mvnw -q test -Dtest=AccessExportBenchmark -Dbenchmark=rights -Djacoco.skip=true}.
 */
@FulfilmentTest
@EnabledIfSystemProperty(named = "benchmark", matches = "rights")
class AccessExportBenchmark {

	private static final Logger log = LoggerFactory.getLogger(AccessExportBenchmark.class);

	@Autowired
	Fulfilments fulfilments;

	@Autowired
	ApplicationContext context;

	@Autowired
	ConsentManagement consents;

	@Autowired
	FakeSubjectFiles files;

	@Test
	void accessExportOfTenYearsOfData() {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		PersonId person = fixtures.person("Dixans", "Mathilde", LocalDate.of(1966, 4, 9));
		List<NewDependant> dependants = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			dependants.add(new NewDependant(
					fixtures.person("Dixans", "Enfant" + (char) ('A' + i), LocalDate.of(2000 + i, 1, 1 + i)),
					DependantType.CHILD, LocalDate.of(2016, 1, 1)));
		}
		fixtures.activeContract(person, LocalDate.of(2016, 1, 1), dependants);
		for (int i = 0; i < 50; i++) {
			fixtures.people()
				.addBankAccount(person, Iban.parse("FR76 3000 6000 0112 3456 7890 189"), Bic.parse("BNPAFRPP"),
						"Mathilde Dixans " + i);
		}
		DataSubjectRef subject = DataSubjectRef.person(person.value());
		for (int i = 0; i < 50; i++) {
			consents.record(subject,
					Map.of(ConsentPurposes.MARKETING, i % 2 == 0 ? Decision.GIVEN : Decision.WITHDRAWN),
					ConsentMethod.FORM, RequestOrigin.NONE);
		}
		String line = "Relevé de prestations, ligne de remboursement pharmacie 12,34 EUR\n";
		for (int i = 0; i < 20; i++) {
			files.add(subject, "Documents/document-" + i + ".txt", line, 250_000 / line.length());
		}

		long[] millis = new long[10];
		for (int run = -3; run < 10; run++) {
			FulfilmentOrder order = Answers.order("access", "all", subject, Answers.unique("bench"));
			long start = System.nanoTime();
			FulfilmentReport report = fulfilments.fulfil(order);
			long elapsed = (System.nanoTime() - start) / 1_000_000;
			assertThat(report.exportedFiles()).isEqualTo(20);
			if (run >= 0) {
				millis[run] = elapsed;
			}
		}
		Arrays.sort(millis);
		log.info(String.format("access export, 10 runs: p50 %d ms, max %d ms", millis[4], millis[9]));
		log.info("BENCHMARK access export: p50 {} ms, max {} ms", millis[4], millis[9]);
	}

}
