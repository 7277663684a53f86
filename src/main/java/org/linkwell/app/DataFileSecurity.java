package org.linkwell.app;

import java.time.Clock;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Audit;
import org.linkwell.core.Backups;
import org.linkwell.core.Database;
import org.linkwell.referrals.StaffService;
import org.linkwell.security.EncryptionService;
import org.linkwell.security.LoginRepository;
import org.linkwell.security.PassphraseRecovery;
import org.linkwell.security.Session;
import org.linkwell.security.SignInService;

/** The services of encryption at rest, built together so the composition root stays one line longer. */
public record DataFileSecurity(EncryptionService encryption, PassphraseRecovery recovery) {

    static DataFileSecurity create(Database database, Backups backups, SignInService signIn, ClientService clients,
                                   StaffService staff, Session session, Audit audit, Clock clock) {
        return new DataFileSecurity(
                new EncryptionService(database, backups, signIn, () -> clients.count(StatusFilter.ALL) > 0),
                new PassphraseRecovery(database, new LoginRepository(), staff, session, audit, clock));
    }
}
