package org.linkwell.clients;

import java.util.List;

/**
 * Optional, self-identified equity questions. Each has fixed answer codes, always including
 * "prefer-not" (prefer not to answer). No answer at all means the question was not asked.
 */
public enum EquityQuestion {
    INDIGENOUS(List.of("first-nations", "metis", "inuit", "no", "prefer-not")),
    RACIAL_GROUP(List.of("black", "east-asian", "indigenous", "latin-american", "middle-eastern", "south-asian",
            "southeast-asian", "white", "mixed", "another", "prefer-not")),
    NEWCOMER(List.of("yes", "no", "prefer-not")),
    DISABILITY(List.of("yes", "no", "prefer-not")),
    LGBTQ(List.of("yes", "no", "prefer-not")),
    FRANCOPHONE(List.of("yes", "no", "prefer-not"));

    public static final String PREFER_NOT = "prefer-not";

    private final List<String> answers;

    EquityQuestion(List<String> answers) {
        this.answers = answers;
    }

    public List<String> answers() {
        return answers;
    }

    public String code() {
        return Codes.of(this);
    }

    public String messageKey() {
        return "equity." + code();
    }

    public String answerKey(String answer) {
        return "equity." + code() + "." + answer;
    }
}
