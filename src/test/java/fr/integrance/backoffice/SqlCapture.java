package fr.integrance.backoffice;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records what reaches the database while {@link #start()}ed: every SQL text (JPA, JDBC,
 * native) and every value bound to it, strings and bytes alike, so that a test can prove
 * a value never left the application in clear. The data source is wrapped at the JDBC
 * level, below Hibernate and any {@code JdbcTemplate}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlCapture {

	private static final List<String> captured = Collections.synchronizedList(new ArrayList<>());

	private static volatile boolean recording;

	@Bean
	static BeanPostProcessor sqlCapturingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof Capturing) ? new Capturing(dataSource)
						: bean;
			}
		};
	}

	public static void start() {
		captured.clear();
		recording = true;
	}

	/**
	 * Stops recording and returns the SQL texts and bound values seen since
	 * {@link #start()}.
	 */
	public static List<String> stop() {
		recording = false;
		synchronized (captured) {
			return List.copyOf(captured);
		}
	}

	private static void record(String text) {
		if (recording && text != null) {
			captured.add(text);
		}
	}

	private static void recordValue(Object value) {
		if (value instanceof byte[] bytes) {
			record(new String(bytes, StandardCharsets.UTF_8));
			record(HexFormat.of().formatHex(bytes));
		}
		else if (value != null) {
			record(String.valueOf(value));
		}
	}

	static final class Capturing extends DelegatingDataSource {

		Capturing(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			return (Connection) proxy(Connection.class, target, (method, args) -> {
				if (args != null && args.length > 0 && args[0] instanceof String sql
						&& (method.getName().startsWith("prepare") || method.getName().equals("nativeSQL"))) {
					record(sql);
				}
				Object result = invoke(target, method, args);
				if (result instanceof PreparedStatement statement) {
					Class<?> type = method.getReturnType().isInterface() ? method.getReturnType()
							: PreparedStatement.class;
					return proxy(type, statement, statementHandler(statement));
				}
				if (result instanceof Statement statement) {
					return proxy(Statement.class, statement, statementHandler(statement));
				}
				return result;
			});
		}

		private static Handler statementHandler(Statement target) {
			return (method, args) -> {
				if (args != null && method.getName().startsWith("set") && args.length >= 2
						&& args[0] instanceof Integer) {
					recordValue(args[1]);
				}
				if (args != null && args.length > 0 && args[0] instanceof String sql
						&& (method.getName().startsWith("execute") || method.getName().equals("addBatch"))) {
					record(sql);
				}
				return invoke(target, method, args);
			};
		}

	}

	interface Handler {

		Object handle(Method method, Object[] args) throws Throwable;

	}

	private static Object proxy(Class<?> type, Object target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return target;
			}
			return handler.handle(method, args);
		};
		return Proxy.newProxyInstance(SqlCapture.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

}
