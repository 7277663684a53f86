package org.linkwell.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.linkwell.Main;
import org.linkwell.core.Messages;
import org.linkwell.core.NotAllowedException;
import org.linkwell.core.Permission;
import org.linkwell.printing.DocumentKind;
import org.linkwell.printing.DocumentRequest;
import org.linkwell.printing.NothingToPrintException;
import org.linkwell.printing.Printout;
import org.linkwell.printing.ShareItem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code linkwell print prescription}: a client's printouts written headless, as PDF (or text for the EMR). */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Write a client's social prescription and related documents.",
        subcommands = {PrintCommand.Prescription.class, PrintCommand.Form.class})
public final class PrintCommand implements Runnable {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to print: prescription or form.");
    }

    @Command(name = "prescription", mixinStandardHelpOptions = true,
            description = {"Write one client's document: the social prescription (client copy, in the client's "
                    + "language), the chart copy, the letter to the prescriber (latest completed or closed referral), "
                    + "the referral note to a partner organisation, or the plain-text summary for the EMR.",
                "Writing it is logged as a view of the client's record; a partner note also as a disclosure.",
                "It asks who you are (or reads " + HeadlessSignIn.USER + " and " + HeadlessSignIn.PASSWORD
                        + ") and prints with your permissions."})
    static final class Prescription implements Callable<Integer> {
        @ParentCommand
        PrintCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--client", required = true, paramLabel = "CHART-NO", description = "The client's chart number.")
        String chartNumber;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .pdf (or .txt) file to write.")
        Path out;
        @Option(names = "--kind", defaultValue = "client-copy",
                paramLabel = "client-copy|chart-copy|prescriber-letter|partner-note|emr-text",
                description = "Which document (default: ${DEFAULT-VALUE}).")
        String kind;
        @Option(names = "--share", split = ",", paramLabel = "ITEM",
                description = "partner-note only: what the client agreed to share besides their name and language: "
                        + "contact-details, date-of-birth, goals, interests, barriers-supports (default: nothing more).")
        List<String> share = List.of();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            DocumentKind chosen;
            Set<ShareItem> shared = EnumSet.noneOf(ShareItem.class);
            try {
                chosen = DocumentKind.fromCode(kind);
                share.forEach(item -> shared.add(ShareItem.fromCode(item)));
            } catch (IllegalArgumentException e) {
                err.println("--kind must be client-copy, chart-copy, prescriber-letter, partner-note or emr-text, and "
                        + "--share items contact-details, date-of-birth, goals, interests or barriers-supports.");
                return 2;
            }
            try (AppContext context = HeadlessKeys.context(parent.main.databaseFile(), Clock.systemDefaultZone())) {
                if (!HeadlessSignIn.signIn(context, err, Permission.CLIENT_RECORD)) {
                    return HeadlessSignIn.REFUSED;
                }
                Optional<Long> client = context.printing().clientWithChartNumber(chartNumber);
                if (client.isEmpty()) {
                    err.printf("No client has the chart number %s.%n", chartNumber);
                    return 1;
                }
                DocumentRequest request = new DocumentRequest(chosen, Optional.empty(), Optional.empty(), shared);
                Printout printout = context.printing().make(client.get(), request);
                if (printout.hasPdf()) {
                    Files.write(out, printout.pdf());
                } else {
                    Files.writeString(out, printout.text(), StandardCharsets.UTF_8);
                }
                context.printing().delivered(printout);
                spec.commandLine().getOut().printf("Wrote %s (%s) to %s.%n", printout.title(), chosen.code(), out);
                return 0;
            } catch (NotAllowedException e) {
                err.println(e.isOutsideCaseload() ? "This client is not in your caseload: you may not print their record."
                        : "Your role does not allow this document.");
                return HeadlessSignIn.REFUSED;
            } catch (NothingToPrintException e) {
                err.println(new Messages(Messages.ENGLISH).get(e.messageKey()));
                return 1;
            } catch (IOException e) {
                err.printf("Cannot write %s: %s%n", out, e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "form", mixinStandardHelpOptions = true,
            description = "Write a survey instrument's blank form, in English or French, for answering on paper.")
    static final class Form implements Callable<Integer> {
        @ParentCommand
        PrintCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--instrument", required = true, paramLabel = "ID",
                description = "The instrument's id, e.g. ons4, ucla3, belonging, wheel-of-life.")
        String instrument;
        @Option(names = "--language", defaultValue = "en", paramLabel = "en|fr", description = "The form's language.")
        String language;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .pdf file to write.")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!language.equals("en") && !language.equals("fr")) {
                err.println("--language must be en or fr.");
                return 2;
            }
            try (AppContext context = HeadlessKeys.context(parent.main.databaseFile(), Clock.systemDefaultZone())) {
                var definition = context.surveys().instruments().latest(instrument.strip());
                if (definition.isEmpty()) {
                    err.printf("There is no instrument %s. These are known: %s.%n", instrument,
                            String.join(", ", context.surveys().instruments().current().stream()
                                    .map(d -> d.id()).toList()));
                    return 1;
                }
                Printout form = context.printing().blankForm(definition.get(),
                        language.equals("fr") ? Messages.FRENCH : Messages.ENGLISH);
                Files.write(out, form.pdf());
                spec.commandLine().getOut().printf("Wrote the blank form %s to %s.%n", form.title(), out);
                return 0;
            } catch (IOException e) {
                err.printf("Cannot write %s: %s%n", out, e.getMessage());
                return 1;
            }
        }
    }
}
