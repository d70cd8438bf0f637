package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A second-factor recovery code, stored as its SHA-256: the codes are 60 random bits
 * each, so a fast hash suffices (no dictionary to try), and checking ten of them stays
 * cheap.
 */
@Entity
@Table(name = "identity_recovery_code")
class RecoveryCode extends SingleUseSecret {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@NotPersonalData
	private @Nullable Long id;

	@NotPersonalData("technical id of the account")
	@Column(name = "account_id")
	private UUID accountId;

	@PersonalData(category = "connection", export = PersonalData.Export.SECRET)
	@Column(name = "code_hash")
	private String codeHash;

	protected RecoveryCode() {
	}

	public RecoveryCode(UUID accountId, String codeHash, Instant now) {
		super(now);
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

	@Override
	public String toString() {
		return "RecoveryCode[id=" + id + "]";
	}

}
