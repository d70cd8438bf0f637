package fr.integrance.employerspace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.documents.DocumentViews.Download;

/**
 * The documents an employer sends with an enrolment — the carte Vitale attestation, a
 * legal protection measure — kept in the affiliate's document space (encrypted, the
 * staff's back office shows them there), and the employer's own view of them: only the
 * documents it sent, for its own affiliates (another organisation's id is unknown: 404).
 * The caller has inspected each file ({@code FileInspection.inspect}: PDF, JPEG or PNG
 * whose bytes are what the name says); the document space checks it again.
 */
public interface AffiliateDocuments {

	/** What a document is. */
	enum Kind {

		CARTE_VITALE, PROTECTION_MEASURE;

		public String messageKey() {
			return "employerfiles.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** A file sent with the enrolment form. */
	record Sent(Kind kind, @Nullable String originalName, byte[] content) {

		@Override
		public String toString() {
			return "Sent[" + kind + ", " + content.length + " bytes]";
		}

	}

	/** A document the employer sent, as its affiliate page lists it. */
	record Listed(UUID documentId, Kind kind, Instant sentAt) {

		/** The day it was sent, in France. */
		public java.time.LocalDate sentOn() {
			return java.time.LocalDate.ofInstant(sentAt, fr.integrance.platform.FrenchDates.FRANCE);
		}

	}

	/**
	 * Enrols the employee ({@link AffiliateMovements#enrol}) and keeps the documents in
	 * their document space, all in one transaction: a document refused leaves nobody
	 * enrolled.
	 * @throws fr.integrance.requests.FieldProblemsException a field is refused
	 * @throws DocumentRefusedException a document is refused by the document space
	 */
	Affiliate enrol(UUID organisation, UUID account, Enrolment enrolment, List<Sent> documents);

	/** The documents the employer sent for this affiliate, oldest first. */
	List<Listed> of(UUID organisation, AffiliationId affiliation);

	/**
	 * One of them, to stream (journaled by the document space).
	 * @throws UnknownAffiliateException unknown or foreign affiliate, or a document not
	 * one the employer sent for them
	 */
	Download download(UUID organisation, UUID account, AffiliationId affiliation, UUID document);

	/** The document space refused a file (its French message key). */
	final class DocumentRefusedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final Kind kind;

		private final String messageKey;

		public DocumentRefusedException(Kind kind, String messageKey) {
			super(kind + ": " + messageKey);
			this.kind = kind;
			this.messageKey = messageKey;
		}

		public Kind kind() {
			return kind;
		}

		public String messageKey() {
			return messageKey;
		}

	}

}
