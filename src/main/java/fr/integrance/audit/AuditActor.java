package fr.integrance.audit;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who acted: an account, a system job, or an anonymous visitor. Stored as a typed
 * reference ({@code ACCOUNT:6f1c…}, {@code SYSTEM:retention-job}, {@code ANONYMOUS}),
 * never as a name or a login.
 *
 * @param kind what sort of actor
 * @param id the account id or job name; {@code null} for {@link Kind#ANONYMOUS}
 */
public record AuditActor(Kind kind, @Nullable String id) {

	/** The sorts of actor the journal knows. */
	public enum Kind {

		/** A user account (member, staff, organisation, DPO…), by its technical id. */
		ACCOUNT,
		/** A scheduled or background job, by a stable name. */
		SYSTEM,
		/**
		 * A visitor without an account (a failed login for an unknown name, a public
		 * form).
		 */
		ANONYMOUS

	}

	private static final AuditActor ANONYMOUS = new AuditActor(Kind.ANONYMOUS, null);

	public AuditActor {
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.ANONYMOUS) {
			if (id != null) {
				throw new IllegalArgumentException("an anonymous actor has no id");
			}
		}
		else {
			AuditEvent.requireRef("actor id", id);
		}
	}

	public static AuditActor account(UUID accountId) {
		return account(Objects.requireNonNull(accountId, "accountId").toString());
	}

	public static AuditActor account(String accountId) {
		return new AuditActor(Kind.ACCOUNT, accountId);
	}

	public static AuditActor system(String jobName) {
		return new AuditActor(Kind.SYSTEM, jobName);
	}

	public static AuditActor anonymous() {
		return ANONYMOUS;
	}

	/** The stored form: {@code KIND:id}, or {@code ANONYMOUS}. */
	public String ref() {
		return id == null ? kind.name() : kind.name() + ':' + id;
	}

	@Override
	public String toString() {
		return ref();
	}
}
