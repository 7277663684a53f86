package org.linkwell.sampledata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.linkwell.clients.EquityQuestion;

/** The columns of clients.csv, in file order; the header is the lower-case name. */
enum Column {
    CHART_NUMBER, GIVEN_NAME, FAMILY_NAME, PREFERRED_NAME, PRONOUNS, DATE_OF_BIRTH, GENDER,
    PREFERRED_LANGUAGE, PREFERRED_LANGUAGE_OTHER,
    PHONE, EMAIL, STREET, CITY, PROVINCE, POSTAL_CODE, MAY_PHONE, MAY_TEXT, MAY_EMAIL, MAY_LEAVE_MESSAGE,
    CONSENT_GIVEN, CONSENT_ON, CONSENT_METHOD, CONSENT_RECORDED_BY,
    INTERESTS, INTERESTS_NOTE, GOALS, GIFTS, NEEDS, BARRIERS,
    EQUITY_INDIGENOUS, EQUITY_RACIAL_GROUP, EQUITY_NEWCOMER, EQUITY_DISABILITY, EQUITY_LGBTQ, EQUITY_FRANCOPHONE,
    CLOSED_ON, CLOSE_REASON;

    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(Column::header).toList();
    }

    static Column of(EquityQuestion question) {
        return valueOf("EQUITY_" + question.name());
    }
}
