package fr.integrance.employerspace.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.employerspace.Affiliate;
import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.AffiliatePage;
import fr.integrance.employerspace.AffiliateQuery;
import fr.integrance.employerspace.AffiliateSort;
import fr.integrance.employerspace.Enrolment;
import fr.integrance.employerspace.Modification;
import fr.integrance.employerspace.Termination;
import fr.integrance.employerspace.UnknownAffiliateException;
import fr.integrance.employerspace.api.MovementBodies.ModificationBody;
import fr.integrance.employerspace.api.MovementBodies.TerminationBody;
import fr.integrance.requests.FieldProblemsException;

/**
 * The payroll API's affiliations: read (paged) and moved (enrol, terminate, modify)
 * through {@link AffiliateMovements}, within the client's organisation only (from its
 * token); an id of another organisation's affiliation is not found, the same as an
 * unknown one. Every POST honours {@code Idempotency-Key}; refused fields answer 422 with
 * one French message per field.
 */
@RestController
@RequestMapping(EmployerApi.BASE + "/affiliations")
@Tag(name = "Affiliations", description = "Salariés affiliés au contrat collectif de l’entreprise")
@SecurityRequirement(name = "oauth2")
class EmployerAffiliationsApiController {

	private final AffiliateMovements movements;

	private final ApiProblems problems;

	private final Idempotency idempotency;

	private final JsonMapper json;

