package org.linkwell.clients;

/** One entry of the shared interest vocabulary, labelled in both languages. */
public record InterestOption(String code, String labelEn, String labelFr) {
    public String label(boolean french) {
        return french ? labelFr : labelEn;
    }
}
