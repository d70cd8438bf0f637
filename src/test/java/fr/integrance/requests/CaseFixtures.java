package fr.integrance.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.springframework.context.ApplicationContext;

import fr.integrance.contracts.DependantType;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.PostalAddress;

/**
 * The requests module's test fixtures, for its own tests and the others' (the
 * authorization matrix, the back office, the browser): payloads and submitted cases with
 * one attachment.
 */
public final class CaseFixtures {

	/** A case and its attachment. */
	public record CaseWithFile(CaseId caseId, AttachmentId attachmentId) {
	}

	/** A member's case sent from their space, and its file. */
	public record MemberCase(String reference, AttachmentId attachmentId) {
	}

	private CaseFixtures() {
	}

	/**
	 * A question sent from iAdhérent by the person, with one file: theirs from the start.
	 */
	public static MemberCase memberCaseWithFile(ApplicationContext context, PersonId person) {
		try {
			StoredAttachment file = context.getBean(Attachments.class).store("attestation.pdf", TestFiles.pdf(), 0);
			Solicitation question = new Solicitation(
					"Ma question", "Où en est mon dossier ?", new Solicitation.Contact(null, "Martin", "Paul",
							"membre-" + UUID.randomUUID() + "@example.fr", null, null),
					"2026.1", List.of(file.id()), "fr");
			SubmittedRequest submitted = context.getBean(Requests.class)
				.submit(RequestChannel.MEMBERSPACE, question, person);
			return new MemberCase(submitted.reference(), file.id());
		}
		catch (FileRejectedException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Minh's subscription for himself, his PACS partner Léa and their child Tâm, whose
	 * civilities it does not carry (as the public form sent them before it asked them).
	 */
	public static SubscriptionRequest subscription(String email, List<AttachmentId> attachmentIds) {
		return new SubscriptionRequest(
				new SubscriptionRequest.Subscriber(Civility.M, "Nguyễn", "Minh", null, LocalDate.of(1979, 11, 3),
						"+33 6 12 34 56 78", email,
						PostalAddress.of(List.of("3 allée des Tilleuls", "Bâtiment B"), "20000", "Ajaccio", "FR")),
				new SubscriptionRequest.Situation(MandatoryScheme.ALSACE_MOSELLE, "CPAM du Bas-Rhin",
						FamilySituation.CIVIL_PARTNERSHIP),
				List.of(new SubscriptionRequest.Dependant(DependantType.PACS_PARTNER, "Durand", "Léa",
						LocalDate.of(1981, 1, 31)),
						new SubscriptionRequest.Dependant(DependantType.CHILD, "Nguyễn", "Tâm",
								LocalDate.of(2020, 2, 29))),
				"essentielle", true, "2026.1", attachmentIds, "fr");
	}

	/** The request with Léa (the partner) as Madame and Tâm (the child) as Monsieur. */
	public static SubscriptionRequest withCivilities(SubscriptionRequest request) {
		List<SubscriptionRequest.Dependant> dependants = request.dependants()
			.stream()
			.map(d -> new SubscriptionRequest.Dependant(d.relationship(), d.lastName(), d.firstName(), d.birthDate(),
					d.relationship() == DependantType.PACS_PARTNER ? Civility.MME : Civility.M))
			.toList();
		return new SubscriptionRequest(request.subscriber(), request.situation(), dependants, request.planCode(),
				request.marketingConsent(), request.noticeVersion(), request.attachmentIds(), request.language());
	}

	/** A question from Paul Martin, a prospect. */
	public static Solicitation solicitation(String subject, String email) {
		return new Solicitation(subject, "Où en est mon dossier ?",
				new Solicitation.Contact(null, "Martin", "Paul", email, null, null), "2026.1", List.of(), "fr");
	}

	/**
	 * A subscription with two dependants whose civility the request does not carry, as
	 * the public form sent them before it asked it: staff must give it when accepting.
	 */
	public static CaseWithFile subscriptionWithFile(ApplicationContext context) {
		return submittedWithFile(context, CaseFixtures::subscription, "matrice");
	}

	/**
	 * The same subscription as the public form sends it now: each dependant with their
	 * civility.
	 */
	public static CaseWithFile subscriptionWithCivilitiesWithFile(ApplicationContext context) {
		return submittedWithFile(context, (email, files) -> withCivilities(subscription(email, files)), "civilites");
	}

	private static CaseWithFile submittedWithFile(ApplicationContext context,
			BiFunction<String, List<AttachmentId>, SubscriptionRequest> request, String name) {
		try {
			StoredAttachment file = context.getBean(Attachments.class).store("attestation.pdf", TestFiles.pdf(), 0);
			CaseId caseId = context.getBean(Requests.class)
				.submit(RequestChannel.WEBSITE,
						request.apply(name + "-" + UUID.randomUUID() + "@example.fr", List.of(file.id())))
				.caseId();
			return new CaseWithFile(caseId, file.id());
		}
		catch (FileRejectedException e) {
			throw new IllegalStateException(e);
		}
	}

}
