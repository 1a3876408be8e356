package org.tarikh.timeline.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "article")
public class StoredArticle extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String source;
    public String url;
    public String lang;
    @Column(name = "published_at")
    public String publishedAt;
    @Column(name = "published_date")
    public LocalDate publishedDate;
    @Column(name = "date_missing")
    public boolean dateMissing;
    @Column(name = "text_length")
    public Integer textLength;
    @Column(name = "segment_total")
    public int segmentTotal;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
