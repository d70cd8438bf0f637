package fr.integrance.requests;

import java.io.Serializable;

/**
 * An accepted and stored file, as a form keeps it between steps (in the HTTP session,
 * hence serialisable): its id, the name to show, the media type detected from its bytes
 * and its size.
 */
public record StoredAttachment(AttachmentId id, String displayName, String mediaType,
		long sizeBytes) implements Serializable {

	@Override
	public String toString() {
		return "StoredAttachment[" + id + ", " + mediaType + ", " + sizeBytes + " bytes]";
	}
}
