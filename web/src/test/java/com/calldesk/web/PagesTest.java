package com.calldesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Build checks on every page and template (a failure stops the build, not a reviewer):
 *
 * <ul>
 *   <li>{@code ui:include src}, {@code template} and {@code ui:decorate} paths are literal. Mojarra
 *       4.0.11, bundled by Payara 6, has a 2026 advisory for EL-controlled include paths; literal
 *       paths are not affected (docs/security.md).
 *   <li>No {@code f:ajax}: pages run in PrimeFaces' CSP mode, whose nonce covers PrimeFaces' own
 *       behaviours; {@code p:ajax} does the same job within the script policy.
 *   <li>No {@code .replace(...)} in EL to fill a message's placeholders: EL picks {@code
 *       String.replace(char, char)} for a number and mangles the text ("At most È0} calls"). Use
 *       {@code h:outputFormat} with {@code f:param}.
 * </ul>
 */
class PagesTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern PATH_ATTRIBUTE =
      Pattern.compile("(?:<ui:include[^>]*\\bsrc|\\btemplate)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern EL_REPLACE = Pattern.compile("[#$]\\{[^}]*\\.replace\\(");

  @Test
  void includeAndTemplatePathsAreLiteral() throws IOException {
    List<String> found = new ArrayList<>();
    int paths = 0;
    for (Path page : pages()) {
      Matcher m = PATH_ATTRIBUTE.matcher(read(page));
      while (m.find()) {
        paths++;
        if (m.group(1).contains("#{") || m.group(1).contains("${")) {
          found.add(PAGES.relativize(page) + ": " + m.group());
        }
      }
    }
    assertFalse(paths == 0, "the check found no include or template at all: is it still looking?");
    assertEquals(List.of(), found, "EL in an include or template path");
  }

  @Test
  void messagesAreFormattedNotReplacedInEl() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = EL_REPLACE.matcher(read(page));
      while (m.find()) {
        found.add(PAGES.relativize(page) + ": " + m.group());
      }
    }
    assertEquals(List.of(), found, "use h:outputFormat with f:param");
  }

  @Test
  void ajaxIsPrimeFacesAjax() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      if (read(page).contains("<f:ajax")) {
        found.add(PAGES.relativize(page).toString());
      }
    }
    assertEquals(List.of(), found, "use p:ajax (CSP mode)");
  }

  @Test
  void theChecksCatchWhatTheyLookFor() {
    assertTrue(PATH_ATTRIBUTE.matcher("<ui:include src=\"#{bean.page}\"/>").find());
    assertTrue(PATH_ATTRIBUTE.matcher("<ui:composition template=\"${t}\">").find());
    assertTrue(EL_REPLACE.matcher("#{msg['a'].replace('{0}', 3)}").find());
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  private static String read(Path page) throws IOException {
    return Files.readString(page, StandardCharsets.UTF_8);
  }
}
