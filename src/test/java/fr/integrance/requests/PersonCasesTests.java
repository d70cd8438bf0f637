package fr.integrance.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.people.PersonId;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * {@link PersonCases}: a person's open cases, by the person id the case carries only
 * (never by an e-mail typed in a form), newest first, with the date of the last message
 * of the thread; decided cases and other people's are left out.
 */
@IdentityIntegrationTest
class PersonCasesTests {

	@Autowired
	PersonCases personCases;

	@Autowired
	Requests intake;

	@Autowired
	Cases processing;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void openCasesOfThePersonNewestFirstWithTheirLastMessage() {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		PersonId person = fixtures.person("Demande", "Anne", LocalDate.of(1980, 4, 5));
		PersonId other = fixtures.person("Autre", "Paul", LocalDate.of(1981, 6, 7));
		String email = "anne-" + UUID.randomUUID() + "@example.fr";

		SubmittedRequest older = submit(email);
		link(older, person);
		clock.advance(Duration.ofMinutes(5));
		SubmittedRequest newer = submit(email);
		link(newer, person);
		clock.advance(Duration.ofMinutes(5));
		SubmittedRequest decided = submit(email);
		link(decided, person);
		SubmittedRequest othersCase = submit(email);
		link(othersCase, other);
		// Same e-mail, no person: not hers (anyone may type an address in a form).
		submit(email);

		UUID staff = UUID.randomUUID();
		processing.take(older.caseId(), staff);
		clock.advance(Duration.ofMinutes(1));
		Instant asked = clock.instant();
		processing.askSender(older.caseId(), staff, "Merci d’envoyer votre RIB.");
		processing.take(decided.caseId(), staff);
		processing.reject(decided.caseId(), staff, "Doublon.");

		List<PersonCases.OpenCase> cases = personCases.openCasesOf(person);

		assertThat(cases).extracting(PersonCases.OpenCase::reference)
			.containsExactly(newer.reference(), older.reference());
		assertThat(cases.get(0).status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(cases.get(0).lastMessageAt()).isNull();
		assertThat(cases.get(1).status()).isEqualTo(RequestStatus.WAITING_FOR_SENDER);
		assertThat(cases.get(1).type()).isEqualTo(RequestType.of(Solicitation.class));
		assertThat(cases.get(1).lastMessageAt()).isNotNull();
		assertThat(cases.get(1).lastMessageAt().truncatedTo(ChronoUnit.SECONDS))
			.isEqualTo(asked.truncatedTo(ChronoUnit.SECONDS));
		assertThat(personCases.openCasesOf(new PersonId(UUID.randomUUID()))).isEmpty();
	}

	private SubmittedRequest submit(String email) {
		return intake.submit(RequestChannel.WEBSITE, CaseFixtures.solicitation("Ma question", email));
	}

	private void link(SubmittedRequest request, PersonId person) {
		jdbc.update("UPDATE request_case SET person_id = ? WHERE id = ?", person.value(), request.caseId().value());
	}

}
