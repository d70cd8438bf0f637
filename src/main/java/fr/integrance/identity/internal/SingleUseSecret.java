package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.PersonalData;

/**
 * What a secret that works once has (an e-mailed link, a recovery code): when it was
 * {@code created_at} and when it was {@code used_at}, if it was. A JPA mapped superclass;
 * only the secret's hash is stored by the entity that extends it.
 */
@MappedSuperclass
abstract class SingleUseSecret {

	@PersonalData(category = "connection")
	@Column(name = "created_at")
	private Instant createdAt;

	@PersonalData(category = "connection")
	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	/** For the persistence provider, which fills the fields. */
	protected SingleUseSecret() {
	}

	protected SingleUseSecret(Instant createdAt) {
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/** Spends the secret: it works no more. */
	public void use(Instant now) {
		usedAt = now;
	}

	/** Whether the secret was already spent. */
	protected boolean used() {
		return usedAt != null;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
