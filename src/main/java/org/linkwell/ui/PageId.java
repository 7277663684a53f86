package org.linkwell.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The places in the navigation, in order. */
public enum PageId {
    DASHBOARD(MaterialDesignV.VIEW_DASHBOARD_OUTLINE),
    CLIENTS(MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    REFERRALS(MaterialDesignC.CLIPBOARD_ACCOUNT_OUTLINE),
    PROGRAMS(MaterialDesignH.HAND_HEART_OUTLINE),
    SURVEYS(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE),
    REPORTS(MaterialDesignC.CHART_BAR),
    AUDIT(MaterialDesignS.SHIELD_SEARCH),
    SETTINGS(MaterialDesignC.COG_OUTLINE);

    private final Ikon icon;

    PageId(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
    }

    public String titleKey() {
        return "nav." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The sentence the first-run tour says about this page. */
    public String tourKey() {
        return "firstRun.tour." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String idForTests() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
