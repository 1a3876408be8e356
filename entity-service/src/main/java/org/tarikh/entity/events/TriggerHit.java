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
}
