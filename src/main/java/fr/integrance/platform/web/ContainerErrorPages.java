package fr.integrance.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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
				SecurityHeaders.write(response);
				response.setHeader("Cache-Control", "no-store");
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
