package fr.integrance.privacy;

/**
 * One file of a data subject, as an access export archive lists it.
 *
 * @param module the module that keeps it, e.g. {@code documents}
 * @param category the register data category of its content
 * @param id the module's technical reference of the file (to {@link SubjectFiles#copy}
 * it)
 * @param path where it goes in the archive, relative, with '/' separators (e.g.
 * {@code Attestations/attestation-2026.pdf}); unique among the module's files, safe for a
 * zip entry (no {@code ..}, no leading '/')
 * @param mediaType its media type
 * @param size its size in bytes
 */
public record SubjectFile(String module, String category, String id, String path, String mediaType, long size) {

	public SubjectFile {
		if (path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
			throw new IllegalArgumentException("An archive path is relative, without '..' or '\\'");
		}
	}

	@Override
	public String toString() {
		return "SubjectFile[" + module + ", " + id + ", " + size + " bytes]";
	}
}
