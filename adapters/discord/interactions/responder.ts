import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIComponentInMessageActionRow,
  APIEmbed,
} from "discord.js";

/** A message on its way out: the renderer's message plus, on the last one, the Post button. */
export interface OutgoingMessage {
  content?: string;
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** Every mention parse off, on every message, edit and follow-up: no corpus text can ping anyone. */
export const NO_MENTIONS = { parse: [] as never[] };

/**
 * How an answer goes back, whatever the transport: discord.js interaction methods on the gateway,
 * the HTTP response then webhooks for HTTP interactions. Answers to a person are ephemeral.
 */
export interface Responder {
  /** The first answer, within 3 s. */
  reply(message: OutgoingMessage): Promise<void>;
  /** "Thinking…", to be replaced by editReply. */
  defer(): Promise<void>;
  /** Acknowledges a button click without changing the message it sits on. */
  acknowledge(): Promise<void>;
  editReply(message: OutgoingMessage): Promise<void>;
  followUp(message: OutgoingMessage): Promise<void>;
  suggest(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void>;
}
