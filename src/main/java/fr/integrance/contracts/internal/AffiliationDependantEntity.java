package fr.integrance.contracts.internal;

import java.time.LocalDate;
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

import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.DependantType;
import fr.integrance.people.PersonId;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A dependant covered by an employee's affiliation to a group contract: a person of the
 * people module, covered over a period that ends with the affiliation's cover at the
 * latest.
 */
@Entity
@Table(name = "contract_affiliation_dependant")
class AffiliationDependantEntity {

	@Id
	@NotPersonalData
	private UUID id;

	@NotPersonalData("technical id of the person record")
	@Column(name = "person_id")
	private UUID personId;

	@PersonalData(category = "personal-life")
	@Column(name = "dependant_type")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private DependantType type;

	@NotPersonalData(value = "a date of cover of the affiliation", context = true)
	@Column(name = "from_date")
	private LocalDate fromDate;

	@NotPersonalData(value = "a date of cover of the affiliation", context = true)
	@Column(name = "until_date")
	private @Nullable LocalDate untilDate;

	protected AffiliationDependantEntity() {
	}

	AffiliationDependantEntity(PersonId person, DependantType type, LocalDate from) {
		this.id = UUID.randomUUID();
		this.personId = person.value();
		this.type = type;
		this.fromDate = from;
	}

	/** Ends the cover on {@code lastDay} (an earlier end is kept). */
	void endOn(LocalDate lastDay) {
		if (untilDate == null || untilDate.isAfter(lastDay)) {
			untilDate = lastDay;
		}
	}

	/** Whether the cover starts after {@code day}: then it never was. */
	boolean startsAfter(LocalDate day) {
		return fromDate.isAfter(day);
	}

	/** Covered on {@code day} or later (not ended before it). */
	boolean coveredOnOrAfter(LocalDate day) {
		return untilDate == null || !untilDate.isBefore(day);
	}

	UUID id() {
		return id;
	}

	UUID personId() {
		return personId;
	}

	Dependant toDependant() {
		return new Dependant(new PersonId(personId), type, fromDate, untilDate);
	}

}
