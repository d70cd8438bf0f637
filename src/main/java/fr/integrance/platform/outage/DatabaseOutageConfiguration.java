package fr.integrance.platform.outage;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

import fr.integrance.platform.MutualProperties;

/**
 * Wires the outage handling: every {@link DataSource} bean is wrapped in a
 * {@link FailFastDataSource}, and the {@link OutagePageFilter} runs before the session
 * filter (Spring Session's order is {@code Integer.MIN_VALUE + 50}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	static final int FILTER_ORDER = Integer.MIN_VALUE + 40;

	@Bean
	static DatabaseAvailability databaseAvailability(
			@Value("${app.database.probe-interval:PT1S}") Duration probeInterval) {
		return new DatabaseAvailability(probeInterval);
	}

	@Bean
	static BeanPostProcessor failFastDataSources(DatabaseAvailability availability) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof FailFastDataSource)) {
					return new FailFastDataSource(dataSource, availability);
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OutagePageFilter> outagePageFilter(DatabaseAvailability availability,
			@Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales, MutualProperties mutual) {
		FilterRegistrationBean<OutagePageFilter> registration = new FilterRegistrationBean<>(
				new OutagePageFilter(availability, views, locales, mutual));
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

}
