import { describe, expect, it } from "vitest";
import { rememberedByTwoKeys, rememberedPerText } from "../../src/text/remembered.js";

describe("readings remembered per text", () => {
  it("reads a text once, and again after the table was emptied", () => {
    let reads = 0;
    const read = rememberedPerText((t: string) => {
      reads++;
      return t.length;
    }, 2);
    expect([read("ab"), read("ab"), read("abc")]).toEqual([2, 2, 3]);
    expect(reads).toBe(2);
    read("abcd"); // full: emptied before this one is kept
    read("ab");
    expect(reads).toBe(4);
  });

  it("keeps a reading per text and second key, apart from the same text under another key", () => {
    let reads = 0;
    const remember = rememberedByTwoKeys<string>(3);
    const read = (outer: string, inner: string) =>
      remember(outer, inner, () => {
        reads++;
        return `${outer}/${inner}`;
      });
    expect([read("s", "1"), read("s", "1"), read("s", "2")]).toEqual(["s/1", "s/1", "s/2"]);
    expect(reads).toBe(2);
    read("t", "1");
    read("u", "1"); // full: emptied first
    read("s", "1");
    expect(reads).toBe(5);
  });
});
