import { z } from "zod";
import { SLACK_LIMITS } from "./render/limits.js";
import type { KnownBlock } from "./render/render-messages.js";

// The Share in channel button carries the command and its text, not the answer: clicking it
// recomputes the same answer and posts it, so the value stays far below Slack's 2,000 characters.

export const SHARE_ACTION_ID = "deskbrief_share";
export const SHAREABLE_COMMANDS = ["brief", "sources"] as const;

const ShareValueSchema = z.object({ command: z.enum(SHAREABLE_COMMANDS), text: z.string() });
export type ShareValue = z.infer<typeof ShareValueSchema>;

export function shareButton(value: ShareValue): KnownBlock[] {
  const encoded = JSON.stringify(value);
  if (encoded.length > SLACK_LIMITS.buttonValue) return [];
  return [
    {
      type: "actions",
      block_id: "deskbrief_share_block",
      elements: [
        {
          type: "button",
          action_id: SHARE_ACTION_ID,
          text: { type: "plain_text", text: "Share in channel", emoji: false },
          style: "primary",
          value: encoded,
        },
      ],
    },
  ];
}

export function parseShareValue(value: string | undefined): ShareValue | undefined {
  try {
    const parsed = ShareValueSchema.safeParse(JSON.parse(value ?? ""));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
