package org.tarikh.entity.events;

/**
 * A trigger phrase found in a text: tokens [from, to].
 *
 * @param start original offset where the trigger starts, after any proclitic (وقتل: at قتل)
 */
record TriggerHit(Trigger trigger, int from, int to, int start) {

    EventType type() {
        return trigger.type();
    }

    boolean verb() {
        return trigger.verb();
    }

    boolean violent() {
        return trigger.type().violent();
    }

    /** The same words, read as another type of event (a statement of what is to come is a threat). */
    TriggerHit as(EventType type) {
        return new TriggerHit(new Trigger(type, trigger.lang(), trigger.words(), trigger.verb(), trigger.needs()), from,
                to, start);
    }
}
