import { randomBytes } from "node:crypto";

// Discord payloads with every field the API documents as always present: discord.js reads them
// without checks (a missing `entitlements` crashes the client), so the stand-in must send them.

export const IDS = {
  application: "900000000000000001",
  guild: "900000000000000002",
  channel: "900000000000000003",
  lockedChannel: "900000000000000004",
  editor: "900000000000000005",
  reader: "900000000000000006",
  everyoneRole: "900000000000000002",
} as const;

export const BOT_TOKEN = "stand-in-bot-token";

const NOW = "2021-03-02T09:30:00.000000+00:00";
let counter = 0n;
/** A fresh snowflake-shaped id. */
export const snowflake = () => String(910000000000000000n + ++counter);

export function user(id: string, username: string, bot = false) {
  return {
    id,
    username,
    discriminator: "0",
    global_name: username,
    avatar: null,
    bot,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

export const botUser = () => user(IDS.application, "deskbrief", true);

/** Manage Channels (16) plus View Channel, Send Messages, Read History; readers lack Manage Channels. */
export const EDITOR_PERMISSIONS = String(16 | 1024 | 2048 | 65536);
export const READER_PERMISSIONS = String(1024 | 2048 | 65536);

function member(userId: string, permissions: string) {
  return {
    user: user(userId, userId === IDS.editor ? "editor" : "reader"),
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: NOW,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions,
    communication_disabled_until: null,
    avatar_decoration_data: null,
  };
}

export function textChannel(id: string = IDS.channel) {
  return {
    id,
    type: 0,
    guild_id: IDS.guild,
    name: id === IDS.channel ? "newsdesk" : "locked",
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    parent_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function guild() {
  return {
    id: IDS.guild,
    name: "Newsroom",
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: IDS.editor,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [
      {
        id: IDS.everyoneRole,
        name: "@everyone",
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: READER_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    approximate_member_count: 2,
    approximate_presence_count: 1,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    incidents_data: null,
    // GUILD_CREATE extras
    joined_at: NOW,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [textChannel(IDS.channel), textChannel(IDS.lockedChannel)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function readyPayload(sessionId: string, resumeUrl: string) {
  return {
    v: 10,
    user_settings: {},
    user: botUser(),
    guilds: [{ id: IDS.guild, unavailable: true }],
    session_id: sessionId,
    session_type: "normal",
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: IDS.application, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    geo_ordered_rtc_regions: [],
    guild_join_requests: [],
    auth: {},
  };
}

/** A message object as Discord returns it from message and webhook endpoints. */
export function message(channelId: string, body: Record<string, unknown>, webhookId?: string) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: botUser(),
    content: typeof body.content === "string" ? body.content : "",
    timestamp: NOW,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    reactions: [],
    pinned: false,
    type: 0,
    flags: typeof body.flags === "number" ? body.flags : 0,
    components: Array.isArray(body.components) ? body.components : [],
    application_id: IDS.application,
    ...(webhookId ? { webhook_id: webhookId } : {}),
  };
}

type Caller = "editor" | "reader";

function base(type: number, data: Record<string, unknown>, caller: Caller, channelId: string) {
  const userId = caller === "editor" ? IDS.editor : IDS.reader;
  return {
    id: snowflake(),
    application_id: IDS.application,
    type,
    data,
    guild: { id: IDS.guild, locale: "en-US", features: [] },
    guild_id: IDS.guild,
    guild_locale: "en-US",
    channel: textChannel(channelId),
    channel_id: channelId,
    member: member(userId, caller === "editor" ? EDITOR_PERMISSIONS : READER_PERMISSIONS),
    token: `interaction-token-${randomBytes(12).toString("hex")}`,
    version: 1,
    app_permissions: String(1024 | 2048 | 16384 | 65536),
    locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": IDS.guild },
    context: 0,
    attachment_size_limit: 10485760,
  };
}

const stringOption = (name: string, value: string, focused = false) => ({
  name,
  type: 3,
  value,
  ...(focused ? { focused: true } : {}),
});

export interface InteractionOptions {
  caller?: Caller;
  channelId?: string;
}

export function slashCommand(name: string, options: Record<string, string>, o: InteractionOptions = {}) {
  return base(
    2,
    {
      id: snowflake(),
      name,
      type: 1,
      guild_id: IDS.guild,
      options: Object.entries(options).map(([k, v]) => stringOption(k, v)),
    },
    o.caller ?? "reader",
    o.channelId ?? IDS.channel,
  );
}

export function autocomplete(name: string, option: string, typed: string, o: InteractionOptions = {}) {
  return base(
    4,
    { id: snowflake(), name, type: 1, guild_id: IDS.guild, options: [stringOption(option, typed, true)] },
    o.caller ?? "reader",
    o.channelId ?? IDS.channel,
  );
}

/** A click on a button of an ephemeral message the bot sent earlier. */
export function buttonClick(customId: string, o: InteractionOptions = {}) {
  const channelId = o.channelId ?? IDS.channel;
  return {
    ...base(3, { custom_id: customId, component_type: 2 }, o.caller ?? "reader", channelId),
    message: message(channelId, { flags: 64 }),
  };
}

export const ping = () => ({
  id: snowflake(),
  application_id: IDS.application,
  type: 1,
  token: `interaction-token-${randomBytes(12).toString("hex")}`,
  version: 1,
  entitlements: [],
  authorizing_integration_owners: {},
  attachment_size_limit: 10485760,
});