	EmployerAffiliationsApiController(AffiliateMovements movements, ApiProblems problems, Idempotency idempotency,
			JsonMapper json) {
		this.movements = movements;
		this.problems = problems;
		this.idempotency = idempotency;
		this.json = json;
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "Liste paginée des affiliés de l’entreprise, par nom (portée affiliations:read)")
	ResponseEntity<?> list(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "Page, à partir de 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Taille de page, 200 au plus") @RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > AffiliateQuery.MAX_SIZE) {
			return problem(problems.problem(HttpStatus.BAD_REQUEST, "paging", AffiliateQuery.MAX_SIZE));
		}
		ApiCaller caller = ApiCaller.of(jwt);
		AffiliatePage found = movements.search(caller.organisationId(),
				new AffiliateQuery(null, null, null, null, null, AffiliateSort.NAME, false, page, size));
		return ResponseEntity.ok(new AffiliateListView(found.rows().stream().map(AffiliateListView.Item::of).toList(),
				found.page(), found.size(), found.total(), found.pages()));
	}

	@GetMapping(path = "/{affiliation}", produces = "application/json")
	@Operation(summary = "Une affiliation de l’entreprise (portée affiliations:read)")
	ResponseEntity<?> one(@AuthenticationPrincipal Jwt jwt, @PathVariable("affiliation") String affiliationText) {
		ApiCaller caller = ApiCaller.of(jwt);
		return parse(affiliationText).flatMap(id -> movements.find(caller.organisationId(), id))
			.<ResponseEntity<?>>map(affiliate -> ResponseEntity.ok(AffiliationView.of(affiliate)))
			.orElseGet(this::notFound);
	}

	@PostMapping(consumes = "application/json", produces = "application/json")
	@Operation(summary = "Inscrire un salarié (portée affiliations:write)",
			requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = Enrolment.class))))
	ResponseEntity<?> enrol(@AuthenticationPrincipal Jwt jwt,
			@RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String key,
			@org.springframework.web.bind.annotation.RequestBody byte[] body) {
		ApiCaller caller = ApiCaller.of(jwt);
		return idempotency.run(caller, key, "POST", EmployerApi.BASE + "/affiliations", body, () -> {
			Enrolment enrolment = read(body, Enrolment.class);
			if (enrolment == null) {
				return unreadable();
			}
			return moving(() -> {
				Affiliate affiliate = movements.enrol(caller.organisationId(), enrolment);
				return ResponseEntity
					.created(URI.create(EmployerApi.BASE + "/affiliations/" + affiliate.affiliation().id().value()))
					.body(AffiliationView.of(affiliate));
			});
		});
	}

	@PostMapping(path = "/{affiliation}/termination", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Radier un salarié, avec la portabilité que le motif ouvre (portée affiliations:write)",
			requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = TerminationBody.class))))
	ResponseEntity<?> terminate(@AuthenticationPrincipal Jwt jwt, @PathVariable("affiliation") String affiliationText,
			@RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String key,
			@org.springframework.web.bind.annotation.RequestBody byte[] body) {
		ApiCaller caller = ApiCaller.of(jwt);
		Optional<AffiliationId> id = parse(affiliationText);
		if (id.isEmpty()) {
			return notFound();
		}
		return idempotency.run(caller, key, "POST",
				EmployerApi.BASE + "/affiliations/" + affiliationText + "/termination", body, () -> {
					TerminationBody termination = read(body, TerminationBody.class);
					if (termination == null) {
						return unreadable();
					}
					LocalDate lastDay = termination.lastDayOfEmployment();
					TerminationReason reason = termination.reason();
					if (lastDay == null || reason == null) {
						List<ApiProblems.FieldError> missing = new java.util.ArrayList<>();
						if (lastDay == null) {
							missing.add(new ApiProblems.FieldError("lastDayOfEmployment",
									problems.message("employerapi.field.required")));
						}
						if (reason == null) {
							missing.add(new ApiProblems.FieldError("reason",
									problems.message("employerapi.field.required")));
						}
						return problem(problems.invalid(missing));
					}
					return moving(() -> {
						Termination done = movements.terminate(caller.organisationId(), id.get(), lastDay, reason);
						return ResponseEntity.ok(TerminationView.of(done));
					});
				});
	}

	@PostMapping(path = "/{affiliation}/modifications", consumes = "application/json", produces = "application/json")
	@Operation(
			summary = "Modifier un salarié : adresse, situation familiale, régime, coordonnées bancaires, "
					+ "ayant droit ajouté ou retiré, à une date d’effet (portée affiliations:write)",
			requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = ModificationBody.class))))
	ResponseEntity<?> modify(@AuthenticationPrincipal Jwt jwt, @PathVariable("affiliation") String affiliationText,
			@RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String key,
			@org.springframework.web.bind.annotation.RequestBody byte[] body) {
		ApiCaller caller = ApiCaller.of(jwt);
		Optional<AffiliationId> id = parse(affiliationText);
		if (id.isEmpty()) {
			return notFound();
		}
		return idempotency.run(caller, key, "POST",
				EmployerApi.BASE + "/affiliations/" + affiliationText + "/modifications", body, () -> {
					ModificationBody modification = read(body, ModificationBody.class);
					Modification change = modification == null ? null : modification.toModification();
					if (change == null) {
						return modification == null ? unreadable()
								: problem(problems.invalid(List.of(new ApiProblems.FieldError("type",
										problems.message("employerapi.field.type.required")))));
					}
					return moving(() -> ResponseEntity
						.ok(AffiliationView.of(movements.modify(caller.organisationId(), id.get(), change))));
				});
	}

	/** A movement, its refusals turned into problems. */
	private ResponseEntity<?> moving(Supplier<ResponseEntity<?>> movement) {
		try {
			return movement.get();
		}
		catch (UnknownAffiliateException e) {
			return notFound();
		}
		catch (FieldProblemsException e) {
			return problem(problems.invalid(e.problems()
				.stream()
				.map(p -> new ApiProblems.FieldError(p.field(), problems.message(p.messageKey())))
				.toList()));
		}
		catch (InvalidTransitionException e) {
			return problem(problems.problem(HttpStatus.CONFLICT, "conflict"));
		}
	}

	private <T> @Nullable T read(byte[] body, Class<T> type) {
		try {
			return json.readValue(body, type);
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private ResponseEntity<?> unreadable() {
		return problem(problems.problem(HttpStatus.BAD_REQUEST, "unreadable"));
	}

	private ResponseEntity<?> notFound() {
		return problem(problems.problem(HttpStatus.NOT_FOUND, "not-found"));
	}

	private static ResponseEntity<?> problem(org.springframework.http.ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
	}

	static Optional<AffiliationId> parse(String id) {
		try {
			return Optional.of(new AffiliationId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
