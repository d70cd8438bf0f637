package fr.integrance.platform.web.submission;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Wires submission keys: the filter just after the security filters, and the hidden field
 * composed with Spring Security's {@code requestDataValueProcessor} (the bean, under that
 * name, that Thymeleaf asks for the CSRF field), so that both fields are written.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionKeyConfiguration {

	/** The bean name Spring's view technologies look up. */
	static final String PROCESSOR_BEAN = "requestDataValueProcessor";

	@Bean
	FilterRegistrationBean<SubmissionKeyFilter> submissionKeyFilterRegistration(SubmissionKeys keys,
			SubmissionKeyProperties properties, ObjectProvider<FlashMapManager> flashMaps) {
		FilterRegistrationBean<SubmissionKeyFilter> registration = new FilterRegistrationBean<>(
				new SubmissionKeyFilter(keys, properties, flashMaps));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		registration.setName("submissionKeyFilter");
		return registration;
	}

	@Bean
	static BeanPostProcessor submissionKeyFieldsPostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (PROCESSOR_BEAN.equals(beanName) && bean instanceof RequestDataValueProcessor processor
						&& !(bean instanceof SubmissionKeyFields)) {
					return new SubmissionKeyFields(processor);
				}
				return bean;
			}
		};
	}

}
