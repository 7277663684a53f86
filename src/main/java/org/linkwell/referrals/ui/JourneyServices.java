package org.linkwell.referrals.ui;

import java.time.Clock;
import org.linkwell.clients.ClientService;
import org.linkwell.core.SettingsStore;
import org.linkwell.programs.ProgramService;
import org.linkwell.referrals.ChampionService;
import org.linkwell.referrals.EncounterService;
import org.linkwell.referrals.JourneyService;
import org.linkwell.referrals.PrescriptionService;
import org.linkwell.referrals.ReferralService;
import org.linkwell.referrals.StaffService;

/** The services the journey tab works with, handed over as one; access says which of its actions to offer. */
public record JourneyServices(JourneyService journeys, ReferralService referrals, EncounterService encounters,
                              PrescriptionService prescriptions, ChampionService champions, StaffService staff,
                              ProgramService programs, ClientService clients, SettingsStore settings, Clock clock,
                              org.linkwell.core.Access access) {
}
