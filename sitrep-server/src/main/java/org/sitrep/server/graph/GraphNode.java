package org.sitrep.server.graph;

/**
 * An actor: an entity of the story, or a speaker the entity list does not hold.
 *
 * @param type PERSON, ORGANIZATION, COUNTRY, LOCATION or OTHER
 * @param degree how many edges touch it
 */
public record GraphNode(String id, String label, String type, int degree) {}
