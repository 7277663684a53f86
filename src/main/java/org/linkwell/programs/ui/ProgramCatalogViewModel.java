package org.linkwell.programs.ui;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.InterestOption;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.Category;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramFilter;
import org.linkwell.programs.ProgramService;
import org.linkwell.ui.BackgroundTasks;

/** The catalog in memory and the navigator's filters over it; filtering never touches the database. */
public final class ProgramCatalogViewModel {
    public final StringProperty text = new SimpleStringProperty("");
    public final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    public final ObjectProperty<String> interest = new SimpleObjectProperty<>();
    public final ObjectProperty<String> language = new SimpleObjectProperty<>();
    public final ObjectProperty<ProgramFilter.CostFilter> cost = new SimpleObjectProperty<>(ProgramFilter.CostFilter.ANY);
    public final ObjectProperty<DayOfWeek> day = new SimpleObjectProperty<>();
    public final ObjectProperty<AccessibilityFeature> accessibility = new SimpleObjectProperty<>();
    public final ObjectProperty<Audience> audience = new SimpleObjectProperty<>();
    public final BooleanProperty includeInactive = new SimpleBooleanProperty();
    public final BooleanProperty onlyNeedingCheck = new SimpleBooleanProperty();

    private final ProgramService programs;
    private final ClientService clients;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>(new Catalog(List.of(), List.of()));
    private final ObservableList<Program> all = FXCollections.observableArrayList();
    private final FilteredList<Program> visible = new FilteredList<>(all);
    private final ObservableList<InterestOption> interests = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final IntegerProperty needingCheck = new SimpleIntegerProperty();
    private final ObjectProperty<Program> selected = new SimpleObjectProperty<>();

    public ProgramCatalogViewModel(ProgramService programs, ClientService clients, BackgroundTasks tasks) {
        this.programs = programs;
        this.clients = clients;
        this.tasks = tasks;
        for (Observable property : List.of(text, category, interest, language, cost, day, accessibility, audience,
                includeInactive, onlyNeedingCheck, catalog)) {
            property.addListener(obs -> refilter());
        }
    }

    public void load() {
        tasks.run(() -> new Loaded(programs.catalog(), clients.interests()), loaded -> {
            interests.setAll(loaded.interests());
            show(loaded.catalog());
        });
    }

    private record Loaded(Catalog catalog, List<InterestOption> interests) {
    }

    /** Saves in the background and keeps the saved program selected. */
    public void save(Program program, Consumer<Program> onSaved, Consumer<Throwable> onFailure) {
        tasks.run(() -> {
            Program saved = programs.save(program);
            return new Saved(saved, programs.catalog());
        }, result -> {
            show(result.catalog());
            select(result.program().id());
            onSaved.accept(result.program());
        }, onFailure);
    }

    public void markVerified(Program program, Consumer<Program> onSaved, Consumer<Throwable> onFailure) {
        tasks.run(() -> {
            Program saved = programs.markVerified(program);
            return new Saved(saved, programs.catalog());
        }, result -> {
            show(result.catalog());
            select(result.program().id());
            onSaved.accept(result.program());
        }, onFailure);
    }

    private record Saved(Program program, Catalog catalog) {
    }

    public void saveOrganization(org.linkwell.programs.PartnerOrganization organization,
                                 Consumer<org.linkwell.programs.PartnerOrganization> onSaved, Consumer<Throwable> onFailure) {
        tasks.run(() -> {
            var saved = programs.saveOrganization(organization);
            return java.util.Map.entry(saved, programs.catalog());
        }, result -> {
            show(result.getValue());
            onSaved.accept(result.getKey());
        }, onFailure);
    }

    private void show(Catalog loaded) {
        Long keep = selected.get() == null ? null : selected.get().id();
        catalog.set(loaded);
        all.setAll(loaded.programs());
        TreeSet<String> codes = new TreeSet<>();
        loaded.programs().forEach(p -> codes.addAll(p.languages()));
        languages.setAll(codes);
        needingCheck.set((int) loaded.programs().stream()
                .filter(p -> p.status() == org.linkwell.programs.ProgramStatus.ACTIVE && p.needsChecking(programs.today()))
                .count());
        if (keep != null) {
            select(keep);
        }
    }

    public void select(long programId) {
        selected.set(catalog.get().programs().stream().filter(p -> p.id() == programId).findFirst().orElse(null));
    }

    public void clearFilters() {
        text.set("");
        category.set(null);
        interest.set(null);
        language.set(null);
        cost.set(ProgramFilter.CostFilter.ANY);
        day.set(null);
        accessibility.set(null);
        audience.set(null);
        includeInactive.set(false);
        onlyNeedingCheck.set(false);
    }

    public ProgramFilter filter() {
        return new ProgramFilter(text.get(), Optional.ofNullable(category.get()), Optional.ofNullable(interest.get()),
                Optional.ofNullable(language.get()), cost.get(), Optional.ofNullable(day.get()),
                Optional.ofNullable(accessibility.get()), Optional.ofNullable(audience.get()),
                includeInactive.get(), onlyNeedingCheck.get());
    }

    private void refilter() {
        ProgramFilter filter = filter();
        Catalog current = catalog.get();
        visible.setPredicate(p -> filter.matches(p, current.organizationName(p), programs.today()));
    }

    public FilteredList<Program> visible() {
        return visible;
    }

    public int total() {
        return all.size();
    }

    public ObjectProperty<Catalog> catalogProperty() {
        return catalog;
    }

    public ObservableList<InterestOption> interests() {
        return interests;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public IntegerProperty needingCheckProperty() {
        return needingCheck;
    }

    public ObjectProperty<Program> selectedProperty() {
        return selected;
    }

    public java.time.LocalDate today() {
        return programs.today();
    }
}
