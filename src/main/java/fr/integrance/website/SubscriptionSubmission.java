package fr.integrance.website;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.requests.RequestIntake;
import fr.integrance.requests.SubmittedRequest;
import fr.integrance.requests.SubscriptionRequest;

/**
 * Sends a subscription request: the case in the requests module and, when the box «
 * J’accepte de recevoir les offres… » was ticked (never pre-ticked), a marketing consent
 * record in the consent module, both in one transaction: a request never exists without
 * the proof of the consent it carries, nor a consent without its request. The prospect is
 * no person yet, so the consent's subject is their e-mail address
 * ({@link DataSubjectRef#journalRef()}); the record names the notice version in force,
 * the one the form showed and the payload keeps.
 */
@Service
class SubscriptionSubmission {

	private final RequestIntake intake;

	private final ConsentManagement consents;

	SubscriptionSubmission(RequestIntake intake, ConsentManagement consents) {
		this.intake = intake;
		this.consents = consents;
	}

	@Transactional
	public SubmittedRequest submit(SubscriptionRequest request, RequestOrigin origin) {
		SubmittedRequest submitted = intake.submitSubscription(request);
		if (request.marketingConsent()) {
			consents.record(DataSubjectRef.email(request.subscriber().email()),
					Map.of(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM, origin);
		}
		return submitted;
	}

}
