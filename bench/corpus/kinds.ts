// Kinds of story a generated corpus holds, as sentence templates: `{key}` is filled from the story's
// facts (see story.ts). Several wordings per fact, so independent reports of one story differ.

export interface Kind {
  /** What an editor types to ask about this kind of story. */
  topic: string;
  titles: string[];
  leads: string[];
  facts: string[];
  quotes: string[];
  reactions: string[];
  /** A later report: the figure has changed. */
  updates: string[];
}

const CONDEMN = [
  "{reactor}'s foreign ministry condemned the {event} and called for those responsible to be held to account.",
  "The government of {reactor} said it was deeply concerned and urged all sides to exercise restraint.",
  "{reactor} condemned what it called a reckless act and summoned the ambassador of {country}.",
];

const ATTACK = (event: string, verb: string, topic: string): Kind => ({
  topic,
  titles: [
    `${event[0]?.toUpperCase()}${event.slice(1)} on {target} in {place} kills at least {killed}`,
    `{killed} dead after ${event} hits {target} near {place}`,
    `{actor} blamed for deadly ${event} in {place}`,
  ],
  leads: [
    `{actor} ${verb} {target} in {place} on {weekday}, killing at least {killed} people and wounding {injured}, {source} said.`,
    `At least {killed} people were killed and {injured} injured when {actor} ${verb} {target} near {place} on {weekday} night, according to {source}.`,
    `A ${event} on {target} in the {region} town of {place} on {weekday} killed {killed} people, {source} said, in the deadliest attack in the area this year.`,
  ],
  facts: [
    `{monitor} said {killed2} people had been killed, including {children} children, and that the toll was likely to rise.`,
    `Officials said {injured} people had been taken to hospitals in {place} and the regional capital.`,
    `The ${event} came after weeks of rising tension between {actor} and security forces in the {region}.`,
    `{actor} said in a statement that it had targeted a position used by government forces.`,
    `Witnesses said they heard several loud explosions shortly before midnight and saw smoke rising over {place}.`,
    `The ${event} was the third in the {region} since the start of {month}.`,
  ],
  quotes: [
    `"This was a deliberate attack on civilians, and it will not go unanswered," {official} told reporters in {place}.`,
    `"We are still searching for people under the rubble," said {officialName}, {officialRole}.`,
    `{officialName}, {officialRole}, said: "Our teams worked through the night, but many of the wounded are in critical condition."`,
  ],
  reactions: CONDEMN.map((s) => s.replace("{event}", event)),
  updates: [
    `The death toll from {weekday}'s ${event} in {place} rose to {killed3}, {source} said on {nextday}.`,
    `The number of people killed in the ${event} has risen to {killed3}, officials said, as more bodies were recovered.`,
  ],
});

const DISASTER = (event: string, verb: string, topic: string): Kind => ({
  topic,
  titles: [
    `${event[0]?.toUpperCase()}${event.slice(1)} kills at least {killed} in {place}`,
    `Thousands homeless after ${event} ${verb} {region}`,
    `{place} counts its dead after ${event}`,
  ],
  leads: [
    `A ${event} ${verb} the {region} on {weekday}, killing at least {killed} people and injuring more than {injured}, {source} said.`,
    `At least {killed} people died and {injured} were hurt when a ${event} ${verb} {place} on {weekday}, according to {source}.`,
  ],
  facts: [
    `{monitor} said {killed2} people had died and {missing} were still missing.`,
    `About {displaced} people spent the night in shelters set up in schools and sports halls.`,
    `Power and water were cut across much of the {region}, and a landslide blocked the main road into {place}.`,
    `The {region} was last hit by a deadly ${event} in {year}, when {oldToll} people died.`,
    `Rescue teams with dogs were still searching {buildings} buildings on {nextday}.`,
  ],
  quotes: [
    `"We are still pulling people out of the rubble, and the toll will rise," said {officialName}, {officialRole}.`,
    `"Our priority is the old town, where most of the houses are built of stone," {official} told reporters.`,
  ],
  reactions: [
    "{reactor} offered emergency aid and said a team of rescuers was ready to fly out.",
    "The government of {reactor} sent its condolences and pledged support for the recovery.",
  ],
  updates: [
    `The death toll from the ${event} rose to {killed3} on {nextday}, {source} said, after rescuers recovered more bodies.`,
  ],
});

