package fr.integrance.documents.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.documents.FolderId;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.PersonalData.Export;
import fr.integrance.platform.VersionedRecord;

/**
 * A folder of a space, at its root ({@code parentId} null) or in another folder. Its name
 * is unique among its siblings, compared by {@link TitleKeys#key}: {@code parentKey} is
 * the parent's id, or the space's for a root folder, so that one unique constraint covers
 * both.
 */
@Entity
@Table(name = "document_folder")
class FolderEntity extends VersionedRecord {

	@NotPersonalData
	@Column(name = "space_id")
	private UUID spaceId;

	@NotPersonalData
	@Column(name = "parent_id")
	private @Nullable UUID parentId;

	@NotPersonalData("the parent folder's id, or the space's for a root folder")
	@Column(name = "parent_key")
	private UUID parentKey;

	@PersonalData(category = "documents")
	@Column(name = "name")
	private String name;

	@PersonalData(category = "documents", export = Export.LOOKUP_KEY)
	@Column(name = "name_key")
	private String nameKey;

	protected FolderEntity() {
	}

	FolderEntity(UUID id, UUID spaceId, @Nullable UUID parentId, String name, Instant createdAt) {
		super(id, createdAt);
		this.spaceId = spaceId;
		this.parentId = parentId;
		this.parentKey = parentId == null ? spaceId : parentId;
		this.name = name;
		this.nameKey = TitleKeys.key(name);
	}

	void rename(String newName) {
		this.name = newName;
		this.nameKey = TitleKeys.key(newName);
	}

	void moveTo(@Nullable UUID newParent) {
		this.parentId = newParent;
		this.parentKey = newParent == null ? spaceId : newParent;
	}

	FolderId folderId() {
		return new FolderId(id());
	}

	UUID spaceId() {
		return spaceId;
	}

	@Nullable UUID parentId() {
		return parentId;
	}

	UUID parentKey() {
		return parentKey;
	}

	String name() {
		return name;
	}

	String nameKey() {
		return nameKey;
	}

}
