package fr.integrance.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.privacy.NoticeVersions;
import fr.integrance.privacy.PublishedNoticeVersion;

/**
 * A row of {@code privacy_notice_version}: written once per version id, never updated.
 */
@Entity
@Table(name = "privacy_notice_version")
class NoticeVersionEntity {

	@Id
	@Column(name = "version_id", length = 64)
	@NotPersonalData
	private String versionId;

	@Column(name = "published_on", nullable = false)
	@NotPersonalData
	private LocalDate publishedOn;

	@Column(name = "content_hash", nullable = false, length = 64)
	@NotPersonalData
	private String contentHash;

	@Column(name = "register_snapshot", nullable = false, length = 1_000_000)
	@NotPersonalData("the register describes processing, it names no person")
	private String registerSnapshot;

	@Column(name = "recorded_at", nullable = false)
	@NotPersonalData
	private Instant recordedAt;

	protected NoticeVersionEntity() {
	}

	NoticeVersionEntity(String versionId, LocalDate publishedOn, String contentHash, String registerSnapshot,
			Instant recordedAt) {
		this.versionId = versionId;
		this.publishedOn = publishedOn;
		this.contentHash = contentHash;
		this.registerSnapshot = registerSnapshot;
		this.recordedAt = recordedAt;
	}

	String contentHash() {
		return contentHash;
	}

	NoticeVersions.Summary toSummary() {
		return new NoticeVersions.Summary(versionId, publishedOn, contentHash);
	}

	PublishedNoticeVersion toPublished() {
		return new PublishedNoticeVersion(versionId, publishedOn, contentHash, recordedAt,
				RegisterSnapshots.fromJson(registerSnapshot));
	}

}
