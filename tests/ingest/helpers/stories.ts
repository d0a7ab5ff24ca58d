import type { PageStory } from "./pages.js";

// Three reports of one invented event (a dam breach in an invented valley), written for these
// tests, and a fourth on another story.

export const DAM_COURIER: PageStory = {
  title: "Dam breach floods Larkmoor villages, forcing hundreds from their homes",
  outlet: "Larkmoor Courier",
  byline: "Hanna Ostrel",
  published: "2024-03-03T07:40:00+01:00",
  url: "https://courier.test/2024/03/03/larkmoor-dam-breach",
  paragraphs: [
    "Floodwater poured into three villages in the Larkmoor valley on Sunday after the Tessel dam gave way before dawn, forcing hundreds of residents from their homes.",
    "The regional emergency agency said at least 14 people were injured and 300 homes were flooded in Brisk, Ollam and Varden.",
    "“The wall opened like a door and the water came down the valley in minutes,” said Petra Lund, a farmer in Brisk who escaped with her two children.",
    "Engineers had warned in January that the dam needed urgent repairs, according to a report seen by the Courier.",
    "Governor Anselm Teague condemned the delays, saying the repairs should have begun last year, and promised an inquiry.",
  ],
};

export const DAM_HERALD: PageStory = {
  title: "Tessel dam collapse: governor orders inquiry as waters recede",
  outlet: "Valley Herald",
  byline: "Marek Sollis",
  published: "2024-03-03T12:05:00+00:00",
  url: "https://herald.test/news/tessel-dam-collapse",
  paragraphs: [
    "Governor Anselm Teague ordered an independent inquiry on Sunday into the collapse of the Tessel dam, which flooded three villages in the Larkmoor valley.",
    "Officials said 17 people were injured, most of them with cuts and bruises, and that no one was missing.",
    "“We will find out why the warnings were not acted on,” Teague told reporters in Brisk.",
    "The dam operator, Larkmoor Water, said it had scheduled repairs for the spring and was cooperating with the authorities.",
  ],
};

export const DAM_WIRE: PageStory = {
  title: "Floods from Tessel dam breach reach Varden, rescuers evacuate school",
  outlet: "Northwire",
  byline: "Ilse Varga",
  published: "2024-03-03T15:30:00+00:00",
  url: "https://wire.test/world/tessel-dam-varden",
  paragraphs: [
    "Rescuers evacuated a school in Varden on Sunday as floodwater from the breached Tessel dam reached the lowest of the three Larkmoor villages.",
    "The emergency agency said 300 homes had been flooded and at least 14 people injured across the valley.",
    "“Every family in Varden has been reached,” said Tomas Brell, a spokesman for the emergency agency.",
  ],
};

export const MARKET_STORY: PageStory = {
  title: "Harbour market reopens after winter repairs",
  outlet: "Larkmoor Courier",
  byline: "Hanna Ostrel",
  published: "2024-03-02T09:00:00+01:00",
  url: "https://courier.test/2024/03/02/harbour-market-reopens",
  paragraphs: [
    "The covered harbour market in Larkmoor town reopened on Saturday after three months of repairs to its roof and stalls.",
    "Traders said the first morning brought more customers than any day last year, and the fish stalls sold out before noon.",
    "The town council paid for most of the work, which cost about 400,000 euros, a council spokeswoman said.",
  ],
};
