package org.linkwell.testing;

import java.time.LocalDate;
import java.util.Optional;
import org.linkwell.clients.Client;
import org.linkwell.clients.Language;

/** Small builders for client drafts used across tests. */
public final class TestClients {
    private TestClients() {
    }

    public static Client draft(String given, String family, String chart, LocalDate dob) {
        Client blank = Client.blank();
        return new Client(0, 0,
                new Client.Identity(chart, given, family, "", "", Optional.ofNullable(dob), "", Language.ENGLISH, ""),
                blank.contact(), blank.consent(), blank.strengths(), blank.needs(), blank.barriers(), blank.equity(),
                blank.closure());
    }

    public static Client withPhone(Client client, String phone) {
        Client.Contact c = client.contact();
        return new Client(client.id(), client.version(), client.identity(),
                new Client.Contact(phone, c.email(), c.street(), c.city(), c.province(), c.postalCode(),
                        c.mayPhone(), c.mayText(), c.mayEmail(), c.mayLeaveMessage()),
                client.consent(), client.strengths(), client.needs(), client.barriers(), client.equity(), client.closure());
    }

    public static Client withPostalCode(Client client, String postalCode) {
        Client.Contact c = client.contact();
        return new Client(client.id(), client.version(), client.identity(),
                new Client.Contact(c.phone(), c.email(), c.street(), c.city(), c.province(), postalCode,
                        c.mayPhone(), c.mayText(), c.mayEmail(), c.mayLeaveMessage()),
                client.consent(), client.strengths(), client.needs(), client.barriers(), client.equity(), client.closure());
    }
}
