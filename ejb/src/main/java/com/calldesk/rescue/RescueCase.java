package com.calldesk.rescue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A roadside rescue case (救援): the caller, the vehicle, the fault, and where the rescue is. */
@Entity
@Table(name = "cd_rescue_case")
public class RescueCase {

  @Id
  @SequenceGenerator(name = "rescue_case_seq", sequenceName = "cd_rescue_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rescue_case_seq")
  private Long id;

  @Column(name = "case_no", nullable = false, length = 20)
  private String caseNo;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "call_row_id")
  private Long callRowId;

  @Column(name = "called_at", nullable = false)
  private Instant calledAt;

  @Column(name = "vehicle_model", nullable = false, length = 60)
  private String vehicleModel;

  @Column(name = "plate_no", nullable = false, length = 10)
  private String plateNo;

  @Column(name = "contact_person", nullable = false, length = 60)
  private String contactPerson;

  @Column(name = "contact_phone", nullable = false, length = 20)
  private String contactPhone;

  @Column(name = "fault_location", nullable = false, length = 200)
  private String faultLocation;

  @Column(name = "service_area", length = 60)
  private String serviceArea;

  @Column(name = "fault_symptom", nullable = false, length = 1000)
  private String faultSymptom;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RescueState state = RescueState.OPEN;

  @Column(name = "agent_id", nullable = false)
  private Long agentId;

  @Column(name = "agent_no", nullable = false, length = 20)
  private String agentNo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected RescueCase() {}

  RescueCase(
      String caseNo,
      Long customerId,
      Long callRowId,
      Instant calledAt,
      NewRescueCase in,
      Long agentId,
      String agentNo,
      Instant now) {
    this.caseNo = caseNo;
    this.customerId = customerId;
    this.callRowId = callRowId;
    this.calledAt = calledAt;
    this.vehicleModel = in.vehicleModel();
    this.plateNo = in.plateNo();
    this.contactPerson = in.contactPerson();
    this.contactPhone = in.contactPhone();
    this.faultLocation = in.faultLocation();
    this.serviceArea = in.serviceArea();
    this.faultSymptom = in.faultSymptom();
    this.agentId = agentId;
    this.agentNo = agentNo;
    this.createdAt = now;
  }

  void moveTo(RescueState next, Instant now) {
    this.state = next;
    if (next == RescueState.COMPLETED) {
      this.closedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getCallRowId() {
    return callRowId;
  }

  public Instant getCalledAt() {
    return calledAt;
  }

  public String getVehicleModel() {
    return vehicleModel;
  }

  public String getPlateNo() {
    return plateNo;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getFaultLocation() {
    return faultLocation;
  }

  public String getServiceArea() {
    return serviceArea;
  }

  public String getFaultSymptom() {
    return faultSymptom;
  }

  public RescueState getState() {
    return state;
  }

  public Long getAgentId() {
    return agentId;
  }

  public String getAgentNo() {
    return agentNo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }
}
