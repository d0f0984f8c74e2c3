package org.sitrep.corpus.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityMemoryTest {
  private static EntityRecord record(String id) {
    EntityRecord r = new EntityRecord();
    r.id = id;
    return r;
  }

  @Test
  void aBatchLeavesItsRecordsAndTheLookUpsItAsked() {
    EntityMemory m = new EntityMemory(10, 10, 3);
    assertThat(m.record("e1")).isNull();
    assertThat(m.lookup("key", "person:annaberg")).isNull();
    m.keep(Map.of("e1", record("e1")), Map.of(EntityMemory.key("key", "person:annaberg"), List.of("e1"), EntityMemory.key("part", "kim"), List.of()),
        Map.of());
    assertThat(m.record("e1").id).isEqualTo("e1");
    assertThat(m.lookup("key", "person:annaberg")).containsExactly("e1");
    // an answer that was empty is remembered as empty, not as unknown
    assertThat(m.lookup("part", "kim")).isEmpty();
  }

  @Test
  void keysABatchGivesRecordsGrowTheRememberedAnswersUpToTheLookUpLimit() {
    EntityMemory m = new EntityMemory(10, 10, 3);
    m.keep(Map.of(), Map.of(EntityMemory.key("part", "kim"), List.of("e1")), Map.of());
    m.keep(Map.of(), Map.of(), Map.of("part", Map.of("kim", Set.of("e2")), "key", Map.of("person:kimyojong", Set.of("e2"))));
    assertThat(m.lookup("part", "kim")).containsExactly("e1", "e2");
    // an answer never asked stays unknown: the store, holding the batch by then, is asked
    assertThat(m.lookup("key", "person:kimyojong")).isNull();
    m.keep(Map.of(), Map.of(), Map.of("part", Map.of("kim", new java.util.LinkedHashSet<>(List.of("e2", "e3", "e4")))));
    assertThat(m.lookup("part", "kim")).containsExactly("e1", "e2", "e3");
  }

  @Test
  void theLeastRecentlyUsedGoFirst() {
    EntityMemory m = new EntityMemory(2, 2, 3);
    m.keep(Map.of("e1", record("e1"), "e2", record("e2")), Map.of(), Map.of());
    assertThat(m.record("e1")).isNotNull(); // e2 is now the least recently used
    m.keep(Map.of("e3", record("e3")), Map.of(), Map.of());
    assertThat(m.record("e2")).isNull();
    assertThat(m.record("e1")).isNotNull();
    assertThat(m.record("e3")).isNotNull();
  }

  @Test
  void noneKeepsNothing() {
    EntityMemory m = EntityMemory.none();
    m.keep(Map.of("e1", record("e1")), Map.of(EntityMemory.key("key", "x"), List.of("e1")), Map.of());
    assertThat(m.record("e1")).isNull();
    assertThat(m.lookup("key", "x")).isNull();
  }
}
