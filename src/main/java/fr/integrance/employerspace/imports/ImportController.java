package fr.integrance.employerspace.imports;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.apache.commons.csv.CSVPrinter;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.AffiliatePage;
import fr.integrance.employerspace.AffiliateQuery;
import fr.integrance.employerspace.AffiliateSort;
import fr.integrance.employerspace.imports.MovementFile.LineError;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FileInspection;

/**
 * « Import de fichier » ({@code /icollectif/import}): the template, the upload (size
 * limit of the forms, text only: no binary, strict UTF-8), the preview (nothing applied;
 * the file kept encrypted in the session until applied), the application and the error
 * file of the lines refused; and the CSV export of the affiliates list.
 */
@Controller
class ImportController {

	static final String FORM_VIEW = "employerspace/import";

	static final String REPORT_VIEW = "employerspace/import-report";

	static final String PENDING = "employerimport.pending";

	static final String ERRORS = "employerimport.errors";

	private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv");

	private final EmployerImports imports;

	private final AffiliateMovements movements;

	private final FieldEncryption encryption;

	private final FileInspection inspection;

	private final MessageSource messages;

	private final Tika tika = new Tika();

	ImportController(EmployerImports imports, AffiliateMovements movements, FieldEncryption encryption,
			FileInspection inspection, MessageSource messages) {
		this.imports = imports;
		this.movements = movements;
		this.encryption = encryption;
		this.inspection = inspection;
		this.messages = messages;
	}

	/** The file waiting for its application, encrypted for the session. */
	record Pending(String token, String digest, String ciphertext) implements Serializable {

		@Override
		public String toString() {
			return "Pending[" + token + "]";
		}

	}

	/** The last application's refused lines, and the file they came from. */
	record Refused(List<LineError> errors, String token, String ciphertext) implements Serializable {
	}

	@ModelAttribute("audience")
	String audience() {
		return "employer";
	}

	@GetMapping("/icollectif/import")
	String form(Model model) {
		model.addAttribute("maxRows", EmployerImports.MAX_ROWS);
		return FORM_VIEW;
	}

