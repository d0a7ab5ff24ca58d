import { InteractionType } from "discord.js";
import { z } from "zod";
import { type DiscordRequest, discordCaller } from "../interactions/request.js";

// Only the fields deskbrief reads; the rest of Discord's payload passes through unread.

const User = z.object({ id: z.string() });
const Option = z.object({
  name: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});

export const InteractionPayloadSchema = z.object({
  id: z.string(),
  application_id: z.string(),
  type: z.number().int(),
  token: z.string(),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  member: z.object({ user: User, permissions: z.string().optional() }).optional(),
  user: User.optional(),
  data: z
    .object({
      name: z.string().optional(),
      options: z.array(Option).optional(),
      custom_id: z.string().optional(),
    })
    .optional(),
});
export type InteractionPayload = z.infer<typeof InteractionPayloadSchema>;

/** A verified HTTP interaction as the transport-neutral request. */
export function requestFromPayload(p: InteractionPayload): DiscordRequest {
  const name = p.data?.name ?? "";
  const options = p.data?.options ?? [];
  if (p.type === InteractionType.ApplicationCommandAutocomplete) {
    const focused = options.find((o) => o.focused) ?? options[0];
    return { kind: "autocomplete", name, option: focused?.name ?? "", typed: String(focused?.value ?? "") };
  }
  const caller = discordCaller(
    p.member?.user.id ?? p.user?.id ?? "",
    p.channel?.id ?? p.channel_id ?? "",
    p.member?.permissions ?? null,
  );
  if (p.type === InteractionType.ApplicationCommand) {
    const named = options.filter((o) => o.value !== undefined).map((o) => [o.name, String(o.value)]);
    return { kind: "command", name, options: Object.fromEntries(named), caller };
  }
  if (p.type === InteractionType.MessageComponent && p.data?.custom_id) {
    return { kind: "button", customId: p.data.custom_id, caller };
  }
  return { kind: "unsupported", type: p.type };
}
