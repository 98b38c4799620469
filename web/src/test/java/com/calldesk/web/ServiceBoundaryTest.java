package com.calldesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens reach the business only through role-checked service EJBs: every field the web module
 * injects whose type comes from the ejb module is a {@code @Stateless} bean whose every public
 * method names its roles ({@code @RolesAllowed}, or {@code @PermitAll} with a reason in the code).
 * No page bean uses an internal building block (the distribution singleton, the seat board, the
 * audit trail, a repository) directly, where no role check would stand in the way.
 */
class ServiceBoundaryTest {

  /** Read-only values the web module may inject beside services: settings, not actions. */
  private static final Set<String> SETTINGS = Set.of("com.calldesk.calls.CallSettings");

  @Test
  void theWebModuleInjectsOnlyRoleCheckedServices() throws Exception {
    List<String> problems = new ArrayList<>();
    int services = 0;
    for (Class<?> page : webClasses()) {
      for (Field field : page.getDeclaredFields()) {
        if (!field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)) {
          continue;
        }
        Class<?> type = field.getType();
        if (!type.getName().startsWith("com.calldesk.")
            || type.getName().startsWith("com.calldesk.web.")
            || SETTINGS.contains(type.getName())) {
          continue;
        }
        services++;
        String where = page.getSimpleName() + "." + field.getName() + " (" + type.getName() + ")";
        if (!type.isAnnotationPresent(Stateless.class)) {
          problems.add(where + " is not a service EJB");
          continue;
        }
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers())
              && !m.isAnnotationPresent(RolesAllowed.class)
              && !m.isAnnotationPresent(PermitAll.class)
              && !type.isAnnotationPresent(RolesAllowed.class)) {
            problems.add(where + ": " + m.getName() + " names no roles");
          }
        }
      }
    }
    assertTrue(services > 10, "the check found the services the pages use: " + services);
    assertEquals(List.of(), problems);
  }

  private static List<Class<?>> webClasses() throws IOException, ClassNotFoundException {
    Path root = Path.of("target/classes");
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        classes.add(Class.forName(name, false, ServiceBoundaryTest.class.getClassLoader()));
      }
    }
    return classes;
  }
}
