package org.linkwell.programs.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.clients.InterestOption;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramRules;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;
import org.linkwell.ui.Forms;

/** The plain fields of the program form (everything but the schedule rows). */
final class ProgramFields {
    private final Messages messages;
    private final List<PartnerOrganization> organizations;
    final TextField name = field("program-name");
    final TextArea description = new TextArea();
    final ComboBox<PartnerOrganization> organization = new ComboBox<>();
    final ComboBox<Category> category = new ComboBox<>();
    final FlowPane interestChips = new FlowPane(6, 6);
    final ComboBox<ProgramStatus> status = new ComboBox<>();
    final TextField lastVerified = field("program-last-verified");
    final ComboBox<LocationKind> locationKind = new ComboBox<>();
    final TextField place = field("program-place");
    final TextField street = field("program-street");
    final TextField city = field("program-city");
    final TextField postalCode = field("program-postal");
    final TextField link = field("program-link");
    final ComboBox<CostKind> costKind = new ComboBox<>();
    final TextField amount = field("program-amount");
    final CheckBox subsidy = new CheckBox();
    final CheckBox english = new CheckBox();
    final CheckBox french = new CheckBox();
    final TextField otherLanguages = field("program-other-languages");
    final FlowPane accessibility = new FlowPane(10, 6);
    final TextField minAge = field("program-min-age");
    final TextField maxAge = field("program-max-age");
    final FlowPane audiences = new FlowPane(10, 6);
    final TextField capacity = field("program-capacity");
    final CheckBox full = new CheckBox();
    final ComboBox<HowToJoin> how = new ComboBox<>();
    final TextField joinDetails = field("program-join-details");
    final TextField contactName = field("program-contact-name");
    final TextField contactPhone = field("program-contact-phone");
    final TextField contactEmail = field("program-contact-email");
    final CheckBox coCreated = new CheckBox();
    final CheckBox championLed = new CheckBox();

    ProgramFields(Messages messages, ProgramTexts texts, List<PartnerOrganization> organizations,
                  List<InterestOption> interests) {
        this.messages = messages;
        this.organizations = organizations;
        organization.getItems().add(null);
        organization.getItems().addAll(organizations);
        organization.setConverter(ScheduleRow.converter(o -> o == null ? messages.get("programs.runByChc") : o.name()));
        category.getItems().setAll(Category.values());
        category.setConverter(ScheduleRow.converter(c -> c == null ? "" : messages.get(c.messageKey())));
        category.setId("program-category");
        interests.stream().sorted(java.util.Comparator.comparing(i -> i.label(messages.isFrench()))).forEach(i -> {
            ToggleButton chip = new ToggleButton(i.label(messages.isFrench()));
            chip.setUserData(i.code());
            chip.getStyleClass().add("chip");
            interestChips.getChildren().add(chip);
        });
        status.getItems().setAll(ProgramStatus.values());
        status.setConverter(ScheduleRow.converter(s -> s == null ? "" : messages.get(s.messageKey())));
        locationKind.getItems().setAll(LocationKind.values());
        locationKind.setConverter(ScheduleRow.converter(k -> k == null ? "" : messages.get(k.messageKey())));
        costKind.getItems().setAll(CostKind.values());
        costKind.setConverter(ScheduleRow.converter(k -> k == null ? "" : messages.get(k.messageKey())));
        how.getItems().setAll(HowToJoin.values());
        how.setConverter(ScheduleRow.converter(h -> h == null ? "" : messages.get(h.messageKey())));
        Arrays.stream(AccessibilityFeature.values()).forEach(a -> accessibility.getChildren().add(check(a, a.messageKey())));
        Arrays.stream(Audience.values()).forEach(a -> audiences.getChildren().add(check(a, a.messageKey())));
        english.setText(texts.language("en"));
        french.setText(texts.language("fr"));
        description.setPrefRowCount(3);
        description.setWrapText(true);
        subsidy.setText(messages.get("program.cost.subsidy"));
        full.setText(messages.get("program.full"));
        coCreated.setText(messages.get("program.coCreated"));
        championLed.setText(messages.get("program.championLed"));
    }

