package fr.integrance.website;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.PostalAddress;
import fr.integrance.platform.PostalCode;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubscriptionRequest;

/**
 * What the visitor has typed so far, kept server-side in the HTTP session between steps
 * (and on a step back or an error), so that nothing is lost and nothing has to travel in
 * hidden fields. Serialisable: sessions may be stored in the database when the site runs
 * on several nodes.
 */
final class SubscriptionDraft implements Serializable {

	private static final long serialVersionUID = 1L;
	static final String SESSION_KEY = SubscriptionDraft.class.getName();

	private SubscriptionForms.Identity identity = SubscriptionForms.Identity.empty();

	private SubscriptionForms.Situation situation = SubscriptionForms.Situation.empty();

	private SubscriptionForms.Dependants dependants = SubscriptionForms.Dependants.empty();

	private SubscriptionForms.Plan plan = SubscriptionForms.Plan.empty();

	private SubscriptionForms.Documents documents = SubscriptionForms.Documents.empty();

	private final List<StoredAttachment> attachments = new ArrayList<>();

	private final EnumSet<SubscriptionStep> completed = EnumSet.noneOf(SubscriptionStep.class);

	/**
	 * The session's draft, a new one when there is none or when it cannot be read back (a
	 * draft kept by an earlier version of the form, whose values have since changed
	 * type).
	 */
	static SubscriptionDraft of(HttpSession session) {
		SubscriptionDraft draft = SessionValues.read(session, SESSION_KEY, SubscriptionDraft.class);
		if (draft == null) {
			draft = new SubscriptionDraft();
			session.setAttribute(SESSION_KEY, draft);
		}
		return draft;
	}

	static void clear(HttpSession session) {
		session.removeAttribute(SESSION_KEY);
	}

	/**
	 * Writes the draft back so that a session store that serialises attributes sees the
	 * change.
	 */
	void saveTo(HttpSession session) {
		session.setAttribute(SESSION_KEY, this);
	}

	/** The first step not yet completed: the furthest a visitor may go. */
	SubscriptionStep furthestReachable() {
		for (SubscriptionStep step : SubscriptionStep.values()) {
			if (step != SubscriptionStep.SUMMARY && !completed.contains(step)) {
				return step;
			}
		}
		return SubscriptionStep.SUMMARY;
	}

	boolean reachable(SubscriptionStep step) {
		return step.ordinal() <= furthestReachable().ordinal();
	}

	void markCompleted(SubscriptionStep step, boolean done) {
		if (done) {
			completed.add(step);
		}
		else {
			completed.remove(step);
		}
	}

	Set<SubscriptionStep> completed() {
		return EnumSet.copyOf(completed);
	}

	public SubscriptionForms.Identity identity() {
		return identity;
	}

	void identity(SubscriptionForms.Identity identity) {
		this.identity = identity;
	}

	public SubscriptionForms.Situation situation() {
		return situation;
	}

	void situation(SubscriptionForms.Situation situation) {
		this.situation = situation;
	}

	public SubscriptionForms.Dependants dependants() {
		return dependants;
	}

	void dependants(SubscriptionForms.Dependants dependants) {
		this.dependants = dependants;
	}

	public SubscriptionForms.Plan plan() {
		return plan;
	}

	void plan(SubscriptionForms.Plan plan) {
		this.plan = plan;
	}

	public SubscriptionForms.Documents documents() {
		return documents;
	}

	void documents(SubscriptionForms.Documents documents) {
		this.documents = documents;
	}

	public List<StoredAttachment> attachments() {
		return attachments;
	}

	/**
	 * The request as far as the draft goes: what a visitor has typed so far, for the
	 * rules of the request type to be checked at each step, and the whole request once
	 * every step is valid. A value its form would refuse (a phone number, an address)
	 * stands as none until it is corrected.
	 */
	SubscriptionRequest toRequest(String noticeVersion, Locale locale) {
		return new SubscriptionRequest(
				new SubscriptionRequest.Subscriber(identity.civility(), identity.lastName(), identity.firstName(),
						identity.birthName(), identity.birthDate(), phone(identity.phone()), identity.email(),
						address(identity)),
				new SubscriptionRequest.Situation(situation.scheme(), situation.fund(), situation.familySituation()),
				dependants.dependants()
					.stream()
					.map(d -> new SubscriptionRequest.Dependant(d.relationship(), d.lastName(), d.firstName(),
							d.birthDate(), d.civility()))
					.toList(),
				plan.planCode(), documents.marketingConsent(), noticeVersion,
				attachments.stream().map(StoredAttachment::id).toList(), locale.getLanguage());
	}

	private static @Nullable String phone(@Nullable String typed) {
		try {
			return FormText.phone(typed);
		}
		catch (InvalidValueException ex) {
			return null;
		}
	}

	private static @Nullable PostalAddress address(SubscriptionForms.Identity identity) {
		try {
			return PostalAddress.french(Arrays.asList(identity.addressLine1(), identity.addressLine2()),
					PostalCode.of(identity.postalCode()), identity.city());
		}
		catch (InvalidValueException ex) {
			return null;
		}
	}

}
