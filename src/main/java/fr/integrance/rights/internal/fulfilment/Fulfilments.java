package fr.integrance.rights.internal.fulfilment;

import java.io.IOException;
import java.io.OutputStream;

import fr.integrance.rights.RightsRequestId;

/**
 * Carries out a verified rights request through the privacy SPI
 * ({@link fr.integrance.privacy.PersonalDataProviders},
 * {@link fr.integrance.privacy.SubjectFiles}) and answers it: a letter (PDF) and an
 * e-mail notice through the outbox, never the data itself as an attachment. The request's
 * lifecycle (statuses, deadlines, identity) is the caller's; this is the last step.
 */
public interface Fulfilments {

	/**
	 * The right id of an order that lifts a restriction (the register's rights have no id
	 * for it: the person is told beforehand, Art. 18(3)).
	 */
	String LIFT_RESTRICTION = "restriction-lift";

	/**
	 * Exercises the right for the order's subject (access: an archive behind an expiring
	 * link with a one-time code; portability; erasure row by row; restriction or its
	 * lifting; objection; withdrawal of consent; rectification as recorded by staff),
	 * then answers.
	 */
	FulfilmentReport fulfil(FulfilmentOrder order);

	/**
	 * Answers a refusal: the reasons and the right to complain to the CNIL (Art. 12(4)),
	 * by letter and e-mail notice. Nothing is exercised.
	 */
	FulfilmentReport refuse(FulfilmentOrder order, String reasons);

	/**
	 * Writes the answer letter (PDF) of an answered or refused request.
	 * @throws java.util.NoSuchElementException when the request has no answer yet
	 */
	void writeLetter(RightsRequestId request, OutputStream out) throws IOException;

}
