package fr.integrance.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.OrganisationId;

/**
 * The one place every security event of the identity module goes through (RULES.md §4: every
 * success, failure, lock and unlock is journaled). Events carry ids only — never an e-mail, a
 * name or a password. For now each event is a log line at INFO; the audit module's hash-chained
 * journal takes them over once it exists, without touching the callers.
 */
@Component
public class SecurityJournal {

	private static final Logger log = LoggerFactory.getLogger("fr.integrance.identity.security");

	/** Why a login attempt failed: in the journal only, never shown (the visitor sees one message). */
	public enum FailureReason {
		UNKNOWN_LOGIN, BAD_PASSWORD, BAD_SECOND_FACTOR, THROTTLED, LOCKED, NOT_ACTIVE
	}

	public enum UnlockReason {
		LOCK_EXPIRED, PASSWORD_RESET
	}

	public enum CredentialChange {
		PASSWORD_CHANGED, PASSWORD_RESET, INVITATION_ACCEPTED, MEMBER_ACTIVATION
	}

	public enum SessionEndReason {
		LOGOUT, IDLE_TIMEOUT, ABSOLUTE_TIMEOUT, ENDED_BY_OWNER, PASSWORD_CHANGED, PASSWORD_RESET, ACCOUNT_DISABLED,
		ACCOUNT_CHANGED, LOCKED_AT_SECOND_FACTOR
	}

	public void loginSucceeded(AccountId account) {
		event("login-succeeded", account, null);
	}

	/** @param account the account tried, {@code null} when the login matches none */
	public void loginFailed(AccountId account, FailureReason reason) {
		event("login-failed", account, "reason=" + reason);
	}

	public void accountLocked(AccountId account) {
		event("account-locked", account, null);
	}

	public void accountUnlocked(AccountId account, UnlockReason reason) {
		event("account-unlocked", account, "reason=" + reason);
	}

	public void passwordChanged(AccountId account, CredentialChange how) {
		event("password-changed", account, "how=" + how);
	}

	public void passwordResetRequested(AccountId account) {
		event("password-reset-requested", account, null);
	}

	public void totpEnrolled(AccountId account) {
		event("totp-enrolled", account, null);
	}

	public void recoveryCodeUsed(AccountId account) {
		event("recovery-code-used", account, null);
	}

	public void recoveryCodesRegenerated(AccountId account) {
		event("recovery-codes-regenerated", account, null);
	}

	public void sessionEnded(AccountId account, SessionEndReason reason) {
		event("session-ended", account, "reason=" + reason);
	}

	/** @param account the signed-in account, {@code null} for a visitor */
	public void accessDenied(AccountId account, String path) {
		event("access-denied", account, "path=" + sanitise(path));
	}

	public void accountCreated(AccountId account, AccountId actor) {
		event("account-created", account, "actor=" + actor);
	}

	public void accountDisabled(AccountId account, AccountId actor) {
		event("account-disabled", account, "actor=" + actor);
	}

	public void agentRemoved(AccountId agent, AccountId actor) {
		event("agent-removed", agent, "actor=" + actor);
	}

	public void organisationCreated(OrganisationId organisation, AccountId actor) {
		log.info("security-event=organisation-created organisation={} actor={}", organisation, actor);
	}

	private static void event(String name, AccountId account, String detail) {
		if (detail == null) {
			log.info("security-event={} account={}", name, account == null ? "-" : account);
		}
		else {
			log.info("security-event={} account={} {}", name, account == null ? "-" : account, detail);
		}
	}

	/** A path comes from the request: no line breaks or control characters in a log line. */
	static String sanitise(String path) {
		if (path == null) {
			return "-";
		}
		String clean = path.replaceAll("[\\p{Cntrl}\\s]", "_");
		return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
	}
}
