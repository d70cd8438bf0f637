package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.organisations.OrganisationId;

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

	private final JdbcClient jdbc;

	private final IdentityProperties properties;

	private final Clock clock;

	public Instant now() {
		return clock.instant();
	}

	/**
	 * Why the session must end now, empty when it may go on. The account is read with one
	 * statement and no transaction around it: this runs before every signed-in request.
	 */
	public Optional<SessionEndReason> check(AuthenticatedUser user, @Nullable Instant authenticatedAt,
			@Nullable Instant lastSeen, Instant now) {
		if (authenticatedAt == null || !now.isBefore(authenticatedAt.plus(properties.session().absoluteTimeout()))) {
			return Optional.of(SessionEndReason.ABSOLUTE_TIMEOUT);
		}
		Instant lastActivity = lastSeen == null ? authenticatedAt : lastSeen;
		if (!now.isBefore(lastActivity.plus(properties.session().idleTimeout()))) {
			return Optional.of(SessionEndReason.IDLE_TIMEOUT);
		}
		OrganisationId organisation = user.organisationId();
		@Nullable UUID organisationId = organisation == null ? null : organisation.value();
		boolean unchanged = jdbc.sql("""
				SELECT status, role, organisation_id, organisation_administrator
				FROM identity_account WHERE id = ?""")
			.param(user.accountId().value())
			.query((rs, row) -> AccountStatus.ACTIVE.name().equals(rs.getString("status"))
					&& user.role().name().equals(rs.getString("role"))
					&& Objects.equals(rs.getObject("organisation_id", UUID.class), organisationId)
					&& rs.getBoolean("organisation_administrator") == user.organisationAdministrator())
			.optional()
			.orElse(false);
		return unchanged ? Optional.empty() : Optional.of(SessionEndReason.ACCOUNT_CHANGED);
	}

}
