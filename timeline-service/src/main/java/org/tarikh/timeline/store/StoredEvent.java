package org.tarikh.timeline.store;

import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A chronology event, which one or more sources report. */
@Entity
@Table(name = "event")
public class StoredEvent extends PanacheEntityBase {

    @Id
    public Long id;
    public String fingerprint;
    public String type;
    @Column(name = "date_value")
    public String dateValue;
    @Column(name = "date_earliest")
    public LocalDate dateEarliest;
    @Column(name = "date_latest")
    public LocalDate dateLatest;
    public String precision;
    @Column(name = "date_basis")
    public String dateBasis;
    @Column(name = "place_key")
    public String placeKey;
    public String summary;
    public Integer killed;
    @Column(name = "killed_at_least")
    public boolean killedAtLeast;
    public Integer injured;
    @Column(name = "injured_at_least")
    public boolean injuredAtLeast;
    public double confidence;
}
