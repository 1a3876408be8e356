package org.tarikh.timeline.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A canonical entity: one real-world person, organization, place or facility. */
@Entity
@Table(name = "entity")
public class StoredEntity extends PanacheEntityBase {

    @Id
    public String key;
    public String type;
    public String name;
    public Double lat;
    public Double lon;
}
