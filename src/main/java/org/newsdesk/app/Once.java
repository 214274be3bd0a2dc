package org.newsdesk.app;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value made on first use and kept: for services that are slow to build and not always needed. Thread-safe. */
final class Once<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile @Nullable T value;

    Once(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) value = make.get();
            return value;
        }
    }
}
