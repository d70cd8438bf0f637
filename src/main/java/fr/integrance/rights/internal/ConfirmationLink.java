package fr.integrance.rights.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;

/**
 * A link confirming a rights request, sent to the address on file of the one person who
 * matched: only the SHA-256 of its token is stored; it expires and works once.
 */
@Entity
@Table(name = "rights_confirmation_link")
class ConfirmationLink {

	@Id
	@Column(name = "token_hash", length = 64)
	@NotPersonalData("hash of a random token")
	private String tokenHash;

	@Column(name = "request_id", nullable = false)
	@NotPersonalData("technical id of the rights request")
	private UUID requestId;

	/** The person who matched; told to nobody until the link is followed. */
	@Column(name = "person_id", nullable = false)
	@NotPersonalData("technical id of a person")
	private UUID personId;

	@Column(name = "created_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant expiresAt;

	@Column(name = "used_at")
	@NotPersonalData(context = true)
	private @Nullable Instant usedAt;

	protected ConfirmationLink() {
	}

	ConfirmationLink(String tokenHash, UUID requestId, UUID personId, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.requestId = requestId;
		this.personId = personId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	UUID requestId() {
		return requestId;
	}

	UUID personId() {
		return personId;
	}

	boolean used() {
		return usedAt != null;
	}

	boolean expired(Instant now) {
		return !now.isBefore(expiresAt);
	}

	void use(Instant now) {
		usedAt = now;
	}

	@Override
	public String toString() {
		return "ConfirmationLink[" + requestId + "]";
	}

}
