package fr.integrance.organisations.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.organisations.OrganisationSummary;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.Siren;
import fr.integrance.platform.Siret;

/**
 * An employer or a guardian service: the tenant its representatives or agents are scoped
 * to. The table keeps the name it was created with, when organisations were part of the
 * identity module.
 */
@Entity
@Table(name = "identity_organisation")
class Organisation {

	@Id
	@NotPersonalData
	private UUID id;

	@NotPersonalData
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private OrganisationKind kind;

	/** A sole trader's company carries the trader's name, hence personal data. */
	@PersonalData(category = "identification")
	private String name;

	/** Identifies a sole trader as much as the name does. */
	@PersonalData(category = "identification")
	private @Nullable String siren;

	@PersonalData(category = "identification")
	private @Nullable String siret;

	@NotPersonalData
	@Column(name = "created_at")
	private Instant createdAt;

	protected Organisation() {
	}

	private Organisation(UUID id, OrganisationKind kind, String name, @Nullable Siren siren, @Nullable Siret siret,
			Instant createdAt) {
		this.id = id;
		this.kind = kind;
		this.name = name;
		this.siren = siren == null ? null : siren.value();
		this.siret = siret == null ? null : siret.value();
		this.createdAt = createdAt;
	}

	/**
	 * An organisation with a given id (a random one, or a fixed demo one that other
	 * modules' demo data refer to).
	 * @throws IllegalArgumentException when an employer has no SIREN, the SIRET belongs
	 * to another SIREN, or the name is blank
	 */
	static Organisation create(UUID id, OrganisationKind kind, String name, @Nullable Siren siren,
			@Nullable Siret siret, Instant now) {
		if (kind == OrganisationKind.EMPLOYER && siren == null) {
			throw new IllegalArgumentException("An employer needs a SIREN");
		}
		if (siret != null && (siren == null || !siret.siren().equals(siren))) {
			throw new IllegalArgumentException("The SIRET does not start with the SIREN");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An organisation needs a name");
		}
		return new Organisation(id, kind, name.strip(), siren, siret, now);
	}

	OrganisationId id() {
		return new OrganisationId(id);
	}

	OrganisationSummary summary() {
		return new OrganisationSummary(id(), kind, name, siren, siret, createdAt);
	}

	@Override
	public String toString() {
		return "Organisation[id=" + id + ", kind=" + kind + "]";
	}

}
