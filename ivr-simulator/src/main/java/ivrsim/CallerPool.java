package ivrsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Who calls: mostly first-time callers with mainland mobile numbers, a group of regulars who call
 * again and again (their card should show their history), and a few nuisance numbers that a site's
 * blacklist is expected to stop.
 */
final class CallerPool {

  private static final String[] PREFIXES = {"138", "139", "150", "186", "187", "135", "158"};

  private final Random random;
  private final List<String> regulars = new ArrayList<>();
  private final List<String> nuisance = List.of("13900000666", "17000000001", "17000000002");

  CallerPool(long seed) {
    random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      regulars.add(mobile());
    }
  }

  /** 60% a new number, 35% a regular, 5% a nuisance caller. */
  String next() {
    int roll = random.nextInt(100);
    if (roll < 60) {
      return mobile();
    }
    if (roll < 95) {
      return regulars.get(random.nextInt(regulars.size()));
    }
    return nuisance.get(random.nextInt(nuisance.size()));
  }

  boolean expertWanted() {
    return random.nextInt(10) == 0;
  }

  /** Talk time around the mean, never below one second. */
  long talkMillis(long meanMillis) {
    return Math.max(1000, (long) (meanMillis * (0.5 + random.nextDouble())));
  }

  private String mobile() {
    return PREFIXES[random.nextInt(PREFIXES.length)]
        + String.format("%08d", random.nextInt(100_000_000));
  }
}
