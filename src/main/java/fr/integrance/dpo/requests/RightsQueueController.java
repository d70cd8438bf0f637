package fr.integrance.dpo.requests;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.rights.QueueFilter;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsQueue;
import fr.integrance.rights.RightsRequestStatus;

/**
 * {@code /dpo/demandes}: the rights queue, overdue first then by due date, filtered by
 * status, right, channel or overdue only, in pages of 20; the counts per status and the
 * median time to answer above it. No requester name in the list: references only.
 */
@Controller
@RequiredArgsConstructor
class RightsQueueController {

	static final int PAGE_SIZE = 20;

	private final RightsDesk desk;

	private final ProcessingRegister register;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping("/dpo/demandes")
	String queue(@RequestParam(name = "statut", required = false) @Nullable String status,
			@RequestParam(name = "droit", required = false) @Nullable String right,
			@RequestParam(name = "canal", required = false) @Nullable String channel,
			@RequestParam(name = "retard", defaultValue = "false") boolean overdue,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model, Locale locale) {
		Register current = register.current();
		RightsRequestStatus statusFilter = parse(RightsRequestStatus.class, status);
		RightsChannel channelFilter = parse(RightsChannel.class, channel);
		String rightFilter = right != null && current.right(right).isPresent() ? right : null;
		QueueFilter filter = new QueueFilter(statusFilter, rightFilter, overdue, channelFilter);
		RightsQueue queue = desk.queue(filter, Math.max(0, page - 1), PAGE_SIZE);
		Map<RightsRequestStatus, Long> counts = desk.countsByStatus();
		model.addAttribute("queue", queue);
		model.addAttribute("counts", counts);
		model.addAttribute("median", desk.medianDaysToAnswer().map(d -> Math.round(d * 10) / 10.0).orElse(null));
		model.addAttribute("statuses", RightsRequestStatus.values());
		model.addAttribute("channels", RightsChannel.values());
		List<RightLabels> rights = RightLabels.of(current, locale);
		model.addAttribute("rights", rights);
		model.addAttribute("rightNames",
				rights.stream().collect(java.util.stream.Collectors.toMap(RightLabels::id, RightLabels::label)));
		model.addAttribute("filter", new FilterView(statusFilter == null ? null : statusFilter.name(), rightFilter,
				channelFilter == null ? null : channelFilter.name(), overdue));
		model.addAttribute("filtered", statusFilter != null || rightFilter != null || channelFilter != null || overdue);
		model.addAttribute("zone", FrenchDates.FRANCE);
		return "dpo/requests/queue";
	}

	/** The filters as the form shows them again. */
	record FilterView(@Nullable String status, @Nullable String right, @Nullable String channel, boolean overdue) {
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	/** The register's rights with their labels in the reader's language. */
	record RightLabels(String id, String label) {

		static List<RightLabels> of(Register register, Locale locale) {
			return register.rights()
				.stream()
				.map(r -> new RightLabels(r.id(), Register.text(r.label(), r.labelEn(), locale)))
				.toList();
		}
	}

}
