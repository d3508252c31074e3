package org.scorelink.xapi.control;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.scorelink.xapi.entity.StatementsStored;

/** Collects fired events the way CDI would deliver them to observers (tests of the writer without a container). */
final class RecordingEvents implements Event<StatementsStored> {

    private final List<StatementsStored> events;

    RecordingEvents(List<StatementsStored> events) {
        this.events = events;
    }

    @Override
    public void fire(StatementsStored event) {
        events.add(event);
    }

    @Override
    public <U extends StatementsStored> CompletionStage<U> fireAsync(U event) {
        events.add(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends StatementsStored> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<StatementsStored> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends StatementsStored> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends StatementsStored> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
