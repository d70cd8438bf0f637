package fr.integrance.consent;

/** Consent purposes that are not cookie purposes of the register. */
public final class ConsentPurposes {

	/**
	 * Direct marketing by e-mail (CPCE L34-5). The register does not list it yet; until it does, this
	 * id names it in consent records.
	 */
	public static final String MARKETING = "marketing";

	private ConsentPurposes() {
	}
}
