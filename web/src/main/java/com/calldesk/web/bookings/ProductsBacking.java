package com.calldesk.web.bookings;

import com.calldesk.bookings.ProductAdmin;
import com.calldesk.bookings.ProductKind;
import com.calldesk.bookings.ProductView;
import com.calldesk.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Administration → products (tickets, rooms, tours) with their unit prices. */
@Named("productSetup")
@ViewScoped
public class ProductsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProductAdmin admin;
  @Inject private Feedback feedback;

  private List<ProductView> products;
  private Long id;
  private long version;
  private ProductKind kind = ProductKind.TICKET;
  private String nameZh;
  private String nameEn;
  private String unitZh;
  private String unitEn;
  private BigDecimal unitPrice;
  private String currency = "CNY";
  private boolean active = true;

  public void edit(ProductView p) {
    id = p.id();
    version = p.version();
    kind = p.kind();
    nameZh = p.nameZh();
    nameEn = p.nameEn();
    unitZh = p.unitZh();
    unitEn = p.unitEn();
    unitPrice = p.unitPrice();
    currency = p.currency();
    active = p.active();
  }

  public void newProduct() {
    edit(new ProductView(null, ProductKind.TICKET, null, null, null, null, null, "CNY", true, 0));
  }

  public void save() {
    try {
      ProductView saved =
          admin.save(
              new ProductView(
                  id, kind, nameZh, nameEn, unitZh, unitEn, unitPrice, currency, active, version));
      edit(saved);
      products = null;
      feedback.info("product.saved", saved.nameZh());
    } catch (RuntimeException e) {
      feedback.refused(e, "products");
    }
  }

  public List<ProductView> getProducts() {
    if (products == null) {
      products = admin.all();
    }
    return products;
  }

  public ProductKind[] getKinds() {
    return ProductKind.values();
  }

  public Long getId() {
    return id;
  }

  public ProductKind getKind() {
    return kind;
  }

  public void setKind(ProductKind kind) {
    this.kind = kind;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getUnitZh() {
    return unitZh;
  }

  public void setUnitZh(String unitZh) {
    this.unitZh = unitZh;
  }

  public String getUnitEn() {
    return unitEn;
  }

  public void setUnitEn(String unitEn) {
    this.unitEn = unitEn;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(BigDecimal unitPrice) {
    this.unitPrice = unitPrice;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
