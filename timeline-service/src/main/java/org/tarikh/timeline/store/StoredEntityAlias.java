package org.tarikh.timeline.store;

import java.io.Serializable;
import java.util.Objects;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A name an entity is known by, with its lookup form ({@link org.tarikh.timeline.chronology.NameKey}). */
@Entity
@Table(name = "entity_alias")
@IdClass(StoredEntityAlias.Key.class)
public class StoredEntityAlias extends PanacheEntityBase {

    @Id
    @Column(name = "entity_key")
    public String entityKey;
    @Id
    public String normalized;
    public String alias;
    public String lang;

    public static class Key implements Serializable {
        public String entityKey;
        public String normalized;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(entityKey, k.entityKey) && Objects.equals(normalized, k.normalized);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entityKey, normalized);
        }
    }
}
