package fr.integrance.rights.internal.fulfilment;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.rights.AnswerArchives;

/**
 * The download page's transactions: the state of a link, a code checked and counted, a
 * download journaled. The archive itself is streamed after the transaction, outside it.
 */
@Component
@RequiredArgsConstructor
class ArchiveDownloads implements AnswerArchives {

	private final Archives archives;

	private final AuditJournal journal;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public Optional<Status> state(String token) {
		return archives.byToken(token)
			.map(archive -> new Status(State.valueOf(archives.state(archive).name()), archive.id(), archive.fileName(),
					archive.sizeBytes(), archives.attemptsLeft(archive)));
	}

	/** Checks a code typed on the page; a right one counts as a download. */
	@Override
	@Transactional
	public Optional<Status> attempt(String token, String code) {
		return archives.byToken(token).map(archive -> {
			Archives.Check before = archives.state(archive);
			Archives.Check check = archives.check(archive, code);
			AuditEvent event = switch (check) {
				case OPEN -> {
					archive.downloaded(clock.instant());
					yield AuditEvent.success(AuditActor.anonymous(), JournalActions.ARCHIVE_DOWNLOADED);
				}
				case READY, WRONG -> AuditEvent.failure(AuditActor.anonymous(), JournalActions.ARCHIVE_CODE_WRONG);
				case LOCKED -> before == Archives.Check.LOCKED
						? AuditEvent.denied(AuditActor.anonymous(), JournalActions.ARCHIVE_LOCKED)
						: AuditEvent.failure(AuditActor.anonymous(), JournalActions.ARCHIVE_LOCKED);
				case EXPIRED -> AuditEvent.denied(AuditActor.anonymous(), JournalActions.ARCHIVE_DOWNLOADED);
			};
			journal.record(event.withObject("rights-archive:" + archive.id()));
			return new Status(State.valueOf(check.name()), archive.id(), archive.fileName(), archive.sizeBytes(),
					archives.attemptsLeft(archive));
		});
	}

	/** Opens the archive's plain stream; the caller closes it. */
	@Override
	@Transactional(readOnly = true)
	public java.io.InputStream open(UUID archive) {
		return archives.open(archives.byId(archive).orElseThrow());
	}

}
