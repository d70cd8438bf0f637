package fr.integrance.website.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.privacy.Register;
import fr.integrance.website.privacy.NoticeView.BasisRightsRow;
import fr.integrance.website.privacy.NoticeView.ChangeView;
import fr.integrance.website.privacy.NoticeView.ChannelView;
import fr.integrance.website.privacy.NoticeView.CookieView;
import fr.integrance.website.privacy.NoticeView.GroupView;
import fr.integrance.website.privacy.NoticeView.LabelledText;
import fr.integrance.website.privacy.NoticeView.PurposeView;
import fr.integrance.website.privacy.NoticeView.RetentionView;
import fr.integrance.website.privacy.NoticeView.RightView;

/** Builds the notice's view from a register (the current one or an archived snapshot). */
@Component
@RequiredArgsConstructor
class NoticeViews {

	private final org.springframework.context.MessageSource messages;

	NoticeView of(Register register, Locale locale) {
		Register.Controller controller = register.controller();
		Register.Dpo dpo = register.dpo();
		Register.Authority authority = register.authority();
		Register.Policy policy = register.policy();
		List<ChannelView> channels = register.channels()
			.stream()
			.map(channel -> new ChannelView(channel.id(), text(channel.label(), channel.labelEn(), locale),
					channel.collection()
						.stream()
						.map(group -> new GroupView(text(group.intro(), group.introEn(), locale),
								group.items()
									.stream()
									.map(item -> new LabelledText(
											label(register.dataCategory(item.category()), Register.DataCategory::label,
													Register.DataCategory::labelEn, item.category(), locale),
											text(item.details(), item.detailsEn(), locale)))
									.toList()))
						.toList(),
					register.purposesOf(channel.id()).stream().map(p -> purpose(register, p, locale)).toList()))
			.toList();
		List<RightView> rights = register.rights()
			.stream()
			.map(right -> new RightView(right.id(), text(right.label(), right.labelEn(), locale), right.article(),
					text(right.description(), right.descriptionEn(), locale),
					right.cases().stream().map(c -> text(c.text(), c.textEn(), locale)).toList(),
					register.legalBasesOpening(right.id())
						.stream()
						.map(b -> text(b.label(), b.labelEn(), locale))
						.toList()))
			.toList();
		List<BasisRightsRow> matrix = register.legalBases()
			.stream()
			.map(basis -> new BasisRightsRow(text(basis.label(), basis.labelEn(), locale),
					register.rights().stream().map(r -> basis.rights().contains(r.id())).toList()))
			.toList();
		Register.Security security = register.security() == null ? new Register.Security(List.of(), List.of())
				: register.security();
		Register.Transfers transfers = register.transfers() == null ? new Register.Transfers("", "", List.of())
				: register.transfers();
		return new NoticeView(controller.name(), text(controller.legalForm(), controller.legalFormEn(), locale),
				controller.sirenFormatted(), controller.address(), controller.website(),
				text(dpo.title(), dpo.titleEn(), locale), dpo.email(), dpo.address(), authority.name(),
				authority.fullName(), authority.complaintSite(), authority.address(), policy.version(),
				policy.published(),
				policy.changes()
					.stream()
					.map(change -> new ChangeView(change.version(), change.date(),
							text(change.summary(), change.summaryEn(), locale)))
					.toList(),
				channels,
				register.recipients()
					.stream()
					.map(r -> new LabelledText(text(r.label(), r.labelEn(), locale),
							text(r.description(), r.descriptionEn(), locale)))
					.toList(),
				text(transfers.storage(), transfers.storageEn(), locale),
				transfers.safeguards().stream().map(s -> text(s.label(), s.labelEn(), locale)).toList(),
				register.retentionRules()
					.stream()
					.map(rule -> new RetentionView(text(rule.label(), rule.labelEn(), locale),
							message("privacy.retention.trigger." + rule.trigger(), locale), rule.duration(),
							message("privacy.retention.end-action." + rule.endAction(), locale)))
					.toList(),
				security.measures().stream().map(m -> text(m.text(), m.textEn(), locale)).toList(),
				security.channelSpecifics()
					.stream()
					.map(s -> new LabelledText(register.channel(s.channel())
						.map(c -> text(c.label(), c.labelEn(), locale))
						.orElse(s.channel()), text(s.text(), s.textEn(), locale)))
					.toList(),
				rights, rights.stream().map(RightView::label).toList(), matrix,
				register.cookies().stream().filter(c -> !c.exempt()).map(c -> cookie(register, c, locale)).toList(),
				register.cookies()
					.stream()
					.filter(Register.Cookie::exempt)
					.map(c -> cookie(register, c, locale))
					.toList());
	}

	private PurposeView purpose(Register register, Register.Purpose purpose, Locale locale) {
		return new PurposeView(purpose.id(), text(purpose.label(), purpose.labelEn(), locale),
				purpose.dataCategories()
					.stream()
					.map(id -> label(register.dataCategory(id), Register.DataCategory::label,
							Register.DataCategory::labelEn, id, locale))
					.toList(),
				purpose.legalBases()
					.stream()
					.map(id -> label(register.legalBasis(id), Register.LegalBasis::label, Register.LegalBasis::labelEn,
							id, locale))
					.toList(),
				purpose.retention()
					.stream()
					.map(id -> label(register.retentionRule(id), Register.RetentionRule::label,
							Register.RetentionRule::labelEn, id, locale))
					.toList(),
				purpose.recipients()
					.stream()
					.map(id -> label(register.recipient(id), Register.Recipient::label, Register.Recipient::labelEn, id,
							locale))
					.toList());
	}

	private CookieView cookie(Register register, Register.Cookie cookie, Locale locale) {
		String purpose = label(register.cookiePurpose(cookie.purpose()), Register.CookiePurpose::label,
				Register.CookiePurpose::labelEn, cookie.purpose(), locale);
		String lifetime = cookie.lifetimeLabel() != null ? cookie.lifetimeLabel() : cookie.lifetime();
		return new CookieView(cookie.name(), cookie.vendor(), purpose,
				text(cookie.description(), cookie.descriptionEn(), locale), lifetime,
				text(cookie.exemptReason(), cookie.exemptReasonEn(), locale));
	}

	private static <T> String label(Optional<T> entry, Function<T, String> french, Function<T, String> english,
			String id, Locale locale) {
		return entry.map(e -> text(french.apply(e), english.apply(e), locale)).orElse(id);
	}

	private static String text(String french, String english, Locale locale) {
		return Register.text(french, english, locale);
	}

	private String message(String code, Locale locale) {
		return Objects.requireNonNullElse(messages.getMessage(code, null, code, locale), code);
	}

}
