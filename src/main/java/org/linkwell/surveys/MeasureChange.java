package org.linkwell.surveys;

/**
 * One reported measure's paired change: a scale total, a subscale, or an item reported on its own (each ONS4
 * item is its own measure). label: "en" and "fr" texts. ciLow/ciHigh: the 95% confidence interval of the mean
 * change (t distribution, clients − 1 degrees of freedom); NaN with fewer than two clients.
 */
public record MeasureChange(String instrumentId, String measureId, java.util.Map<String, String> label,
        boolean higherIsBetter, int clients, double meanBaseline, double meanFollowUp,
        double meanChange, double ciLow, double ciHigh, int improved, int same, int worse) {
}
