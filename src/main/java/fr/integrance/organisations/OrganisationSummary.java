package fr.integrance.organisations;

import java.time.Instant;

/** An employer or guardian organisation as the platform shows it. */
public record OrganisationSummary(OrganisationId id, OrganisationKind kind, String name, String siren, String siret,
		Instant createdAt) {

	@Override
	public String toString() {
		// A sole trader's company name is a person's name.
		return "OrganisationSummary[id=" + id + ", kind=" + kind + ", name=***]";
	}
}
