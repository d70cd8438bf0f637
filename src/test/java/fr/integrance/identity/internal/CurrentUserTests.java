package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Authorities;
import fr.integrance.identity.CurrentUser;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.identity.Role;

/** CurrentUser gives the ids that scope queries, and only for a complete login. */
class CurrentUserTests {

	private final CurrentUser currentUser = new SecurityContextCurrentUser();

	private final AuthenticatedUser agent = new AuthenticatedUser(new AccountId(UUID.randomUUID()), Role.GUARDIAN_AGENT,
			new OrganisationId(UUID.randomUUID()), UUID.randomUUID(), false);

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void completeLoginGivesAccountPersonAndOrganisation() {
		signIn(agent, Authorities.GUARDIAN_SPACE_ACCESS, Authorities.OWN_ACCOUNT_MANAGE);

		assertThat(currentUser.get()).isEqualTo(agent);
		assertThat(currentUser.accountId()).isEqualTo(agent.accountId());
		assertThat(currentUser.organisationId()).isEqualTo(agent.organisationId());
		assertThat(currentUser.personId()).contains(agent.personId());
	}

	@Test
	void loginWaitingForItsSecondFactorIsNobodyYet() {
		signIn(agent, Authorities.LOGIN_SECOND_FACTOR);

		assertThat(currentUser.find()).isEmpty();
		assertThatThrownBy(currentUser::get).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void accountWithoutOrganisationCannotScopeByOrganisation() {
		AuthenticatedUser staff = new AuthenticatedUser(new AccountId(UUID.randomUUID()), Role.STAFF, null, null,
				false);
		signIn(staff, Authorities.BACK_OFFICE_ACCESS, Authorities.OWN_ACCOUNT_MANAGE);

		assertThat(currentUser.personId()).isEmpty();
		assertThatThrownBy(currentUser::organisationId).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void visitorIsNobody() {
		assertThat(currentUser.find()).isEmpty();
	}

	@Test
	void principalNameIsTheAccountIdNeverAnEmail() {
		assertThat(agent.getName()).isEqualTo(agent.accountId().value().toString());
	}

	private static void signIn(AuthenticatedUser user, String... authorities) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
					List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList()));
	}

}
