package fr.integrance.employerspace.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.Affiliations;

/**
 * The payroll API's affiliations: read (paged) and moved (enrol, terminate, modify)
 * within the client's organisation only; an id of another organisation's affiliation is
 * not found, the same as an unknown one.
 */
@RestController
@RequestMapping(EmployerApi.BASE + "/affiliations")
@Tag(name = "Affiliations", description = "Salariés affiliés au contrat collectif de l’entreprise")
@SecurityRequirement(name = "oauth2")
class EmployerAffiliationsApiController {

	static final int MAX_PAGE_SIZE = 200;

	private final Affiliations affiliations;

	private final ApiProblems problems;

	EmployerAffiliationsApiController(Affiliations affiliations, ApiProblems problems) {
		this.affiliations = affiliations;
		this.problems = problems;
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "Liste paginée des affiliations de l’entreprise (portée affiliations:read)")
	ResponseEntity<?> list(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "Page, à partir de 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Taille de page, 200 au plus") @RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			return ResponseEntity.badRequest()
				.contentType(ApiProblems.PROBLEM_JSON)
				.body(problems.problem(HttpStatus.BAD_REQUEST, "paging", MAX_PAGE_SIZE));
		}
		ApiCaller caller = ApiCaller.of(jwt);
		List<AffiliationView> all = affiliations.ofOrganisation(caller.organisationId())
			.stream()
			.map(AffiliationView::of)
			.toList();
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return ResponseEntity
			.ok(new AffiliationPage(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size));
	}

	@GetMapping(path = "/{affiliationId}", produces = "application/json")
	@Operation(summary = "Une affiliation de l’entreprise (portée affiliations:read)")
	ResponseEntity<?> one(@AuthenticationPrincipal Jwt jwt, @PathVariable String affiliationId) {
		ApiCaller caller = ApiCaller.of(jwt);
		return parse(affiliationId).flatMap(id -> affiliations.findForOrganisation(caller.organisationId(), id))
			.<ResponseEntity<?>>map(affiliation -> ResponseEntity.ok(AffiliationView.of(affiliation)))
			.orElseGet(this::notFound);
	}

	ResponseEntity<?> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(ApiProblems.PROBLEM_JSON)
			.body(problems.problem(HttpStatus.NOT_FOUND, "not-found"));
	}

	static java.util.Optional<AffiliationId> parse(String id) {
		try {
			return java.util.Optional.of(new AffiliationId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

}
