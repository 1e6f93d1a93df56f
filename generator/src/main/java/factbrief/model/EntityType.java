package factbrief.model;

/** The kinds of entity a cluster file may declare. */
public enum EntityType { PERSON, ORG, GPE, LOC, FACILITY, EVENT, OTHER }