    private CheckBox check(Enum<?> value, String key) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setUserData(value);
        return box;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    GridPane about() {
        GridPane g = Forms.grid();
        Forms.row(g, 0, messages.get("program.name"), name);
        Forms.row(g, 1, messages.get("program.description"), description);
        Forms.row(g, 2, messages.get("program.organization"), organization);
        Forms.row(g, 3, messages.get("program.category"), category);
        Forms.row(g, 4, messages.get("program.interests"), interestChips);
        Forms.row(g, 5, messages.get("program.status"), status);
        lastVerified.setPromptText(messages.get("date.prompt"));
        Forms.row(g, 6, messages.get("program.lastVerified"), lastVerified);
        return g;
    }

    GridPane where() {
        GridPane g = Forms.grid();
        Forms.row(g, 0, messages.get("program.location.kind"), locationKind);
        Forms.row(g, 1, messages.get("program.location.place"), place);
        Forms.row(g, 2, messages.get("program.location.street"), street);
        Forms.row(g, 3, messages.get("program.location.city"), city);
        Forms.row(g, 4, messages.get("program.location.postalCode"), postalCode);
        Forms.row(g, 5, messages.get("program.location.link"), link);
        return g;
    }

    GridPane access() {
        GridPane g = Forms.grid();
        Forms.row(g, 0, messages.get("program.cost.kind"), new javafx.scene.layout.HBox(10, costKind, amount, subsidy));
        amount.setPromptText(messages.get("program.cost.amount"));
        costKind.setAccessibleText(messages.get("program.cost.kind"));
        amount.setAccessibleText(messages.get("program.cost.amount"));
        otherLanguages.setAccessibleText(messages.get("program.languages.other"));
        capacity.setAccessibleText(messages.get("program.capacity"));
        amount.setPrefColumnCount(6);
        otherLanguages.setPromptText("ar, pa, es");
        Forms.row(g, 1, messages.get("program.languages"), new javafx.scene.layout.HBox(12, english, french, otherLanguages));
        Forms.row(g, 2, messages.get("programs.accessibility"), accessibility);
        Forms.row(g, 3, messages.get("program.minAge"), minAge);
        Forms.row(g, 4, messages.get("program.maxAge"), maxAge);
        Forms.row(g, 5, messages.get("program.audiences"), audiences);
        Forms.row(g, 6, messages.get("program.capacity"), new javafx.scene.layout.HBox(12, capacity, full));
        return g;
    }

    GridPane joining() {
        GridPane g = Forms.grid();
        Forms.row(g, 0, messages.get("program.join.how"), how);
        Forms.row(g, 1, messages.get("program.join.details"), joinDetails);
        Forms.row(g, 2, messages.get("program.contact.name"), contactName);
        Forms.row(g, 3, messages.get("program.contact.phone"), contactPhone);
        Forms.row(g, 4, messages.get("program.contact.email"), contactEmail);
        Forms.row(g, 5, "", new VBox(6, coCreated, championLed));
        return g;
    }

    void load(Program p) {
        name.setText(p.name());
        description.setText(p.description());
        organization.setValue(p.organizationId().flatMap(id -> organizations.stream()
                .filter(o -> o.id() == id).findFirst()).orElse(null));
        category.setValue(p.category());
        interestChips.getChildren().forEach(n -> ((ToggleButton) n).setSelected(p.interestCodes().contains((String) n.getUserData())));
        status.setValue(p.status());
        lastVerified.setText(p.lastVerifiedOn().map(LocalDate::toString).orElse(""));
        locationKind.setValue(p.location().kind());
        place.setText(p.location().placeName());
        street.setText(p.location().street());
        city.setText(p.location().city());
        postalCode.setText(p.location().postalCode());
        link.setText(p.location().virtualLink());
        costKind.setValue(p.cost().kind());
        amount.setText(p.cost().cents().isPresent() ? String.format(java.util.Locale.ROOT, "%.2f", p.cost().cents().getAsInt() / 100.0) : "");
        subsidy.setSelected(p.cost().subsidyAvailable());
        english.setSelected(p.languages().contains("en"));
        french.setSelected(p.languages().contains("fr"));
        otherLanguages.setText(String.join(", ", p.languages().stream().filter(l -> !l.equals("en") && !l.equals("fr")).sorted().toList()));
        accessibility.getChildren().forEach(n -> ((CheckBox) n).setSelected(p.accessibility().contains(n.getUserData())));
        minAge.setText(p.eligibility().minAge().isPresent() ? Integer.toString(p.eligibility().minAge().getAsInt()) : "");
        maxAge.setText(p.eligibility().maxAge().isPresent() ? Integer.toString(p.eligibility().maxAge().getAsInt()) : "");
        audiences.getChildren().forEach(n -> ((CheckBox) n).setSelected(p.eligibility().audiences().contains(n.getUserData())));
        capacity.setText(p.capacity().places().isPresent() ? Integer.toString(p.capacity().places().getAsInt()) : "");
        full.setSelected(p.capacity().full());
        how.setValue(p.joining().how());
        joinDetails.setText(p.joining().details());
        contactName.setText(p.contact().name());
        contactPhone.setText(p.contact().phone());
        contactEmail.setText(p.contact().email());
        coCreated.setSelected(p.coCreated());
        championLed.setSelected(p.championLed());
    }

