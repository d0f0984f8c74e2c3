package org.sitrep.server.graph;

import java.util.List;

/** The actor graph of one story. */
public record ActorGraph(String story, List<GraphNode> nodes, List<GraphEdge> edges) {
  public ActorGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
