package org.linkwell.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwell.clients.Client;
import org.linkwell.clients.InterestOption;
import org.linkwell.core.Messages;
import org.linkwell.printing.PrintDocument.Block;
import org.linkwell.printing.PrintDocument.Field;
import org.linkwell.printing.PrintDocument.Heading;
import org.linkwell.printing.PrintDocument.Paragraph;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;

/**
 * The note a partner organisation receives: the client's name and language, the program, and nothing else
 * unless the client agreed to share it (each {@link ShareItem} ticked).
 */
final class PartnerNote {
    private final Messages m;
    private final ClientDossier d;
    private final SocialPrescription prescription;
    private final Set<ShareItem> shared;
    private final ProgramFacts facts;

    PartnerNote(Messages messages, ClientDossier dossier, SocialPrescription prescription, Set<ShareItem> shared) {
        this.m = messages;
        this.d = dossier;
        this.prescription = prescription;
        this.shared = Set.copyOf(shared);
        this.facts = new ProgramFacts(messages, dossier);
    }

    PrintDocument document() {
        Optional<PartnerOrganization> organization = d.organization(prescription);
        Optional<Referral> referral = prescription.referralId().flatMap(d::referral).or(d::currentReferral);
        Optional<StaffMember> navigator = d.navigator(referral);
        Client.Identity id = d.client().identity();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Field(m.get("printing.field.to"), ProgramFacts.join(", ",
                organization.map(PartnerOrganization::contactPerson).orElse(""),
                organization.map(PartnerOrganization::name).orElse(d.letterhead().chcName()))));
        blocks.add(new Field(m.get("printing.field.from"), ProgramFacts.join(", ",
                navigator.map(StaffMember::name).orElse(""), d.letterhead().chcName())));
        blocks.add(new Field(m.get("printing.field.date"), m.date(d.today())));
        blocks.add(new Heading(m.get("printing.heading.who")));
        blocks.add(new Field(m.get("printing.field.name"), d.preferredName()));
        blocks.add(new Field(m.get("printing.field.language"), id.language() == org.linkwell.clients.Language.OTHER
                && !id.languageOther().isBlank() ? id.languageOther() : m.get(id.language().messageKey())));
        if (shared.contains(ShareItem.DATE_OF_BIRTH)) {
            id.dateOfBirth().ifPresent(dob -> blocks.add(new Field(m.get("printing.field.dateOfBirth"), m.date(dob))));
        }
        if (shared.contains(ShareItem.CONTACT_DETAILS)) {
            Client.Contact c = d.client().contact();
            add(blocks, "printing.field.phone", c.phone());
            add(blocks, "printing.field.email", c.email());
            add(blocks, "printing.field.address",
                    ProgramFacts.join(", ", c.street(), c.city(), ProgramFacts.join(" ", c.province(), c.postalCode())));
        }
        blocks.add(new Heading(m.get("printing.heading.program")));
        blocks.add(new Field(m.get("printing.field.program"), facts.what(prescription)));
        d.program(prescription).ifPresent(p -> blocks.add(new Field(m.get("printing.field.when"), facts.when(p))));
        if (shared.contains(ShareItem.GOALS)) {
            String hopes = ProgramFacts.join("\n", d.client().strengths().goals(), referral.map(Referral::hopes).orElse(""));
            if (!hopes.isBlank()) {
                blocks.add(new Heading(m.get("printing.heading.hopes")));
                blocks.add(new Paragraph(hopes));
            }
        }
        if (shared.contains(ShareItem.INTERESTS)) {
            add(blocks, "printing.field.interests", interests());
        }
        if (shared.contains(ShareItem.BARRIERS_SUPPORTS)) {
            add(blocks, "printing.field.barriers", d.client().barriers().stream().filter(Client.Barrier::present)
                    .map(b -> ProgramFacts.join(" — ", m.get(b.type().messageKey()), b.supportProvided()))
                    .collect(Collectors.joining("\n")));
            add(blocks, "printing.field.support", facts.supports(prescription));
        }
        blocks.add(new Paragraph(""));
        blocks.add(new Paragraph(m.get("printing.partner.agreed", d.preferredName())));
        blocks.add(new Heading(m.get("printing.heading.questions")));
        blocks.add(new Field(m.get("printing.field.navigator"), navigator.map(StaffMember::name)
                .orElse(m.get("printing.notAssigned"))));
        String phone = navigator.map(StaffMember::phone).filter(s -> !s.isBlank()).orElse(d.letterhead().phone());
        add(blocks, "printing.field.phone", phone);
        return new PrintDocument(m.get("printing.title.partnerNote"), Optional.of(m.get("printing.mark.confidential")),
                m.get("printing.page"), blocks);
    }

    private String interests() {
        boolean french = "fr".equals(m.locale().getLanguage());
        String chosen = d.interests().stream().filter(i -> d.client().strengths().interestCodes().contains(i.code()))
                .map(i -> i.label(french)).sorted().collect(Collectors.joining(", "));
        return ProgramFacts.join("\n", chosen, d.client().strengths().interestsNote());
    }

    private void add(List<Block> blocks, String key, String value) {
        if (value != null && !value.isBlank()) {
            blocks.add(new Field(m.get(key), value.strip()));
        }
    }
}
