import { GatewayStandIn } from "./gateway.js";
import { RestStandIn } from "./rest.js";

export { GatewayStandIn, type ReceivedOp } from "./gateway.js";
export * from "./payloads.js";
export { type RecordedRequest, RestStandIn } from "./rest.js";
export { InteractionSigner } from "./signer.js";

/** A local Discord on 127.0.0.1: REST whose /gateway/bot points at a local gateway. */
export interface DiscordStandIn {
  rest: RestStandIn;
  gateway: GatewayStandIn;
  close(): Promise<void>;
}

export async function startDiscordStandIn(
  options: { heartbeatIntervalMs?: number } = {},
): Promise<DiscordStandIn> {
  const rest = new RestStandIn();
  const gateway = new GatewayStandIn(options.heartbeatIntervalMs);
  await Promise.all([rest.listen(), gateway.listen()]);
  rest.gatewayUrl = gateway.url;
  return {
    rest,
    gateway,
    close: async () => {
      await Promise.all([rest.close(), gateway.close()]);
    },
  };
}
