package com.calldesk.it;

import com.calldesk.calls.CallFlow;
import com.calldesk.complaints.Complaints;
import com.calldesk.customers.CustomerRegistry;
import com.calldesk.inquiries.Inquiries;
import com.calldesk.messaging.MessagingResources;
import com.calldesk.platform.DatabaseMigrator;
import com.calldesk.rescue.Rescue;
import com.calldesk.scripts.ScriptTree;
import com.calldesk.seats.Seats;
import com.calldesk.security.Authentication;
import com.calldesk.shared.AuditTrail;
import com.calldesk.survey.Survey;
import com.calldesk.users.UserAdministration;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The test WAR: the real ejb module's classes and descriptors (grouped by capability), the real
 * migrations and contract as libraries, and the few test beans. Only the connection factory
 * declaration is swapped, because the RAR is deployed standalone on Payara Micro.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive platform() {
    File[] libs =
        Maven.resolver()
            .loadPomFromFile("pom.xml")
            .resolve(
                "com.calldesk:calldesk-jms-config",
                "com.calldesk:calldesk-database",
                "org.flywaydb:flyway-core",
                "org.flywaydb:flyway-database-oracle")
            .withTransitivity()
            .asFile();
    return ShrinkWrap.create(WebArchive.class, "calldesk-it.war")
        // shared kernel and platform
        .addPackage(AuditTrail.class.getPackage())
        .addPackage(DatabaseMigrator.class.getPackage())
        // capabilities
        .addPackage(Authentication.class.getPackage())
        .addPackage(Seats.class.getPackage())
        .addPackage(CustomerRegistry.class.getPackage())
        .addPackage(CallFlow.class.getPackage())
        .addPackage(Inquiries.class.getPackage())
        .addPackage(com.calldesk.callbacks.Callbacks.class.getPackage())
        .addPackage(Survey.class.getPackage())
        .addPackage(ScriptTree.class.getPackage())
        .addPackage(UserAdministration.class.getPackage())
        .addPackage(Complaints.class.getPackage())
        .addPackage(Rescue.class.getPackage())
        .addPackage(com.calldesk.breaks.Breaks.class.getPackage())
        .addPackage(com.calldesk.monitor.SeatMonitor.class.getPackage())
        .addPackage(com.calldesk.notices.Notices.class.getPackage())
        .addPackage(com.calldesk.appointments.Appointments.class.getPackage())
        .addPackage(com.calldesk.workorders.WorkOrders.class.getPackage())
        .addPackage(com.calldesk.bookings.Bookings.class.getPackage())
        .addPackage(com.calldesk.partners.PartnerReplies.class.getPackage())
        .addPackage(com.calldesk.leads.Leads.class.getPackage())
        // messaging, less the EAR-only connection factory declaration
        .addPackage(MessagingResources.class.getPackage())
        .deleteClass(MessagingResources.class)
        .addClasses(
            BrokerExtension.class,
            TestMessagingResources.class,
            TestHandlers.class,
            TransactionalSender.class,
            Probes.class,
            RunAs.class,
            RunAs.AsAdmin.class,
            RunAs.AsAgent.class,
            RunAs.AsSupervisor.class,
            DeskFixture.class,
            UsersFixture.class,
            Refusals.class,
            FloorFixture.class,
            WorkFixture.class,
            DeskRecorder.class)
        .addAsLibraries(libs)
        // The test handlers' message types, published beside the real contract's.
        .addAsResource(
            "it/contract/test.note.schema.json", "calldesk/contract/schemas/test.note.schema.json")
        .addAsResource(
            "it/contract/test.poison.schema.json",
            "calldesk/contract/schemas/test.poison.schema.json")
        .addAsResource("calldesk/security/common-passwords.txt")
        .addAsResource("META-INF/persistence.xml")
        .addAsResource("META-INF/microprofile-config.properties")
        .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
        .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
        .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml");
  }
}
