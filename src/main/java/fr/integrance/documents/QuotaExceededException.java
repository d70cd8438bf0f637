package fr.integrance.documents;

/**
 * The file would take the space over its quota (or is over the per-file limit); the
 * message key names which, the limit is in bytes.
 */
public class QuotaExceededException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final long limitBytes;

	public QuotaExceededException(String messageKey, long limitBytes) {
		super(messageKey);
		this.messageKey = messageKey;
		this.limitBytes = limitBytes;
	}

	/** e.g. {@code documents.quota.space} or {@code documents.quota.file}. */
	public String messageKey() {
		return messageKey;
	}

	public long limitBytes() {
		return limitBytes;
	}

}
