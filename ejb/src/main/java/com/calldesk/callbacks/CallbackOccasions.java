package com.calldesk.callbacks;

import com.calldesk.complaints.ComplaintClosed;
import com.calldesk.customers.ExpiryDateSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The rules run on the events that trigger them, not only every quarter of an hour: a closed
 * complaint's follow-up and a callback before a newly set expiry date are raised in the same
 * transaction as the close or the card's change (a rollback raises nothing).
 */
@ApplicationScoped
class CallbackOccasions {

  @Inject private CallbackRules rules;
  @Inject private CallbackSettings settings;
  @Inject private Clock clock;

  void complaintClosed(@Observes ComplaintClosed closed) {
    Instant now = clock.instant();
    rules.raiseFor(closed.complaintId(), null, LocalDate.ofInstant(now, settings.zone()), now);
  }

  void expiryDateSet(@Observes ExpiryDateSet set) {
    Instant now = clock.instant();
    rules.raiseFor(null, set.customerId(), LocalDate.ofInstant(now, settings.zone()), now);
  }
}
