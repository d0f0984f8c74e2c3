package org.sitrep.core.model;

/** Coarse entity classes of the contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION,
  OTHER
}
