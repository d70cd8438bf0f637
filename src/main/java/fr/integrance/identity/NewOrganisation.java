package fr.integrance.identity;

/**
 * An organisation to create with the first person who will represent it (an employer's
 * representative, or a guardian service's first agent, who administers its agents).
 *
 * @param siren required for an employer, optional for a guardian service
 * @param siret optional; when given, must start with the SIREN
 */
public record NewOrganisation(OrganisationKind kind, String name, String siren, String siret, Invitation first) {

	@Override
	public String toString() {
		return "NewOrganisation[kind=" + kind + ", name=***]";
	}
}
