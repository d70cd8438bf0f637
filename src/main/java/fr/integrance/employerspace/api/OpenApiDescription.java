package fr.integrance.employerspace.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI 3 description that springdoc completes from the controllers.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	@Bean
	OpenAPI payrollOpenApi() {
		return new OpenAPI()
			.info(new Info().title("API paie iCollectif – Mutuelle Intégrance")
				.version("v1")
				.description("Inscription, radiation (avec portabilité) et modification des salariés affiliés "
						+ "au contrat collectif de l’entreprise. Jeton OAuth 2 par identifiants client "
						+ "(POST /oauth2/token), en-tête Idempotency-Key sur les POST, erreurs en "
						+ "application/problem+json, limite de débit par client (429)."))
			.components(new Components().addSecuritySchemes("oauth2",
					new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
						.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(EmployerApi.TOKEN)
							.scopes(new Scopes().addString(ApiScopes.READ, "Lire les affiliations")
								.addString(ApiScopes.WRITE, "Inscrire, radier et modifier"))))));
	}

}
