package fr.integrance.employerspace.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.DocumentViews.Download;
import fr.integrance.documents.NewDocument;
import fr.integrance.documents.QuotaExceededException;
import fr.integrance.documents.SpaceId;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.employerspace.Affiliate;
import fr.integrance.employerspace.AffiliateDocuments;
import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.Enrolment;
import fr.integrance.employerspace.UnknownAffiliateException;
import fr.integrance.platform.FileRejectedException;

/**
 * {@link AffiliateDocuments}: the files go to the affiliate's document space (the
 * documents module encrypts and inspects them again), uploaded as the employer
 * ({@link DocumentActor.Kind#EMPLOYER}); table {@code employer_affiliate_document} says
 * which documents of that space the employer sent (ids and kind only).
 */
@Service
@Transactional
@RequiredArgsConstructor
class AffiliateDocumentService implements AffiliateDocuments {

	/** The title as the space lists it (stored: the mutual's working language). */
	static String title(Kind kind) {
		return switch (kind) {
			case CARTE_VITALE -> "Attestation de carte Vitale (iCollectif)";
			case PROTECTION_MEASURE -> "Mesure de protection juridique (iCollectif)";
		};
	}

	private static final String DESCRIPTION = "Transmis par l’employeur avec l’affiliation au contrat collectif.";

	private final AffiliateMovements movements;

	private final DocumentSpaces spaces;

	private final JdbcClient jdbc;

	private final Clock clock;

	@Override
	public Affiliate enrol(UUID organisation, UUID account, Enrolment enrolment, List<Sent> documents) {
		Affiliate affiliate = movements.enrol(organisation, enrolment);
		if (documents.isEmpty()) {
			return affiliate;
		}
		DocumentActor actor = new DocumentActor(DocumentActor.Kind.EMPLOYER, account, null);
		SpaceId space = spaces.spaceOf(SpaceOwner.person(affiliate.person().id().value())).id();
		for (Sent sent : documents) {
			DocumentId document;
			try {
				document = spaces.upload(space, new NewDocument(null, title(sent.kind()), DESCRIPTION,
						sent.originalName(), sent.content(), null, null), actor);
			}
			catch (FileRejectedException refused) {
				throw new DocumentRefusedException(sent.kind(),
						"intake.upload.error." + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			}
			catch (QuotaExceededException full) {
				throw new DocumentRefusedException(sent.kind(), "employerfiles.error.quota");
			}
			jdbc.sql("INSERT INTO employer_affiliate_document (id, organisation_id, affiliation_id, document_id, kind, "
					+ "sent_by, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), organisation, affiliate.affiliation().id().value(), document.value(),
						sent.kind().name(), account, Timestamp.from(clock.instant()))
				.update();
		}
		return affiliate;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Listed> of(UUID organisation, AffiliationId affiliation) {
		return jdbc
			.sql("SELECT document_id, kind, sent_at FROM employer_affiliate_document "
					+ "WHERE organisation_id = ? AND affiliation_id = ? ORDER BY sent_at, kind")
			.params(organisation, affiliation.value())
			.query((rs, row) -> new Listed(rs.getObject("document_id", UUID.class), Kind.valueOf(rs.getString("kind")),
					rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Download download(UUID organisation, UUID account, AffiliationId affiliation, UUID document) {
		Affiliate affiliate = movements.find(organisation, affiliation)
			.orElseThrow(() -> new UnknownAffiliateException(affiliation));
		boolean sent = of(organisation, affiliation).stream().anyMatch(listed -> listed.documentId().equals(document));
		if (!sent) {
			throw new UnknownAffiliateException(affiliation);
		}
		SpaceId space = spaces.findSpace(SpaceOwner.person(affiliate.person().id().value()))
			.orElseThrow(() -> new UnknownAffiliateException(affiliation))
			.id();
		return spaces.download(space, new DocumentId(document), null,
				new DocumentActor(DocumentActor.Kind.EMPLOYER, account, null));
	}

}
