package org.linkwell.programs;

public enum HowToJoin { DROP_IN, REGISTER, REFERRAL_FORM;
    public String code() {
        return Code.of(this);
    }

    public String messageKey() {
        return "howToJoin." + code();
    }
}
