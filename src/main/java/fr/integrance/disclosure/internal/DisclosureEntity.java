package fr.integrance.disclosure.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.disclosure.LoggedDisclosure;
import fr.integrance.platform.NotPersonalData;

/**
 * A line of {@code disclosure_log}: one export to one recipient. It says what kind of
 * data went, never the values; the subjects are in {@link DisclosureSubjectEntity}.
 * Written once, never changed.
 */
@Entity
@Table(name = "disclosure_log")
class DisclosureEntity {

	@Id
	@Column(name = "id")
	@NotPersonalData
	private UUID id;

	@Column(name = "disclosed_at")
	@NotPersonalData(context = true)
	private Instant disclosedAt;

	@Column(name = "recipient_id")
	@NotPersonalData(value = "a register recipient id", context = true)
	private String recipient;

	@Column(name = "purpose_id")
	@NotPersonalData(value = "a register purpose id", context = true)
	private String purpose;

	@Column(name = "legal_basis")
	@NotPersonalData(value = "a register legal basis id", context = true)
	private String legalBasis;

	@Column(name = "categories")
	@NotPersonalData(value = "register data category ids, comma separated", context = true)
	private String categories;

	@Column(name = "fields")
	@NotPersonalData("field names (module.field), comma separated: never their values")
	private String fields;

	@Column(name = "subject_count")
	@NotPersonalData
	private int subjectCount;

	@Column(name = "record_count")
	@NotPersonalData
	private int recordCount;

	@Column(name = "actor_id")
	@NotPersonalData("technical id of the staff account that sent it")
	private UUID actor;

	@Column(name = "requisition_reference")
	@NotPersonalData("an authority's reference of its requisition")
	private @Nullable String requisition;

	@Column(name = "country")
	@NotPersonalData("the recipient's country, ISO 3166 alpha-2")
	private @Nullable String country;

	@Column(name = "safeguard_id")
	@NotPersonalData("a register transfer safeguard id")
	private @Nullable String safeguard;

	protected DisclosureEntity() {
	}

	DisclosureEntity(UUID id, Instant disclosedAt, String recipient, String purpose, String legalBasis,
			List<String> categories, List<String> fields, int subjectCount, int recordCount, UUID actor,
			@Nullable String requisition, @Nullable String country, @Nullable String safeguard) {
		this.id = id;
		this.disclosedAt = disclosedAt;
		this.recipient = recipient;
		this.purpose = purpose;
		this.legalBasis = legalBasis;
		this.categories = String.join(",", categories);
		this.fields = String.join(",", fields);
		this.subjectCount = subjectCount;
		this.recordCount = recordCount;
		this.actor = actor;
		this.requisition = requisition;
		this.country = country;
		this.safeguard = safeguard;
	}

	UUID id() {
		return id;
	}

	LoggedDisclosure toLogged() {
		return new LoggedDisclosure(id, disclosedAt, recipient, purpose, legalBasis, split(categories), split(fields),
				subjectCount, recordCount, actor, requisition, country, safeguard);
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}
