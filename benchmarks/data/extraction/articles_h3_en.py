# English stories for the third held-out part (h3-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), watch (broadcaster: titles of the
# two video clips), standfirst + notes (substack: subtitle and footnote texts; "[^n]" at the end of a
# paragraph marks footnote n, the marker and the notes are not body).
ARTICLES = [
dict(id="h3-en-001", lang="en", tpl="drupal", section="Politics", date="2025-02-12", byline="Nadia Forsythe",
     title="MPs back law forcing websites to obey browsers' 'no tracking' signal",
     caption="The bill cleared its final Commons stage on Wednesday.", credit="Photo: Parliamentary Recording Unit",
     body="""
Websites will have to respect a privacy setting in visitors' browsers instead of showing cookie banners, under a bill that cleared its final Commons stage on Wednesday.

The Digital Consent Bill requires any site that uses advertising cookies to read a "global privacy signal" sent by the browser. If the signal says no, the site must not set tracking cookies and must not ask again on every visit.

Ministers say the change could remove most of the cookie pop-ups that British internet users click through each day. Government research found the average person sees 38 consent banners a week and clicks "Accept all" on nine in ten of them.

## Banners not banned

The bill does not outlaw cookie banners. Sites may still ask for consent when no signal is present, and cookies that are strictly necessary, such as those that keep items in a shopping basket, are exempt.

"This is about respecting a decision people have already made once," said the digital minister, Rachel Okafor. "You should not have to say no to cookies four hundred times a month."

Publishers warned that the law could cut their advertising income. The News Media Group said tracking-based adverts made up about a third of digital revenue for its members, and that many smaller titles would ask readers to pay instead.

## What happens next

The bill now goes to the Lords. If it passes unchanged, the main provisions would take effect 18 months after royal assent, giving browser makers and website owners time to adapt.

Breaches would be handled by the data protection regulator, which could issue fines of up to 4% of a company's global turnover.
"""),

dict(id="h3-en-002", lang="en", tpl="substack", site="The Marbeck Dispatch", section="Media", date="2025-03-06",
     byline="Owen Latimer",
     title="Ten thousand paying readers: what I learned running a local newsletter",
     standfirst="Three years, one town and a great many council meetings",
     caption="The Dispatch is written at a kitchen table in Marbeck.", credit="Photo: Owen Latimer",
     notes=["Figures from the platform's subscriber dashboard, March 2022.",
            "\u2018Which roads will be resurfaced this summer\u2019, published 4 May 2023."],
     body="""
Three years ago I left the evening paper with a laptop, a list of 400 email addresses and a plan to cover one town properly. This week the Marbeck Dispatch passed 10,000 paying subscribers.

I want to set out how it happened, because most of what I was told at the start turned out to be wrong.

## Free first, paid later

For the first eight months everything was free. I sent one email a week, every Thursday, with the planning applications, the council votes and one longer story. Nobody paid a penny, and that was the point: I needed people to trust that the email would arrive and be worth opening.

When I introduced a paid tier at £5 a month, about 6% of free readers signed up in the first fortnight.[^1]

That rate has barely moved since.

## What people pay for

Readers do not pay for opinions. I tried a weekly column and the number of people unsubscribing went up. They pay for the things nobody else does any more:

- reading every licensing application;
- sitting through the full council meeting, not just the vote;
- checking the school admissions figures each spring.

The most-read story I have ever published was a table of which roads would be resurfaced that summer.[^2]

## The hard parts

The money is real but thin. After the platform's cut, card fees and a part-time reporter, I earn roughly what I did on the paper. Holidays are difficult, and a long illness would be a real problem.

"Subscribe" is not a business plan on its own, either. Two local firms now sponsor the weekly events listing, and that income pays for the reporter.

If you are thinking of doing the same, my advice is dull: pick a small patch, turn up to everything and write it down.
"""),

dict(id="h3-en-003", lang="en", tpl="broadcaster", section="Entertainment & Arts", date="2025-01-21", byline="Marcus Ebdon",
     title="Regulator revokes licence of satellite news channel over invented reports",
     caption="Meridian 24's studios in west London.", credit="Image: Meridian 24",
     watch=["Meridian 24's chief executive responds to the decision", "How the regulator reached its ruling"],
     body="""
The broadcasting regulator has revoked the licence of the satellite news channel Meridian 24, ending its transmissions in the UK with immediate effect.

The Office of Broadcast Standards said the channel had aired at least 11 reports over six months that contained invented interviews, including one with a hospital doctor who does not exist.

It is the first time in more than a decade that a news channel has been banned outright rather than fined.

## 'Serious and repeated'

In its decision, the regulator said the breaches were "serious, deliberate and repeated" and that the channel had ignored two earlier warnings.

Meridian 24 said it would challenge the ruling in the High Court. In a statement, its chief executive, Anton Reyes, called the ban "an attack on an independent voice".

Viewers who try to watch the channel on satellite now see a blank screen with a short notice from the regulator. The channel's website and social media accounts are not covered by the decision and remain online.

## Audience of 90,000

The channel, which launched in 2019, reached about 90,000 viewers a week, according to industry figures. Most of its programmes were talk shows and phone-ins rather than news bulletins.

Media lawyer Grace Adeyemi said the regulator had chosen the case carefully. "They waited until they had a long list of provable inventions. That makes the decision much harder to overturn," she said.

The regulator said other broadcasters should not read the decision as a change of policy.

"We will always prefer to fix a problem rather than close a channel," a spokesperson said.
"""),

dict(id="h3-en-004", lang="en", tpl="wordpress", section="Culture", date="2024-12-02", byline="Fiona Carrick",
     title="Postman's photographs of village life go on show after 40 years in a loft",
     caption="Children on the way to school in Upper Stowford, 1963.", credit="Photograph: Reginald Ellis / Ellis family",
     body="""
More than 3,000 photographs taken by a village postman between 1958 and 1984 have gone on public display for the first time, after his granddaughter found them in shoeboxes in a loft.

Reginald Ellis, who died in 1999, carried a camera on his delivery round in Upper Stowford for 26 years. He photographed farmers, children walking to school, the flood of 1968 and the last day of the village railway station.

His granddaughter, Helen Ellis, found the negatives and prints while clearing her parents' house last year. Each print was stamped on the back with the words "Photo: R. Ellis, Church Lane".

"He never called himself a photographer," she said. "He called himself a postman who liked pictures."

## A record of change

Local historians say the collection is unusually complete because Ellis visited the same houses every day. Many families appear over two decades, from weddings to the arrival of the first television aerials.

The exhibition at the Stowford Institute shows 140 prints, chosen by a panel that included three professional photographers and two of Ellis's former customers.

Press photographer Daniel Marsh, who sat on the panel, said the pictures had "a patience you rarely see". "He wasn't chasing a story. He was already inside it," he said.

The rest of the collection is being scanned by volunteers and will be put online next spring. Visitors are being asked to help identify people in about 600 of the photographs.

The exhibition is open until 30 March. Entry is free.
"""),

dict(id="h3-en-005", lang="en", tpl="cms", section="Business", date="2024-10-08", byline="Simon Achterberg",
     title="Bakery chain Crumbwell lifts profit forecast as shares jump 12%",
     caption="A Crumbwell shop at Manchester Piccadilly station.", credit="Image: Crumbwell plc",
     body="""
Shares in the bakery chain Crumbwell rose 12% on Tuesday after the company said annual profit would be higher than expected, helped by strong sales of sandwiches and hot drinks.

The group now expects underlying pre-tax profit of between £64m and £67m for the year to January, up from previous guidance of about £58m.

Sales at shops open for more than a year grew 7.4% in the 13 weeks to 28 September. The company said lunchtime trade in city centres had recovered faster than it expected as more office staff returned for part of the week.

## Costs easing

Chief executive Marianne Doyle said lower prices for flour and energy had also helped. Crumbwell raised prices twice last year but said it had no plans to do so again before the spring.

"Customers have been careful with their money, and we have tried to be careful with our prices," she said.

"We are not taking anything for granted."

Analysts said the update removed worries about a slowdown. Kieran Blake, who follows the company at the broker Halden & Co, raised his share price target to 310p.

## Expansion plans

Crumbwell plans to open 120 new shops this year, most of them at railway stations and motorway service areas, and to close about 30 that are losing money.

It employs about 21,000 people and has more than 2,400 outlets.

Not all investors were convinced. One fund manager, who asked not to be named, said rising wages would squeeze margins next year.

The shares closed at 268p, their highest level for two years.
"""),

dict(id="h3-en-006", lang="en", tpl="regional", site="Ashdown Gazette", section="Local", date="2025-02-25", byline="Beth Tregarthen",
     title="Fortnightly bin collections to start in June: what changes for households",
     caption="Bins waiting for collection on Quarry Road.", credit="Picture: Ashdown Gazette",
     body="""
Households in Ashdown will have their general rubbish collected every two weeks instead of weekly from 3 June, after councillors approved the change on Monday night.

The council says the move will save about £1.2m a year and push more residents to recycle. Food waste will still be collected weekly.

The vote was 27 to 19, with several councillors from the ruling group voting against.

## What changes

Under the new system, each household will have:

- a 180-litre grey bin for general waste, emptied every other week;
- a blue bin for paper, cans and plastic, emptied every other week;
- a small caddy for food waste, emptied every week;
- a brown bin for garden waste, for those who pay the annual £45 charge.

Larger families and households with nappy or medical waste can apply for extra capacity.

## Residents divided

Councillor Ruth Penhaligon, who leads on the environment, said about a third of what goes into grey bins could already be recycled. "We are asking people to use the bins they already have," she said.

Opponents said fortnightly collections would lead to more fly-tipping and problems with rats in summer.

Mark Ostler, who lives in a terrace on Quarry Road, said there was no space for more bins. "We've got four already on a path a metre wide," he said.

Letters explaining the new timetable will be sent to every household in May. The council says collection days will not change for most streets.
"""),

dict(id="h3-en-007", lang="en", tpl="nextjs", section="Scotland", date="2024-09-17", byline="Alasdair Roy",
     title="Missing kayaker found alive on remote island after four nights",
     caption="Eilean Dubh, where the kayaker was found.", credit="Credit: HM Coastguard",
     body="""
A kayaker who went missing off the west coast of Scotland has been found alive on an uninhabited island after spending four nights sheltering under his upturned boat.

Tom Fairweather, 34, from Glasgow, set off from Arisaig on Friday morning on what was meant to be a six-hour paddle. He was reported missing by his partner when he failed to return that evening.

A coastguard helicopter spotted him on Monday afternoon waving a red dry bag on the shore of Eilean Dubh, about nine miles from where he started.

## Survived on cereal bars

Fairweather told rescuers he had been blown off course by a sudden squall and capsized near the island. He managed to drag the kayak ashore but lost his phone and radio.

He lived on cereal bars and rainwater collected in a plastic bag, and lit no fire because everything he had was wet.

"I talked to myself a lot," he said from his hospital bed in Fort William.

"Mostly I apologised to my mum."

## Search scaled back

The coastguard said the search had been scaled back on Sunday because of high winds. Volunteers from three lifeboat stations took part, covering more than 200 square miles.

His partner, Jess Monaghan, said the family had been in contact with the coastguard every few hours. "They never once made us feel like they had given up," she said.

Fairweather is expected to be discharged later this week. The coastguard urged anyone going out on the water alone to carry a personal locator beacon.
"""),

dict(id="h3-en-008", lang="en", tpl="broadcaster", section="Sport", date="2025-02-08", byline="Chris Oduya",
     title="Harlow Vale's Trophy run ends in extra-time heartbreak",
     caption="Harlow Vale players after the final whistle.", credit="Image: Getty Images",
     watch=["Adeleke's header gives Harlow Vale the lead", "Highlights: Harlow Vale 1-2 Eastleigh Rovers"],
     body="""
Harlow Vale's record-breaking run in the FA Trophy ended on Saturday with a 2-1 defeat after extra time against Eastleigh Rovers in front of a sell-out crowd of 3,100.

The part-time side from the seventh tier had knocked out three teams from higher divisions to reach the quarter-finals for the first time in the club's 112-year history.

They took the lead in the 34th minute when captain Josh Adeleke headed in a corner from the left. Rovers equalised shortly after half-time through a deflected shot from Kyle Marriott.

## Late heartbreak

With the game heading for penalties, Rovers substitute Danny Coyle scored from close range in the 117th minute after Vale's goalkeeper, a postman named Luke Bright, could only parry a free-kick.

Vale manager Sandra Pike, one of only a handful of women managing in men's non-league football, said she was proud of her players. "Half of them were at work at six this morning. They gave everything," she said.

## Money for the club

The cup run has earned Harlow Vale more than £60,000 in prize money and ticket income, more than the club's entire annual playing budget.

Chairman Ray Tomlin said the money would go towards a new stand and floodlights that meet league rules. "We've been patching the old ones with tape," he said.

Eastleigh Rovers will play Dorking in the semi-final next month.
"""),
]
