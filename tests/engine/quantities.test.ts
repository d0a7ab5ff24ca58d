import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/text/quantities.js";

const first = (text: string) => findQuantities(text)[0];

describe("quantities", () => {
  it.each([
    ["at least seven militia fighters were killed", "at least seven", 7, "min"],
    ["more than 40 people", "more than 40", 40, "min"],
    ["dozens of companies", "dozens", 24, "min"],
    ["four members of one faction", "four", 4, "exact"],
    ["twenty-two fighters", "twenty-two", 22, "exact"],
    ["About 2,500 US troops", "About 2,500", 2500, "approx"],
    ["paid nearly $5 million in cryptocurrency", "nearly $5 million", 5_000_000, "approx"],
    ["a payment of $4.4 million", "$4.4 million", 4_400_000, "exact"],
  ])("reads %j as %j = %d (%s)", (text, value, number, qualifier) => {
    expect(first(text)).toMatchObject({ value, number, qualifier });
  });

  it("keeps the value verbatim so it can be quoted", () => {
    const text = "officials said at least seven militia fighters died";
    const q = first(text);
    expect(text.slice(q?.start, (q?.start ?? 0) + (q?.value.length ?? 0))).toBe(q?.value);
  });

  it.each([
    ["the 2015 nuclear deal"],
    ["at about 01:00 on Monday (22:00 GMT on Sunday)"],
    ["restarting at about 5 p.m. Eastern time"],
    ["F-15 and F-16 aircraft"],
    ["107mm rockets"],
    ["On Feb. 15, rockets struck the city"],
    ["the 15 February attack"],
  ])("finds no count in %j (years, dates, clock times, model numbers)", (text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it("reads a text once: casualty, money and duration figures share the reading", () => {
    const text = "at least 12 people were killed and $3 million in damage was done";
    expect(findQuantities(text)).toBe(findQuantities(text));
    expect(findQuantities(text).map((q) => q.number)).toEqual([12, 3_000_000]);
  });

  it("marks money with its currency", () => {
    expect(first("worth about $2.3 million")?.currency).toBe("$");
    expect(first("about 2.3 million people")?.currency).toBeNull();
  });
});
