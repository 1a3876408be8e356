-- An article's own MinHash sketch (the text of all its paragraphs, TextSketch) and its bands, as segment_sketch and
-- segment_band are a paragraph's. A paragraph under 12 words has no sketch of its own (too short to tell a copy by),
-- so a near copy repeated every short paragraph of its original as one more analysis, and a short sentence that
-- joins no event by its words (under 40 characters) as one more event: 8 doubled events in a 1,500-article copies
-- bench. With the article's sketch, a short paragraph of an article that nearly copies another is a copy of the very
-- same paragraph there (docs/timeline.md, "Copies are copies"). Articles stored before this have no sketch.
create table article_sketch (
    article_id      varchar(64) primary key references article (id) on delete cascade,
    minimums        bigint[] not null
);
create table article_band (
    band            bigint not null,
    article_id      varchar(64) not null references article (id) on delete cascade,
    primary key (band, article_id)
);
-- deleting an article (a new version replaces it) finds its bands by article
create index article_band_article on article_band (article_id);
