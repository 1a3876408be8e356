package org.tarikh.timeline.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "segment")
public class StoredSegment extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "article_id")
    public String articleId;
    public int seq;
    public String kind;
    public String lang;
    public String text;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    public String credit;
    @Column(name = "paired_with")
    public String pairedWith;
    public String dateline;
    public String enricher;
}
