package fr.integrance.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The embedded profile's SMTP server (GreenMail on 127.0.0.1) and a mail sender pointed
 * at it, so that activation and confirmation e-mails can be read at {@code /dev/mails}
 * without any mail server installed. Port 0 picks a free port (tests run several contexts
 * side by side).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.mail.embedded-smtp.enabled", havingValue = "true")
class EmbeddedSmtpConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail embeddedSmtpServer(@Value("${app.mail.embedded-smtp.port:3025}") int port) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		if (port == 0) {
			setup = setup.dynamicPort();
		}
		return new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	@Bean
	JavaMailSender embeddedMailSender(GreenMail embeddedSmtpServer) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(embeddedSmtpServer.getSmtp().getPort());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
