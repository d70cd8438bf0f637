package fr.integrance.requests.internal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.ContractId;
import fr.integrance.people.PersonId;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestPayload;
import fr.integrance.requests.RequestType;

/**
 * Everything the module knows of one request type beyond its payload record: one bean per
 * type, in the type's own package under this one ({@code internal.subscription}…). The
 * case workflow asks it, never the type's name: the register purpose per channel, the
 * acknowledgement, the rules of a request and of its acceptance, what accepting it does
 * to the domain, and the back-office fragment that shows it. See the README, « Adding a
 * request type ».
 *
 * @param <P> the payload record of the type
 */
public abstract class RequestTypeHandler<P extends RequestPayload> {

	private final Class<P> payloadType;

	private final RequestType type;

	protected RequestTypeHandler(Class<P> payloadType) {
		this.payloadType = payloadType;
		this.type = RequestType.of(payloadType);
	}

	public final RequestType type() {
		return type;
	}

	/**
	 * The register purpose id under which a request of this type from that channel is
	 * processed (each channel is its own processing activity).
	 */
	public abstract String purposeOn(RequestChannel channel);

	/** The keys of the acknowledgement mailed when such a request arrives. */
	public abstract Acknowledgement acknowledgement();

	/**
	 * The acknowledgement of such a request sent from that channel: by default
	 * {@link #acknowledgement()}; a type sent from several spaces tells each sender where
	 * to follow it.
	 */
	public Acknowledgement acknowledgementOn(RequestChannel channel) {
		return acknowledgement();
	}

	/**
	 * The back-office fragment that shows the payload and what accepting asks:
	 * {@code templates/backoffice/cases/types/<name>.html}.
	 */
	public abstract String view();

	/**
	 * The rules of this type a request breaks beyond its form's (each with its field in
	 * the payload and a French message key); none by default.
	 */
	protected List<FieldProblem> check(P payload) {
		return List.of();
	}

	/**
	 * What an acceptance of such a request lacks (fields of {@link Acceptance}); none by
	 * default.
	 */
	protected List<FieldProblem> checkAcceptance(P payload, Acceptance acceptance) {
		return List.of();
	}

	/**
	 * Whether the acceptance's answer is sent to the sender (and kept in the thread)
	 * rather than kept as a note of the decision.
	 */
	public boolean answersSender() {
		return false;
	}

	/**
	 * What accepting the request does to the domain, in the acceptance's transaction,
	 * once its rules are met: a failure rolls the whole decision back. Nothing by
	 * default.
	 * @param acceptedOn the acceptance date in France
	 */
	protected Outcome apply(P payload, Acceptance acceptance, LocalDate acceptedOn) {
		return Outcome.NOTHING;
	}

	final List<FieldProblem> checkPayload(RequestPayload payload) {
		return check(payloadType.cast(payload));
	}

	final List<FieldProblem> checkAcceptanceOf(RequestPayload payload, Acceptance acceptance) {
		return checkAcceptance(payloadType.cast(payload), acceptance);
	}

	final Outcome applyTo(RequestPayload payload, Acceptance acceptance, LocalDate acceptedOn) {
		return apply(payloadType.cast(payload), acceptance, acceptedOn);
	}

	/**
	 * The acknowledgement of a request: its subject (with the reference as argument), the
	 * paragraph saying it was received (idem) and the one saying what happens next.
	 */
	public record Acknowledgement(String subjectKey, String receivedKey, String nextKey) {
	}

	/** What accepting created in the domain; both null when nothing. */
	public record Outcome(@Nullable PersonId person, @Nullable ContractId contract) {

		public static final Outcome NOTHING = new Outcome(null, null);

	}

}
