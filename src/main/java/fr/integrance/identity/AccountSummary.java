package fr.integrance.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.integrance.organisations.OrganisationId;

/**
 * An account as shown to those who administer it (an administrator, a guardian
 * organisation's administrator). Its {@code toString()} masks the name and the login.
 */
public record AccountSummary(AccountId id, String displayName, String login, Role role, AccountStatus status,
		@Nullable OrganisationId organisationId, boolean organisationAdministrator, boolean secondFactorEnrolled,
		boolean locked, Instant createdAt, @Nullable Instant lastLoginAt) {

	@Override
	public String toString() {
		return "AccountSummary[id=" + id + ", role=" + role + ", status=" + status + ", displayName=***, login=***]";
	}
}
