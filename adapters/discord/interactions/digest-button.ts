import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";

// Every digest message ends with a "Full briefing" button. Its custom_id names the subscription (a
// click answers the clicker with the whole briefing on the digest's topic) and the digest part it
// sits on, which also lets a resumed post find the parts already in the channel.

const PREFIX = "digest:";
const ID = /^digest:([A-Za-z0-9][A-Za-z0-9_-]{0,63}):(dg[A-Za-z0-9_-]{22})([0-9a-z])$/;

export interface DigestMarker {
  subscriptionId: string;
  key: string;
  part: number;
}

/** At most 7 + 64 + 1 + 24 + 1 = 97 characters, within Discord's 100. */
export function digestCustomId(subscriptionId: string, key: string, part: number): string {
  return `${PREFIX}${subscriptionId}:${key}${part.toString(36)}`;
}

export function parseDigestCustomId(customId: string): DigestMarker | null {
  const m = ID.exec(customId);
  if (!m) return null;
  return { subscriptionId: m[1] ?? "", key: m[2] ?? "", part: Number.parseInt(m[3] ?? "0", 36) };
}

export function digestButtonRow(
  subscriptionId: string,
  key: string,
  part: number,
): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "Full briefing",
        custom_id: digestCustomId(subscriptionId, key, part),
      },
    ],
  };
}
