package fr.integrance.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;

/**
 * Where one row stands with the GDPR, embedded in each entity that holds a person's data
 * ({@code @Embedded private PrivacyState privacy = PrivacyState.NONE;}) in four columns
 * of its table: {@code restricted}, {@code restriction_ground}, {@code retention_until},
 * {@code anonymised_at}.
 * <p>
 * Immutable: each transition gives the next state, which the entity stores in place of
 * the last. The privacy kernel restricts and lifts the rows a module declares
 * ({@link PersonalDataRows}) through these transitions, and leaves anonymised rows out of
 * exports; the module keeps its own rules (a restricted member's contract is not changed,
 * an anonymised person is not found).
 *
 * @param restricted whether processing is restricted (GDPR Art. 18): stored, not
 * otherwise processed
 * @param restrictionGround which of the four cases of Art. 18(1), while restricted
 * @param retainedUntil the last day the row must be kept (its retention clock), once
 * known
 * @param anonymisedAt when what identified the person was removed from the row, if it was
 */
@Embeddable
public record PrivacyState(
		@NotPersonalData("Art. 18 restriction flag") @Column(name = "restricted", nullable = false) boolean restricted,
		@NotPersonalData("the GDPR Art. 18 ground, not the person's data") @Column(
				name = "restriction_ground") @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Nullable RestrictionGround restrictionGround,
		@NotPersonalData("a date computed from the end of the contract or measure") @Column(
				name = "retention_until") @Nullable LocalDate retainedUntil,
		@NotPersonalData @Column(name = "anonymised_at") @Nullable Instant anonymisedAt) {

	/** A new row: not restricted, no retention date yet, not anonymised. */
	public static final PrivacyState NONE = new PrivacyState(false, null, null, null);

	public PrivacyState {
		if (!restricted && restrictionGround != null) {
			throw new IllegalArgumentException("A restriction ground without a restriction");
		}
	}

	/** Restricted on that ground (Art. 18(1)); the ground replaces an earlier one. */
	public PrivacyState restrict(RestrictionGround ground) {
		return new PrivacyState(true, Objects.requireNonNull(ground, "ground"), retainedUntil, anonymisedAt);
	}

	/** The restriction lifted (the person was told beforehand, Art. 18(3)). */
	public PrivacyState lift() {
		return new PrivacyState(false, null, retainedUntil, anonymisedAt);
	}

	/** Kept until that day (null: not known yet). */
	public PrivacyState retainUntil(@Nullable LocalDate lastDay) {
		return new PrivacyState(restricted, restrictionGround, lastDay, anonymisedAt);
	}

	/** Anonymised at that time; an anonymised row stays so. */
	public PrivacyState anonymise(Instant at) {
		return new PrivacyState(restricted, restrictionGround, retainedUntil,
				anonymisedAt != null ? anonymisedAt : Objects.requireNonNull(at, "at"));
	}

	public boolean isAnonymised() {
		return anonymisedAt != null;
	}

}
