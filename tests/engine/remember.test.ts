import { describe, expect, it } from "vitest";
import { remember } from "../../src/remember.js";

describe("remember", () => {
  it("drops the oldest entries while the map is full, and refreshes a key set again", () => {
    const cache = new Map([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    remember(cache, "a", 10, 3);
    expect([...cache]).toEqual([
      ["b", 2],
      ["c", 3],
      ["a", 10],
    ]);
    remember(cache, "d", 4, 2);
    expect([...cache.keys()]).toEqual(["a", "d"]);
  });
});
