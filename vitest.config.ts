import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Every message a test file made the bot send is checked after the file (tests/helpers/traffic-sweep.ts).
    setupFiles: ["tests/helpers/traffic-sweep.ts"],
    // A focused test (.only) would silently skip the rest: refused everywhere, not only under CI.
    allowOnly: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
  },
});
