package fr.integrance.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

/** For tests outside the module (the authorization matrix): a submitted case with one attachment. */
public final class CaseFixtures {

	/** A case and its attachment. */
	public record CaseWithFile(UUID caseId, UUID attachmentId) {
	}

	private CaseFixtures() {
	}

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
}
