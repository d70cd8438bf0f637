package fr.integrance.documents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A document to add to a space.
 *
 * @param title shown in listings (1 to 200 characters); the file name when blank
 * @param description optional, up to 2,000 characters
 * @param originalName the name the browser sent, sanitised for display
 * @param content the file's bytes (the multipart limit bounds them)
 */
public record NewDocument(@Nullable FolderId folderId, String title, @Nullable String description,
		@Nullable String originalName, byte[] content, @Nullable LocalDate alertDate,
		@Nullable LocalDate reminderDate) {

	@Override
	public String toString() {
		return "NewDocument[" + content.length + " bytes]";
	}

}
