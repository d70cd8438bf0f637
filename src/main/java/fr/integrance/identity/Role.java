package fr.integrance.identity;

import java.util.LinkedHashSet;
import java.util.Set;

import fr.integrance.organisations.OrganisationKind;

/**
 * What an account is for. Each role is a named set of {@link Authorities}; code checks
 * the authorities, so that no role name is scattered through the rules.
 */
public enum Role {

	/** A member (adhérent); second factor optional. */
	MEMBER(Audience.MEMBER, false, Authorities.MEMBER_SPACE_ACCESS),

	/** A representative of an employer organisation. */
	EMPLOYER_REPRESENTATIVE(Audience.EMPLOYER, true, Authorities.EMPLOYER_SPACE_ACCESS),

	/**
	 * An agent of a guardian organisation; the organisation's administrators also manage
	 * its agents.
	 */
	GUARDIAN_AGENT(Audience.GUARDIAN, true, Authorities.GUARDIAN_SPACE_ACCESS),

	/** A member of the mutual's staff (gestionnaire). */
	STAFF(Audience.STAFF, true, Authorities.BACK_OFFICE_ACCESS),

	/** The data protection officer. */
	DPO(Audience.DPO, true, Authorities.DPO_CONSOLE_ACCESS),

	/** An administrator: staff and DPO accounts, organisations. */
	ADMIN(Audience.ADMINISTRATION, true, Authorities.ADMINISTRATION_ACCESS, Authorities.STAFF_ACCOUNTS_ADMINISTER,
			Authorities.ORGANISATIONS_ADMINISTER);

	private final Audience audience;

	private final boolean secondFactorRequired;

	private final Set<String> authorities;

	Role(Audience audience, boolean secondFactorRequired, String... authorities) {
		this.audience = audience;
		this.secondFactorRequired = secondFactorRequired;
		this.authorities = Set.of(authorities);
	}

	public Audience audience() {
		return audience;
	}

	/**
	 * True when the account cannot sign in without a TOTP second factor (RULES.md §4).
	 */
	public boolean secondFactorRequired() {
		return secondFactorRequired;
	}

	/**
	 * True for the roles that belong to an organisation (employer or guardian service).
	 */
	public boolean belongsToOrganisation() {
		return this == EMPLOYER_REPRESENTATIVE || this == GUARDIAN_AGENT;
	}

	/** The role of the accounts that belong to an organisation of this kind. */
	public static Role ofMembersOf(OrganisationKind kind) {
		return switch (kind) {
			case EMPLOYER -> EMPLOYER_REPRESENTATIVE;
			case GUARDIAN_SERVICE -> GUARDIAN_AGENT;
		};
	}

	/**
	 * The authorities of a fully signed-in account of this role.
	 * @param organisationAdministrator whether the account administers its organisation
	 * (guardian agents; employer representatives: the payroll API clients)
	 */
	public Set<String> authorities(boolean organisationAdministrator) {
		Set<String> all = new LinkedHashSet<>(authorities);
		all.add(Authorities.OWN_ACCOUNT_MANAGE);
		if (this == GUARDIAN_AGENT && organisationAdministrator) {
			all.add(Authorities.GUARDIAN_AGENTS_MANAGE);
		}
		if (this == EMPLOYER_REPRESENTATIVE && organisationAdministrator) {
			all.add(Authorities.EMPLOYER_API_CLIENTS_MANAGE);
		}
		return Set.copyOf(all);
	}

}
