package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.LoginAlreadyUsedException;
import fr.integrance.identity.Role;

/**
 * A new installation gets its first administrator from
 * {@code app.identity.first-administrator-email}: invited at start-up when there is no
 * administrator, never twice. A context of its own, on its own in-memory database (H2
 * only: the PostgreSQL suite shares one database, where administrators exist).
 */
@SpringBootTest(properties = { "app.identity.first-administrator-email= Premier.Admin@Exemple.fr ",
		"app.identity.first-administrator-name=Première administratrice" })
class FirstAdministratorTests {

	static final String LOGIN = "premier.admin@exemple.fr";

	@Autowired
	Accounts accounts;

	@Autowired
	FirstAdministrator firstAdministrator;

	@Test
	void startWhenNoAdministratorThenTheAddressIsInvitedOnceAsAdministrator() {
		Account invited = accounts.findByLogin(LOGIN).orElseThrow();
		assertThat(invited.role()).isEqualTo(Role.ADMIN);
		assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);

		firstAdministrator.inviteIfNone();

		assertThat(accounts.findByRoles(List.of(Role.ADMIN))).hasSize(1);
	}

	@Test
	void startWhenNoAddressSetThenNothing() {
		AccountAdministrationService administration = mock(AccountAdministrationService.class);

		new FirstAdministrator(administration, " ", "Administrateur").inviteIfNone();

		verify(administration, never()).inviteFirstAdministrator(anyString(), anyString());
	}

	@Test
	void startWhenAnotherNodeInvitedAtTheSameMomentThenNoFailure() {
		AccountAdministrationService administration = mock(AccountAdministrationService.class);
		when(administration.inviteFirstAdministrator(anyString(), anyString()))
			.thenThrow(new LoginAlreadyUsedException());

		new FirstAdministrator(administration, "a@b.fr", "Administrateur").inviteIfNone();

		verify(administration).inviteFirstAdministrator("a@b.fr", "Administrateur");
	}

}
