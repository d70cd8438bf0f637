package fr.integrance.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import fr.integrance.platform.SecurityHeaders;

/**
 * Requests that Tomcat refuses before the application sees them (a malformed URL, an
 * oversized header) get a short French page with the same security headers, instead of
 * Tomcat's English report. It names no server and shows no detail.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(FrenchErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * The security headers of every page, for an answer given before Spring Security's
	 * header writer runs (a request Tomcat or the firewall refuses).
	 */
	static void strictHeaders(HttpServletResponse response) {
		SecurityHeaders.write(response);
		response.setHeader("Cache-Control", "no-store");
	}

	/**
	 * A request Spring Security's firewall refuses (a {@code ;} or an encoded slash in
	 * the path, a control character in a header…) is the French 400 page of the other
	 * refused requests, with the same headers, instead of a bare status.
	 */
	@Bean
	static RequestRejectedHandler frenchRequestRejectedHandler() {
		return (request, response, rejected) -> {
			strictHeaders(response);
			response.sendError(HttpStatus.BAD_REQUEST.value());
		};
	}

	/** Tomcat instantiates it by class name: public with a no-argument constructor. */
	public static class FrenchErrorReportValve extends ErrorReportValve {

		public FrenchErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				strictHeaders(response);
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
							+ "<title>Demande incorrecte</title></head><body><main><h1>Demande incorrecte (" + status
							+ ")</h1><p>La demande envoyée n’a pas pu être traitée. Revenez à "
							+ "<a href=\"/\">l’accueil</a>.</p></main></body></html>");
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The response is already broken; nothing more can be said to the client.
			}
		}

	}

}
