package com.calldesk.web.desk;

import com.calldesk.calls.CallLog;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.CustomerCorrection;
import com.calldesk.customers.Customers;
import com.calldesk.customers.HistoryEntry;
import com.calldesk.inquiries.Inquiries;
import com.calldesk.inquiries.InquiryRow;
import com.calldesk.shared.CodeName;
import com.calldesk.web.Feedback;
import com.calldesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The customer card on the desk (SPEC §3.2): opens on the caller when a call pops (or by customer
 * number / phone outside a call), takes corrections, and shows the customer's records on one
 * timeline. The form holds a copy; the version it was loaded with goes back with the save.
 */
@Named("customerCard")
@ViewScoped
public class CustomerCardBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Customers customers;
  @Inject private Inquiries inquiries;
  @Inject private CallLog calls;
  @Inject private AgentDeskBacking desk;
  @Inject private Feedback feedback;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  private CustomerCard card;
  private String callId;
  private String lookupKey;
  private List<HistoryEntry> history = List.of();
  private List<InquiryRow> customerInquiries = List.of();
  private List<SelectItem> classes;

  /** The call the card was opened for has ended (wrap-up): no longer "on the line". */
  private boolean callOver;

  // the form
  private String fullName;
  private String gender;
  private String company;
  private String address;
  private String email;
  private java.time.LocalDate expiresOn;
  private String notes;
  private String classCode;
  private String phones;

  @PostConstruct
  void load() {
    String current = desk.getSeat().currentCallId();
    if (current != null) {
      openCall(current);
    }
  }

  /** The page's script calls this when a call pops, with the call id. */
  public void openForCall() {
    String id = faces.getExternalContext().getRequestParameterMap().get("callId");
    if (id != null && !id.isBlank()) {
      openCall(id);
    }
  }

  private void openCall(String id) {
    try {
      Long customerId = calls.linkFor(id).customerId();
      if (customerId != null) {
        callId = id;
        callOver = false;
        show(customers.card(customerId));
      }
    } catch (RuntimeException e) {
      feedback.refused(e, "card");
    }
  }

  /**
   * The page's script calls this when the call the card is open for ends: the card says so and the
   * timeline shows the call as it ended, without a reload (the agent's edits stay).
   */
  public void callEnded() {
    String id = faces.getExternalContext().getRequestParameterMap().get("callId");
    if (id != null && id.equals(callId)) {
      callOver = true;
      refreshRecords();
    }
  }

  public boolean isCallOver() {
    return callOver;
  }

  /** A timeline line as the page shows it: card corrections in words, the rest as recorded. */
  public String summary(HistoryEntry e) {
    if (!"CARD".equals(e.kind())) {
      return e.summary();
    }
    // The class names come from the options the card already loaded once for this view.
    return CardChangeText.format(
        e.summary(),
        messages::get,
        (label, value) -> messages.get("customer.changeItem", label, value),
        code ->
            getClasses().stream()
                .filter(c -> code.equals(c.getValue()))
                .map(SelectItem::getLabel)
                .findFirst()
                .orElse(code));
  }

  /** Opens a customer by number or phone, e.g. to call them back. */
  public void lookup() {
    var found = customers.lookup(lookupKey);
    if (found.isEmpty()) {
      feedback.error("card:lookupKey", "customer.notFound");
      return;
    }
    callId = null;
    show(found.get());
  }

  public void save() {
    try {
      show(
          customers.correct(
              card.id(),
              new CustomerCorrection(
                  card.version(),
                  fullName,
                  gender,
                  company,
                  address,
                  email,
                  notes,
                  classCode,
                  Arrays.asList(phones == null ? new String[0] : phones.split("[,;\\s]+")),
                  expiresOn)));
      feedback.info("customer.saved");
    } catch (RuntimeException e) {
      feedback.refused(e, "card", "phones=phones");
    }
  }

  /** After a refused save: the card as it is now, the agent's unsaved edits dropped. */
  public void reload() {
    show(customers.card(card.id()));
  }

  /** Called after a record was added, so the lists show it. */
  public void refreshRecords() {
    if (card != null) {
      history = customers.history(card.id());
      customerInquiries = inquiries.ofCustomer(card.id());
    }
  }

  private void show(CustomerCard c) {
    card = c;
    fullName = c.fullName();
    gender = c.gender();
    company = c.company();
    address = c.address();
    email = c.email();
    notes = c.notes();
    classCode = c.classCode();
    expiresOn = c.expiresOn();
    phones = String.join(" ", c.phoneNumbers());
    refreshRecords();
  }

  /** Loaded once per view: JSF asks for the options several times per request. */
  public List<SelectItem> getClasses() {
    if (classes == null) {
      Locale locale = faces.getViewRoot().getLocale();
      classes =
          customers.classes().stream()
              .map((CodeName c) -> new SelectItem(c.code(), c.name(locale)))
              .toList();
    }
    return classes;
  }

  public boolean isOpen() {
    return card != null;
  }

  public Long getCustomerId() {
    return card == null ? null : card.id();
  }

  public CustomerCard getCard() {
    return card;
  }

  public String getCallId() {
    return callId;
  }

  public List<HistoryEntry> getHistory() {
    return history;
  }

  public List<InquiryRow> getCustomerInquiries() {
    return customerInquiries;
  }

  public String getLookupKey() {
    return lookupKey;
  }

  public void setLookupKey(String lookupKey) {
    this.lookupKey = lookupKey;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  /** The contract's, membership's or warranty's expiry: a callback comes due before it. */
  public java.time.LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(java.time.LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getClassCode() {
    return classCode;
  }

  public void setClassCode(String classCode) {
    this.classCode = classCode;
  }

  public String getPhones() {
    return phones;
  }

  public void setPhones(String phones) {
    this.phones = phones;
  }
}
