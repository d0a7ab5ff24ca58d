import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";
import { z } from "zod";

// The button carries the question, not the answer: the command and its options, recomputed on
// click. Discord allows 100 characters of custom_id; a longer question gets no button.

const PREFIX = "post:";
const MAX_CUSTOM_ID = 100;

export interface PostRequest {
  name: string;
  options: Record<string, string>;
}

export function postCustomId(request: PostRequest): string | null {
  const id = `${PREFIX}${request.name}:${new URLSearchParams(request.options).toString()}`;
  return id.length <= MAX_CUSTOM_ID ? id : null;
}

const PostIdSchema = z
  .string()
  .max(MAX_CUSTOM_ID)
  .regex(/^post:[a-z][a-z0-9_-]{0,31}:/);

export function parsePostCustomId(customId: string): PostRequest | null {
  if (!PostIdSchema.safeParse(customId).success) return null;
  const rest = customId.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  return {
    name: rest.slice(0, colon),
    options: Object.fromEntries(new URLSearchParams(rest.slice(colon + 1))),
  };
}

export function postButtonRow(customId: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: "Post to channel",
        custom_id: customId,
      },
    ],
  };
}
