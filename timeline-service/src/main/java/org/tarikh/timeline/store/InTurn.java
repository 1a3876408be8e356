package org.tarikh.timeline.store;

import java.util.function.Function;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Steps run one after another, each started when the one before has completed, as one {@link Uni}.
 *
 * <p>Folding the steps into {@code chain = chain.chain(step)} nests one operator per step, and subscribing to the
 * result recurses through all of them: an article of 5,705 segments overflowed the event loop's stack and was
 * dead-lettered as a {@code StackOverflowError}. A concatenation of the steps keeps the stack flat however many
 * there are.
 */
public final class InTurn {

    private InTurn() {
    }

    /** Runs {@code step} for each of {@code items} in their order, the next once the last has completed. */
    public static <T> Uni<Void> each(Iterable<T> items, Function<? super T, Uni<?>> step) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(item -> step.apply(item).replaceWithVoid())
                .onItem().ignoreAsUni();
    }
}
