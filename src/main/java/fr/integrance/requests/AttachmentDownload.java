package fr.integrance.requests;

/**
 * A case's file to hand to staff: the name to offer, the type detected at upload, the
 * bytes.
 */
public record AttachmentDownload(String displayName, String mediaType, byte[] content) {

	@Override
	public String toString() {
		return "AttachmentDownload[" + mediaType + ", " + content.length + " bytes]";
	}
}
