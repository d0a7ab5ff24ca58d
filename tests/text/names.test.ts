import { describe, expect, it } from "vitest";
import { buildAliasIndex } from "../../src/text/aliases.js";
import { findNames, nameKey } from "../../src/text/names.js";
import { documentOf } from "../helpers/documents.js";

const byText = (s: string) => Object.fromEntries(findNames(s).map((m) => [m.text, m]));

describe("nameKey", () => {
  it("gives spellings with and without apostrophes, accents and spaces one key", () => {
    expect(nameKey("Ansar’ al-Dín")).toBe(nameKey("Ansar al Din"));
    expect(nameKey("U.S.")).toBe(nameKey("US"));
  });
});

describe("findNames", () => {
  it("splits a title off a person's name and types the person", () => {
    const m = byText("US Defense Secretary Lloyd Austin said he approved the strike.");
    expect(m["Lloyd Austin"]).toMatchObject({ type: "person", title: "US Defense Secretary" });
    expect(m.US).toMatchObject({ type: "place", country: "United States" });
  });

  it("keeps 'for' and 'of' inside an organisation's name", () => {
    const m = byText("The Andean Observatory for Civil Liberties said the Ministry of Defence was informed.");
    expect(m["Andean Observatory for Civil Liberties"]?.type).toBe("organisation");
    expect(m["Ministry of Defence"]?.type).toBe("organisation");
  });

  it("reads a body named by ranks as an organisation, and a chief of staff as a person", () => {
    const m = byText(
      "The Tessel army's General Staff and the Joint Chiefs of Staff spoke to Chief of Staff Ron Vale.",
    );
    expect(m["General Staff"]?.type).toBe("organisation");
    expect(m["Joint Chiefs of Staff"]?.type).toBe("organisation");
    expect(m["Ron Vale"]).toMatchObject({ type: "person", title: "Chief of Staff" });
  });

  it("reads an organisation word before a title as the title's portfolio, not a body's name", () => {
    expect(byText("Output fell, said Energy Minister Karim Tal.")["Karim Tal"]).toMatchObject({
      type: "person",
      title: "Energy Minister",
    });
    expect(
      byText("The bill stalled, said Senate Majority Leader Ana Ruiz on Monday.")["Ana Ruiz"]?.title,
    ).toBe("Senate Majority Leader");
    expect(byText("Kestrel Energy said on Monday it would pay.")["Kestrel Energy"]?.type).toBe(
      "organisation",
    );
  });

  it("keeps an office's 'of' in the title, not in the name", () => {
    expect(
      byText("Minister of Foreign Affairs Ana Ruiz said the talks had ended.")["Ana Ruiz"],
    ).toMatchObject({
      type: "person",
      title: "Minister of Foreign Affairs",
    });
    expect(byText("Governor of Tessel Province Maria Okonjo said.")["Maria Okonjo"]?.title).toBe(
      "Governor of Tessel Province",
    );
    // A surname alone after the office: nothing to tell title from name, so no name rather than a wrong one.
    expect(Object.keys(byText("Minister of Defence Okonjo said."))).not.toContain("of Defence Okonjo");
  });

  it("keeps a body's remit whole when it names two fields joined by 'and'", () => {
    const m = byText(
      "The Tessel Centers for Water Safety and Prevention said the Ministry of Defence and Kovac met.",
    );
    expect(m["Tessel Centers for Water Safety and Prevention"]?.type).toBe("organisation");
    expect(Object.keys(m)).toEqual(expect.arrayContaining(["Ministry of Defence", "Kovac"]));
  });

  it("does not join two organisations listed with 'and'", () => {
    const m = byText("Volunteers from Ansar Brigade and Liwa Tanzim were seen in the town.");
    expect(Object.keys(m)).not.toContain("Ansar Brigade and Liwa Tanzim");
  });

  it("records an acronym defined in brackets", () => {
    const m = byText("A coalition, the Southern Relief Forces (SRF), said four members were hurt.");
    expect(m["Southern Relief Forces"]).toMatchObject({ type: "organisation", acronym: "SRF" });
  });

  it("types a person from a role written before the name", () => {
    const m = byText("Fire department spokeswoman Dana Okafor said crews were still searching.");
    expect(m["Dana Okafor"]).toMatchObject({ type: "person", title: "spokeswoman" });
  });

  it("types a name described in apposition as a kind of person", () => {
    expect(
      byText('"We lost everything," said Ama Owusu, a shopkeeper in the market.')["Ama Owusu"]?.type,
    ).toBe("person");
    expect(byText("Acme Foods, a supermarket retailer, said sales fell.")["Acme Foods"]?.type).not.toBe(
      "person",
    );
  });

  it("types a place from the gazetteer and from cue words", () => {
    const m = byText(
      "Rescuers reached the town of Ostrava-Jih and the Oaxaca region by dawn, officials in Mexico City said.",
    );
    expect(m["Ostrava-Jih"]?.type).toBe("place");
    expect(m.Oaxaca?.type).toBe("place");
    expect(m["Mexico City"]).toMatchObject({ type: "place", country: "Mexico" });
  });

  it("does not take a capitalised common word at the start of a sentence for a name", () => {
    expect(findNames("Rockets were fired at the base overnight.")).toEqual([]);
  });

  it("keeps a surname that starts a sentence before a reporting verb", () => {
    expect(byText("Okonjo said the vote would go ahead.").Okonjo).toBeDefined();
  });

  it("returns offsets that slice each name out of the sentence", () => {
    const s = "Pentagon spokesman Jo Rivers spoke in Baghdad.";
    for (const m of findNames(s)) expect(s.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("buildAliasIndex", () => {
  const docs = [
    documentOf("a", [
      "Interior Minister Amara Diallo said the Eastern Relief Forces (ERF) had been warned.",
      "Ms Diallo later visited the Observatory.",
      "The Sahel Observatory for Human Rights said 12 people died.",
      "Officials in the U.S. and the United States Congress were briefed.",
      "Harbor Freight Lines said its trucks were running again.",
    ]),
    documentOf("b", [
      "Diallo told reporters the ERF was ready.",
      "Ansar Dine’ Front and Ansar Dine Front issued statements.",
    ]),
  ];
  const index = buildAliasIndex(docs);

  it("maps a surname and a titled surname to the full name", () => {
    expect(index.canonical("Diallo", "a")).toBe("Amara Diallo");
    expect(index.canonical("Ms Diallo", "a")).toBe("Amara Diallo");
    expect(index.canonical("Diallo", "b")).toBe("Amara Diallo");
    expect(index.typeOf("Diallo", "b")).toBe("person");
  });

  it("merges an acronym defined in brackets with its name, across documents", () => {
    expect(index.canonical("ERF")).toBe("Eastern Relief Forces");
    expect(index.aliasesOf("Eastern Relief Forces")).toEqual(["Eastern Relief Forces", "ERF"]);
  });

  it("merges spellings with and without an apostrophe", () => {
    expect(index.keyOf("Ansar Dine Front")).toBe(index.keyOf("Ansar Dine’ Front"));
  });

  it("gives a country's abbreviations the country's name", () => {
    expect(index.canonical("U.S.")).toBe("United States");
    expect(index.keyOf("US")).toBe(index.keyOf("United States"));
  });

  it("maps an organisation's head word to the one organisation of the article that has it", () => {
    expect(index.canonical("Observatory", "a")).toBe("Sahel Observatory for Human Rights");
  });

  it("maps a company's first word to its full name when only one name starts so", () => {
    expect(index.canonical("Harbor", "b")).toBe("Harbor Freight Lines");
  });

  it("leaves an unknown name as written", () => {
    expect(index.canonical("Zanzibar Trading")).toBe("Zanzibar Trading");
  });
});
