package org.linkwell.core;

/** What a signed-in person may do; each role holds a fixed set (see {@code security.Roles}). */
public enum Permission {
    /** Find clients and see and change their identity and contact details (and see their appointment dates). */
    CLIENT_CONTACT,
    /**
     * See a client's whole record: strengths, needs, barriers, equity answers, the journey and its notes. Without
     * {@link #ALL_CLIENTS} only for the person's own clients (see {@link Access#reaches}).
     */
    CLIENT_RECORD,
    /** The whole record of every client, not only one's own caseload or referrals. */
    ALL_CLIENTS,
    /** Write referrals. */
    REFERRAL_CREATE,
    /** Work the journey: assign, contact, prescribe, change statuses, champions; the unassigned queue. */
    JOURNEY_WORK,
    /** See and enter survey responses. */
    SURVEYS,
    /** Read the program catalog and its partner organisations. */
    CATALOG_READ,
    /** Change the program catalog and partner organisations. */
    CATALOG_EDIT,
    /** Funder reports and outcome summaries. */
    REPORTS,
    /** The audit viewer. */
    AUDIT_VIEW,
    /** Logins, roles and settings. */
    ADMINISTRATION
}
