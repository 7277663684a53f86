package org.linkwell.core;

/** What a signed-in person may do; each role holds a fixed set (see {@link Roles}). */
public enum Permission {
    /** Find clients and see and change their identity and contact details. */
    CLIENT_CONTACT,
    /** See a client's whole record: strengths, needs, barriers, equity answers, the journey and its notes. */
    CLIENT_RECORD,
    /** Write referrals. */
    REFERRAL_CREATE,
    /** Work the journey: assign, contact, prescribe, change statuses, champions. */
    JOURNEY_WORK,
    /** See and enter survey responses. */
    SURVEYS,
    /** Change the program catalog and partner organisations (everyone may read it). */
    CATALOG_EDIT,
    /** Funder reports and outcome summaries. */
    REPORTS,
    /** The audit viewer. */
    AUDIT_VIEW,
    /** Logins, roles and settings. */
    ADMINISTRATION
}
