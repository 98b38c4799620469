package com.calldesk.workorders;

import com.calldesk.appointments.Appointment;
import com.calldesk.appointments.AppointmentBook;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.Roles;
import com.calldesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The business query (业务查询): by customer number (or phone), every appointment and work order of the
 * customer with its whole history, newest first. Each list holds what the caller may see: their own
 * records and their team's (supervisors), everything (admins).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class BusinessQuery {

  static final int MAX = 100;

  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private AppointmentBook book;
  @Inject private WorkOrderSteps steps;
  @Inject private EmployeeRepository employees;
  @Resource private SessionContext context;

  /**
   * @throws BusinessException {@code query.noCustomer} when no customer has that number or phone
   */
  public BusinessRecords of(String customerNoOrPhone) {
    Optional<CustomerCard> found = customers.lookup(customerNoOrPhone);
    if (found.isEmpty()) {
      throw new BusinessException(
          "query.noCustomer", "customerNo", "no customer " + customerNoOrPhone);
    }
    CustomerCard customer = found.get();
    Employee me = employees.findByEmployeeNo(context.getCallerPrincipal().getName()).orElseThrow();
    java.util.List<Long> authors = employees.selfAndTeam(me.getId());
    String mine = " and x.agentId in :authors";
    var appointments =
        em.createQuery(
                "select x from Appointment x where x.customerId = :customer"
                    + mine
                    + " order by x.createdAt desc, x.id desc",
                Appointment.class)
            .setParameter("customer", customer.id())
            .setParameter("authors", authors);
    var orders =
        em.createQuery(
                "select x from WorkOrder x where x.customerId = :customer"
                    + mine
                    + " order by x.createdAt desc, x.id desc",
                WorkOrder.class)
            .setParameter("customer", customer.id())
            .setParameter("authors", authors);
    return new BusinessRecords(
        customer,
        appointments.setMaxResults(MAX).getResultList().stream()
            .map(a -> book.view(a, customer))
            .toList(),
        orders.setMaxResults(MAX).getResultList().stream()
            .map(w -> steps.view(w, customer))
            .toList());
  }
}
