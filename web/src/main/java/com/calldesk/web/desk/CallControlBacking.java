package com.calldesk.web.desk;

import com.calldesk.calls.CallControls;
import com.calldesk.calls.CommandView;
import com.calldesk.seats.AgentState;
import com.calldesk.seats.SeatView;
import com.calldesk.seats.Seats;
import com.calldesk.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The call controls on the desk (SPEC §3.5): transfer and three-way to a colleague picked from the
 * online agents with their state and level, block with a reason, mute. Sending is confirmed at
 * once; the switch's result arrives on the push channel.
 */
@Named("callControls")
@ViewScoped
public class CallControlBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CallControls controls;
  @Inject private Seats seats;
  @Inject private Feedback feedback;

  private List<SeatView> colleagues = List.of();
  private String target;
  private String blockReason;
  private String lastCommandId;

  /** Refreshes the list of online colleagues when the transfer dialog opens. */
  public void loadColleagues() {
    String me = seats.mine().employeeNo();
    colleagues = seats.online().stream().filter(s -> !s.employeeNo().equals(me)).toList();
    target =
        colleagues.stream()
            .filter(s -> s.state() == AgentState.READY)
            .map(SeatView::employeeNo)
            .findFirst()
            .orElse(null);
  }

  public void transfer() {
    send(() -> controls.transfer(target), "calls.sent.transfer", "agent=transferTarget");
  }

  public void threeWay() {
    send(() -> controls.threeWay(target), "calls.sent.threeWay", "agent=transferTarget");
  }

  public void block() {
    send(() -> controls.block(blockReason), "calls.sent.block", "reason=blockReason");
    if (lastCommandId != null) {
      blockReason = null;
    }
  }

  public void mute() {
    send(controls::mute, "calls.sent.mute");
  }

  private void send(Supplier<CommandView> command, String sentKey, String... fields) {
    lastCommandId = null;
    try {
      lastCommandId = command.get().commandId();
      feedback.info(sentKey);
    } catch (RuntimeException e) {
      feedback.refused(e, "desk", fields);
    }
  }

  public List<SeatView> getColleagues() {
    return colleagues;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getBlockReason() {
    return blockReason;
  }

  public void setBlockReason(String blockReason) {
    this.blockReason = blockReason;
  }

  /** The last command sent from this page, so the page can match its result. */
  public String getLastCommandId() {
    return lastCommandId;
  }
}
