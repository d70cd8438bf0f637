package fr.integrance.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonFiles;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The person page is rendered while its reading is journaled, and is not sent when the
 * journal could not record it: the failure is the page's (the error page), and no byte of
 * the file leaves (HeldPagesTests shows the bytes held; here, the page's wiring).
 */
@IdentityIntegrationTest
class PersonFileUnjournaledTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	People people;

	@MockitoBean
	PersonFiles files;

	@Test
	void aReadingTheJournalCouldNotRecordIsNotShown() {
		PersonId id = new PeopleFixtures(context).person(Civility.M, "Nonjournalise", "Paul", LocalDate.of(1980, 2, 3),
				PeopleFixtures.randomNir(Civility.M, LocalDate.of(1980, 2, 3)));
		Person person = people.find(id).orElseThrow();
		when(files.opening(eq(id), any())).thenReturn(new PersonFiles.Opening(person, List.of(), () -> {
			throw new IllegalStateException("the audit entry could not be written");
		}));
		clock.advance(Duration.ofSeconds(30));
		WebSession browser = accounts.signIn(new WebSession(mvc), accounts.account(Role.STAFF));

		assertThatThrownBy(() -> browser.get("/gestion/personnes/" + id.value()))
			.hasRootCauseInstanceOf(IllegalStateException.class)
			.hasRootCauseMessage("the audit entry could not be written");
	}

	@Test
	void aJournaledReadingIsShown() {
		PersonId id = new PeopleFixtures(context).person(Civility.MME, "Journalisee", "Anne", LocalDate.of(1975, 6, 7),
				PeopleFixtures.randomNir(Civility.MME, LocalDate.of(1975, 6, 7)));
		Person person = people.find(id).orElseThrow();
		when(files.opening(eq(id), any())).thenReturn(new PersonFiles.Opening(person, List.of(), () -> 42L));
		clock.advance(Duration.ofSeconds(30));
		WebSession browser = accounts.signIn(new WebSession(mvc), accounts.account(Role.STAFF));

		var response = browser.get("/gestion/personnes/" + id.value());

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentLength()).isPositive();
		assertThat(PersonFilesTests.page(response).select("h1").text()).isEqualTo("Mme Anne Journalisee");
	}

}
