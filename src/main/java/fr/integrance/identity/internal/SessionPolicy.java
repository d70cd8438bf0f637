package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;

/**
 * Whether a signed-in session may go on (RULES.md §4): 30 minutes idle, 12 hours
 * absolute, both measured with the injected clock; and the account must still be active
 * with the same role, organisation and rights — a disabled account or a removed agent is
 * refused from its next request on, even on a node that missed the deletion of its
 * sessions.
 */
@Component
@RequiredArgsConstructor
class SessionPolicy {

	private final Accounts accounts;

	private final IdentityProperties properties;

	private final Clock clock;

	public Instant now() {
		return clock.instant();
	}

	/** Why the session must end now, empty when it may go on. */
	@Transactional(readOnly = true)
	public Optional<SessionEndReason> check(AuthenticatedUser user, @Nullable Instant authenticatedAt,
			@Nullable Instant lastSeen, Instant now) {
		if (authenticatedAt == null || !now.isBefore(authenticatedAt.plus(properties.session().absoluteTimeout()))) {
			return Optional.of(SessionEndReason.ABSOLUTE_TIMEOUT);
		}
		Instant lastActivity = lastSeen == null ? authenticatedAt : lastSeen;
		if (!now.isBefore(lastActivity.plus(properties.session().idleTimeout()))) {
			return Optional.of(SessionEndReason.IDLE_TIMEOUT);
		}
		boolean unchanged = accounts.findById(user.accountId().value())
			.filter(Account::isActive)
			.filter(account -> account.role() == user.role())
			.filter(account -> Objects.equals(account.organisationId(), user.organisationId()))
			.filter(account -> account.organisationAdministrator() == user.organisationAdministrator())
			.isPresent();
		return unchanged ? Optional.empty() : Optional.of(SessionEndReason.ACCOUNT_CHANGED);
	}

}
