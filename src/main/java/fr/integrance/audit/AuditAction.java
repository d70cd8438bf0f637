package fr.integrance.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What was done, as a dotted lower-case code ({@code person.read},
 * {@code login.failure}). The set is open so that each module names its own actions
 * without editing this one; the pattern keeps codes uniform and free of personal values.
 *
 * @param code e.g. {@code "contract.terminated"}; matches {@code [a-z]+(\.[a-z-]+)+}, at
 * most 100 characters
 */
public record AuditAction(String code) {

	private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z-]+)+");

	/** Someone's record was displayed or read (staff, guardian, employer). */
	public static final AuditAction PERSON_READ = new AuditAction("person.read");

	public static final AuditAction LOGIN_SUCCESS = new AuditAction("login.success");

	public static final AuditAction LOGIN_FAILURE = new AuditAction("login.failure");

	public static final AuditAction ACCOUNT_LOCKED = new AuditAction("account.locked");

	/** A request refused by an authorization rule. */
	public static final AuditAction ACCESS_DENIED = new AuditAction("access.denied");

	public static final AuditAction DATA_CHANGED = new AuditAction("data.changed");

	public static final AuditAction DATA_EXPORTED = new AuditAction("data.exported");

	public static final AuditAction DATA_ERASED = new AuditAction("data.erased");

	public AuditAction {
		Objects.requireNonNull(code, "code");
		if (code.length() > 100 || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(
					"an action code is dotted lower case like \"person.read\", at most 100 characters");
		}
	}

	public static AuditAction of(String code) {
		return new AuditAction(code);
	}

	@Override
	public String toString() {
		return code;
	}
}
