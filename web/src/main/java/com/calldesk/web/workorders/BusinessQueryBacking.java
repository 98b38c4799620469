package com.calldesk.web.workorders;

import com.calldesk.web.Feedback;
import com.calldesk.workorders.BusinessQuery;
import com.calldesk.workorders.BusinessRecords;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The business query (业务查询): a customer number (or phone) in, every appointment and work order of
 * the customer the viewer may see out, each with its whole history. {@code ?customer=} runs it.
 */
@Named("businessQuery")
@ViewScoped
public class BusinessQueryBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BusinessQuery query;
  @Inject private Feedback feedback;
  @Inject private ExternalContext external;

  private String customerNo;
  private BusinessRecords records;

  @PostConstruct
  void load() {
    String no = external.getRequestParameterMap().get("customer");
    if (no != null && no.matches("[A-Za-z0-9+-]{1,20}")) {
      customerNo = no;
      search();
    }
  }

  public void search() {
    try {
      records = query.of(customerNo);
    } catch (RuntimeException e) {
      records = null;
      feedback.refused(e, "query");
    }
  }

  public BusinessRecords getRecords() {
    return records;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }
}