    Optional<Program> read(Program original, List<Schedule> schedules, List<String> found) {
        OptionalInt min = number(minAge, found);
        OptionalInt max = number(maxAge, found);
        OptionalInt places = number(capacity, found);
        OptionalInt cents = OptionalInt.empty();
        if (!amount.getText().isBlank()) {
            try {
                cents = OptionalInt.of((int) Math.round(Double.parseDouble(amount.getText().strip().replace(',', '.').replace("$", "")) * 100));
            } catch (NumberFormatException e) {
                found.add(messages.get("validation.program.feeAmount"));
            }
        }
        Optional<LocalDate> verified = Optional.empty();
        if (!lastVerified.getText().isBlank()) {
            try {
                verified = Optional.of(LocalDate.parse(lastVerified.getText().strip()));
            } catch (java.time.format.DateTimeParseException e) {
                found.add(messages.get("validation.date.format"));
            }
        }
        Set<String> languages = new TreeSet<>();
        if (english.isSelected()) {
            languages.add("en");
        }
        if (french.isSelected()) {
            languages.add("fr");
        }
        Arrays.stream(otherLanguages.getText().split("[,;\\s]+")).map(String::strip).filter(s -> s.matches("[a-zA-Z]{2,3}"))
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).forEach(languages::add);
        Set<String> interests = new TreeSet<>();
        interestChips.getChildren().stream().filter(n -> ((ToggleButton) n).isSelected()).forEach(n -> interests.add((String) n.getUserData()));
        Set<AccessibilityFeature> features = EnumSet.noneOf(AccessibilityFeature.class);
        accessibility.getChildren().stream().filter(n -> ((CheckBox) n).isSelected()).forEach(n -> features.add((AccessibilityFeature) n.getUserData()));
        Set<Audience> who = EnumSet.noneOf(Audience.class);
        audiences.getChildren().stream().filter(n -> ((CheckBox) n).isSelected()).forEach(n -> who.add((Audience) n.getUserData()));
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Program(original.id(), original.version(), original.externalId(), name.getText().strip(),
                description.getText().strip(), Optional.ofNullable(organization.getValue()).map(PartnerOrganization::id),
                category.getValue(), new Program.Location(locationKind.getValue(), place.getText().strip(),
                street.getText().strip(), city.getText().strip(), postalCode.getText().strip(), link.getText().strip()),
                new Program.Cost(costKind.getValue(), cents, subsidy.isSelected()), interests, languages, features,
                new Program.Eligibility(min, max, who), new Program.Capacity(places, full.isSelected()),
                new Program.Joining(how.getValue(), joinDetails.getText().strip()),
                new Program.Contact(contactName.getText().strip(), contactPhone.getText().strip(), contactEmail.getText().strip()),
                coCreated.isSelected(), championLed.isSelected(), verified, status.getValue(), schedules));
    }

    private OptionalInt number(TextField field, List<String> found) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            found.add(messages.get("validation.number"));
            return OptionalInt.empty();
        }
    }
}
