package fr.integrance.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside the module (the authorization matrix, the browser): submitted cases
 * with one attachment.
 */
public final class CaseFixtures {

	/** A case and its attachment. */
	public record CaseWithFile(UUID caseId, UUID attachmentId) {
	}

	private CaseFixtures() {
	}

	/**
	 * A subscription with two dependants whose civility the request does not carry, as
	 * the public form sent them before it asked it: staff must give it when accepting.
	 */
	public static CaseWithFile subscriptionWithFile(ApplicationContext context) {
		try {
			StoredAttachment file = context.getBean(Attachments.class).store("attestation.pdf", TestFiles.pdf(), 0);
			UUID caseId = context.getBean(RequestIntake.class)
				.submitSubscription(RequestIntakeTests.subscription("matrice-" + UUID.randomUUID() + "@example.fr",
						List.of(file.id())))
				.caseId();
			return new CaseWithFile(caseId, file.id());
		}
		catch (FileRejectedException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The same subscription as the public form sends it now: each dependant with their
	 * civility.
	 */
	public static CaseWithFile subscriptionWithCivilitiesWithFile(ApplicationContext context) {
		try {
			StoredAttachment file = context.getBean(Attachments.class).store("attestation.pdf", TestFiles.pdf(), 0);
			UUID caseId = context.getBean(RequestIntake.class)
				.submitSubscription(withCivilities(RequestIntakeTests
					.subscription("civilites-" + UUID.randomUUID() + "@example.fr", List.of(file.id()))))
				.caseId();
			return new CaseWithFile(caseId, file.id());
		}
		catch (FileRejectedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The request with Léa (the partner) as Madame and Tâm (the child) as Monsieur. */
	static SubscriptionRequest withCivilities(SubscriptionRequest request) {
		List<SubscriptionRequest.Dependant> dependants = request.dependants()
			.stream()
			.map(d -> new SubscriptionRequest.Dependant(d.relationship(), d.lastName(), d.firstName(), d.birthDate(),
					d.relationship() == DependantRelationship.PACS_PARTNER ? Civility.MADAME : Civility.MONSIEUR))
			.toList();
		return new SubscriptionRequest(request.subscriber(), request.situation(), dependants, request.planCode(),
				request.marketingConsent(), request.noticeVersion(), request.attachmentIds(), request.language());
	}

}
