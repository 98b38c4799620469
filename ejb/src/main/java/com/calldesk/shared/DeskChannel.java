package com.calldesk.shared;

import jakarta.annotation.Resource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * From the services to the agents' open pages. A service publishes inside its transaction; the
 * notices leave only after it commits, in publishing order, so a page never shows a call that was
 * rolled back. The web tier subscribes once at start-up and pushes them out.
 *
 * <p>The subscriber list is static on purpose: the EJB module and the WAR of the EAR share this
 * class (one class loader per application), so both see one list whatever CDI does about bean
 * visibility between modules.
 */
@jakarta.enterprise.context.ApplicationScoped
public class DeskChannel {

  private static final Logger LOG = Logger.getLogger(DeskChannel.class.getName());
  private static final List<Consumer<DeskNotice>> SUBSCRIBERS = new CopyOnWriteArrayList<>();
  private static final Object PENDING = DeskChannel.class.getName() + ".pending";

  @Resource private TransactionSynchronizationRegistry transactions;

  public static void subscribe(Consumer<DeskNotice> subscriber) {
    SUBSCRIBERS.add(subscriber);
  }

  public static void unsubscribe(Consumer<DeskNotice> subscriber) {
    SUBSCRIBERS.remove(subscriber);
  }

  /** Delivers after the current transaction commits; without a transaction, at once. */
  public void publish(DeskNotice notice) {
    if (transactions == null
        || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      deliver(List.of(notice));
      return;
    }
    @SuppressWarnings("unchecked")
    List<DeskNotice> pending = (List<DeskNotice>) transactions.getResource(PENDING);
    if (pending == null) {
      List<DeskNotice> batch = new ArrayList<>();
      transactions.putResource(PENDING, batch);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                deliver(batch);
              }
            }
          });
      pending = batch;
    }
    pending.add(notice);
  }

  private static void deliver(List<DeskNotice> notices) {
    for (DeskNotice notice : notices) {
      for (Consumer<DeskNotice> subscriber : SUBSCRIBERS) {
        try {
          subscriber.accept(notice);
        } catch (RuntimeException e) {
          // The change is committed; a page that missed it catches up on its next refresh.
          LOG.log(Level.WARNING, "A desk subscriber failed", e);
        }
      }
    }
  }
}
