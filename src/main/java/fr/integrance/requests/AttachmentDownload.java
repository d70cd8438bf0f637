package fr.integrance.requests;

import java.io.InputStream;

/**
 * A case's file to hand to staff: the name to offer, the type detected at upload, its
 * size in bytes and its content, decrypted as it is read (streamed: never whole in
 * memory); the caller closes the stream.
 */
public record AttachmentDownload(String displayName, String mediaType, long size, InputStream content) {

	@Override
	public String toString() {
		return "AttachmentDownload[" + mediaType + ", " + size + " bytes]";
	}
}
