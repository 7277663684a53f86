package org.linkwell.sampledata;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes surveys.csv beside the journey files of a folder, from the referrals in it. */
public final class SampleSurveyFiles {
    private SampleSurveyFiles() {
    }

    /** Returns how many survey rows were written. */
    public static int write(long seed, LocalDate asOf, Path folder) throws IOException {
        Journeys journeys = JourneyCsvReader.read(new JourneyCsvReader.Files() {
            @Override
            public Reader open(JourneyFile file) throws IOException {
                return Files.newBufferedReader(folder.resolve(file.fileName), StandardCharsets.UTF_8);
            }

            @Override
            public String name(JourneyFile file) {
                return folder.resolve(file.fileName).toString();
            }
        });
        List<SampleSurveyRow> rows = new SurveyGenerator(seed, asOf).generate(journeys.referrals());
        try (Writer out = Files.newBufferedWriter(folder.resolve(SurveyCsv.FILE), StandardCharsets.UTF_8)) {
            SurveyCsv.write(rows, out);
        }
        return rows.size();
    }
}
