package fr.integrance.organisations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An employer or guardian organisation as the platform shows it. */
public record OrganisationSummary(OrganisationId id, OrganisationKind kind, String name, @Nullable String siren,
		@Nullable String siret, Instant createdAt) {

	@Override
	public String toString() {
		// A sole trader's company name is a person's name.
		return "OrganisationSummary[id=" + id + ", kind=" + kind + ", name=***]";
	}
}