const CYBER: Kind = {
  topic: "cyberattack",
  titles: [
    "{company} shuts down systems after ransomware attack",
    "Hackers force {company} offline for {outage}",
    "{company} paid hackers {ransom}, sources say",
  ],
  leads: [
    "{company} shut down its network in {place} on {weekday} after a ransomware attack by the {gang} group, {source} said.",
    "A cyberattack blamed on the criminal group {gang} forced {company} to halt operations across {country} on {weekday}, according to {source}.",
  ],
  facts: [
    "The company paid a ransom of {ransom} in cryptocurrency to regain access to its systems, people familiar with the matter said.",
    "Investigators later recovered {recovered} of the payment, the justice ministry said.",
    "The outage lasted {outage}, causing shortages and long queues in {place}.",
    "{monitor} said the hackers had stolen nearly 100 gigabytes of data before locking the systems.",
  ],
  quotes: [
    `"We took this step to protect our customers and our staff," {officialName}, {officialRole}, said in a statement.`,
    `"Paying criminals only encourages them," said {officialName}, {officialRole}.`,
  ],
  reactions: [
    "{reactor} said it would work with {country} to track down the hackers.",
    "The government of {reactor} condemned the attack and promised new rules for critical infrastructure.",
  ],
  updates: ["{company} said on {nextday} that its systems had been restored after {outage2}."],
};

const CIVIC = (topic: string, title: string, lead: string, facts: string[]): Kind => ({
  topic,
  titles: [title, `{place}: what we know about the ${topic}`],
  leads: [lead],
  facts,
  quotes: [
    `"This is a day {place} will remember for a long time," said {officialName}, {officialRole}.`,
    `"We will respect the outcome and keep working for every family in the {region}," {official} told supporters.`,
  ],
  reactions: [
    "{reactor} welcomed the outcome and said it looked forward to working with the new leadership.",
  ],
  updates: [`Final figures released on {nextday} showed {share} per cent support, officials said.`],
});

export const KINDS: Kind[] = [
  ATTACK("airstrike", "bombed", "airstrike"),
  ATTACK("drone attack", "struck", "drone"),
  ATTACK("rocket attack", "fired rockets at", "rockets"),
  ATTACK("bombing", "bombed", "bombing"),
  DISASTER("earthquake", "struck", "earthquake"),
  DISASTER("flood", "swept through", "floods"),
  DISASTER("storm", "battered", "storm"),
  CYBER,
  CIVIC(
    "election",
    "{official} wins {place} mayoral election",
    "{official} won the mayoral election in {place} on {weekday} with {share} per cent of the vote, {source} said.",
    [
      "Turnout was {turnout} per cent, the highest in two decades, the electoral commission said.",
      "The campaign was dominated by housing costs, public transport and jobs for young people.",
    ],
  ),
  CIVIC(
    "strike",
    "Dock workers in {place} walk out over pay",
    "Thousands of dock workers in {place} went on strike on {weekday}, demanding a {share} per cent pay rise, {source} said.",
    [
      "The port handles about a third of the {region}'s exports, and shipping lines warned of delays.",
      "Talks between the union and the port operator broke down late on {weekday} after ten hours.",
    ],
  ),
  CIVIC(
    "merger",
    "{company} agrees takeover worth {ransom}",
    "{place}-based {company} agreed on {weekday} to buy a rival in a deal worth {ransom}, {source} said.",
    [
      "Shares in the company rose {share} per cent in early trading.",
      "Regulators in {country} are expected to review the deal, which would create the {region}'s largest firm of its kind.",
    ],
  ),
];
