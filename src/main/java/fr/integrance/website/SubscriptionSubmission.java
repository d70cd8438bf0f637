package fr.integrance.website;

import java.util.Objects;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
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
@RequiredArgsConstructor
class SubscriptionSubmission {

	private final Requests requests;

	private final ConsentManagement consents;

	@Transactional
	public SubmittedRequest submit(SubscriptionRequest request, RequestOrigin origin) {
		SubmittedRequest submitted = requests.submit(RequestChannel.WEBSITE, request);
		if (request.marketingConsent()) {
			consents.record(
					DataSubjectRef
						.email(Objects.requireNonNull(request.subscriber().email(), "a valid request has an e-mail")),
					Map.of(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM, origin);
		}
		return submitted;
	}

}
