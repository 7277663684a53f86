package org.linkwell.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A status path being made up: steps in date order, which can be cut at a day (a closed client file,
 * a closed referral, the as-of day) and closed there the way the story calls for.
 */
final class Timeline<S> {
    private final List<Journeys.Step<S>> steps = new ArrayList<>();
    private final Predicate<S> closed;

    Timeline(S first, LocalDate on, Predicate<S> closed) {
        this.closed = closed;
        steps.add(new Journeys.Step<>(first, on, ""));
    }

    Timeline<S> add(S status, LocalDate on, String reason) {
        if (on.isBefore(lastDate())) {
            throw new IllegalArgumentException(status + " on " + on + " before " + lastDate());
        }
        steps.add(new Journeys.Step<>(status, on, reason));
        return this;
    }

    S status() {
        return steps.get(steps.size() - 1).status();
    }

    LocalDate lastDate() {
        return steps.get(steps.size() - 1).on();
    }

    LocalDate firstDate() {
        return steps.get(0).on();
    }

    boolean isClosed() {
        return closed.test(status());
    }

    /** The day the path closed, if it did. */
    Optional<LocalDate> closedOn() {
        return isClosed() ? Optional.of(lastDate()) : Optional.empty();
    }

    /** Where the path stood at the end of {@code day}. */
    S statusAt(LocalDate day) {
        S status = steps.get(0).status();
        for (Journeys.Step<S> step : steps) {
            if (!step.on().isAfter(day)) {
                status = step.status();
            }
        }
        return status;
    }

    /** The first day the path reached {@code status}. */
    Optional<LocalDate> dateOf(S status) {
        return steps.stream().filter(step -> step.status().equals(status)).map(Journeys.Step::on).findFirst();
    }

    /** The reason of the latest step to {@code status}, or "". */
    String reasonOf(S status) {
        return steps.stream().filter(step -> step.status().equals(status)).reduce((a, b) -> b)
                .map(Journeys.Step::reason).orElse("");
    }

    List<Journeys.Step<S>> steps() {
        return List.copyOf(steps);
    }

    /** Forgets every step after {@code day} (the first step always stays). */
    Timeline<S> truncate(LocalDate day) {
        while (steps.size() > 1 && lastDate().isAfter(day)) {
            steps.remove(steps.size() - 1);
        }
        return this;
    }

    /**
     * Ends the path on {@code day} at the latest: steps after it are forgotten and, if the path is
     * still open then, {@code closer} says how it closes on that day (nothing: it stays open).
     */
    Timeline<S> closeBy(LocalDate day, Function<S, Optional<Journeys.Step<S>>> closer) {
        truncate(day);
        if (!isClosed()) {
            closer.apply(status()).ifPresent(step -> add(step.status(), day, step.reason()));
        }
        return this;
    }
}
