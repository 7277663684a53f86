package org.linkwell.clients;

import static org.linkwell.db.Tables.CLIENT;
import static org.linkwell.db.Tables.CLIENT_BARRIER;
import static org.linkwell.db.Tables.CLIENT_EQUITY;
import static org.linkwell.db.Tables.CLIENT_INTEREST;
import static org.linkwell.db.Tables.CLIENT_NEED;
import static org.linkwell.db.Tables.INTEREST;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.linkwell.core.BatchInsert;
import org.linkwell.db.tables.records.ClientRecord;

/**
 * The batch form of {@link ClientRepository#insert}: the same rows, written with one prepared
 * statement per table instead of several statements per client, so thousands load in seconds.
 */
final class ClientBatchWriter {
    static final int BATCH_SIZE = BatchInsert.BATCH_SIZE;

    private ClientBatchWriter() {
    }

    static List<Long> insertAll(DSLContext tx, List<Client> clients, Instant now) {
        if (clients.isEmpty()) {
            return List.of();
        }
        // Ids are chosen here so that the detail rows can be batched as well.
        long next = BatchInsert.nextId(tx, CLIENT, CLIENT.ID);
        Map<String, Long> interestIds = tx.select(INTEREST.CODE, INTEREST.ID).from(INTEREST)
                .fetchMap(INTEREST.CODE, INTEREST.ID);
        Rows rows = new Rows();
        List<Long> ids = new ArrayList<>(clients.size());
        for (Client client : clients) {
            long id = next++;
            ids.add(id);
            rows.add(tx, id, client, interestIds, now);
        }
        rows.write(tx);
        return Collections.unmodifiableList(ids);
    }

    /** The values of every row to insert, per table, in the tables' column order. */
    private static final class Rows {
        private final List<Object[]> clients = new ArrayList<>();
        private final List<Object[]> interests = new ArrayList<>();
        private final List<Object[]> needs = new ArrayList<>();
        private final List<Object[]> barriers = new ArrayList<>();
        private final List<Object[]> equity = new ArrayList<>();

        void add(DSLContext tx, long id, Client client, Map<String, Long> interestIds, Instant now) {
            ClientRecord row = tx.newRecord(CLIENT);
            ClientRepository.fill(row, client);
            row.setId(id).setCreatedAt(now).setUpdatedAt(now).setVersion(1);
            clients.add(row.intoArray());
            // Like insert(), a code missing from the vocabulary is not stored.
            client.strengths().interestCodes().stream().sorted()
                    .filter(interestIds::containsKey)
                    .forEach(code -> interests.add(new Object[] {id, interestIds.get(code), now}));
            client.needs().forEach(need -> needs.add(new Object[] {
                id, need.domain().code(), need.flagged(), ClientRepository.blankToNull(need.note()), now, now}));
            client.barriers().forEach(barrier -> barriers.add(new Object[] {
                id, barrier.type().code(), barrier.present(), ClientRepository.blankToNull(barrier.supportProvided()),
                now, now}));
            Map<EquityQuestion, String> answers = client.equity().answers();
            equity.add(new Object[] {id, answers.get(EquityQuestion.INDIGENOUS), answers.get(EquityQuestion.RACIAL_GROUP),
                answers.get(EquityQuestion.NEWCOMER), answers.get(EquityQuestion.DISABILITY),
                answers.get(EquityQuestion.LGBTQ), answers.get(EquityQuestion.FRANCOPHONE), now, now});
        }

        void write(DSLContext tx) {
            BatchInsert.rows(tx, CLIENT, List.of(CLIENT.fields()), clients);
            BatchInsert.rows(tx, CLIENT_INTEREST, List.of(CLIENT_INTEREST.CLIENT_ID, CLIENT_INTEREST.INTEREST_ID,
                    CLIENT_INTEREST.CREATED_AT), interests);
            BatchInsert.rows(tx, CLIENT_NEED, List.of(CLIENT_NEED.CLIENT_ID, CLIENT_NEED.DOMAIN, CLIENT_NEED.FLAGGED,
                    CLIENT_NEED.NOTE, CLIENT_NEED.CREATED_AT, CLIENT_NEED.UPDATED_AT), needs);
            BatchInsert.rows(tx, CLIENT_BARRIER, List.of(CLIENT_BARRIER.CLIENT_ID, CLIENT_BARRIER.BARRIER, CLIENT_BARRIER.PRESENT,
                    CLIENT_BARRIER.SUPPORT_PROVIDED, CLIENT_BARRIER.CREATED_AT, CLIENT_BARRIER.UPDATED_AT), barriers);
            BatchInsert.rows(tx, CLIENT_EQUITY, List.of(CLIENT_EQUITY.CLIENT_ID, CLIENT_EQUITY.INDIGENOUS,
                    CLIENT_EQUITY.RACIAL_GROUP, CLIENT_EQUITY.NEWCOMER, CLIENT_EQUITY.DISABILITY, CLIENT_EQUITY.LGBTQ,
                    CLIENT_EQUITY.FRANCOPHONE, CLIENT_EQUITY.CREATED_AT, CLIENT_EQUITY.UPDATED_AT), equity);
        }
    }
}
