package fr.integrance.statistics.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts page views on the public pages only: not the API, the actuator, the developer
 * tools, static files, nor the extranets and the back office (their use is not audience).
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class StatisticsWebConfiguration implements WebMvcConfigurer {

	private final AudienceStatistics statistics;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageViewInterceptor(statistics))
			.excludePathPatterns("/actuator/**", "/api/**", "/dev/**", "/error", "/webjars/**", "/css/**", "/js/**",
					"/img/**", "/iadherent/**", "/icollectif/**", "/itutelle/**", "/gestion/**", "/dpo/**");
	}

}
