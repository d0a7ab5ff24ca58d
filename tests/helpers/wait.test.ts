import { describe, expect, it } from "vitest";
import { waitUntil } from "./wait.js";

describe("waiting for something to happen", () => {
  it("resolves with what the probe found once it finds it", async () => {
    let calls = 0;
    await expect(waitUntil("the third call", () => ++calls >= 3 && calls)).resolves.toBe(3);
  });

  it("fails loudly, naming what it waited for, when it never happens", async () => {
    await expect(waitUntil("a reply that never comes", () => false, { timeoutMs: 50 })).rejects.toThrow(
      "timed out after 50 ms waiting for a reply that never comes",
    );
  });
});
