package org.linkwell.clients.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;

class ClientFormTest {
    private static Client fullClient() {
        return new Client(7, 3,
                new Client.Identity("CHC-7", "Amélie", "Gagnon", "Amy", "she/her", Optional.of(LocalDate.of(1944, 8, 1)),
                        "woman", Language.OTHER, "Tagalog"),
                new Client.Contact("613-555-0101", "amy@example.ca", "12 Main St", "Cornwall", "ON", "K6H 1A1",
                        false, true, true, false),
                new Client.Consent(true, Optional.of(LocalDate.of(2026, 10, 1)), Optional.of(Client.ConsentMethod.VERBAL),
                        "Sam"),
                new Client.Strengths(Set.of("music", "walking"), "birdwatching", "Sing again", "Knits"),
                List.of(new Client.Need(NeedDomain.HOUSING, true, "Rent too high")),
                List.of(new Client.Barrier(BarrierType.COST, true, "Fee waived")),
                new Client.Equity(Map.of(EquityQuestion.FRANCOPHONE, "prefer-not")),
                Client.Closure.open());
    }

    @Test
    void loadThenRead_givesBackTheSameClient() {
        ClientForm form = new ClientForm();
        Client client = fullClient();

        form.load(client);
        ClientForm.Result result = form.toClient(client);

        assertTrue(result.errors().isEmpty());
        assertEquals(client, result.client());
    }

    @Test
    void unreadableDates_areReportedOnTheirFields() {
        ClientForm form = new ClientForm();
        form.givenName.set("A");
        form.familyName.set("B");
        form.dateOfBirth.set("12 mars");
        form.consentOn.set("2026-13-40");

        ClientForm.Result result = form.toClient(Client.blank());

        assertEquals(List.of("dateOfBirth", "consentOn"), result.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void untickedNeedsWithoutNotes_areNotStored() {
        ClientForm form = new ClientForm();
        form.load(Client.blank());
        form.needs.get(NeedDomain.FOOD_SECURITY).on().set(true);
        form.barriers.get(BarrierType.TRANSPORT).note().set("Bus tickets given");

        Client client = form.toClient(Client.blank()).client();

        assertEquals(List.of(new Client.Need(NeedDomain.FOOD_SECURITY, true, "")), client.needs());
        assertEquals(List.of(new Client.Barrier(BarrierType.TRANSPORT, false, "Bus tickets given")), client.barriers());
    }
}
