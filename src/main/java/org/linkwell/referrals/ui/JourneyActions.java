package org.linkwell.referrals.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.linkwell.clients.Client;
import org.linkwell.clients.InterestOption;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.ValidationException;
import org.linkwell.referrals.HealthChampion;
import org.linkwell.referrals.IllegalTransitionException;
import org.linkwell.referrals.Journey;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.ProgramSuggestions;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.Suggestion;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Navigator;

/** What a navigator does from the journey tab; each action is one dialog, then one background save. */
final class JourneyActions {
    private final JourneyServices s;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Navigator navigator;
    private final Runnable reload;

    JourneyActions(JourneyServices services, BackgroundTasks tasks, Messages messages, DialogService dialogs,
                   ErrorReporter errors, Navigator navigator, Runnable reload) {
        this.s = services;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
        this.navigator = navigator;
        this.reload = reload;
    }

    private LocalDate today() {
        return LocalDate.now(s.clock());
    }

    void newReferral(Journey journey) {
        tasks.run(() -> s.staff().active(StaffMember.Role.PRESCRIBER), prescribers ->
                dialogs.show(new ReferralDialog(messages, journey.clientId(), prescribers, today()))
                        .ifPresent(draft -> save(() -> s.referrals().create(draft), "journey.status.referred")));
    }

    void assign(Journey journey) {
        Optional<Referral> open = journey.openReferral();
        if (open.isEmpty() || !open.get().status().canMoveTo(ReferralStatus.ACCEPTED)) {
            dialogs.info(messages.get("journey.assign"), messages.get("journey.nothingToAssign"));
            return;
        }
        Referral referral = open.get();
        tasks.run(() -> new Object[] {s.staff().active(StaffMember.Role.NAVIGATOR),
                s.settings().get(SettingsStore.CURRENT_NAVIGATOR).map(Long::valueOf)}, loaded -> {
                    @SuppressWarnings("unchecked")
                    List<StaffMember> navigators = (List<StaffMember>) loaded[0];
                    @SuppressWarnings("unchecked")
                    Optional<Long> me = (Optional<Long>) loaded[1];
                    StaffMember preferred = me.flatMap(id -> navigators.stream().filter(n -> n.id() == id).findFirst())
                            .orElse(navigators.isEmpty() ? null : navigators.get(0));
                    javafx.scene.control.ChoiceDialog<StaffMember> choose = new javafx.scene.control.ChoiceDialog<>(preferred, navigators);
                    choose.setTitle(messages.get("journey.assign"));
                    choose.setHeaderText(messages.get("journey.assign.header"));
                    choose.setContentText(messages.get("journey.assign.navigator"));
                    if (choose.getDialogPane().lookup(".combo-box") instanceof javafx.scene.control.ComboBox<?> box) {
                        @SuppressWarnings("unchecked")
                        javafx.scene.control.ComboBox<StaffMember> names = (javafx.scene.control.ComboBox<StaffMember>) box;
                        names.setConverter(org.linkwell.ui.Converters.named(StaffMember::name));
                        names.setAccessibleText(messages.get("journey.assign.navigator"));
                    }
                    dialogs.show(choose).ifPresent(navigatorChosen -> save(() -> s.referrals().assign(referral.id(),
                            referral.version(), navigatorChosen.id()), "journey.status.assigned"));
                });
    }

    void referralStatus(Journey journey) {
        Optional<Referral> open = journey.openReferral();
        if (open.isEmpty()) {
            dialogs.info(messages.get("journey.referralStatus"), messages.get("journey.summary.noReferral"));
            return;
        }
        Referral referral = open.get();
        List<ReferralStatus> allowed = referral.status().next().stream().filter(st -> st != ReferralStatus.ACCEPTED).toList();
        dialogs.show(new StatusDialog<>(messages, messages.get("journey.referralStatus.header",
                        messages.get(referral.status().messageKey())), allowed, st -> messages.get(st.messageKey()),
                ReferralStatus::needsReason))
                .ifPresent(choice -> save(() -> s.referrals().changeStatus(referral.id(), referral.version(),
                        choice.status(), choice.reason()), "journey.status.changed"));
    }

    void contact(Journey journey) {
        Optional<Long> referralId = journey.openReferral().map(Referral::id);
        tasks.run(() -> journey.openReferral().flatMap(Referral::navigatorId)
                .or(() -> s.settings().get(SettingsStore.CURRENT_NAVIGATOR).map(Long::valueOf)), navigatorId ->
                dialogs.show(new EncounterDialog(messages, journey.clientId(), referralId, navigatorId, today()))
                        .ifPresent(encounter -> save(() -> s.encounters().record(encounter), "journey.status.contact")));
    }

