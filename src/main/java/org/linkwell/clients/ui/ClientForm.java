package org.linkwell.clients.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;
import org.linkwell.core.ValidationException.FieldError;

/** The editable fields of one client, as JavaFX properties, and the mapping to and from {@link Client}. */
public final class ClientForm {
    public final StringProperty chartNumber = new SimpleStringProperty("");
    public final StringProperty givenName = new SimpleStringProperty("");
    public final StringProperty familyName = new SimpleStringProperty("");
    public final StringProperty preferredName = new SimpleStringProperty("");
    public final StringProperty pronouns = new SimpleStringProperty("");
    public final StringProperty dateOfBirth = new SimpleStringProperty("");
    public final StringProperty gender = new SimpleStringProperty("");
    public final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    public final StringProperty languageOther = new SimpleStringProperty("");

    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    public final StringProperty street = new SimpleStringProperty("");
    public final StringProperty city = new SimpleStringProperty("");
    public final StringProperty province = new SimpleStringProperty("ON");
    public final StringProperty postalCode = new SimpleStringProperty("");
    public final BooleanProperty mayPhone = new SimpleBooleanProperty(true);
    public final BooleanProperty mayText = new SimpleBooleanProperty();
    public final BooleanProperty mayEmail = new SimpleBooleanProperty();
    public final BooleanProperty mayLeaveMessage = new SimpleBooleanProperty();

    public final BooleanProperty consentGiven = new SimpleBooleanProperty();
    public final StringProperty consentOn = new SimpleStringProperty("");
    public final ObjectProperty<Client.ConsentMethod> consentMethod = new SimpleObjectProperty<>();
    public final StringProperty consentRecordedBy = new SimpleStringProperty("");

    public final ObservableSet<String> interests = FXCollections.observableSet();
    public final StringProperty interestsNote = new SimpleStringProperty("");
    public final StringProperty goals = new SimpleStringProperty("");
    public final StringProperty gifts = new SimpleStringProperty("");

    public final Map<NeedDomain, Flag> needs = new EnumMap<>(NeedDomain.class);
    public final Map<BarrierType, Flag> barriers = new EnumMap<>(BarrierType.class);
    /** null = not asked. */
    public final Map<EquityQuestion, ObjectProperty<String>> equity = new EnumMap<>(EquityQuestion.class);

    /** A yes/no with a note: a flagged need and its note, or a barrier and the support provided. */
    public record Flag(BooleanProperty on, StringProperty note) {
        Flag() {
            this(new SimpleBooleanProperty(), new SimpleStringProperty(""));
        }
    }

    /** The client built from the form, or the fields whose text could not be read. */
    public record Result(Client client, List<FieldError> errors) {
    }

    public ClientForm() {
        for (NeedDomain domain : NeedDomain.values()) {
            needs.put(domain, new Flag());
        }
        for (BarrierType type : BarrierType.values()) {
            barriers.put(type, new Flag());
        }
        for (EquityQuestion question : EquityQuestion.values()) {
            equity.put(question, new SimpleObjectProperty<>());
        }
    }

    /** Every property of the form, so that one listener can notice any edit. */
    public List<Observable> all() {
        List<Observable> all = new ArrayList<>(List.of(chartNumber, givenName, familyName, preferredName, pronouns,
                dateOfBirth, gender, language, languageOther, phone, email, street, city, province, postalCode,
                mayPhone, mayText, mayEmail, mayLeaveMessage, consentGiven, consentOn, consentMethod,
                consentRecordedBy, interests, interestsNote, goals, gifts));
        needs.values().forEach(flag -> all.addAll(List.of(flag.on(), flag.note())));
        barriers.values().forEach(flag -> all.addAll(List.of(flag.on(), flag.note())));
        all.addAll(equity.values());
        return all;
    }

    public void load(Client client) {
        Client.Identity id = client.identity();
        chartNumber.set(id.chartNumber());
        givenName.set(id.givenName());
        familyName.set(id.familyName());
        preferredName.set(id.preferredName());
        pronouns.set(id.pronouns());
        dateOfBirth.set(id.dateOfBirth().map(LocalDate::toString).orElse(""));
        gender.set(id.gender());
        language.set(id.language());
        languageOther.set(id.languageOther());
        Client.Contact contact = client.contact();
        phone.set(contact.phone());
        email.set(contact.email());
        street.set(contact.street());
        city.set(contact.city());
        province.set(contact.province());
        postalCode.set(contact.postalCode());
        mayPhone.set(contact.mayPhone());
        mayText.set(contact.mayText());
        mayEmail.set(contact.mayEmail());
        mayLeaveMessage.set(contact.mayLeaveMessage());
        Client.Consent consent = client.consent();
        consentGiven.set(consent.given());
        consentOn.set(consent.on().map(LocalDate::toString).orElse(""));
        consentMethod.set(consent.method().orElse(null));
        consentRecordedBy.set(consent.recordedBy());
        interests.clear();
        interests.addAll(client.strengths().interestCodes());
        interestsNote.set(client.strengths().interestsNote());
        goals.set(client.strengths().goals());
        gifts.set(client.strengths().gifts());
        needs.forEach((domain, flag) -> setFlag(flag, false, ""));
        client.needs().forEach(need -> setFlag(needs.get(need.domain()), need.flagged(), need.note()));
        barriers.forEach((type, flag) -> setFlag(flag, false, ""));
        client.barriers().forEach(b -> setFlag(barriers.get(b.type()), b.present(), b.supportProvided()));
        equity.forEach((question, answer) -> answer.set(client.equity().answer(question).orElse(null)));
    }

    public Result toClient(Client base) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> dob = date("dateOfBirth", dateOfBirth.get(), errors);
        Optional<LocalDate> consentDate = date("consentOn", consentOn.get(), errors);
        Client client = new Client(base.id(), base.version(),
                new Client.Identity(text(chartNumber), text(givenName), text(familyName), text(preferredName),
                        text(pronouns), dob, text(gender), language.get(), text(languageOther)),
                new Client.Contact(text(phone), text(email), text(street), text(city), text(province), text(postalCode),
                        mayPhone.get(), mayText.get(), mayEmail.get(), mayLeaveMessage.get()),
                new Client.Consent(consentGiven.get(), consentDate, Optional.ofNullable(consentMethod.get()),
                        text(consentRecordedBy)),
                new Client.Strengths(interests, text(interestsNote), text(goals), text(gifts)),
                needs.entrySet().stream().filter(e -> e.getValue().on().get() || !text(e.getValue().note()).isEmpty())
                        .map(e -> new Client.Need(e.getKey(), e.getValue().on().get(), text(e.getValue().note()))).toList(),
                barriers.entrySet().stream().filter(e -> e.getValue().on().get() || !text(e.getValue().note()).isEmpty())
                        .map(e -> new Client.Barrier(e.getKey(), e.getValue().on().get(), text(e.getValue().note()))).toList(),
                new Client.Equity(equityAnswers()),
                base.closure());
        return new Result(client, errors);
    }

    private Map<EquityQuestion, String> equityAnswers() {
        Map<EquityQuestion, String> answers = new EnumMap<>(EquityQuestion.class);
        equity.forEach((question, answer) -> {
            if (answer.get() != null) {
                answers.put(question, answer.get());
            }
        });
        return answers;
    }

    private static Optional<LocalDate> date(String field, String text, List<FieldError> errors) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trimmed.replace('/', '-')));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "validation.date.format"));
            return Optional.empty();
        }
    }

    private static void setFlag(Flag flag, boolean on, String note) {
        flag.on().set(on);
        flag.note().set(note);
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }
}
