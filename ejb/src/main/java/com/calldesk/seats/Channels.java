package com.calldesk.seats;

import com.calldesk.security.Roles;
import com.calldesk.shared.CodeName;
import com.calldesk.shared.ReferenceLists;
import com.calldesk.shared.ReferenceView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The inbound channels / extensions admins keep, and the ones an agent may sit at. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Channels {

  @Inject private ReferenceLists referenceLists;

  /** The channels one may sit at; open, because the login form offers them before login. */
  @PermitAll
  public List<CodeName> choices() {
    return referenceLists.active(Channel.class);
  }

  public List<ReferenceView> all() {
    return referenceLists.all(Channel.class);
  }

  public ReferenceView save(ReferenceView in) {
    return referenceLists.save(
        Channel.class, "CHANNEL", Channel.CODE, Channel::new, in, "reference.changedMeanwhile");
  }
}
