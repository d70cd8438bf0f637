package fr.integrance.website;

import fr.integrance.platform.FileRejection;

/** The message key that explains each reason a file was refused. */
final class UploadMessages {

	private UploadMessages() {
	}

	static String keyOf(FileRejection reason) {
		return "intake.upload.error." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
