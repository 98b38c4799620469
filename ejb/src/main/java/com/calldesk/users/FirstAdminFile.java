package com.calldesk.users;

import com.calldesk.security.PasswordChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the first administrator's one-time password is handed to IT: a file readable by the
 * server's own user only ({@code <domain>/config/calldesk-first-admin.txt} unless {@code
 * calldesk.first-admin.file} says otherwise), never the log. It is deleted as soon as that
 * administrator has set a password of their own.
 */
@ApplicationScoped
public class FirstAdminFile {

  private static final Logger LOG = Logger.getLogger(FirstAdminFile.class.getName());

  @Inject
  @ConfigProperty(name = "calldesk.first-admin.file")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "calldesk.first-admin.id", defaultValue = "admin")
  String firstAdminId;

  public Path path() {
    if (configured.isPresent() && !configured.get().isBlank()) {
      return Path.of(configured.get());
    }
    String domain = System.getProperty("com.sun.aas.instanceRoot");
    return domain == null
        ? Path.of(System.getProperty("java.io.tmpdir"), "calldesk-first-admin.txt")
        : Path.of(domain, "config", "calldesk-first-admin.txt");
  }

  public String firstAdminId() {
    return firstAdminId;
  }

  void write(String employeeNo, char[] password) {
    Path file = path();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      Files.writeString(
          file,
          "CallDesk first administrator\n"
              + "employee id: "
              + employeeNo
              + "\none-time password: "
              + new String(password)
              + "\nLog in with these and choose a password of your own; this file is then deleted.\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged changed) {
    if (!changed.employeeNo().equals(firstAdminId)) {
      return;
    }
    try {
      if (Files.deleteIfExists(path())) {
        LOG.info(() -> "The first administrator has set a password; deleted " + path());
      }
    } catch (IOException e) {
      LOG.warning(() -> "Could not delete " + path() + ": " + e.getMessage());
    }
  }
}
