package com.calldesk.breaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The share of a team that must stay online, exactly at its boundaries. */
class BreakRuleTest {

  @Test
  void tenOnShiftLetThreeGoForAMealAndTwoToTheRestroom() {
    assertEquals(3, howManyMayGo(10, 70), "the center's example: 10 on shift, 3 for a meal");
    assertEquals(2, howManyMayGo(10, 80), "the center's example: 10 on shift, 2 to the restroom");
    assertTrue(BreakRule.allows(10, 2, 70), "7 of 10 stay: exactly 70 %");
    assertFalse(BreakRule.allows(10, 3, 70), "6 of 10 would stay");
    assertTrue(BreakRule.allows(10, 1, 80), "8 of 10 stay: exactly 80 %");
    assertFalse(BreakRule.allows(10, 2, 80), "7 of 10 would stay");
  }

  @Test
  void smallTeamsAndEdges() {
    assertFalse(BreakRule.allows(1, 0, 70), "the only agent on shift stays");
    assertFalse(BreakRule.allows(3, 0, 70), "2 of 3 is under 70 %");
    assertTrue(BreakRule.allows(4, 0, 70), "3 of 4");
    assertFalse(BreakRule.allows(4, 0, 80), "3 of 4 is under 80 %");
    assertTrue(BreakRule.allows(5, 0, 80), "4 of 5: exactly 80 %");
    assertFalse(BreakRule.allows(0, 0, 0), "nobody on shift");
    assertTrue(BreakRule.allows(2, 1, 0), "a site that sets 0 % lets everyone go");
    assertFalse(BreakRule.allows(2, 2, 0), "but not more than are there");
  }

  private static int howManyMayGo(int onShift, int percent) {
    int away = 0;
    while (BreakRule.allows(onShift, away, percent)) {
      away++;
    }
    return away;
  }
}
