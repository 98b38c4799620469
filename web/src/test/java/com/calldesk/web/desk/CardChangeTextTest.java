package com.calldesk.web.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CardChangeTextTest {

  private static final Map<String, String> ZH =
      Map.of("customer.fullName", "姓名", "customer.class", "客户区分", "customer.phones", "电话");

  @Test
  void aCardCorrectionReadsAsLabelsAndValuesInThePagesLanguage() {
    String text =
        CardChangeText.format(
            "name=张三, class=VIP, phones=[13800138000, 13900139000]",
            ZH::get,
            (label, value) -> label + "：" + value,
            code -> "VIP".equals(code) ? "贵宾" : code);

    assertEquals("姓名：张三 · 客户区分：贵宾 · 电话：13800138000, 13900139000", text);
  }

  @Test
  void missingValuesShowAsADash() {
    assertEquals(
        "Name: — · Class: — · Phones: 13800138000",
        CardChangeText.format(
            "name=null, class=null, phones=[13800138000]",
            key ->
                Map.of("customer.fullName", "Name", "customer.class", "Class")
                    .getOrDefault(key, "Phones"),
            (label, value) -> label + ": " + value,
            code -> code));
  }

  @Test
  void otherTextIsLeftAsItIs() {
    assertEquals(
        "caller 13800138000",
        CardChangeText.format("caller 13800138000", k -> k, (a, b) -> a + b, c -> c));
  }
}
