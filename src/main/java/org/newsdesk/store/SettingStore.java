package org.newsdesk.store;

import java.util.Objects;
import java.util.Optional;

/** Site-wide settings an admin changes at run time, by name. Thread-safe. */
public final class SettingStore {
    private final Database database;

    public SettingStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Optional<String> get(String name) {
        Objects.requireNonNull(name, "name");
        return database.read("reading the setting " + name, handle ->
                handle.createQuery("SELECT value FROM settings WHERE name = :name")
                        .bind("name", name).mapTo(String.class).findOne());
    }

    public void put(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        database.write("changing the setting " + name, handle ->
                handle.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value) "
                                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                        .bind("name", name).bind("value", Columns.text(value)).execute());
    }
}
