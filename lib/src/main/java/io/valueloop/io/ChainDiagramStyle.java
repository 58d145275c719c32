package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * What every {@link ChainDiagram} format draws alike: the labels of actors and flows and the colours of roles and
 * kinds. Stateless.
 */
final class ChainDiagramStyle {
  private static final String[] ROLE_COLOURS = roleColours();

  private ChainDiagramStyle() {}

  /** Returns the fill colour of a role's actors, as {@code #rrggbb}. */
  static String roleColour(Role role) {
    return ROLE_COLOURS[role.ordinal()];
  }

  /** An actor's label: its name, and its id too when they differ, with the role letter. */
  static String actorLabel(Actor actor) {
    String name = actor.name().equals(actor.id()) ? actor.id() : actor.name() + " [" + actor.id() + "]";
    return name + " (" + actor.role().letter() + ")";
  }

  /** A flow's label: its kind with the terms that matter most to a reader. */
  static String flowLabel(FlowTerms terms) {
    if (terms instanceof GoodsTerms) {
      GoodsTerms goods = (GoodsTerms) terms;
      return goods.price() > 0 ? "goods @ " + number(goods.price()) : "goods";
    }
    if (terms instanceof DataTerms) {
      int delay = ((DataTerms) terms).delay();
      return delay > 0 ? "data +" + delay : "data";
    }
    if (terms instanceof ServiceTerms) {
      ServiceTerms service = (ServiceTerms) terms;
      StringBuilder label = new StringBuilder("service");
      if (service.fee() > 0) {
        label.append(" fee ").append(number(service.fee()));
      }
      if (service.takeRate() > 0) {
        label.append(' ').append(number(service.takeRate() * 100)).append("% of ")
            .append(service.base().name().toLowerCase(Locale.ROOT));
      }
      return label.toString();
    }
    return "payment";
  }

  /** A finite double without a trailing {@code .0} and without an exponent, at most 6 significant digits. */
  private static String number(double value) {
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  static String edgeColour(FlowKind kind) {
    switch (kind) {
      case GOODS:
        return "#222222";
      case MONEY:
        return "#2a9d8f";
      case DATA:
        return "#1d4ed8";
      default:
        return "#e76f51";
    }
  }

  private static String[] roleColours() {
    String[] colours = new String[Role.values().length];
    colours[Role.M.ordinal()] = "#f4d35e";
    colours[Role.S.ordinal()] = "#90caf9";
    colours[Role.B.ordinal()] = "#a5d6a7";
    colours[Role.C.ordinal()] = "#f8bbd0";
    colours[Role.P.ordinal()] = "#ce93d8";
    colours[Role.L.ordinal()] = "#ffcc80";
    colours[Role.F.ordinal()] = "#b0bec5";
    return colours;
  }
}
