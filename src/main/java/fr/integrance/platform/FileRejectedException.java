package fr.integrance.platform;

/**
 * An uploaded file was refused; {@link #reason()} says why, without echoing the file or
 * its name.
 */
public class FileRejectedException extends Exception {

	private static final long serialVersionUID = 1L;

	private final FileRejection reason;

	public FileRejectedException(FileRejection reason) {
		super("File refused: " + reason);
		this.reason = reason;
	}

	public FileRejection reason() {
		return reason;
	}

}
