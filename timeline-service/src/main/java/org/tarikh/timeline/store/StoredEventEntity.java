package org.tarikh.timeline.store;

import java.io.Serializable;
import java.util.Objects;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An entity's part in an event: ACTOR, TARGET or PLACE. */
@Entity
@Table(name = "event_entity")
@IdClass(StoredEventEntity.Key.class)
public class StoredEventEntity extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public Long eventId;
    @Id
    @Column(name = "entity_key")
    public String entityKey;
    @Id
    public String role;

    public static class Key implements Serializable {
        public Long eventId;
        public String entityKey;
        public String role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(entityKey, k.entityKey)
                    && Objects.equals(role, k.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, entityKey, role);
        }
    }
}
