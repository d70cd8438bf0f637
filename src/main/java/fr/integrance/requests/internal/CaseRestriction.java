package fr.integrance.requests.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.integrance.platform.NotPersonalData;

/**
 * A case whose processing is restricted (GDPR Art. 18): stored, not otherwise processed,
 * until the restriction is lifted. A row of its own rather than a column of the case, so
 * that restricting never races with the case's workflow; the row exists while the
 * restriction lasts.
 */
@Entity
@Table(name = "request_case_restriction")
class CaseRestriction {

	@Id
	@Column(name = "case_id")
	@NotPersonalData
	private UUID caseId;

	@Column(name = "ground", nullable = false, length = 40)
	@NotPersonalData("one of the four grounds of Art. 18(1)")
	private String ground;

	@Column(name = "restricted_at", nullable = false)
	@NotPersonalData
	private Instant restrictedAt;

	protected CaseRestriction() {
	}

	CaseRestriction(UUID caseId, String ground, Instant restrictedAt) {
		this.caseId = caseId;
		this.ground = ground;
		this.restrictedAt = restrictedAt;
	}

	UUID caseId() {
		return caseId;
	}

	String ground() {
		return ground;
	}

}
