package com.calldesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.seats.AgentState;
import com.calldesk.seats.Seats;
import com.calldesk.security.AgentLevel;
import com.calldesk.security.Authentication;
import com.calldesk.security.LoginOutcome;
import com.calldesk.security.Role;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import com.calldesk.users.OneTimePassword;
import com.calldesk.users.SiteBootstrap;
import com.calldesk.users.UserAdministration;
import com.calldesk.users.UserFilter;
import com.calldesk.users.UserForm;
import com.calldesk.users.UserPage;
import com.calldesk.users.UserRow;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform on a real Payara Micro, a real Artemis broker started from the production
 * broker.xml, and a real H2 file database migrated by the production scripts. One deployment for
 * all, because every deployment costs a JVM boot.
 */
@ExtendWith({BrokerExtension.class, ArquillianExtension.class})
class PlatformIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Deployment
  static WebArchive deployment() {
    return Deployments.platform();
  }

  @Inject Authentication authentication;
  @Inject Seats seats;
  @Inject RunAs.AsAdmin asAdmin;
  @Inject RunAs.AsAgent asAgent;
  @Inject TransactionalSender sender;
  @Inject Probes probes;
  @Inject UsersFixture usersFixture;
  @Inject SiteBootstrap bootstrap;
  @EJB UserAdministration users;

  // --- login and the identity store's checks ----------------------------------------------

  @Test
  void theRightPasswordLogsInWithTheEmployeesRoles() {
    LoginOutcome outcome = authentication.verify("2001", "calldesk".toCharArray());

    assertTrue(outcome.succeeded());
    assertEquals("2001", outcome.employeeNo());
    assertEquals(Set.of("AGENT", "SUPERVISOR"), outcome.roles());
    assertTrue(probes.auditEntries("LOGIN", "2001") >= 1, "the login is audited");
  }

  @Test
  void wrongPasswordsAndUnknownIdsFailAndAreAudited() {
    long before = probes.auditEntries("LOGIN_FAILED", "1001");

    assertFalse(authentication.verify("1001", "wrong".toCharArray()).succeeded());
    assertFalse(authentication.verify("nobody", "calldesk".toCharArray()).succeeded());
    assertFalse(authentication.verify("", "calldesk".toCharArray()).succeeded());

    assertEquals(before + 1, probes.auditEntries("LOGIN_FAILED", "1001"));
    assertTrue(authentication.verify("1001", "calldesk".toCharArray()).succeeded());
  }

  @Test
  void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
    for (int i = 0; i < 5; i++) {
      assertFalse(authentication.verify("1003", ("guess" + i).toCharArray()).succeeded());
    }
    assertFalse(
        authentication.verify("1003", "calldesk".toCharArray()).succeeded(),
        "locked: the right password is refused too");
    assertEquals(1, probes.auditEntries("ACCOUNT_LOCKED", "1003"));
  }

  @Test
  void aLogoutIsAudited() {
    long before = probes.auditEntries("LOGOUT", "1002");
    asAgent.logOut();
    assertEquals(before + 1, probes.auditEntries("LOGOUT", "1002"));
    assertThrows(EJBAccessException.class, () -> authentication.loggedOut(), "nobody to log out");
  }

  // --- @RolesAllowed: deny unless the role is named ----------------------------------------

  @Test
  void anAdminMayNotTakeASeat() {
    EJBException e = assertThrows(EJBException.class, () -> asAdmin.signIn());
    assertInstanceOf(EJBAccessException.class, rootAccessException(e));
  }

  @Test
  void nobodyLoggedInMayTakeASeat() {
    assertThrows(EJBAccessException.class, () -> seats.signIn());
  }

  @Test
  void anAgentTakesASeatAndIsReady() {
    assertEquals(AgentState.READY, asAgent.signIn().state());
    assertTrue(probes.auditEntries("SEAT_STATE", "1002") >= 1, "the state change is audited");
  }

  @Test
  void loggingOutOrLosingTheSessionSetsOffline() throws Exception {
    assertEquals(AgentState.READY, asAgent.signIn().state());
    assertEquals(AgentState.OFFLINE, asAgent.signOut().state());

    assertEquals(AgentState.READY, asAgent.signIn().state());
    seats.sessionEnded("1002");
    // Read without changing it: signOut() would set OFFLINE itself.
    assertEquals(
        AgentState.OFFLINE, asAgent.call(() -> seats.mine()).state(), "the expired session's seat");
    assertTrue(probes.auditEntriesMentioning("SEAT_STATE", "session ended") >= 1);
  }

  // --- user management (SPEC §10) and the first administrator -------------------------------

  @Test
  void theFirstAdministratorIsCreatedWhenNoneIsEnabledWithAOneTimePasswordInAPrivateFile()
      throws Exception {
    assertTrue(bootstrap.ensureAnAdministrator().isEmpty(), "9001 is an enabled admin");

    usersFixture.setActive("9001", false);
    try {
      Path file = bootstrap.ensureAnAdministrator().orElseThrow();

      assertEquals(
          Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
          Files.getPosixFilePermissions(file),
          "readable by the server's user only");
      String text = Files.readString(file);
      assertTrue(text.contains("employee id: admin"), text);
      String password = text.replaceAll("(?s).*one-time password: (\\S+).*", "$1");
      assertTrue(authentication.verify("admin", password.toCharArray()).succeeded());
      assertTrue(usersFixture.flag("admin", "must_change_password"), "changed at first login");
      assertEquals(1, probes.auditEntries("FIRST_ADMIN_CREATED", "admin"));
      assertTrue(bootstrap.ensureAnAdministrator().isEmpty(), "once is enough");
    } finally {
      usersFixture.setActive("9001", true);
      usersFixture.setActive("admin", false);
    }
  }

  @Test
  void demoUsersAreDisabledWhereDemoDataIsOff() {
    try {
      assertTrue(bootstrap.retireDemoUsers() >= 5);
      assertFalse(usersFixture.flag("1001", "active"));
      assertFalse(authentication.verify("1001", "calldesk".toCharArray()).succeeded());
      assertTrue(probes.auditEntries("DEMO_USER_DISABLED", "9001") >= 1);
    } finally {
      usersFixture.activateDemoUsers();
    }
    assertTrue(authentication.verify("1001", "calldesk".toCharArray()).succeeded());
  }

  @Test
  void anAdminCreatesAUserWhoLogsInWithAOneTimePasswordThatMustBeChanged() throws Exception {
    String no = "u" + (System.nanoTime() % 1_000_000);
    OneTimePassword otp =
        asAdmin.call(
            () ->
                users.create(
                    new UserForm(
                        no,
                        "赵六 Zhao Liu",
                        Set.of(Role.AGENT),
                        AgentLevel.PROFESSIONAL,
                        "2001",
                        "SERVICE",
                        true,
                        0)));

    assertEquals(no, otp.employeeNo());
    assertTrue(authentication.verify(no, otp.password().toCharArray()).succeeded());
    assertTrue(usersFixture.flag(no, "must_change_password"));
    UserForm saved = asAdmin.call(() -> users.user(no));
    assertEquals("2001", saved.supervisorNo());
    assertEquals("SERVICE", saved.departmentCode());
    assertEquals(1, probes.auditEntries("USER_CREATED", no));

    UserForm renamed =
        asAdmin.call(
            () ->
                users.update(
                    new UserForm(
                        no,
                        "赵六",
                        Set.of(Role.AGENT, Role.SUPERVISOR),
                        AgentLevel.EXPERT,
                        null,
                        "SALES",
                        true,
                        saved.version())));
    assertEquals(Set.of(Role.AGENT, Role.SUPERVISOR), renamed.roles());
    assertNull(renamed.supervisorNo());
    assertEquals(
        "users.changedMeanwhile",
        businessKey(() -> asAdmin.call(() -> users.update(saved))),
        "a form loaded before the change is refused");

    asAdmin.call(() -> users.setActive(no, false));
    assertFalse(authentication.verify(no, otp.password().toCharArray()).succeeded());
    assertEquals(1, probes.auditEntries("USER_DISABLED", no));
  }

  @Test
  void badAccountsAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
    InvalidInput refused =
        invalid(
            () ->
                asAdmin.call(
                    () ->
                        users.create(
                            new UserForm(
                                "1001",
                                " ",
                                Set.of(Role.SUPERVISOR),
                                AgentLevel.NORMAL,
                                "1002",
                                "NO_SUCH",
                                true,
                                0))));
    assertEquals(
        Set.of("employeeNo", "fullName", "roles", "supervisor", "department"),
        refused.problems().stream()
            .map(InvalidInput.Problem::field)
            .collect(java.util.stream.Collectors.toSet()));
    assertEquals(
        "users.idTaken",
        refused.problems().stream()
            .filter(p -> p.field().equals("employeeNo"))
            .findFirst()
            .orElseThrow()
            .messageKey());
    EJBException agent =
        assertThrows(
            EJBException.class, () -> asAgent.call(() -> users.page(null, 0, 10, null, true)));
    assertInstanceOf(
        EJBAccessException.class, rootAccessException(agent), "agents manage no users");
  }

  @Test
  void theUserListIsFilteredSortedAndPagedInTheDatabase() throws Exception {
    UserPage supervisors =
        asAdmin.call(
            () ->
                users.page(
                    new UserFilter(null, Role.SUPERVISOR, null, null, null), 0, 50, null, true));
    assertTrue(supervisors.rows().stream().anyMatch(r -> r.employeeNo().equals("2001")));
    assertTrue(supervisors.rows().stream().noneMatch(r -> r.employeeNo().equals("1001")));

    UserPage team =
        asAdmin.call(
            () ->
                users.page(
                    new UserFilter(null, null, "2001", null, true), 0, 2, "employeeNo", true));
    assertEquals(2, team.rows().size(), "a page of two");
    assertTrue(team.total() >= 3, "of the whole team");
    assertEquals("1001", team.rows().get(0).employeeNo());
    assertEquals("刘洋 Liu Yang", team.rows().get(0).supervisorName());
    UserPage secondPage =
        asAdmin.call(
            () ->
                users.page(
                    new UserFilter(null, null, "2001", null, true), 2, 2, "employeeNo", true));
    assertEquals("1003", secondPage.rows().get(0).employeeNo());

    UserPage byName =
        asAdmin.call(
            () ->
                users.page(
                    new UserFilter("zhang", null, null, null, null), 0, 10, "fullName", false));
    assertEquals(List.of("1001"), byName.rows().stream().map(UserRow::employeeNo).toList());
  }

  @Test
  void theLastEnabledAdministratorCannotBeLockedOut() throws Exception {
    assertEquals(1, usersFixture.enabledAdmins(), "9001 is the only one");
    UserForm admin = asAdmin.call(() -> users.user("9001"));

    assertEquals(
        "users.notYourself", businessKey(() -> asAdmin.call(() -> users.setActive("9001", false))));
    assertEquals(
        "users.lastAdmin",
        businessKey(
            () ->
                asAdmin.call(
                    () ->
                        users.update(
                            new UserForm(
                                "9001",
                                admin.fullName(),
                                Set.of(Role.AGENT),
                                admin.level(),
                                null,
                                admin.departmentCode(),
                                true,
                                admin.version())))));
    assertTrue(usersFixture.flag("9001", "active"));
    assertEquals(1, usersFixture.enabledAdmins());
  }

  @Test
  void aResetPasswordLiftsALockoutAndMustBeChangedAndOwnChangesFollowThePolicy() throws Exception {
    String original = usersFixture.passwordHash("1002");
    try {
      for (int i = 0; i < 5; i++) {
        authentication.verify("1002", ("wrong" + i).toCharArray());
      }
      assertFalse(authentication.verify("1002", "calldesk".toCharArray()).succeeded(), "locked");

      OneTimePassword otp = asAdmin.call(() -> users.resetPassword("1002"));

      assertTrue(authentication.verify("1002", otp.password().toCharArray()).succeeded());
      assertFalse(authentication.verify("1002", "calldesk".toCharArray()).succeeded());
      assertTrue(asAgent.call(() -> authentication.passwordChangeDue()));
      char[] current = otp.password().toCharArray();
      assertEquals(
          "password.wrongCurrent",
          invalid(
                  () ->
                      asAgent.call(
                          () -> {
                            authentication.changePassword(
                                "nope".toCharArray(), "Lantern-Orchard-42".toCharArray());
                            return null;
                          }))
              .problems()
              .get(0)
              .messageKey());
      assertEquals(
          "password.tooShort",
          invalid(
                  () ->
                      asAgent.call(
                          () -> {
                            authentication.changePassword(current, "Short1".toCharArray());
                            return null;
                          }))
              .problems()
              .get(0)
              .messageKey());
      assertEquals(
          "password.common",
          invalid(
                  () ->
                      asAgent.call(
                          () -> {
                            authentication.changePassword(current, "password2026!".toCharArray());
                            return null;
                          }))
              .problems()
              .get(0)
              .messageKey());

      asAgent.call(
          () -> {
            authentication.changePassword(current, "Lantern-Orchard-42".toCharArray());
            return null;
          });

      assertFalse(asAgent.call(() -> authentication.passwordChangeDue()));
      assertTrue(authentication.verify("1002", "Lantern-Orchard-42".toCharArray()).succeeded());
      assertEquals(1, probes.auditEntries("PASSWORD_RESET", "1002"));
      assertTrue(probes.auditEntries("PASSWORD_CHANGED", "1002") >= 1);
    } finally {
      usersFixture.restorePassword("1002", original);
    }
  }

  // --- a rolled-back change sends nothing ---------------------------------------------------

  @Test
  void aRolledBackChangeSendsNothingAndSavesNothing() {
    String refused = "refused-" + UUID.randomUUID();
    String committed = "committed-" + UUID.randomUUID();

    assertThrows(BusinessException.class, () -> sender.saveAndSend(refused, true));
    sender.saveAndSend(committed, false);

    List<String> waiting = probes.browse(CallDeskQueue.PARTNER_EVENTS.address());
    assertEquals(1, waiting.stream().filter(b -> b.contains(committed)).count());
    assertEquals(0, waiting.stream().filter(b -> b.contains(refused)).count());
    assertEquals(1, probes.auditEntries("TEST_SAVE", committed));
    assertEquals(0, probes.auditEntries("TEST_SAVE", refused));
  }

  // --- poison messages end in the dead-letter queue -----------------------------------------

  @Test
  void aPoisonMessageLandsInTheDeadLetterQueueAfterTheConfiguredAttempts() {
    Envelope poison = envelope(TestHandlers.POISON);
    TestHandlers.POISON_ATTEMPTS.set(0);

    probes.send(CallDeskQueue.PARTNER_REQUESTS.address(), poison.toJson(), poison.id(), null);

    String dlq = CallDeskQueue.PARTNER_REQUESTS.deadLetterAddress();
    await(() -> probes.browse(dlq).stream().anyMatch(b -> b.contains(poison.id())), "DLQ");
    // max-delivery-attempts in broker.xml
    assertEquals(5, TestHandlers.POISON_ATTEMPTS.get());
    assertEquals(0, probes.processed(poison.id()), "a failed message leaves no trace");
  }

  @Test
  void aMessageThatBreaksTheContractIsDeadLetteredAtOnceWithItsReason() {
    String marker = "not-json-" + UUID.randomUUID();
    probes.send(CallDeskQueue.PARTNER_REQUESTS.address(), marker, marker, null);

    String dlq = CallDeskQueue.PARTNER_REQUESTS.deadLetterAddress();
    await(() -> probes.browse(dlq).stream().anyMatch(b -> b.contains(marker)), "DLQ");
    List<String[]> copies =
        probes.browseWithRefusal(dlq).stream().filter(m -> m[0].contains(marker)).toList();
    assertEquals(1, copies.size());
    assertTrue(copies.get(0)[1].startsWith("body is not JSON"), copies.get(0)[1]);
  }

  @Test
  void aTypeNotTakenOnAQueueIsRefusedEvenIfPublished() {
    // call.offered is in the contract, but on the call events queue, not the partner requests.
    Envelope misplaced =
        Envelope.create(
            "call.offered",
            1,
            "c-" + UUID.randomUUID(),
            Instant.now(),
            Json.createObjectBuilder()
                .add("callId", "c-1")
                .add("callerNumber", "13800138000")
                .add("channel", "hotline-main")
                .build());
    probes.send(CallDeskQueue.PARTNER_REQUESTS.address(), misplaced.toJson(), misplaced.id(), null);

    String dlq = CallDeskQueue.PARTNER_REQUESTS.deadLetterAddress();
    await(
        () -> probes.browse(dlq).stream().anyMatch(b -> b.contains(misplaced.id())),
        "refused copy");
    String reason =
        probes.browseWithRefusal(dlq).stream()
            .filter(m -> m[0].contains(misplaced.id()))
            .findFirst()
            .orElseThrow()[1];
    assertEquals("call.offered is not taken on calldesk.partner.requests", reason);
    assertEquals(0, probes.processed(misplaced.id()));
  }

  // --- the same message id acts once ----------------------------------------------------------

  @Test
  void aDuplicateMessageIdIsProcessedOnce() {
    Envelope note = envelope(TestHandlers.NOTE);
    Envelope sentinel = envelope(TestHandlers.NOTE);
    String queue = CallDeskQueue.PARTNER_REQUESTS.address();
    String group = "dup-" + note.id();

    // Sent with the duplicate-detection id: the broker drops the copy.
    probes.send(queue, note.toJson(), note.id(), group);
    probes.send(queue, note.toJson(), note.id(), group);
    // Re-sent without it (a partner that forgot the header, or after the broker's id cache):
    // the consumer's own record of processed ids stops it.
    probes.send(queue, note.toJson(), null, group);
    // Same group, so consumed after the copies: once it is done, so are they.
    probes.send(queue, sentinel.toJson(), sentinel.id(), group);

    await(() -> probes.auditEntries("TEST_NOTE", sentinel.id()) == 1, "sentinel");
    assertEquals(1, probes.auditEntries("TEST_NOTE", note.id()));
    assertEquals(1, probes.processed(note.id()));
  }

  private static Envelope envelope(String type) {
    return Envelope.create(
        type,
        1,
        "it-" + UUID.randomUUID(),
        Instant.now(),
        Json.createObjectBuilder().add("note", "integration test").build());
  }

  private static void await(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out after " + WAIT + " waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static String businessKey(org.junit.jupiter.api.function.Executable action) {
    return Refusals.refusal(BusinessException.class, action).messageKey();
  }

  private static InvalidInput invalid(org.junit.jupiter.api.function.Executable action) {
    return Refusals.refusal(InvalidInput.class, action);
  }

  private static Throwable rootAccessException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return t;
      }
    }
    return e;
  }
}
