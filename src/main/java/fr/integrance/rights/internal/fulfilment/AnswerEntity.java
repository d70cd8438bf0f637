package fr.integrance.rights.internal.fulfilment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A row of {@code rights_answer}: the answer given to one rights request, with the
 * letter's content (encrypted JSON, {@link Letter}) so that the letter can be rendered
 * again for the DPO console or the person.
 */
@Entity
@Table(name = "rights_answer")
class AnswerEntity {

	static final String TABLE = "rights_answer";

	static final String LETTER_COLUMN = "letter";

	@Id
	@Column(name = "request_id")
	@NotPersonalData
	private UUID requestId;

	@Column(name = "reference", nullable = false, length = 32)
	@NotPersonalData(context = true)
	private String reference;

	@Column(name = "right_id", nullable = false, length = 64)
	@NotPersonalData(context = true)
	private String rightId;

	@Column(name = "refused", nullable = false)
	@NotPersonalData(context = true)
	private boolean refused;

	@Column(name = "language", nullable = false, length = 8)
	@NotPersonalData
	private String language;

	@Column(name = "answered_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant answeredAt;

	@Column(name = "subject_ref", nullable = false, length = 100)
	@PersonalData(category = "identification", export = PersonalData.Export.LOOKUP_KEY)
	private String subjectRef;

	/** The letter's content as JSON, encrypted (FieldEncryption). */
	@Column(name = "letter", nullable = false, length = 1_000_000)
	@PersonalData(category = "identification", encrypted = true)
	private String letter;

	@Column(name = "notice_mail")
	@NotPersonalData
	private @Nullable UUID noticeMail;

	protected AnswerEntity() {
	}

	AnswerEntity(UUID requestId, String reference, String rightId, boolean refused, String language, Instant answeredAt,
			String subjectRef, String letter) {
		this.requestId = requestId;
		this.reference = reference;
		this.rightId = rightId;
		this.refused = refused;
		this.language = language;
		this.answeredAt = answeredAt;
		this.subjectRef = subjectRef;
		this.letter = letter;
	}

	UUID requestId() {
		return requestId;
	}

	String language() {
		return language;
	}

	String letter() {
		return letter;
	}

	void noticeMail(UUID mail) {
		this.noticeMail = mail;
	}

	Optional<UUID> noticeMail() {
		return Optional.ofNullable(noticeMail);
	}

	boolean refused() {
		return refused;
	}

}
