package org.linkwell.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linkwell.core.Messages;
import org.linkwell.printing.PrintDocument.Block;
import org.linkwell.printing.PrintDocument.Bullet;
import org.linkwell.printing.PrintDocument.Field;
import org.linkwell.printing.PrintDocument.Heading;
import org.linkwell.printing.PrintDocument.Paragraph;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;

/**
 * The social prescription. The client copy holds only what is the client's to take home: their name, their own
 * words, their programs and who to call. The chart copy adds the referral's reasons, the notes and each status.
 */
final class PrescriptionCopy {
    private final Messages m;
    private final ClientDossier d;
    private final boolean chart;
    private final ProgramFacts facts;

    PrescriptionCopy(Messages messages, ClientDossier dossier, boolean chart) {
        this.m = messages;
        this.d = dossier;
        this.chart = chart;
        this.facts = new ProgramFacts(messages, dossier);
    }

    PrintDocument document() {
        Optional<Referral> referral = d.currentReferral();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Field(m.get("printing.field.for"), d.preferredName()));
        if (chart) {
            blocks.add(new Field(m.get("printing.field.chartNumber"), d.client().identity().chartNumber()));
        }
        blocks.add(new Field(m.get("printing.field.date"), m.date(d.today())));
        if (chart && d.withheld().anything()) {
            blocks.add(new Paragraph(m.get("lockbox.notice")));
        }
        String goals = d.client().strengths().goals();
        if (!goals.isBlank()) {
            blocks.add(new Heading(m.get(chart ? "printing.heading.goals.chart" : "printing.heading.goals")));
            blocks.add(new Paragraph(goals.strip()));
        }
        if (chart) {
            referral.ifPresent(r -> blocks.addAll(referralBlocks(r)));
        }
        blocks.add(new Heading(m.get(chart ? "printing.heading.programs.chart" : "printing.heading.programs")));
        List<SocialPrescription> active = d.activePrescriptions();
        if (active.isEmpty()) {
            blocks.add(new Paragraph(m.get("printing.noPrograms")));
        }
        for (SocialPrescription p : active) {
            blocks.addAll(facts.blocks(p));
            if (chart) {
                blocks.add(new Field(m.get("printing.field.status"), m.get(p.status().messageKey())));
                if (!p.notes().isBlank()) {
                    blocks.add(new Field(m.get("printing.field.notes"), p.notes().strip()));
                }
            }
        }
        if (chart) {
            List<SocialPrescription> closed = d.journey().prescriptions().stream().filter(p -> p.status().isClosed()).toList();
            if (!closed.isEmpty()) {
                blocks.add(new Heading(m.get("printing.heading.earlier")));
                closed.forEach(p -> blocks.add(new Bullet(facts.what(p) + " — " + m.get(p.status().messageKey())
                        + (p.statusReason().isBlank() ? "" : " (" + p.statusReason().strip() + ")"))));
            }
        }
        blocks.addAll(people(referral));
        return new PrintDocument(m.get(chart ? "printing.title.chartCopy" : "printing.title.clientCopy"),
                chart ? Optional.of(m.get("printing.mark.chart")) : Optional.empty(), m.get("printing.page"), blocks);
    }

    private List<Block> referralBlocks(Referral r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(m.get("printing.heading.referral")));
        blocks.add(new Field(m.get("printing.field.referredOn"), m.date(r.referredOn())));
        String reasons = r.reasons().stream().sorted().map(reason -> m.get(reason.messageKey()))
                .collect(Collectors.joining(", "));
        if (!r.otherReason().isBlank()) {
            reasons = ProgramFacts.join(", ", reasons, r.otherReason());
        }
        if (!reasons.isBlank()) {
            blocks.add(new Field(m.get("printing.field.reasons"), reasons));
        }
        if (!r.hopes().isBlank()) {
            blocks.add(new Field(m.get("printing.field.hopes"), r.hopes().strip()));
        }
        blocks.add(new Field(m.get("printing.field.status"), m.get(r.status().messageKey())));
        return blocks;
    }

    private List<Block> people(Optional<Referral> referral) {
        List<Block> blocks = new ArrayList<>();
        Optional<StaffMember> navigator = d.navigator(referral);
        blocks.add(new Heading(m.get(chart ? "printing.heading.navigator.chart" : "printing.heading.navigator")));
        blocks.add(new Field(m.get("printing.field.navigator"),
                navigator.map(StaffMember::name).orElse(m.get("printing.notAssigned"))));
        String phone = navigator.map(StaffMember::phone).filter(s -> !s.isBlank()).orElse(d.letterhead().phone());
        if (!phone.isBlank()) {
            blocks.add(new Field(m.get("printing.field.phone"), phone));
        }
        Optional<StaffMember> prescriber = d.prescriber(referral);
        blocks.add(new Heading(m.get("printing.heading.prescriber")));
        blocks.add(new Field(m.get("printing.field.prescriber"),
                prescriber.map(StaffMember::name).orElse(m.get("printing.notRecorded"))));
        blocks.add(new PrintDocument.Signature(m.get("printing.signature",
                prescriber.map(StaffMember::name).orElse(""), m.date(d.today()))));
        return blocks;
    }
}
