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
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;

/** The letter back to the prescriber once a referral is completed or closed: what was prescribed and what came of it. */
final class PrescriberLetter {
    private final Messages m;
    private final ClientDossier d;
    private final Referral referral;
    private final List<OutcomeLine> outcomes;
    private final ProgramFacts facts;

    PrescriberLetter(Messages messages, ClientDossier dossier, Referral referral, List<OutcomeLine> outcomes) {
        this.m = messages;
        this.d = dossier;
        this.referral = referral;
        this.outcomes = List.copyOf(outcomes);
        this.facts = new ProgramFacts(messages, dossier);
    }

    PrintDocument document() {
        Optional<Referral> r = Optional.of(referral);
        String prescriber = d.prescriber(r).map(StaffMember::name).orElse(m.get("printing.notRecorded"));
        String navigator = d.navigator(r).map(StaffMember::name).orElse("");
        String client = ProgramFacts.join(" ", d.client().identity().givenName(), d.client().identity().familyName());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Field(m.get("printing.field.to"), prescriber));
        blocks.add(new Field(m.get("printing.field.from"), ProgramFacts.join(", ", navigator, d.letterhead().chcName())));
        blocks.add(new Field(m.get("printing.field.re"), ProgramFacts.join(" — ", client,
                d.client().identity().dateOfBirth().map(m::date).orElse(""), d.client().identity().chartNumber())));
        blocks.add(new Field(m.get("printing.field.date"), m.date(d.today())));
        blocks.add(new Paragraph(""));
        blocks.add(new Paragraph(m.get("printing.letter.greeting", prescriber)));
        blocks.add(new Paragraph(m.get("printing.letter.opening", d.preferredName(), m.date(referral.referredOn()),
                m.get(referral.status().messageKey()))));
        if (!referral.statusReason().isBlank()) {
            blocks.add(new Paragraph(m.get("printing.letter.statusReason", referral.statusReason().strip())));
        }
        List<SocialPrescription> prescribed = d.prescriptionsOf(referral);
        blocks.add(new Heading(m.get("printing.heading.prescribed")));
        if (prescribed.isEmpty()) {
            blocks.add(new Paragraph(m.get("printing.noPrograms")));
        }
        prescribed.forEach(p -> blocks.add(new Bullet(facts.what(p) + " — " + m.get(p.status().messageKey())
                + p.startedOn().map(on -> " (" + m.get("printing.startedOn", m.date(on)) + ")").orElse(""))));
        blocks.add(new Heading(m.get("printing.heading.takenUp")));
        List<SocialPrescription> takenUp = prescribed.stream().filter(p -> p.status().isTakenUp()).toList();
        blocks.add(new Paragraph(takenUp.isEmpty() ? m.get("printing.letter.noneTakenUp")
                : m.get("printing.letter.takenUp", takenUp.size(), prescribed.size(),
                        takenUp.stream().map(facts::what).collect(Collectors.joining(", ")))));
        if (!d.withheld().surveys()) {
            blocks.addAll(outcomeBlocks());
        }
        blocks.add(new Heading(m.get("printing.heading.nextSteps")));
        List<Encounter> steps = d.journey().encounters().stream()
                .filter(e -> !e.nextStepDone() && !e.nextStep().isBlank() && e.nextStepDueOn().isPresent()).toList();
        if (steps.isEmpty()) {
            blocks.add(new Paragraph(m.get("printing.letter.noNextSteps")));
        }
        steps.forEach(e -> blocks.add(new Bullet(m.get("printing.letter.step", e.nextStep().strip(),
                m.date(e.nextStepDueOn().get())))));
        blocks.add(new Paragraph(""));
        blocks.add(new Paragraph(m.get("printing.letter.closing")));
        blocks.add(new PrintDocument.Signature(ProgramFacts.join(", ", navigator, m.get("printing.role.navigator"))));
        return new PrintDocument(m.get("printing.title.letter"), Optional.empty(), m.get("printing.page"), blocks);
    }

    private List<Block> outcomeBlocks() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(m.get("printing.heading.outcomes")));
        if (outcomes.isEmpty()) {
            blocks.add(new Paragraph(m.get("printing.letter.noOutcomes")));
            return blocks;
        }
        for (OutcomeLine line : outcomes) {
            blocks.add(new Field(line.measure(),
                    m.get("printing.outcome.line", line.baseline(), line.latest(), line.change())));
        }
        return blocks;
    }
}
