package com.calldesk.web.complaints;

import com.calldesk.complaints.ComplaintRow;
import com.calldesk.complaints.Complaints;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A supervisor's info bar: their team's complaints that are due soon or overdue, as the desk opens;
 * later ones arrive on the push socket.
 */
@Named("complaintAlerts")
@RequestScoped
public class ComplaintAlertsBacking {

  @Inject private Complaints complaints;
  private List<ComplaintRow> rows;

  public List<ComplaintRow> getRows() {
    if (rows == null) {
      rows = complaints.alertsForMe();
    }
    return rows;
  }
}