	@GetMapping("/icollectif/import/modele.csv")
	ResponseEntity<byte[]> template() throws IOException {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, MovementFile.FORMAT)) {
			printer.printRecord(MovementFile.COLUMNS);
			printer.printRecord(row("INSCRIPTION", "", "", "cadres", "confort", "01/01/2026", "01/12/2025", "MME",
					"Exemple", "Julie", "", "14/06/1985", "285067512345678", "12 rue de la République", "", "69002",
					"Lyon", "MARRIED", "GENERAL", "CPAM du Rhône", "", "", "", "", "", "", ""));
			printer.printRecord(row("RADIATION", "", "", "", "", "", "", "", "", "", "", "", "285067512345678", "", "",
					"", "", "", "", "", "", "", "", "", "30/06/2026", "licenciement", ""));
			printer.printRecord(row("MODIFICATION", "", "", "", "", "", "", "", "", "", "", "", "285067512345678", "",
					"", "", "", "DIVORCED", "", "", "", "", "", "", "", "", "01/03/2026"));
		}
		return csv(out.toString(), "modele-mouvements-icollectif.csv");
	}

	private static List<String> row(String... cells) {
		return List.of(cells);
	}

	@PostMapping("/icollectif/import")
	String upload(AuthenticatedUser user, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			HttpSession session, Model model) throws IOException {
		model.addAttribute("maxRows", EmployerImports.MAX_ROWS);
		String refusal = refusal(file);
		if (refusal != null || file == null) {
			model.addAttribute("fileError", refusal == null ? "employerimport.file.missing" : refusal);
			return FORM_VIEW;
		}
		byte[] content = file.getBytes();
		try {
			EmployerImports.Preview preview = imports.preview(organisation(user), content);
			String token = UUID.randomUUID().toString();
			session.setAttribute(PENDING, new Pending(token, preview.digest(), encrypt(token, content)));
			model.addAttribute("preview", preview);
			model.addAttribute("errors", preview.errors());
			model.addAttribute("token", token);
			model.addAttribute("lineCount", preview.errors().stream().map(LineError::line).distinct().count());
			return REPORT_VIEW;
		}
		catch (MovementFile.RefusedFileException refused) {
			model.addAttribute("fileError", "employerimport.file." + refused.refusal.name().toLowerCase(Locale.ROOT));
			return FORM_VIEW;
		}
	}

	@PostMapping("/icollectif/import/application")
	String apply(AuthenticatedUser user, @RequestParam(name = "token", defaultValue = "") String token,
			HttpSession session, Model model) {
		Object pending = session.getAttribute(PENDING);
		if (!(pending instanceof Pending file) || !file.token().equals(token)) {
			model.addAttribute("maxRows", EmployerImports.MAX_ROWS);
			model.addAttribute("fileError", "employerimport.file.expired");
			return FORM_VIEW;
		}
		session.removeAttribute(PENDING);
		byte[] content = decrypt(file.token(), file.ciphertext());
		try {
			EmployerImports.Outcome outcome = imports.apply(organisation(user), user.accountId().value(), content);
			session.setAttribute(ERRORS, new Refused(outcome.errors(), file.token(), file.ciphertext()));
			model.addAttribute("outcome", outcome);
			model.addAttribute("errors", outcome.errors());
			model.addAttribute("lineCount", outcome.errors().stream().map(LineError::line).distinct().count());
			return REPORT_VIEW;
		}
		catch (MovementFile.RefusedFileException refused) {
			model.addAttribute("maxRows", EmployerImports.MAX_ROWS);
			model.addAttribute("fileError", "employerimport.file." + refused.refusal.name().toLowerCase(Locale.ROOT));
			return FORM_VIEW;
		}
	}

	/**
	 * The refused lines of the last application, each with its messages in a last column.
	 */
	@GetMapping("/icollectif/import/erreurs.csv")
	ResponseEntity<byte[]> errors(HttpSession session) throws IOException {
		Object kept = session.getAttribute(ERRORS);
		if (!(kept instanceof Refused refused)) {
			throw new fr.integrance.platform.NotFoundException("no import errors");
		}
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, MovementFile.FORMAT)) {
			List<String> header = new java.util.ArrayList<>(MovementFile.COLUMNS);
			header.add(0, "ligne");
			header.add("erreurs");
			printer.printRecord(header);
			for (MovementFile.Line line : MovementFile
				.lines(MovementFile.text(decrypt(refused.token(), refused.ciphertext())), EmployerImports.MAX_ROWS)) {
				String messagesOfLine = refused.errors()
					.stream()
					.filter(error -> error.line() == line.number())
					.map(this::message)
					.collect(Collectors.joining(" | "));
				if (messagesOfLine.isEmpty()) {
					continue;
				}
				List<String> cells = new java.util.ArrayList<>();
				cells.add(Integer.toString(line.number()));
				MovementFile.COLUMNS.forEach(column -> cells.add(MovementFile.neutralised(line.cell(column))));
				cells.add(MovementFile.neutralised(messagesOfLine));
				printer.printRecord(cells);
			}
		}
		catch (MovementFile.RefusedFileException e) {
			throw new fr.integrance.platform.NotFoundException("import file");
		}
		return csv(out.toString(), "erreurs-import-icollectif.csv");
	}

	/** The affiliates list: the columns the employer needs, formulas neutralised. */
	@GetMapping("/icollectif/export.csv")
	ResponseEntity<byte[]> export(AuthenticatedUser user) throws IOException {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, MovementFile.FORMAT)) {
			printer.printRecord("identifiant_affiliation", "nom", "prenoms", "date_naissance", "contrat", "categorie",
					"formule", "etat", "date_debut", "date_fin", "portabilite_jusqu_au");
			int page = 0;
			AffiliatePage found;
			do {
				found = movements.search(organisation(user), new AffiliateQuery(null, null, null, null, null,
						AffiliateSort.NAME, false, page++, AffiliateQuery.MAX_SIZE));
				for (var row : found.rows()) {
					printer.printRecord(row.id().value(), MovementFile.neutralised(row.lastName()),
							MovementFile.neutralised(row.firstNames()),
							row.birthDate().format(MovementFile.FRENCH_DATE),
							MovementFile.neutralised(row.contractReference()), MovementFile.neutralised(row.category()),
							MovementFile.neutralised(row.planCode()), row.state().name(),
							row.startDate().format(MovementFile.FRENCH_DATE),
							row.endDate() == null ? "" : row.endDate().format(MovementFile.FRENCH_DATE),
							row.portabilityUntil() == null ? ""
									: row.portabilityUntil().format(MovementFile.FRENCH_DATE));
				}
			}
			while (found.hasNext());
		}
		return csv(out.toString(), "affilies-icollectif.csv");
	}

	private String message(LineError error) {
		String text = messages.getMessage(error.messageKey(), null, error.messageKey(), Locale.FRENCH);
		return error.column().isEmpty() ? String.valueOf(text) : error.column() + " : " + text;
	}

	private @Nullable String refusal(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return "employerimport.file.missing";
		}
		if (file.getSize() > inspection.maxFileBytes()) {
			return "employerimport.file.too_large";
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		if (!name.toLowerCase(Locale.ROOT).endsWith(".csv") && !name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
			return "employerimport.file.type";
		}
		try {
			if (!TEXT_TYPES.contains(tika.detect(file.getBytes()))) {
				return "employerimport.file.binary";
			}
		}
		catch (IOException e) {
			return "employerimport.file.binary";
		}
		return null;
	}

	private String encrypt(String token, byte[] content) {
		return encryption.encrypt(new String(content, StandardCharsets.ISO_8859_1), context(token));
	}

	private byte[] decrypt(String token, String ciphertext) {
		return encryption.decrypt(ciphertext, context(token)).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static FieldContext context(String token) {
		return new FieldContext("http_session", "employer_import", token);
	}

	private static ResponseEntity<byte[]> csv(String text, String name) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	private static UUID organisation(AuthenticatedUser user) {
		return user.organisation()
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no organisation"))
			.value();
	}

}
