package org.linkwell.sampledata;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkwell.clients.BarrierType;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.HealthChampion;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;

/** Reads the journey CSV files into rows; the first bad cell stops it, naming the file, row and column. */
final class JourneyCsvReader {
    /** Opens one journey file for reading; names it for error messages. */
    interface Files {
        Reader open(JourneyFile file) throws IOException;

        String name(JourneyFile file);
    }

    private JourneyCsvReader() {
    }

    static Journeys read(Files files) {
        Map<JourneyFile, List<CsvCells>> rows = new EnumMap<>(JourneyFile.class);
        for (JourneyFile file : JourneyFile.values()) {
            try (Reader in = files.open(file)) {
                rows.put(file, CsvCells.read(in, files.name(file), file.columns, true));
            } catch (IOException | UncheckedIOException e) {
                throw new SampleDataException(files.name(file), "is not a readable CSV file (" + e.getMessage() + ")", e);
            }
        }
        return new Journeys(each(rows, JourneyFile.STAFF, JourneyCsvReader::staff),
                each(rows, JourneyFile.REFERRALS, JourneyCsvReader::referral),
                each(rows, JourneyFile.ENCOUNTERS, JourneyCsvReader::encounter),
                each(rows, JourneyFile.PRESCRIPTIONS, JourneyCsvReader::prescription),
                each(rows, JourneyFile.CHAMPIONS, JourneyCsvReader::champion),
                each(rows, JourneyFile.HOURS, JourneyCsvReader::hours));
    }

    private static <T> List<T> each(Map<JourneyFile, List<CsvCells>> rows, JourneyFile file, Function<CsvCells, T> read) {
        List<T> all = new ArrayList<>();
        rows.get(file).forEach(row -> all.add(read.apply(row)));
        return all;
    }

    private static Journeys.StaffRow staff(CsvCells r) {
        String role = r.required("role");
        Optional<StaffMember.Discipline> discipline = r.optional("discipline")
                .map(code -> r.code("discipline", code, StaffMember.Discipline::fromCode, known(StaffMember.Discipline.values())));
        return new Journeys.StaffRow(r.required("id"), r.required("name"),
                r.code("role", role, c -> StaffMember.Role.valueOf(c.toUpperCase(Locale.ROOT)),
                        known(StaffMember.Role.values())), discipline, r.text("phone"), r.text("email"),
                r.text("active").isEmpty() || r.yesNo("active"));
    }

    private static Journeys.ReferralRow referral(CsvCells r) {
        List<String> reasonCodes = CsvLists.splitCodes(r.text("reasons"));
        if (reasonCodes.isEmpty()) {
            throw r.fail("reasons", "is required");
        }
        Set<ReferralReason> reasons = reasonCodes.stream()
                .map(code -> r.code("reasons", code, ReferralReason::fromCode, known(ReferralReason.values())))
                .collect(Collectors.toSet());
        String urgency = r.text("urgency").isEmpty() ? "routine" : r.text("urgency");
        return new Journeys.ReferralRow(r.required("id"), r.required("chart_number"), r.optional("prescriber"),
                r.optional("navigator"),
                r.code("source", r.required("source"), Referral.Source::fromCode, known(Referral.Source.values())),
                r.requiredDate("referred_on"),
                r.code("urgency", urgency, Referral.Urgency::fromCode, known(Referral.Urgency.values())), reasons,
                r.text("other_reason"), r.text("hopes"), r.date("accepted_on"), r.date("first_contact_on"),
                r.date("on_hold_on"), r.text("on_hold_reason"), r.date("resumed_on"),
                r.code("status", r.required("status"), ReferralStatus::fromCode, known(ReferralStatus.values())),
                r.text("status_reason"), r.date("closed_on"));
    }

    private static Journeys.EncounterRow encounter(CsvCells r) {
        int minutes = r.optionalInt("minutes").orElseThrow(() -> r.fail("minutes", "is required"));
        return new Journeys.EncounterRow(r.required("chart_number"), r.optional("referral"), r.optional("navigator"),
                r.requiredDate("occurred_on"),
                r.code("mode", r.required("mode"), Encounter.Mode::fromCode, known(Encounter.Mode.values())), minutes,
                r.text("notes"), r.text("next_step"), r.date("next_step_due_on"), r.yesNo("next_step_done"));
    }

    private static Journeys.PrescriptionRow prescription(CsvCells r) {
        Set<BarrierType> barriers = CsvLists.splitCodes(r.text("barriers_addressed")).stream()
                .map(code -> r.code("barriers_addressed", code, BarrierType::fromCode, known(BarrierType.values())))
                .collect(Collectors.toSet());
        List<SocialPrescription.Support> supports = CsvLists.splitEntries(r.text("supports")).stream().map(entry -> {
            if (!SocialPrescription.Support.KINDS.contains(entry.code())) {
                throw r.fail("supports", "unknown support \"" + entry.code() + "\" (known: "
                        + String.join(", ", SocialPrescription.Support.KINDS) + ")");
            }
            return new SocialPrescription.Support(entry.code(), entry.note());
        }).toList();
        return new Journeys.PrescriptionRow(r.required("chart_number"), r.optional("referral"), r.optional("program"),
                r.text("material_support"),
                r.code("status", r.required("status"), PrescriptionStatus::fromCode, known(PrescriptionStatus.values())),
                r.text("status_reason"), r.requiredDate("suggested_on"), r.date("agreed_on"), r.date("started_on"),
                r.date("attending_on"), r.date("ended_on"), barriers, supports, r.text("notes"));
    }

    private static Journeys.ChampionRow champion(CsvCells r) {
        List<Journeys.ProgramRole> roles = CsvLists.splitEntries(r.text("programs")).stream()
                .map(entry -> new Journeys.ProgramRole(entry.code(), r.code("programs", entry.note(),
                        HealthChampion.Role::fromCode, known(HealthChampion.Role.values()))))
                .toList();
        return new Journeys.ChampionRow(r.required("chart_number"), r.requiredDate("since_on"), r.yesNo("training_done"),
                r.text("training_note"), r.text("active").isEmpty() || r.yesNo("active"), roles);
    }

    private static Journeys.HoursRow hours(CsvCells r) {
        int minutes = r.optionalInt("minutes").orElseThrow(() -> r.fail("minutes", "is required"));
        if (minutes <= 0 || minutes > 24 * 60) {
            throw r.fail("minutes", "must be from 1 to 1440");
        }
        return new Journeys.HoursRow(r.required("chart_number"), r.optional("program"), r.requiredDate("worked_on"),
                minutes, r.text("note"));
    }

    /** The codes of an enum as the files write them: lower case, hyphenated. */
    private static String known(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }
}
