package fr.integrance.consent;

/**
 * Consent purposes that are not cookie purposes. Besides these, any processing purpose of
 * the register whose legal basis is consent takes consent records under its register id.
 */
public interface ConsentPurposes {

	/**
	 * Direct marketing by e-mail (CPCE L34-5). The register does not list it yet; until
	 * it does, this id names it in consent records.
	 */
	String MARKETING = "marketing";

	/**
	 * The register's "Création du compte de connexion" (iAdhérent, legal basis consent),
	 * given when a member activates their account.
	 */
	String MEMBER_ACCOUNT_CREATION = "iadherent-account-creation";

}
