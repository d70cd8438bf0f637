package fr.integrance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.documents.DocumentsTestConfiguration.TestCaseRetention;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.SubjectFile;
import fr.integrance.privacy.SubjectFiles;
import fr.integrance.requests.TestFiles;

/**
 * A person's files for the access export archive ({@link SubjectFiles}): their own space
 * and the spaces of the cases that concern them, never another person's; contents
 * streamed back byte for byte; a crypto-shredded file left out of the list (and an
 * {@link IOException} if copied anyway). Erasure reaches the documents of those cases:
 * crypto-shredded where the case's retention allows it, otherwise kept under its rule.
 */
@DocumentsTest
class DocumentSubjectFilesTests {

	@Autowired
	DocumentSpaces spaces;

	@Autowired
	List<SubjectFiles> subjectFiles;

	@Autowired
	StoredContents contents;

	@Autowired
	PersonalDataProviders privacy;

	@Autowired
	TestCaseRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	UUID person;

	DocumentActor me;

	SubjectFiles documents;

	@BeforeEach
	void person() {
		person = UUID.randomUUID();
		me = new DocumentActor(DocumentActor.Kind.OWNER, UUID.randomUUID(), person);
		documents = subjectFiles.stream().filter(files -> files.module().equals("documents")).findFirst().orElseThrow();
	}

	@Test
	void aPersonsFilesAreTheirSpaceAndTheirCasesNeverAnotherPersons() throws Exception {
		SpaceId own = spaces.spaceOf(SpaceOwner.person(person)).id();
		FolderId papers = spaces.createFolder(own, null, "Papiers", me);
		upload(own, papers, "releve.png", TestFiles.png());
		upload(own, papers, "releve.png", TestFiles.png());
		upload(own, null, "attestation.pdf", TestFiles.pdf());
		UUID caseId = UUID.randomUUID();
		spaces.caseConcerns(caseId, person);
		upload(spaces.spaceOf(SpaceOwner.caseFile(caseId)).id(), null, "justificatif.pdf", TestFiles.pdf());
		UUID other = UUID.randomUUID();
		upload(spaces.spaceOf(SpaceOwner.person(other)).id(), null, "autre.pdf", TestFiles.pdf());
		UUID otherCase = UUID.randomUUID();
		spaces.caseConcerns(otherCase, other);
		upload(spaces.spaceOf(SpaceOwner.caseFile(otherCase)).id(), null, "autre-demande.pdf", TestFiles.pdf());
		UUID nobodysCase = UUID.randomUUID();
		spaces.caseConcerns(nobodysCase, null);
		upload(spaces.spaceOf(SpaceOwner.caseFile(nobodysCase)).id(), null, "anonyme.pdf", TestFiles.pdf());

		List<SubjectFile> files = documents.files(DataSubjectRef.person(person));

		assertThat(files).extracting(SubjectFile::path)
			.containsExactlyInAnyOrder("Mon espace/Papiers/releve.png", "Mon espace/Papiers/releve (2).png",
					"Mon espace/attestation.pdf", "Demandes/" + caseId + "/justificatif.pdf");
		assertThat(files).allSatisfy(file -> {
			assertThat(file.module()).isEqualTo("documents");
			assertThat(file.category()).isEqualTo("documents");
		});
		SubjectFile png = files.stream().filter(file -> file.path().endsWith(".png")).findFirst().orElseThrow();
		assertThat(png.mediaType()).isEqualTo("image/png");
		assertThat(png.size()).isEqualTo(TestFiles.png().length);
		ByteArrayOutputStream copied = new ByteArrayOutputStream();
		documents.copy(png, copied);
		assertThat(copied.toByteArray()).isEqualTo(TestFiles.png());

		assertThat(documents.files(DataSubjectRef.person(other))).extracting(SubjectFile::path)
			.containsExactlyInAnyOrder("Mon espace/autre.pdf", "Demandes/" + otherCase + "/autre-demande.pdf");
		assertThat(documents.files(DataSubjectRef.person(UUID.randomUUID()))).isEmpty();
		assertThat(documents.files(DataSubjectRef.account(person.toString()))).isEmpty();
	}

