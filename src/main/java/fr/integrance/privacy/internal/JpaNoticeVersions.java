package fr.integrance.privacy.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.privacy.LintWarning;
import fr.integrance.privacy.NoticeVersions;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.PublishedNoticeVersion;
import fr.integrance.privacy.Register;

/**
 * Keeps every published notice version. At start-up the register in force is stored under
 * its policy version if that id is new; if the id exists with other content, the register
 * changed without a new version: a lint warning says so (the archived text stays as first
 * published). Several nodes may start together: a concurrent insert of the same id is not
 * an error.
 */
@Component
@RequiredArgsConstructor
class JpaNoticeVersions implements NoticeVersions, ApplicationRunner {

	static final String SOURCE = "privacy_notice_version";

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final ProcessingRegister register;

	private final DefaultRegisterLint lint;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		recordCurrent();
	}

	/**
	 * Stores the register in force under its version id unless stored already; true when
	 * stored now.
	 */
	boolean recordCurrent() {
		Register current = register.current();
		String json = RegisterSnapshots.toJson(current);
		String hash = RegisterSnapshots.sha256(json);
		String versionId = current.policy().version();
		NoticeVersionEntity existing = findEntity(versionId);
		if (existing == null) {
			try {
				transactions.executeWithoutResult(status -> entityManager.persist(
						new NoticeVersionEntity(versionId, current.policy().published(), hash, json, clock.instant())));
				return true;
			}
			catch (DataIntegrityViolationException anotherNodeStoredIt) {
				existing = findEntity(versionId);
				if (existing == null) {
					throw anotherNodeStoredIt;
				}
			}
		}
		if (!existing.contentHash().equals(hash)) {
			lint.report(new LintWarning(LintWarning.Kind.PUBLISHED_VERSION_CHANGED, SOURCE, versionId,
					register.sourceOf("policy") + ": policy version '" + versionId
							+ "' was published with other content (sha-256 " + existing.contentHash().substring(0, 12)
							+ "…, now " + hash.substring(0, 12) + "…): give the changed register a new version"));
		}
		return false;
	}

	private NoticeVersionEntity findEntity(String versionId) {
		return transactions.execute(status -> entityManager.find(NoticeVersionEntity.class, versionId));
	}

	@Override
	public List<Summary> list() {
		return transactions.execute(
				status -> entityManager
					.createQuery("select v from NoticeVersionEntity v order by v.publishedOn desc, v.recordedAt desc",
							NoticeVersionEntity.class)
					.getResultStream()
					.map(NoticeVersionEntity::toSummary)
					.toList());
	}

	@Override
	public Optional<PublishedNoticeVersion> find(String versionId) {
		return Optional.ofNullable(findEntity(versionId)).map(NoticeVersionEntity::toPublished);
	}

}
