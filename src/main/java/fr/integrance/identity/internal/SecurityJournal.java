package fr.integrance.identity.internal;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.AuditOutcome;
import fr.integrance.identity.AccountId;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.privacy.DataSubjectRef;

/**
 * The one place every security event of the identity module goes through (RULES.md §4:
 * every success, failure, lock and unlock is journaled). Events carry ids only — never an
 * e-mail, a name or a password. Each event goes to the audit module's hash-chained
 * journal in its own transaction (a failed login must stay journaled even when the
 * caller's transaction rolls back), and to an INFO log line for operations.
 */
@Component
@RequiredArgsConstructor
class SecurityJournal {

	private static final Logger log = LoggerFactory.getLogger("fr.integrance.identity.security");

	private final AuditJournal audit;

	private final MeterRegistry meters;

	/**
	 * Why a login attempt failed: in the journal only, never shown (the visitor sees one
	 * message).
	 */
	public enum FailureReason {

		UNKNOWN_LOGIN, BAD_PASSWORD, BAD_SECOND_FACTOR, THROTTLED, LOCKED, SOURCE_THROTTLED, NOT_ACTIVE

	}

	public enum UnlockReason {

		LOCK_EXPIRED, PASSWORD_RESET, UNLOCK_LINK

	}

	public enum CredentialChange {

		PASSWORD_CHANGED, PASSWORD_RESET, INVITATION_ACCEPTED, MEMBER_ACTIVATION

	}

	public enum SessionEndReason {

		LOGOUT, IDLE_TIMEOUT, ABSOLUTE_TIMEOUT, ENDED_BY_OWNER, PASSWORD_CHANGED, PASSWORD_RESET, ACCOUNT_DISABLED,
		ACCOUNT_CHANGED, LOCKED_AT_SECOND_FACTOR

	}

	/**
	 * Every reason's failure counter at 0 from the start, so that dashboards see them.
	 */
	@PostConstruct
	void countFailures() {
		for (FailureReason reason : FailureReason.values()) {
			meters.counter("identity.signin.failures", "reason", reason.name());
		}
	}

	public void loginSucceeded(AccountId account) {
		succeeded("login-succeeded", account, account, "login.success");
	}

	/**
	 * @param account the account tried, {@code null} when the login matches none
	 */
	public void loginFailed(@Nullable AccountId account, FailureReason reason) {
		meters.counter("identity.signin.failures", "reason", reason.name()).increment();
		event("login-failed", account, "reason=" + reason);
		journal(account, account, "login.failure", AuditOutcome.FAILURE, "reason:" + reason);
	}

	/** The signed-in person proved again that they hold the account. */
	public void reauthenticated(AccountId account) {
		succeeded("reauthenticated", account, account, "account.reauthenticated");
	}

	public void accountLocked(AccountId account) {
		succeeded("account-locked", null, account, "account.locked");
	}

	/** The owner was sent an alert: their account fails to sign in from many attempts. */
	public void attackAlertSent(AccountId account) {
		succeeded("account-attack-alert", null, account, "account.attack-alert");
	}

	public void accountUnlocked(AccountId account, UnlockReason reason) {
		succeeded("account-unlocked", null, account, "account.unlocked", "reason", reason);
	}

	public void passwordChanged(AccountId account, CredentialChange how) {
		succeeded("password-changed", account, account, "password.changed", "how", how);
	}

	public void passwordResetRequested(AccountId account) {
		succeeded("password-reset-requested", null, account, "password.reset-requested");
	}

	public void totpEnrolled(AccountId account) {
		succeeded("totp-enrolled", account, account, "totp.enrolled");
	}

	public void recoveryCodeUsed(AccountId account) {
		succeeded("recovery-code-used", account, account, "totp.recovery-code-used");
	}

	public void recoveryCodesRegenerated(AccountId account) {
		succeeded("recovery-codes-regenerated", account, account, "totp.recovery-codes-regenerated");
	}

	public void sessionEnded(AccountId account, SessionEndReason reason) {
		succeeded("session-ended", null, account, "session.ended", "reason", reason);
	}

	/**
	 * @param account the signed-in account, {@code null} for a visitor
	 */
	public void accessDenied(@Nullable AccountId account, String path) {
		event("access-denied", account, "path=" + sanitise(path));
		journal(account, account, "access.denied", AuditOutcome.DENIED, null);
	}

