package org.linkwell.programs;

/** What kind of support a program offers. */
public enum Category {
    PHYSICAL_ACTIVITY, ARTS_CULTURE, NATURE_OUTDOORS, FOOD_NUTRITION, LEARNING_SKILLS, SOCIAL_PEER_SUPPORT,
    VOLUNTEERING, MENTAL_WELLBEING, PRACTICAL_SUPPORT, MATERIAL_SUPPORT;

    public String code() {
        return Code.of(this);
    }

    public String messageKey() {
        return "category." + code();
    }
}
