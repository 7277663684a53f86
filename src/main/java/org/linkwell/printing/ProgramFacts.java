package org.linkwell.printing;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.linkwell.core.Messages;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.Schedule;
import org.linkwell.programs.ui.ProgramTexts;
import org.linkwell.printing.PrintDocument.Block;
import org.linkwell.printing.PrintDocument.Field;
import org.linkwell.referrals.SocialPrescription;

/** One social prescription told plainly: what it is, where, when, what it costs, the help arranged, how to join. */
final class ProgramFacts {
    static final int SESSIONS = 3;

    private final Messages m;
    private final ProgramTexts texts;
    private final ClientDossier dossier;

    ProgramFacts(Messages messages, ClientDossier dossier) {
        this.m = messages;
        this.texts = new ProgramTexts(messages);
        this.dossier = dossier;
    }

    String what(SocialPrescription p) {
        return dossier.program(p).map(Program::name).orElse(p.materialSupport());
    }

    List<Block> blocks(SocialPrescription p) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new PrintDocument.Subheading(what(p)));
        Optional<Program> program = dossier.program(p);
        Optional<PartnerOrganization> organization = dossier.organization(p);
        program.ifPresent(prog -> {
            add(blocks, "printing.field.what", prog.description());
            add(blocks, "printing.field.runBy", organization.map(PartnerOrganization::name)
                    .orElse(dossier.letterhead().chcName()));
            add(blocks, "printing.field.where", where(prog));
            add(blocks, "printing.field.when", when(prog));
            add(blocks, "printing.field.cost", texts.cost(prog.cost()));
        });
        add(blocks, "printing.field.support", supports(p));
        program.ifPresent(prog -> {
            add(blocks, "printing.field.join", join(prog));
            add(blocks, "printing.field.contact", contact(prog, organization));
        });
        return blocks;
    }

    String where(Program program) {
        Program.Location l = program.location();
        if (l.kind() == LocationKind.VIRTUAL) {
            return join(" — ", m.get("locationKind.virtual"), l.virtualLink());
        }
        if (l.kind() == LocationKind.PHONE) {
            return join(" — ", m.get("locationKind.phone"), program.contact().phone());
        }
        return join(", ", l.placeName(), l.street(), join(" ", l.city(), l.postalCode()));
    }

    /** The next sessions from today, one per line; the rule itself when there are none to list. */
    String when(Program program) {
        List<Schedule.Session> sessions = program.nextSessions(dossier.today(), SESSIONS);
        if (sessions.isEmpty()) {
            return program.schedules().isEmpty() ? m.get("printing.when.askContact")
                    : program.schedules().stream().map(texts::schedule).collect(Collectors.joining("\n"));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(m.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm", m.locale());
        return sessions.stream().map(s -> m.get("printing.when.session", date.format(s.date()),
                m.get("schedule.time", time.format(s.opensAt()), time.format(s.closesAt()))))
                .collect(Collectors.joining("\n"));
    }

    String supports(SocialPrescription p) {
        return p.supports().stream()
                .map(s -> s.note().isBlank() ? m.get("support." + s.kind()) : m.get("support." + s.kind()) + " — " + s.note())
                .collect(Collectors.joining("\n"));
    }

    private String join(Program program) {
        String how = m.get(program.joining().how().messageKey());
        return join(" — ", how, program.joining().details());
    }

    private String contact(Program program, Optional<PartnerOrganization> organization) {
        Program.Contact c = program.contact();
        String phone = c.phone().isBlank() ? organization.map(PartnerOrganization::phone).orElse("") : c.phone();
        String email = c.email().isBlank() ? organization.map(PartnerOrganization::email).orElse("") : c.email();
        return join(", ", c.name(), phone, email);
    }

    private void add(List<Block> blocks, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            blocks.add(new Field(m.get(labelKey), value.strip()));
        }
    }

    static String join(String separator, String... parts) {
        return Stream.of(parts).filter(s -> s != null && !s.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
    }
}
