package com.calldesk.inquiries;

import com.calldesk.shared.ReferenceEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What an inquiry is about (咨询类别): a reference list admins keep. */
@Entity
@Table(name = "cd_inquiry_category")
public class InquiryCategory extends ReferenceEntry {

  protected InquiryCategory() {}

  InquiryCategory(String code) {
    super(code);
  }
}
