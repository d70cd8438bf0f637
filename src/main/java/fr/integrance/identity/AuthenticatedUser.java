package fr.integrance.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

import fr.integrance.organisations.OrganisationId;

/**
 * The signed-in account, as kept in the session: ids only, never a name or an e-mail. Its
 * {@link #getName()} is the account id, so that the session store indexes sessions by id.
 * A controller takes it as a handler parameter: identity resolves it to the fully
 * signed-in account and refuses anyone else (access denied); an
 * {@code Optional<AuthenticatedUser>} parameter is empty for them instead.
 *
 * @param accountId the account
 * @param role what the account is for
 * @param organisationId its employer or guardian organisation, {@code null} for other
 * roles
 * @param personId the person the account belongs to, {@code null} until people exist
 * @param organisationAdministrator whether the account administers its guardian
 * organisation
 */
public record AuthenticatedUser(AccountId accountId, Role role, @Nullable OrganisationId organisationId,
		@Nullable UUID personId, boolean organisationAdministrator) implements AuthenticatedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public AuthenticatedUser {
		Objects.requireNonNull(accountId, "accountId");
		Objects.requireNonNull(role, "role");
	}

	@Override
	public String getName() {
		return accountId.toString();
	}

	public Optional<OrganisationId> organisation() {
		return Optional.ofNullable(organisationId);
	}

	public Optional<UUID> person() {
		return Optional.ofNullable(personId);
	}
}