	/** Why a member activation attempt was refused: in the journal only, never shown. */
	public enum ActivationRefusal {

		NOT_RECOGNISED, LIMITED

	}

	/**
	 * A visitor's member activation attempt refused at the recognition step (no account
	 * concerned).
	 */
	public void activationRefused(ActivationRefusal reason) {
		log.info("security-event=activation-refused reason={}", reason);
		audit.recordIndependently(
				AuditEvent.of(AuditActor.anonymous(), AuditAction.of("activation.refused"), AuditOutcome.FAILURE)
					.withObject("reason:" + reason));
	}

	/**
	 * @param actor who created it; {@code null} for the system (the first administrator)
	 */
	public void accountCreated(AccountId account, @Nullable AccountId actor) {
		event("account-created", account, "actor=" + (actor == null ? "system" : actor));
		journal(actor, account, "account.created", AuditOutcome.SUCCESS, null);
	}

	/** The account's login became the member's new, confirmed e-mail address. */
	public void loginChanged(AccountId account) {
		event("login-changed", account, "actor=" + account);
		// In the caller's transaction: the person's contact e-mail changes with it, and
		// both are undone together.
		audit.record(AuditEvent.success(AuditActor.account(account.value()), AuditAction.of("account.login-changed"))
			.withSubject(DataSubjectRef.account(account.value())));
	}

	public void accountDisabled(AccountId account, AccountId actor) {
		event("account-disabled", account, "actor=" + actor);
		journal(actor, account, "account.disabled", AuditOutcome.SUCCESS, null);
	}

	public void agentRemoved(AccountId agent, AccountId actor) {
		event("agent-removed", agent, "actor=" + actor);
		journal(actor, agent, "organisation.agent-removed", AuditOutcome.SUCCESS, null);
	}

	public void organisationCreated(OrganisationId organisation, AccountId actor) {
		log.info("security-event=organisation-created organisation={} actor={}", organisation, actor);
		journal(actor, null, "organisation.created", AuditOutcome.SUCCESS, "organisation:" + organisation);
	}

	/**
	 * A successful event about the account, with no detail: to the log and the journal.
	 */
	private void succeeded(String name, @Nullable AccountId actor, AccountId account, String action) {
		event(name, account, null);
		journal(actor, account, action, AuditOutcome.SUCCESS, null);
	}

	/**
	 * A successful event about the account with one detail: {@code key=value} in the log,
	 * {@code key:value} in the journal.
	 */
	private void succeeded(String name, @Nullable AccountId actor, AccountId account, String action, String key,
			Object value) {
		event(name, account, key + "=" + value);
		journal(actor, account, action, AuditOutcome.SUCCESS, key + ":" + value);
	}

	/**
	 * Appends to the audit journal in a transaction of its own. The actor is the account
	 * acting ({@code null}: the system for automatic events such as a lock, a visitor for
	 * a denial), the subject the account concerned; the detail travels as an id-shaped
	 * object reference.
	 */
	private void journal(@Nullable AccountId actor, @Nullable AccountId subject, String action, AuditOutcome outcome,
			@Nullable String detail) {
		AuditActor auditActor = actor != null ? AuditActor.account(actor.value())
				: "access.denied".equals(action) ? AuditActor.anonymous() : AuditActor.system("identity");
		AuditEvent event = AuditEvent.of(auditActor, AuditAction.of(action), outcome);
		if (subject != null) {
			event = event.withSubject(DataSubjectRef.account(subject.value()));
		}
		if (detail != null) {
			event = event.withObject(detail);
		}
		audit.recordIndependently(event);
	}

	private static void event(String name, @Nullable AccountId account, @Nullable String detail) {
		if (detail == null) {
			log.info("security-event={} account={}", name, account == null ? "-" : account);
		}
		else {
			log.info("security-event={} account={} {}", name, account == null ? "-" : account, detail);
		}
	}

	/**
	 * A path comes from the request: no line breaks or control characters in a log line.
	 */
	static String sanitise(String path) {
		if (path == null) {
			return "-";
		}
		String clean = path.replaceAll("[\\p{Cntrl}\\s]", "_");
		return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
	}

}
