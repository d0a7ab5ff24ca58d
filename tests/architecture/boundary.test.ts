import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { scanSource } from "./scan-source.js";
import { ROOT, tsFiles } from "./source-files.js";

// The core stays pure: no adapters, platform SDKs, scheduler, database, file system, network or
// process. Files are read with the TypeScript parser (scan-source.ts), so every form of import
// counts. Platforms keeping to their folders: platforms.test.ts.

/** Node's modules that touch files, the network, other processes, the host or the module loader. */
const NODE_IO =
  "fs|fs/promises|http|https|http2|net|tls|dgram|dns|dns/promises|child_process|worker_threads|cluster|process|module|vm|inspector|os|readline|readline/promises|repl|tty";

const FORBIDDEN = [
  /(^|\/)adapters\//,
  /^@slack\//,
  /^discord\.js$/,
  /^@discordjs\//,
  /^node-cron$/,
  /^better-sqlite3$/,
  /^pg$/,
  /^(ws|undici|node-fetch|axios)(\/|$)/,
  new RegExp(`^(node:)?(${NODE_IO})$`),
];

/** What in one core file breaks the rule: forbidden modules and reaches for the process or network. */
function coreProblems(file: string, text: string): string[] {
  const { modules, escapes } = scanSource(file, text);
  return [
    ...modules.filter((m) => FORBIDDEN.some((re) => re.test(m))).map((m) => `imports ${m}`),
    ...escapes.map((e) => `uses ${e}`),
  ];
}

describe("architecture", () => {
  const core = tsFiles(join(ROOT, "src"));

  it("finds the core's files", () => {
    expect(core.length).toBeGreaterThan(5);
  });

  it.each(core.map((f) => [relative(ROOT, f), f]))(
    "%s imports nothing from adapters, SDKs, cron, databases, fs or the network, and never touches process",
    (_, file) => {
      expect(coreProblems(file, readFileSync(file, "utf8"))).toEqual([]);
    },
  );

  it("adapters reach the core only through src/index.ts", () => {
    for (const file of tsFiles(join(ROOT, "adapters"))) {
      const { modules } = scanSource(file, readFileSync(file, "utf8"));
      expect(
        modules.filter((m) => m.includes("/src/") && !m.endsWith("/src/index.js")),
        relative(ROOT, file),
      ).toEqual([]);
    }
  });
});

describe("the boundary scan sees every forbidden form", () => {
  it.each([
    ["a static import", `import { readFileSync } from "node:fs";`],
    ["a default import without the node: prefix", `import fs from "fs";`],
    ["a side-effect import", `import "node:fs";`],
    ["a re-export", `export { readFile } from "node:fs/promises";`],
    ["a type-only import of an adapter", `import type { Config } from "../../adapters/config.js";`],
    ["a literal dynamic import", `const fs = await import("node:fs");`],
    ["a template-literal dynamic import", "const fs = await import(`node:fs`);"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe is source code with a template in it
    ["a computed dynamic import", "const name = 'fs';\nconst fs = await import(`node:${name}`);"],
    ["import = require", `import fs = require("fs");`],
    [
      "createRequire",
      `import { createRequire } from "node:module";\nconst fs = createRequire(import.meta.url)("node:fs");`,
    ],
    ["createRequire without its import", `const fs = createRequire(import.meta.url)("node:fs");`],
    ["a bare require", `const fs = require("fs");`],
    ["process.env", "const token = process.env.TOKEN;"],
    ["process['env']", `const token = process["env"].TOKEN;`],
    ["process destructured", "const { env } = process;"],
    ["process in shorthand", "const host = { process };"],
    ["globalThis.process", "const p = globalThis.process;"],
    ["fetch", `const page = await fetch("https://example.com");`],
    ["globalThis.fetch", `const page = await globalThis.fetch("https://example.com");`],
    ["eval", `eval("process.exit(1)");`],
    ["the Function constructor", `const f = new Function("return process")();`],
    ["node:http", `import { request } from "node:http";`],
    ["https", `import https from "https";`],
    ["node:http2", `import { connect } from "node:http2";`],
    ["node:net", `import { connect } from "node:net";`],
    ["tls", `import tls from "tls";`],
    ["dgram", `import { createSocket } from "node:dgram";`],
    ["ws", `import { WebSocket } from "ws";`],
    ["the global WebSocket", `const socket = new WebSocket("wss://example.com");`],
    ["child_process", `import { spawn } from "node:child_process";`],
    ["a platform SDK", `import { App } from "@slack/bolt";`],
    ["a database driver", `import pg from "pg";`],
  ])("fails %s", (_, source) => {
    expect(coreProblems("probe.ts", source)).not.toEqual([]);
  });

  it("passes pure code that only names these words in comments, strings, types and properties", () => {
    const source = [
      `import { z } from "zod";`,
      `import type { Briefing } from "../contract/schema.js";`,
      "// One wink instance per process; we never fetch anything.",
      `const label = "process the fetch queue";`,
      "interface Job { process(): void; fetch: string }",
      "const job = { process: () => 1, fetch: 'x' };",
      "job.process();",
      "type Callback = Function;",
    ].join("\n");
    expect(coreProblems("probe.ts", source)).toEqual([]);
  });
});
