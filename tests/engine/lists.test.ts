import { describe, expect, it } from "vitest";
import { kept, mapped } from "../../src/lists.js";

describe("lists built in one place", () => {
  it("keeps what the test accepts, in order, with each item's index", () => {
    expect(kept(["Ravel", "ash", "Tomsk", "dune"], (w, i) => /^\p{Lu}/u.test(w) || i === 3)).toEqual([
      "Ravel",
      "Tomsk",
      "dune",
    ]);
    expect(kept([1, 2, 3], () => false)).toEqual([]);
  });

  it("maps each item with its index, from any iterable", () => {
    expect(mapped(new Set(["a", "b"]), (w, i) => `${w}${i}`)).toEqual(["a0", "b1"]);
    expect(mapped([], (w: string) => w)).toEqual([]);
  });
});