    /** The earliest open next step is done: it leaves the dashboard's follow-ups. */
    void nextStepDone(Journey journey) {
        journey.nextStep().ifPresentOrElse(step -> {
            if (dialogs.confirm(messages.get("journey.nextDone"), messages.get("journey.nextDone.confirm", step.nextStep()),
                    messages.get("journey.nextDone.yes"))) {
                save(() -> {
                    s.encounters().markNextStepDone(step.id());
                    return step;
                }, "journey.status.nextDone");
            }
        }, () -> dialogs.info(messages.get("journey.nextDone"), messages.get("journey.nextDone.none")));
    }

    void prescribe(Journey journey) {
        tasks.run(() -> {
            Client client = s.clients().open(journey.clientId());
            List<Suggestion> ranked = ProgramSuggestions.rank(client, s.programs().catalog().programs(), today());
            List<InterestOption> interests = s.clients().interests();
            return new Object[] {client, ranked, interests};
        }, loaded -> {
            Client client = (Client) loaded[0];
            @SuppressWarnings("unchecked")
            List<Suggestion> ranked = (List<Suggestion>) loaded[1];
            @SuppressWarnings("unchecked")
            List<InterestOption> interests = (List<InterestOption>) loaded[2];
            PrescribeDialog dialog = new PrescribeDialog(messages, client, journey.openReferral().map(Referral::id), ranked,
                    code -> interests.stream().filter(i -> i.code().equals(code)).findFirst()
                            .map(i -> i.label(messages.isFrench())).orElse(code));
            dialogs.show(dialog).ifPresent(draft -> save(() -> {
                SocialPrescription created = s.prescriptions().create(draft);
                return dialog.agreedNow() ? s.prescriptions().changeStatus(created.id(), created.version(),
                        PrescriptionStatus.AGREED, "") : created;
            }, "journey.status.prescribed"));
        });
    }

    void prescriptionStatus(Journey journey, SocialPrescription selected) {
        if (selected == null) {
            dialogs.info(messages.get("journey.prescriptionStatus"), messages.get("journey.choosePrescription"));
            return;
        }
        List<PrescriptionStatus> allowed = List.copyOf(selected.status().next());
        if (allowed.isEmpty()) {
            dialogs.info(messages.get("journey.prescriptionStatus"), messages.get("journey.prescriptionClosed"));
            return;
        }
        dialogs.show(new StatusDialog<>(messages, journey.whatOf(selected), allowed, st -> messages.get(st.messageKey()),
                        PrescriptionStatus::needsReason))
                .ifPresent(choice -> save(() -> s.prescriptions().changeStatus(selected.id(), selected.version(),
                        choice.status(), choice.reason()), "journey.status.changed"));
    }

    void champion(Journey journey) {
        if (journey.champion().isEmpty()) {
            if (dialogs.confirm(messages.get("journey.champion"), messages.get("journey.champion.confirm"),
                    messages.get("journey.champion.make"))) {
                save(() -> s.champions().save(new HealthChampion(journey.clientId(), 0, today(), false, "", true,
                        List.of(), 0)), "journey.status.champion");
            }
            return;
        }
        HealthChampion champion = journey.champion().get();
        tasks.run(() -> s.programs().catalog().programs(), programs ->
                dialogs.show(new VolunteerDialog(messages, champion, programs, today())).ifPresent(entry -> save(() -> {
                    java.util.List<HealthChampion.ProgramRole> roles = new java.util.ArrayList<>(champion.programs());
                    entry.program().ifPresent(p -> entry.role().ifPresent(role -> {
                        roles.removeIf(r -> r.programId() == p.id());
                        roles.add(new HealthChampion.ProgramRole(p.id(), role));
                    }));
                    s.champions().save(new HealthChampion(champion.clientId(), champion.version(), champion.since(),
                            entry.trainingDone(), champion.trainingNote(), champion.active(), roles, 0));
                    return s.champions().logHours(champion.clientId(), entry.program().map(p -> p.id()), entry.on(),
                            entry.minutes(), "");
                }, "journey.status.hours")));
    }

    private <T> void save(Callable<T> work, String doneKey) {
        tasks.run(work, done -> {
            navigator.say(messages.get(doneKey));
            reload.run();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof IllegalTransitionException illegal) {
            dialogs.error(messages.get("error.title"), messages.get("error.transition",
                    messages.get(illegal.fromKey()), messages.get(illegal.toKey())));
            reload.run();
        } else if (failure instanceof ValidationException invalid) {
            var first = invalid.errors().get(0);
            dialogs.error(messages.get("error.title"), messages.get(first.messageKey(), first.args()));
        } else if (failure instanceof StaleRecordException) {
            dialogs.error(messages.get("error.title"), messages.get("error.stale.journey"));
            reload.run();
        } else {
            errors.report(failure);
        }
    }
}
