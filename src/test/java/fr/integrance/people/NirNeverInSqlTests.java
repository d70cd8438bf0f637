package fr.integrance.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import fr.integrance.IntegrationTest;
import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.Civility;
import fr.integrance.platform.Nir;

/**
 * The NIR never reaches the database in clear: neither in SQL text nor as a bound
 * parameter, on registration (ciphertext and blind index only) nor on lookup (blind index
 * only). Every statement and parameter is captured below the JPA layer, by wrapping the
 * application's data source.
 */
@IntegrationTest
@Import(NirNeverInSqlTests.CapturingDataSource.class)
class NirNeverInSqlTests {

	/**
	 * Everything sent to the database: SQL texts and the text of each bound parameter.
	 */
	static final Queue<String> SENT = new ConcurrentLinkedQueue<>();

	@Autowired
	People people;

	@Autowired
	BlindIndex blindIndex;

	@Test
	void registerAndFindByNirSendOnlyCiphertextAndBlindIndex() {
		Nir nir = TestNirs.next();
		SENT.clear();

		PersonId id = people.register(
				PeopleIntegrationTests.newPerson(Civility.M, "Sécu", "Aimé", null, LocalDate.of(1985, 1, 1), nir));
		assertThat(people.findByNir(nir)).map(PersonSummary::id).contains(id);
		assertThat(people.find(id).orElseThrow().nir()).isEqualTo(nir);

		List<String> sent = List.copyOf(SENT);
		assertThat(sent).isNotEmpty();
		assertThat(sent).noneMatch(text -> text.contains(nir.normalised()))
			.noneMatch(text -> text.contains(nir.normalised().substring(0, 13)))
			.noneMatch(text -> text.contains(nir.formatted()));
		assertThat(sent).contains(blindIndex.of("person.nir", nir.normalised()));
		assertThat(sent).anyMatch(text -> text.toLowerCase().contains("nir_index"));
	}

	/**
	 * Wraps the data source so that every statement and parameter is recorded in
	 * {@link #SENT}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class CapturingDataSource {

		@Bean
		static BeanPostProcessor capturingDataSourcePostProcessor() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
				}
			};
		}

		@SuppressWarnings("unchecked")
		static <T> T wrap(T target, Class<T> type) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (args != null && args.length > 0 && args[0] instanceof String sql
						&& (method.getName().startsWith("prepare") || method.getName().startsWith("execute")
								|| method.getName().equals("addBatch"))) {
					SENT.add(sql);
				}
				if (target instanceof PreparedStatement && method.getName().startsWith("set") && args != null
						&& args.length >= 2) {
					SENT.add(String.valueOf(args[1]));
				}
				Object result;
				try {
					result = method.invoke(target, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
				if (result instanceof Connection connection && !(result instanceof Proxy)) {
					return wrap(connection, Connection.class);
				}
				if (result instanceof PreparedStatement statement) {
					return wrap(statement,
							method.getReturnType() == java.sql.CallableStatement.class
									? (Class<PreparedStatement>) (Class<?>) java.sql.CallableStatement.class
									: PreparedStatement.class);
				}
				if (result instanceof Statement statement) {
					return wrap(statement, Statement.class);
				}
				return result;
			};
			return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
		}

	}

}
