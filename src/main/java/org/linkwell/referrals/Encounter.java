package org.linkwell.referrals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** One contact with the client, and the next step agreed. Absent text is "". */
public record Encounter(long id, int version, long clientId, Optional<Long> referralId, Optional<Long> navigatorId,
                        LocalDate occurredOn, Mode mode, int minutes, String notes, String nextStep,
                        Optional<LocalDate> nextStepDueOn, boolean nextStepDone) {

    public enum Mode { IN_PERSON, PHONE, VIDEO, TEXT, HOME_VISIT;
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Mode fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        public String messageKey() {
            return "encounterMode." + code();
        }
    }

    public boolean isNew() {
        return id == 0;
    }
}
