import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Every message a test file made the bot send is checked after the file (tests/helpers/traffic-sweep.ts).
    setupFiles: ["tests/helpers/traffic-sweep.ts"],
    // A focused test (.only) would silently skip the rest: refused everywhere, not only under CI.
    allowOnly: false,
    // Only a guard against hangs, never a speed check: tests that start `npm start` or `npm run` in a
    // child process take 20-40 s on two cores shared with other runs, and must not fail for it.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
