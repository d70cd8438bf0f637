package fr.integrance.guardianspace;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.Audience;
import fr.integrance.identity.CurrentUser;
import fr.integrance.identity.GuardianAgents;
import fr.integrance.identity.Invitation;
import fr.integrance.identity.LoginAlreadyUsedException;

/**
 * {@code /itutelle/agents}: a guardian organisation's administrator invites and removes
 * its agents. Every lookup is scoped to the administrator's organisation by the identity
 * module: an agent of another organisation answers 404, like a random id.
 */
@Controller
class AgentsController {

	static final String LIST_VIEW = "guardianspace/agents";
	static final String DETAIL_VIEW = "guardianspace/agent";
	static final String FORM_VIEW = "guardianspace/agent-invitation";

	private final GuardianAgents agents;

	private final CurrentUser currentUser;

	AgentsController(GuardianAgents agents, CurrentUser currentUser) {
		this.agents = agents;
		this.currentUser = currentUser;
	}

	@ModelAttribute("audience")
	String audience() {
		return Audience.GUARDIAN.navigation();
	}

	@GetMapping("/itutelle/agents")
	String list(Model model) {
		model.addAttribute("agents", agents.agents(currentUser.get()));
		return LIST_VIEW;
	}

	@GetMapping("/itutelle/agents/invitation")
	String form(Model model) {
		model.addAttribute("agentForm", AgentForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/itutelle/agents/invitation")
	String invite(@Valid @ModelAttribute("agentForm") AgentForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			boolean administrator = Boolean.TRUE.equals(form.organisationAdministrator());
			AccountId id = agents.invite(currentUser.get(),
					new Invitation(form.email(), form.displayName(), administrator));
			redirect.addFlashAttribute("flash", "guardian.agent.invited");
			return "redirect:/itutelle/agents/" + id;
		}
		catch (LoginAlreadyUsedException e) {
			result.rejectValue("email", "admin.email.used");
			return FORM_VIEW;
		}
	}

	@GetMapping("/itutelle/agents/{agentId}")
	String detail(@PathVariable String agentId, Model model) {
		AccountSummary agent = find(agentId);
		model.addAttribute("agent", agent);
		model.addAttribute("self", agent.id().equals(currentUser.accountId()));
		return DETAIL_VIEW;
	}

	@PostMapping("/itutelle/agents/{agentId}/retrait")
	String remove(@PathVariable String agentId, RedirectAttributes redirect) {
		AccountSummary agent = find(agentId);
		if (agent.id().equals(currentUser.accountId())) {
			redirect.addFlashAttribute("error", "guardian.agent.remove.self");
			return "redirect:/itutelle/agents/" + agent.id();
		}
		agents.remove(currentUser.get(), agent.id());
		redirect.addFlashAttribute("flash", "guardian.agent.removed");
		return "redirect:/itutelle/agents";
	}

	private AccountSummary find(String agentId) {
		return AccountId.parse(agentId)
			.flatMap(id -> agents.agent(currentUser.get(), id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
