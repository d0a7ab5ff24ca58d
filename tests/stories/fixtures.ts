// Short made-up reports (fictional places, people and outlets) for the story-grouping tests.

/** Two fires in one town the same week: same place, same kind of event, different stories. */
export const WAREHOUSE_FIRE = [
  `Fire destroys Kettering Road warehouse in Marlow

A fire destroyed a furniture warehouse on Kettering Road in Marlow on Tuesday night, fire chief Alma Dunstan said. Forty firefighters fought the blaze for six hours. No one was hurt, but the owner, Brightwell Furnishings, estimated the damage at 2.4 million pounds. Investigators suspect an electrical fault in the loading bay.`,
  `Brightwell warehouse gutted by overnight blaze

Brightwell Furnishings lost its Kettering Road depot in Marlow to an overnight fire. Chief Alma Dunstan said forty crews were needed and that the loading bay wiring is being examined. The company put its losses at 2.4 million pounds.`,
];

export const FLAT_FIRE = [
  `Two injured in Marlow flat fire on Quayside

Two residents were taken to St Bede's hospital after a fire broke out in a fourth-floor flat on Quayside in Marlow on Thursday. Neighbours said smoke filled the stairwell of Harbour Court. Station officer Ravi Menon said a candle left burning started the blaze, and twelve families were moved out for the night.`,
  `Candle blamed for Harbour Court fire

A candle started Thursday's fire at Harbour Court on Quayside, station officer Ravi Menon said. Two people were treated at St Bede's hospital for smoke inhalation, and twelve families spent the night with relatives.`,
];

/** One story retold by three outlets with different headlines. */
export const DAM_RELEASE = [
  `Lowland farms brace as Tarrow dam opens spillways

Engineers at the Tarrow dam opened three spillways on Monday after a week of rain pushed the reservoir to 97 percent, the Venn Valley water authority said. Farmers along the Ombre river moved cattle to higher ground. Authority spokeswoman Ilse Harrow said the release would raise the river by about a metre at Castlebury.`,
  `Water authority releases Tarrow reservoir as rain persists

The Venn Valley water authority has begun releasing water from the Tarrow reservoir, which reached 97 percent after days of heavy rain. Ilse Harrow, speaking for the authority, warned that the Ombre would rise by roughly one metre near Castlebury.`,
  `Ombre river to rise a metre after spillway release, farmers told

Cattle were being moved off the Ombre floodplain on Monday as the Tarrow dam opened its spillways. The water authority's Ilse Harrow said Castlebury should expect the river about a metre higher by evening.`,
];

/** The same story three days later. */
export const DAM_UPDATE = `Ombre river falls back as Tarrow spillways close

Three days after the Tarrow dam opened its spillways, the Venn Valley water authority closed them on Thursday with the reservoir down to 88 percent. Ilse Harrow said the Ombre had peaked just under a metre above normal at Castlebury and that the farmers who moved cattle could return to the floodplain.`;

/** Unrelated reports, so the corpus is a feed and not just the stories under test. */
export const OTHER_NEWS = [
  `Grain exports rise for third month

Exports of barley and wheat from the port of Selby Haven rose for a third month in a row, the trade ministry said on Friday, helped by a weaker currency and strong demand from overseas mills.`,
  `City council approves new tram line

The Norbury city council voted 31 to 9 to build a tram line between the railway station and the university campus, with construction due to start next spring and cost 180 million.`,
  `Chess prodigy wins national title at 14

Fourteen-year-old Tamsin Oakes won the national chess championship in Pellham on Sunday, beating the defending champion in a tense final game that lasted more than five hours.`,
];

/** Two halves of one event first reported apart, then one report telling both. */
export const DAM_HALVES = [
  `Tarrow dam opens spillways

Engineers at the Tarrow dam opened three spillways on Monday after the reservoir reached 97 percent, the Venn Valley water authority said.`,
  `Castlebury farmers move cattle off the Ombre floodplain

Farmers near Castlebury drove cattle to higher ground on Monday as the Ombre river began to rise, said Ilse Harrow.`,
];

export const DAM_BRIDGE = `Ombre rises at Castlebury after Tarrow spillways open

The Tarrow dam opened three spillways on Monday with the reservoir at 97 percent, and the Ombre river rose at Castlebury, where farmers moved cattle to higher ground, Ilse Harrow of the Venn Valley water authority said.`;

/** A wire report on a ferry grounding, headline and all, printed word for word by three outlets. */
const FERRY_WIRE = `Ferry aground off Pellow Point

The ferry Saint Elowen ran aground off Pellow Point on Sunday with 212 passengers aboard, the coastguard said. Lifeboats from Trevane and Morwick took everyone ashore within four hours. Harbourmaster Colm Ferris said the vessel had lost steering in a strong ebb tide. The operator, Westerly Lines, cancelled its crossings to the islands until Wednesday. Passengers were offered hotel rooms in Trevane overnight.`;
export const FERRY_COPIES = [
  `${FERRY_WIRE} More reports to follow.`,
  `${FERRY_WIRE} Our reporter is at the scene.`,
  FERRY_WIRE,
];
/** A later rewrite of the wire copy with one short sentence of its own. */
export const FERRY_REWRITE = `${FERRY_WIRE} Divers inspected the hull.`;

const PLACES =
  "Ardwick Belthorn Corrin Dunmere Elsby Farrow Glenmoor Haskett Ivelford Jessop Kelham Lornby Mardle Nethercott Orwin Paskey Quenby Roskill Sutterby Tolland Ulverby Vexley".split(
    " ",
  );
const THINGS =
  "library orchard bakery quarry museum stadium marina brewery foundry theatre airfield canal zoo cathedral observatory lighthouse vineyard aquarium tannery cinema racecourse monastery".split(
    " ",
  );

/** A feed's first items, short notes on small local matters, so that what follows is past a folder's size. */
export const FEED_START = PLACES.map(
  (place, i) =>
    `${place} ${THINGS[i]} news\n\nThe ${THINGS[i]} at ${place} had a quiet week, its keeper said.`,
);

/** Two stories of one mayor a fortnight apart: what she opened, then what she is accused of. */
export const SAGA = [
  `Mayor Odile Vance opens Sarn footbridge\n\nMayor Odile Vance cut the ribbon on the new Sarn footbridge over the Wend on Saturday, linking the market square to the rail halt after two years of building.`,
  `Sarn footbridge open at last\n\nWalkers crossed the Wend on the Sarn footbridge for the first time on Saturday after Mayor Odile Vance opened the span between the market square and the rail halt.`,
  `Auditors question harbour contract signed by Vance\n\nThe regional audit office said Odile Vance awarded the Pelby harbour dredging contract without a tender, and asked the council for the minutes of the vote.`,
  `Vance faces inquiry over dredging deal\n\nOdile Vance, the mayor, must explain why the Pelby harbour dredging contract went to a single bidder, the audit office said, after councillors complained of missing minutes.`,
];
