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
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;

/** The social prescribing summary a navigator pastes into the CHC's EMR: short, one fact per line. */
final class EmrSummary {
    private final Messages m;
    private final ClientDossier d;
    private final ProgramFacts facts;

    EmrSummary(Messages messages, ClientDossier dossier) {
        this.m = messages;
        this.d = dossier;
        this.facts = new ProgramFacts(messages, dossier);
    }

    PrintDocument document() {
        List<Block> blocks = new ArrayList<>();
        var id = d.client().identity();
        blocks.add(new Field(m.get("printing.field.client"), ProgramFacts.join(" ", id.givenName(), id.familyName())
                + (id.preferredName().isBlank() ? "" : " (" + id.preferredName().strip() + ")")));
        blocks.add(new Field(m.get("printing.field.chartNumber"), id.chartNumber()));
        blocks.add(new Field(m.get("printing.field.date"), m.date(d.today())));
        if (d.withheld().anything()) {
            blocks.add(new PrintDocument.Paragraph(m.get("lockbox.notice")));
        }
        Optional<Referral> referral = d.currentReferral();
        referral.ifPresent(r -> {
            blocks.add(new Heading(m.get("printing.heading.referral")));
            blocks.add(new Field(m.get("printing.field.referredOn"), m.date(r.referredOn())));
            String reasons = ProgramFacts.join(", ", r.reasons().stream().sorted()
                    .map(reason -> m.get(reason.messageKey())).collect(Collectors.joining(", ")), r.otherReason());
            if (!reasons.isBlank()) {
                blocks.add(new Field(m.get("printing.field.reasons"), reasons));
            }
            blocks.add(new Field(m.get("printing.field.status"), m.get(r.status().messageKey())));
            blocks.add(new Field(m.get("printing.field.prescriber"),
                    d.prescriber(referral).map(StaffMember::name).orElse(m.get("printing.notRecorded"))));
            blocks.add(new Field(m.get("printing.field.navigator"),
                    d.navigator(referral).map(StaffMember::name).orElse(m.get("printing.notAssigned"))));
        });
        blocks.add(new Heading(m.get("printing.heading.programs.chart")));
        if (d.journey().prescriptions().isEmpty()) {
            blocks.add(new PrintDocument.Paragraph(m.get("printing.noPrograms")));
        }
        for (SocialPrescription p : d.journey().prescriptions()) {
            String support = facts.supports(p).replace("\n", "; ");
            blocks.add(new Bullet(facts.what(p) + " — " + m.get(p.status().messageKey())
                    + p.startedOn().map(on -> ", " + m.get("printing.startedOn", m.date(on))).orElse("")
                    + (support.isBlank() ? "" : ". " + m.get("printing.field.support") + ": " + support)));
        }
        d.journey().lastContact().ifPresent(on -> blocks.add(new Field(m.get("printing.field.lastContact"), m.date(on))));
        d.journey().nextStep().ifPresent(e -> blocks.add(new Field(m.get("printing.field.nextStep"),
                m.get("printing.letter.step", e.nextStep().strip(), m.date(e.nextStepDueOn().get())))));
        return new PrintDocument(m.get("printing.title.emr"), Optional.empty(), m.get("printing.page"), blocks);
    }
}
