package fr.integrance.identity;

import java.util.Optional;
import java.util.UUID;

import fr.integrance.organisations.OrganisationId;

/**
 * The account behind the current request, for scoping queries to the caller: a guardian
 * agent's queries filter on {@link #organisationId()}, a member's on {@link #personId()}.
 * Only a fully signed-in account counts (a password waiting for its second factor does
 * not). A controller rather takes the account as a handler parameter
 * ({@link AuthenticatedUser}, or {@code Optional<AuthenticatedUser>}).
 */
public interface CurrentUser {

	/**
	 * The signed-in account, empty for a visitor or a login still waiting for its second
	 * factor.
	 */
	Optional<AuthenticatedUser> find();

	/**
	 * The signed-in account.
	 * @throws org.springframework.security.access.AccessDeniedException when there is
	 * none
	 */
	AuthenticatedUser get();

	/** The account id of {@link #get()}. */
	default AccountId accountId() {
		return get().accountId();
	}

	/**
	 * The organisation to scope queries to.
	 * @throws org.springframework.security.access.AccessDeniedException when the account
	 * has none
	 */
	OrganisationId organisationId();

	/** The person of the signed-in account, when the account is linked to one. */
	default Optional<UUID> personId() {
		return get().person();
	}

}