	/**
	 * Decided: a crypto-shredded file is left out of the list (its rows, in the export,
	 * still describe it; there is nothing left to hand over), and copying it anyway is an
	 * {@link IOException}.
	 */
	@Test
	void aCryptoShreddedFileIsLeftOutAndCannotBeCopied() throws Exception {
		SpaceId own = spaces.spaceOf(SpaceOwner.person(person)).id();
		upload(own, null, "garde.pdf", TestFiles.pdf());
		DocumentId shredded = upload(own, null, "perdu.pdf", TestFiles.pdf());
		SubjectFile before = documents.files(DataSubjectRef.person(person))
			.stream()
			.filter(file -> file.path().endsWith("perdu.pdf"))
			.findFirst()
			.orElseThrow();

		contentsOf(shredded).forEach(contents::shred);

		assertThat(documents.files(DataSubjectRef.person(person))).extracting(SubjectFile::path)
			.containsExactly("Mon espace/garde.pdf");
		assertThatThrownBy(() -> documents.copy(before, new ByteArrayOutputStream())).isInstanceOf(IOException.class);
	}

	@Test
	void erasureShredsTheDocumentsOfTheCasesThatAllowItAndKeepsTheOthersUnderTheirRule() throws Exception {
		UUID closed = UUID.randomUUID();
		spaces.caseConcerns(closed, person);
		SpaceId closedSpace = spaces.spaceOf(SpaceOwner.caseFile(closed)).id();
		DocumentId erasable = upload(closedSpace, null, "ancien.pdf", TestFiles.pdf());
		UUID held = UUID.randomUUID();
		spaces.caseConcerns(held, person);
		retention.hold(held, new CaseDocumentsRetention.Hold("member-contract-6y", LocalDate.of(2033, 1, 1)));
		DocumentId kept = upload(spaces.spaceOf(SpaceOwner.caseFile(held)).id(), null, "contrat.pdf", TestFiles.pdf());
		UUID underWay = UUID.randomUUID();
		spaces.caseConcerns(underWay, person);
		retention.hold(underWay, new CaseDocumentsRetention.Hold(null, null));
		DocumentId deferred = upload(spaces.spaceOf(SpaceOwner.caseFile(underWay)).id(), null, "en-cours.pdf",
				TestFiles.pdf());
		List<ContentId> shredded = contentsOf(erasable);

		List<ErasureOutcome> outcomes = privacy.eraseOrAnonymise(DataSubjectRef.person(person))
			.stream()
			.filter(outcome -> outcome.module().equals("documents"))
			.toList();

		assertThat(shredded).isNotEmpty().noneMatch(contents::readable);
		assertThat(count("select count(*) from document where id = ?", erasable.value())).isZero();
		// the case's space stays with the case
		assertThat(spaces.findSpace(SpaceOwner.caseFile(closed))).map(DocumentViews.Space::id).contains(closedSpace);
		assertThat(contentsOf(kept)).isNotEmpty().allMatch(contents::readable);
		assertThat(contentsOf(deferred)).isNotEmpty().allMatch(contents::readable);
		assertThat(outcomes).filteredOn(outcome -> outcome.result() == ErasureOutcome.Result.KEPT)
			.isNotEmpty()
			.allSatisfy(outcome -> {
				assertThat(outcome.rule()).isEqualTo("member-contract-6y");
				assertThat(outcome.keptUntil()).isEqualTo(LocalDate.of(2033, 1, 1));
			});
		assertThat(outcomes).anyMatch(outcome -> outcome.result() == ErasureOutcome.Result.DEFERRED);
		assertThat(outcomes).anyMatch(outcome -> outcome.result() == ErasureOutcome.Result.ERASED);
	}

	private DocumentId upload(SpaceId space, FolderId folder, String name, byte[] content) throws Exception {
		return spaces.upload(space, new NewDocument(folder, name, null, name, content, null, null), me);
	}

	private List<ContentId> contentsOf(DocumentId id) {
		return jdbc
			.queryForList("select content_id from document_version where document_id = ?", UUID.class, id.value())
			.stream()
			.map(ContentId::new)
			.toList();
	}

	private int count(String sql, Object... arguments) {
		Integer found = jdbc.queryForObject(sql, Integer.class, arguments);
		return found == null ? 0 : found;
	}

}
