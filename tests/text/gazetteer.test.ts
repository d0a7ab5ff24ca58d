import { describe, expect, it } from "vitest";
import {
  COUNTRIES,
  countryOf,
  DEMONYMS,
  isKnownPlace,
  lookupPlace,
  placeKind,
} from "../../src/text/gazetteer.js";

describe("gazetteer", () => {
  it.each([
    ["Iraqi", "Iraq"],
    ["Tehran", "Iran"],
    ["Pentagon", "United States"],
    ["the U.S.", "United States"],
    ["USA", "United States"],
    ["Britain", "United Kingdom"],
    ["Downing Street", "United Kingdom"],
    ["Kremlin", "Russia"],
    ["Élysée", "France"],
    ["Justice Department", "United States"],
    ["Department of Defense", "United States"],
    ["Chile's", "Chile"],
    ["Côte d’Ivoire", "Ivory Coast"],
    ["Texas", "United States"],
  ])("maps %j to %j", (term, country) => {
    expect(countryOf(term)).toBe(country);
  });

  it("ignores case, accents and apostrophes", () => {
    expect(countryOf("BOGOTÁ")).toBe("Colombia");
    expect(countryOf("bogota")).toBe("Colombia");
    expect(countryOf("Cote dIvoire")).toBe("Ivory Coast");
  });

  it("matches short acronyms only in capitals, so ordinary words stay words", () => {
    expect(countryOf("us")).toBeNull();
    expect(lookupPlace("who")).toBeNull();
    expect(lookupPlace("WHO")?.kind).toBe("international-body");
  });

  it("types places as country or city and nothing else", () => {
    expect(placeKind("Kenya")).toBe("country");
    expect(placeKind("Nairobi")).toBe("city");
    expect(placeKind("Pentagon")).toBeNull();
    expect(isKnownPlace("Kenyan")).toBe(false);
    expect(isKnownPlace("Atlantis")).toBe(false);
  });

  it("knows international bodies without giving them a country", () => {
    expect(lookupPlace("United Nations")).toMatchObject({ kind: "international-body", country: null });
    expect(countryOf("NATO")).toBeNull();
  });

  it("covers the world's countries and their demonyms", () => {
    expect(COUNTRIES.length).toBeGreaterThan(190);
    expect(DEMONYMS.get("Syrian")).toBe("Syria");
    expect(DEMONYMS.get("Russian")).toBe("Russia");
    expect(DEMONYMS.get("American")).toBe("United States");
  });
});
