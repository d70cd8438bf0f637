package fr.integrance.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import fr.integrance.documents.DocumentId;
import fr.integrance.documents.FolderId;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.PersonalData.Export;
import fr.integrance.platform.VersionedRecord;

/**
 * A document of a space. Besides its own fields it repeats what a listing shows of its
 * current version (name, type, size, upload time), so that a page of a space is read from
 * this table alone, through an index of (space, folder, sort column). Updates write the
 * changed columns only: the background thumbnail sets {@code has_thumbnail} by a
 * statement of its own, which a concurrent edit must not overwrite. {@code dueDate} is
 * the nearer of the alert and reminder dates, the key of the "due first" order.
 */
@Entity
@Table(name = "document")
@DynamicUpdate
class DocumentEntity extends VersionedRecord {

	@NotPersonalData
	@Column(name = "space_id")
	private UUID spaceId;

	@NotPersonalData
	@Column(name = "folder_id")
	private @Nullable UUID folderId;

	@PersonalData(category = "documents")
	@Column(name = "title")
	private String title;

	@PersonalData(category = "documents", export = Export.LOOKUP_KEY)
	@Column(name = "title_key")
	private String titleKey;

	@PersonalData(category = "documents")
	@Column(name = "description")
	private @Nullable String description;

	@PersonalData(category = "documents")
	@Column(name = "alert_date")
	private @Nullable LocalDate alertDate;

	@PersonalData(category = "documents")
	@Column(name = "reminder_date")
	private @Nullable LocalDate reminderDate;

	@PersonalData(category = "documents", export = Export.LOOKUP_KEY)
	@Column(name = "due_date")
	private @Nullable LocalDate dueDate;

	@NotPersonalData(context = true)
	@Column(name = "current_version")
	private int currentVersion;

	@PersonalData(category = "documents")
	@Column(name = "current_name")
	private String currentName;

	@NotPersonalData(value = "a media type detected from the bytes", context = true)
	@Column(name = "current_media_type")
	private String currentMediaType;

	@NotPersonalData(context = true)
	@Column(name = "current_size")
	private long currentSize;

	@NotPersonalData("the sum of the sizes of every version, for the space's quota")
	@Column(name = "stored_bytes")
	private long storedBytes;

	@NotPersonalData
	@Column(name = "has_thumbnail")
	private boolean hasThumbnail;

	@NotPersonalData(context = true)
	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected DocumentEntity() {
	}

	/** A new document, {@code first} its first version. */
	DocumentEntity(UUID id, UUID spaceId, @Nullable UUID folderId, String title, @Nullable String description,
			VersionEntity first) {
		super(id, first.uploadedAt());
		this.spaceId = spaceId;
		this.folderId = folderId;
		this.title = title;
		this.titleKey = TitleKeys.key(title);
		this.description = description;
		this.currentVersion = first.number();
		this.currentName = first.originalName();
		this.currentMediaType = first.mediaType();
		this.currentSize = first.size();
		this.storedBytes = first.size();
		this.uploadedAt = first.uploadedAt();
	}

	/** Makes {@code version} the current one. */
	void current(VersionEntity version) {
		this.currentVersion = version.number();
		this.currentName = version.originalName();
		this.currentMediaType = version.mediaType();
		this.currentSize = version.size();
		this.storedBytes += version.size();
		this.uploadedAt = version.uploadedAt();
		this.hasThumbnail = false;
	}

	void edit(String newTitle, @Nullable String newDescription, @Nullable UUID newFolder) {
		retitle(newTitle);
		this.description = newDescription;
		this.folderId = newFolder;
	}

	private void retitle(String newTitle) {
		this.title = newTitle;
		this.titleKey = TitleKeys.key(newTitle);
	}

	void dates(@Nullable LocalDate alert, @Nullable LocalDate reminder) {
		this.alertDate = alert;
		this.reminderDate = reminder;
		if (alert == null) {
			this.dueDate = reminder;
		}
		else {
			this.dueDate = reminder == null || alert.isBefore(reminder) ? alert : reminder;
		}
	}

	DocumentId documentId() {
		return new DocumentId(id());
	}

	UUID spaceId() {
		return spaceId;
	}

	@Nullable UUID folderId() {
		return folderId;
	}

	@Nullable FolderId folder() {
		return folderId == null ? null : new FolderId(folderId);
	}

	String title() {
		return title;
	}

	@Nullable String description() {
		return description;
	}

	@Nullable LocalDate alertDate() {
		return alertDate;
	}

	@Nullable LocalDate reminderDate() {
		return reminderDate;
	}

	int currentVersion() {
		return currentVersion;
	}

	String currentName() {
		return currentName;
	}

	String currentMediaType() {
		return currentMediaType;
	}

	long currentSize() {
		return currentSize;
	}

	long storedBytes() {
		return storedBytes;
	}

	boolean hasThumbnail() {
		return hasThumbnail;
	}

	Instant uploadedAt() {
		return uploadedAt;
	}

}
