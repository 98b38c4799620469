package com.calldesk.web.desk;

import com.calldesk.security.EmployeeView;
import com.calldesk.security.Staff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is logged in, for the page header. */
@Named
@RequestScoped
public class CurrentEmployee {

  @Inject private Staff staff;
  private EmployeeView me;

  public EmployeeView getMe() {
    if (me == null) {
      me = staff.me();
    }
    return me;
  }
}
