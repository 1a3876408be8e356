package org.tarikh.entity.ner;

public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    FACILITY
}
