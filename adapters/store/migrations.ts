import type { Migration } from "./sql-driver.js";

// Portable SQL: TEXT timestamps (ISO, UTC, so they compare as strings), INTEGER flags, JSON as TEXT.
// Append new migrations; never edit an applied one.

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "subscriptions, slots and notices",
    statements: [
      `CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        topic TEXT NOT NULL,
        cron TEXT NOT NULL,
        timezone TEXT NOT NULL,
        origin TEXT NOT NULL,
        created_by TEXT,
        created_at TEXT NOT NULL,
        paused INTEGER NOT NULL DEFAULT 0,
        paused_reason TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_error_at TEXT,
        checked_through TEXT NOT NULL
      )`,
      `CREATE TABLE slots (
        subscription_id TEXT NOT NULL,
        slot TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        owner TEXT,
        lease_until TEXT,
        claimed_at TEXT NOT NULL,
        digest TEXT,
        post_id TEXT,
        posted_at TEXT,
        error TEXT,
        PRIMARY KEY (subscription_id, slot)
      )`,
      "CREATE INDEX slots_by_status ON slots (status, lease_until)",
      `CREATE TABLE notices (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        user_id TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      "CREATE INDEX notices_by_user ON notices (platform, user_id, created_at)",
    ],
  },
];
