package fr.integrance.identity.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.util.ClassUtils;

/**
 * Sessions outlive a release: the session store keeps the signed-in principal serialized,
 * and a session started before an upgrade must still read after it. A class that moved
 * keeps reading under its new name ({@link #MOVED}); an attribute that no longer reads at
 * all is dropped, so that the person is simply signed out rather than refused every page
 * until the session expires.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Serialized classes that moved, by their former name. Same simple name, same fields
	 * and serial version: Java serialization accepts the new class.
	 */
	static final Map<String, String> MOVED = Map.of("fr.integrance.identity.OrganisationId",
			"fr.integrance.organisations.OrganisationId", "fr.integrance.identity.internal.web.PendingSecondFactor",
			PendingSecondFactor.class.getName(), "fr.integrance.identity.internal.web.PendingSecondFactor$Step",
			PendingSecondFactor.Step.class.getName());

	private static final Logger log = LoggerFactory.getLogger(SessionStoreConfiguration.class);

	/**
	 * The store the session filter and the account's session list use: the JDBC one, its
	 * last access written only when stale.
	 */
	@Bean
	static BeanPostProcessor throttledSessionRepository() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? new ThrottledSessionRepository(sessions)
						: bean;
			}
		};
	}

	/**
	 * The store's transactions: none for its reads (one statement each), a new one for
	 * each of its writes ({@link SessionStoreTransactions}). The JDBC store takes the
	 * bean of this name; not a default candidate, so that it is not taken for the
	 * application's {@code TransactionTemplate}, which Spring Boot still provides.
	 */
	@Bean(defaultCandidate = false)
	SessionStoreTransactions springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		return new SessionStoreTransactions(transactionManager);
	}

	/** Session attributes read across releases ({@link AttributeDeserializer}). */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAcrossReleases() {
		ClassLoader classLoader = ClassUtils.getDefaultClassLoader();
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class,
				new DeserializingConverter(new AttributeDeserializer(classLoader)));
		return repository -> repository.setConversionService(conversions);
	}

	/**
	 * Around the session filter: once the request is over, the session its thread saved
	 * is forgotten ({@link ThrottledSessionRepository#endOfRequest()}).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionRequestEnd() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						ThrottledSessionRepository.endOfRequest();
						try {
							chain.doFilter(request, response);
						}
						finally {
							ThrottledSessionRepository.endOfRequest();
						}
					}
				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/**
	 * Reads a session attribute, moved classes under their new name.
	 * <p>
	 * Every signed-in request reads its security context and its CSRF token back from the
	 * store; Java deserialization of the context alone was 5 % of the JVM's time on the
	 * back office's person page (BENCHMARKS.md, issue 19). These two are kept by the
	 * exact bytes they were read from, so that the same bytes are not deserialized again:
	 * the CSRF token is immutable, and each read of a context gets a context of its own
	 * around the authentication read once — which requests of one session then share, as
	 * they share it with sessions held in memory. Any other attribute is read afresh each
	 * time, and a changed attribute has other bytes.
	 */
	static final class AttributeDeserializer implements Deserializer<Object> {

		/** The most attributes kept; past it the whole set is dropped and refilled. */
		static final int KEPT = 4096;

		private final @Nullable ClassLoader classLoader;

		private final Map<Bytes, Object> kept = new ConcurrentHashMap<>();

		AttributeDeserializer(@Nullable ClassLoader classLoader) {
			this.classLoader = classLoader;
		}

		@Override
		@SuppressWarnings("NullAway") // an attribute of an earlier release that no longer
										// reads is dropped as null
		public Object deserialize(InputStream input) throws IOException {
			Bytes bytes = new Bytes(input.readAllBytes());
			Object known = kept.get(bytes);
			if (known != null) {
				return own(known);
			}
			Object read = read(new ByteArrayInputStream(bytes.value));
			if (read != null
					&& (read.getClass() == SecurityContextImpl.class || read.getClass() == DefaultCsrfToken.class)) {
				if (kept.size() >= KEPT) {
					kept.clear();
				}
				kept.put(bytes, read);
				return own(read);
			}
			return read;
		}

		/** What a request gets of a kept attribute: a context of its own. */
		private static Object own(Object kept) {
			if (kept instanceof SecurityContext context) {
				SecurityContextImpl own = new SecurityContextImpl();
				own.setAuthentication(context.getAuthentication());
				return own;
			}
			return kept;
		}

		/** How many attributes are kept. */
		int kept() {
			return kept.size();
		}

		@SuppressWarnings("NullAway") // as above
		private Object read(InputStream input) throws IOException {
			try (ObjectInputStream objects = new ConfigurableObjectInputStream(input, classLoader) {
				@Override
				protected Class<?> resolveClass(ObjectStreamClass description)
						throws IOException, ClassNotFoundException {
					String moved = MOVED.get(description.getName());
					return moved == null ? super.resolveClass(description) : ClassUtils.forName(moved, classLoader);
				}
			}) {
				return objects.readObject();
			}
			catch (ClassNotFoundException | InvalidClassException ex) {
				log.info("A session attribute of an earlier release no longer reads ({}): dropped",
						ex.getClass().getSimpleName());
				return null;
			}
		}

		/** An attribute's serialized form, compared by its content. */
		private static final class Bytes {

			private final byte[] value;

			private final int hash;

			Bytes(byte[] value) {
				this.value = value;
				this.hash = Arrays.hashCode(value);
			}

			@Override
			public boolean equals(@Nullable Object other) {
				return other instanceof Bytes bytes && bytes.hash == hash && Arrays.equals(bytes.value, value);
			}

			@Override
			public int hashCode() {
				return hash;
			}

		}

	}

}
