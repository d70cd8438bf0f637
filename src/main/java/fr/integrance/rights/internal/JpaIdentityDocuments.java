package fr.integrance.rights.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditActor;
import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContents;
import fr.integrance.rights.IdentityDocuments;

/**
 * The identity documents sent through the single-use link: looked up by the link's
 * SHA-256, stored encrypted in the document store, the link used up, a step in the
 * request's history and an entry in the audit journal (ids only). A document sent again
 * before staff checked the first replaces it, the first shredded.
 */
@Service
@Transactional
@RequiredArgsConstructor
class JpaIdentityDocuments implements IdentityDocuments {

	private static final int MAX_TOKEN = 100;

	private final ReceivedRequests requests;

	private final RightsRequestSteps steps;

	private final StoredContents contents;

	private final RightsJournal journal;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public Optional<State> state(String token) {
		if (token.isBlank() || token.length() > MAX_TOKEN) {
			return Optional.empty();
		}
		return requests.findByIdentityUpload(JpaRightsRequests.hash(token))
			.map(request -> request.identityUploadOpen(clock.instant()) ? State.OPEN : State.EXPIRED);
	}

	@Override
	public Optional<State> receive(String token, String mediaType, InputStream content) throws IOException {
		if (token.isBlank() || token.length() > MAX_TOKEN) {
			return Optional.empty();
		}
		Optional<RightsRequest> found = requests.findForIdentityUpload(JpaRightsRequests.hash(token));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		RightsRequest request = found.get();
		Instant now = clock.instant();
		if (!request.identityUploadOpen(now)) {
			return Optional.of(State.EXPIRED);
		}
		UUID stored = contents.write(content).id().value();
		UUID previous = request.identityDocumentReceived(stored, mediaType);
		if (previous != null) {
			contents.shred(new ContentId(previous));
		}
		steps.save(request.note("identity-document-received", "ANONYMOUS", null, now));
		journal.record(AuditActor.anonymous(), request, "identity-document-received");
		return Optional.of(State.RECEIVED);
	}

}
