package com.calldesk.bookings;

import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Currency;
import java.util.List;

/**
 * Admins keep the products (tickets, rooms, tours) with their names in both languages, the unit and
 * the unit price in a currency. A price with more decimals than its currency has is refused. A
 * booking keeps the price it was taken at.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ProductAdmin {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public List<ProductView> all() {
    return em
        .createQuery("select p from Product p order by p.kind, p.nameZh", Product.class)
        .getResultList()
        .stream()
        .map(Product::view)
        .toList();
  }

  /**
   * @throws InvalidInput field by field
   */
  public ProductView save(ProductView raw) {
    String currency =
        raw.currency() == null ? null : raw.currency().strip().toUpperCase(java.util.Locale.ROOT);
    ProductView in =
        new ProductView(
            raw.id(),
            raw.kind(),
            InvalidInput.clean(raw.nameZh()),
            InvalidInput.clean(raw.nameEn()),
            InvalidInput.clean(raw.unitZh()),
            InvalidInput.clean(raw.unitEn()),
            raw.unitPrice(),
            currency,
            raw.active(),
            raw.version());
    InvalidInput.Check check =
        new InvalidInput.Check()
            .require(in.kind() != null, "productKind", "input.required")
            .text(in.nameZh(), true, 100, "nameZh")
            .text(in.nameEn(), true, 100, "nameEn")
            .text(in.unitZh(), true, 10, "unitZh")
            .text(in.unitEn(), true, 20, "unitEn")
            .require(
                currency != null && currency.matches("[A-Z]{3}") && known(currency),
                "currency",
                "product.badCurrency");
    if (check.ok("currency")) {
      check.require(Money.isPrice(in.unitPrice(), currency), "unitPrice", "product.badPrice");
    }
    if (check.ok("nameZh")) {
      var same =
          em.createQuery(
                  "select count(p) from Product p where p.nameZh = :name"
                      + (in.id() == null ? "" : " and p.id <> :id"),
                  Long.class)
              .setParameter("name", in.nameZh());
      if (in.id() != null) {
        same.setParameter("id", in.id());
      }
      check.require(same.getSingleResult() == 0, "nameZh", "product.nameTaken");
    }
    check.throwIfAny();
    Product p;
    if (in.id() == null) {
      p = new Product(in.kind());
      em.persist(p);
    } else {
      p = em.find(Product.class, in.id(), LockModeType.PESSIMISTIC_WRITE);
      if (p == null) {
        throw new BusinessException("reference.notFound", null, "no product " + in.id());
      }
      if (p.getVersion() != in.version()) {
        throw new BusinessException(
            "reference.changedMeanwhile", null, "product changed meanwhile");
      }
    }
    p.change(in, audit.currentActor(), clock.instant());
    em.flush();
    audit.record(
        in.id() == null ? "PRODUCT_CREATED" : "PRODUCT_CHANGED",
        "Product",
        p.getId(),
        in.nameZh() + " " + currency + " " + in.unitPrice() + (in.active() ? "" : " (retired)"));
    return p.view();
  }

  private static boolean known(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
