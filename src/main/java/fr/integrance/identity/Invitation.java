package fr.integrance.identity;

/**
 * A person invited to an organisation by e-mail: they choose their password through the
 * link.
 *
 * @param email their e-mail address, which becomes their login
 * @param displayName how the platform names them
 * @param organisationAdministrator for a guardian organisation, whether they will manage
 * its agents
 */
public record Invitation(String email, String displayName, boolean organisationAdministrator) {

	@Override
	public String toString() {
		return "Invitation[email=***, displayName=***, organisationAdministrator=" + organisationAdministrator + "]";
	}
}
