package org.linkwell.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Groups stored scores into measures over time, labelled by the newest definition that has the measure. */
final class ClientMeasures {
    private ClientMeasures() {
    }

    record Key(String instrumentId, String measureId) {
    }

    static List<ClientMeasure> of(List<SurveyRepository.ScoreRow> rows, InstrumentService instruments) {
        Map<Key, List<ScorePoint>> history = new LinkedHashMap<>();
        for (SurveyRepository.ScoreRow row : rows) {
            history.computeIfAbsent(new Key(row.instrumentId(), row.measureId()), k -> new ArrayList<>())
                    .add(new ScorePoint(row.on(), row.score()));
        }
        List<ClientMeasure> measures = new ArrayList<>();
        for (Map.Entry<Key, List<ScorePoint>> entry : history.entrySet()) {
            describe(instruments, entry.getKey()).ifPresent(m -> measures.add(new ClientMeasure(
                    entry.getKey().instrumentId(), m.id(), m.label(), m.higherIsBetter(), entry.getValue())));
        }
        measures.sort(java.util.Comparator.comparingInt(m -> order(instruments, m.instrumentId(), m.measureId())));
        return measures;
    }

    /** The newest definition of the instrument that still has this measure. */
    static Optional<InstrumentDefinition.Measure> describe(InstrumentService instruments, Key key) {
        List<InstrumentDefinition> versions = instruments.all().stream()
                .filter(d -> d.id().equals(key.instrumentId())).toList();
        for (int i = versions.size() - 1; i >= 0; i--) {
            Optional<InstrumentDefinition.Measure> measure = versions.get(i).measure(key.measureId());
            if (measure.isPresent()) {
                return measure;
            }
        }
        return Optional.empty();
    }

    /** Instruments in list order, measures in definition order. */
    static int order(InstrumentService instruments, String instrumentId, String measureId) {
        List<InstrumentDefinition> current = instruments.current();
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).id().equals(instrumentId)) {
                List<InstrumentDefinition.Measure> measures = current.get(i).measures();
                int m = 0;
                while (m < measures.size() && !measures.get(m).id().equals(measureId)) {
                    m++;
                }
                return i * 1000 + m;
            }
        }
        return Integer.MAX_VALUE;
    }
}
