package io.valueloop.examples;

import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The four business models of {@link BusinessModelsLesson}, each serving the same {@value #SEGMENTS} consumer
 * segments at the same retail price, with the same factory and the same own costs per unit.
 */
final class BusinessModels {
  /** The number of consumer segments, each served by one retail business. */
  static final int SEGMENTS = 4;
  /** The consumers' mean demand per segment and tick, units. */
  static final double MEAN_DEMAND = 25;
  /** The retail price per unit, the same in every model, currency units. */
  static final double RETAIL_PRICE = 10;
  /** The marketplace's commission on its sellers' consumer revenue. */
  static final double COMMISSION = 0.10;
  /** The supply platform's take rate on its businesses' consumer revenue, for its tools and traffic. */
  static final double PLATFORM_TAKE_RATE = 0.05;
  /** The delay of the consumers' demand data to the supply platform in S2B2C2S2B, ticks. */
  static final int DATA_DELAY = 1;

  static final String FACTORY = "factory";
  static final String DISTRIBUTOR = "distributor";
  static final String PLATFORM = "platform";
  static final String MARKETPLACE = "marketplace";

  private static final double FACTORY_COST = 2.5;
  private static final double MIDDLE_COST = 0.5;
  private static final double RETAIL_COST = 1;
  private static final double HOLDING_COST = 0.1;
  private static final double BACKLOG_COST = 0.5;

  private BusinessModels() {}

  /**
   * One business model: its chain and the actors of each tier.
   *
   * @param name the model's name
   * @param code its business-model code, as the lesson shows it
   * @param chain the chain
   * @param retail the actors that sell to consumers
   * @param middle the one actor between the factory and the retail tier, if any
   * @param informationSharing whether consumers' demand data reaches the upstream actors
   */
  record Model(String name, String code, ValueChain chain, List<String> retail, Optional<String> middle,
      boolean informationSharing) {}

  /** {@return the four models: traditional, marketplace, S2B2C, S2B2C2S2B} */
  static List<Model> all() {
    return List.of(traditional(), marketplace(), supplyPlatform(false), supplyPlatform(true));
  }

  /** {@return a traditional chain: factory (M) to distributor (B) to retailers (B) to consumers} */
  static Model traditional() {
    ValueChain.Builder chain = start().actor(actor(DISTRIBUTOR, Role.B, MIDDLE_COST))
        .trade(FACTORY, DISTRIBUTOR, terms(4, 2, 1));
    List<String> retail = retail(chain, "retailer", DISTRIBUTOR, 6, 2, 1);
    return new Model("traditional", "M2B2B2C", chain.build(), retail, Optional.of(DISTRIBUTOR), false);
  }

  /**
   * Returns a consumer-internet marketplace: sellers (B) buy from the factory and sell to consumers through the
   * marketplace (P), which takes a commission of {@value #COMMISSION} on their consumer revenue.
   *
   * @return the model
   */
  static Model marketplace() {
    ValueChain.Builder chain = start().actor(Actor.builder().id(MARKETPLACE).role(Role.P).build());
    List<String> retail = retail(chain, "seller", FACTORY, 4, 3, 1);
    ServiceTerms commission = ServiceTerms.takeRate(COMMISSION, FeeBase.CONSUMER_REVENUE);
    for (String seller : retail) {
      chain.service(MARKETPLACE, seller, commission);
    }
    return new Model("marketplace", "B2C via P", chain.build(), retail, Optional.empty(), false);
  }

  /**
   * Returns a supply platform (S) buying from the factory in bulk and supplying small businesses (B), with a take
   * rate of {@value #PLATFORM_TAKE_RATE} on their consumer revenue; with the loop, consumers' demand data flows back
   * to the platform (delay {@value #DATA_DELAY}) and on to the factory.
   *
   * @param loop whether the consumer-data loop is on (S2B2C2S2B) or off (S2B2C)
   * @return the model
   */
  static Model supplyPlatform(boolean loop) {
    ValueChain.Builder chain = start().actor(actor(PLATFORM, Role.S, MIDDLE_COST))
        .trade(FACTORY, PLATFORM, terms(4, 2, 1));
    List<String> retail = retail(chain, "shop", PLATFORM, 6, 1, 0);
    ServiceTerms takeRate = ServiceTerms.takeRate(PLATFORM_TAKE_RATE, FeeBase.CONSUMER_REVENUE);
    for (String shop : retail) {
      chain.service(PLATFORM, shop, takeRate);
    }
    if (loop) {
      for (int i = 0; i < SEGMENTS; i++) {
        chain.data(segment(i), PLATFORM, DATA_DELAY);
      }
      chain.data(PLATFORM, FACTORY, 0);
    }
    return new Model(loop ? "S2B2C2S2B" : "S2B2C", loop ? "S2B2C2S2B" : "S2B2C", chain.build(), retail,
        Optional.of(PLATFORM), loop);
  }

  /**
   * Returns the supply platform's model with the consumer-data loop on at a given data delay.
   *
   * @param dataDelay the delay of the consumers' data to the platform, ticks, non-negative
   * @return the chain
   */
  static ValueChain closedLoop(int dataDelay) {
    ValueChain.Builder chain = start().actor(actor(PLATFORM, Role.S, MIDDLE_COST))
        .trade(FACTORY, PLATFORM, terms(4, 2, 1));
    List<String> retail = retail(chain, "shop", PLATFORM, 6, 1, 0);
    for (int i = 0; i < retail.size(); i++) {
      chain.data(segment(i), PLATFORM, dataDelay);
    }
    return chain.data(PLATFORM, FACTORY, 0).build();
  }

  /** {@return the id of consumer segment {@code i}} */
  static String segment(int i) {
    return "consumers-" + i;
  }

  private static ValueChain.Builder start() {
    ValueChain.Builder chain = ValueChain.builder().actor(actor(FACTORY, Role.M, FACTORY_COST));
    for (int i = 0; i < SEGMENTS; i++) {
      chain.actor(Actor.builder().id(segment(i)).role(Role.C).demand(MEAN_DEMAND).build());
    }
    return chain;
  }

  /** Adds one retail business per segment, supplied by {@code supplier}, and returns their ids. */
  private static List<String> retail(ValueChain.Builder chain, String prefix, String supplier, double price,
      int leadTime, int orderDelay) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < SEGMENTS; i++) {
      String id = prefix + "-" + i;
      chain.actor(Actor.builder().id(id).role(Role.B).unitCost(RETAIL_COST).holdingCost(HOLDING_COST)
              .backlogCost(BACKLOG_COST).build())
          .trade(supplier, id, terms(price, leadTime, orderDelay))
          .trade(id, segment(i), terms(RETAIL_PRICE, 1, 0));
      ids.add(id);
    }
    return List.copyOf(ids);
  }

  private static Actor actor(String id, Role role, double unitCost) {
    return Actor.builder().id(id).role(role).unitCost(unitCost).holdingCost(HOLDING_COST).build();
  }

  private static GoodsTerms terms(double price, int leadTime, int orderDelay) {
    return GoodsTerms.builder().price(price).leadTime(leadTime).orderDelay(orderDelay).build();
  }
}
