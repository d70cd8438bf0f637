package fr.integrance.identity;

/**
 * Every authority of the application, as {@code resource:action}. Security rules check
 * these, never a role name: a role is only a named set of authorities (see {@link Role}).
 */
public final class Authorities {

	/** The member extranet, iAdhérent ({@code /iadherent}). */
	public static final String MEMBER_SPACE_ACCESS = "member-space:access";

	/** The employer extranet, iCollectif ({@code /icollectif}). */
	public static final String EMPLOYER_SPACE_ACCESS = "employer-space:access";

	/** The guardian extranet, iTutelle ({@code /itutelle}). */
	public static final String GUARDIAN_SPACE_ACCESS = "guardian-space:access";

	/** Inviting and removing the agents of one's own guardian organisation. */
	public static final String GUARDIAN_AGENTS_MANAGE = "guardian-agents:manage";

	/**
	 * Creating, rotating and revoking the payroll API clients of one's own employer
	 * organisation (its administrator representatives).
	 */
	public static final String EMPLOYER_API_CLIENTS_MANAGE = "employer-api-clients:manage";

	/** The back office ({@code /gestion}). */
	public static final String BACK_OFFICE_ACCESS = "back-office:access";

	/** The DPO console ({@code /dpo}). */
	public static final String DPO_CONSOLE_ACCESS = "dpo-console:access";

	/** The administration home ({@code /gestion/admin}). */
	public static final String ADMINISTRATION_ACCESS = "administration:access";

	/** Creating and disabling staff and DPO accounts. */
	public static final String STAFF_ACCOUNTS_ADMINISTER = "staff-accounts:administer";

	/** Creating organisations and inviting their representatives or agents. */
	public static final String ORGANISATIONS_ADMINISTER = "organisations:administer";

	/**
	 * One's own account: password, second factor, sessions. Every fully signed-in account
	 * has it.
	 */
	public static final String OWN_ACCOUNT_MANAGE = "own-account:manage";

	/**
	 * Held alone between the password and the second factor: only the code page is open.
	 * Never granted together with another authority.
	 */
	public static final String LOGIN_SECOND_FACTOR = "login:second-factor";

	/**
	 * Held alone by an account that must use a second factor and has none yet, between
	 * the password and the enrolment: only the enrolment page is open.
	 */
	public static final String LOGIN_SECOND_FACTOR_ENROLMENT = "login:second-factor-enrolment";

	private Authorities() {
	}

}
