# English stories for the seventy-second held-out part (h72-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h70_en.py (tpl: "simorgh" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (racedayclosures, advicesessions,
# bookswap), which are placed only on stories where a real site would print them.  On the simorgh pages the "sub" is
# the article's summary (the description metas, not printed in the body), "caption" / "credit" belong to the lead
# image and "body_caption" to the image further down the article; "place" is the byline's "Reporting from".
ARTICLES = [
dict(id="h72-en-001", lang="en", tpl="simorgh", site="Kestrel News English", place="Portmarrow",
     section="England", date="2026-04-24", byline="Hannah Quayle",
     title="Portmarrow marathon: 9,000 runners and a city centre without cars on Sunday",
     sub="The city's first full marathon for 31 years starts at the docks at 8.30am. Buses will run on a Sunday timetable with diversions.",
     caption="Runners testing part of the course along Quayside Road last month.", credit="Kestrel News",
     body_caption="Volunteers packing water bottles at the race village on Dock Green.",
     carry=["racedayclosures"],
     look=[("italic", "\u201cI will be the one at the back with the bagpipes.\u201d"), ("bold", "The course has been measured twice.")],
     body="""
About 9,000 runners will set off from Portmarrow's docks on Sunday morning in the city's first full marathon since 1995.

Organisers say the 26.2-mile course has been drawn to pass as many front doors as possible, looping out through Hallam Park and the villages of Nether Cray and Upwick before finishing on Dock Green.

The course has been measured twice.

Race director Sunita Baird said the 1995 course came out 140 metres short, a mistake that still annoys some of the people who ran it. "We have had it checked with a bicycle and a calibrated wheel. Nobody is getting short-changed this time."

## Who is running

Most of the field are first-timers. The youngest is 18, the minimum age, and the oldest is Dougie Raeburn, 84, who ran the 1995 race in three hours and nine minutes.

\u201cI will be the one at the back with the bagpipes.\u201d

He is not joking: he plans to carry a practice chanter and play it at every mile marker.

## Getting about on the day

Roads on the course will close in stages from 6am and reopen as the last runners pass. Trams will run every 12 minutes but will not stop at Merchant Square between 8am and 1pm.

Spectators are asked not to stand on the tram tracks at Merchant Square.

Three charities expect to raise more than \u00a3400,000 between them:

- the Portmarrow hospice
- a children's sailing club on the estuary
- a food bank in Upwick

Finishers get a medal cast from the old swing bridge's bolts, which were saved when the bridge was replaced.
"""),

dict(id="h72-en-002", lang="en", tpl="wordpress", section="Money", date="2026-02-11", byline="Ciaran Mottram",
     title="Free debt advice returns to Brackwater libraries after funding is found",
     sub="The drop-in sessions stopped in December when a grant ran out. A housing association has now agreed to pay for them.",
     caption="Brackwater Central Library, where the sessions will be held on Tuesdays.", credit="Photo: Ciaran Mottram",
     carry=["advicesessions"],
     look=[("dropcap", "Contact with an adviser")],
     body="""
Contact with an adviser can be the difference between keeping a home and losing it, says the woman who has run Brackwater's free debt sessions for nine years.

The drop-ins, held in three of the town's libraries, stopped in December when the grant that paid for them ran out. From next week they are back, paid for by Eastfold Homes, the housing association that owns about a third of the town's rented homes.

Gwen Ashdown, who manages the advice service, said 160 people had been turned away or put on a waiting list while the sessions were suspended. "People do not come to us in January with a little problem. They come with a letter from a bailiff."

## What the sessions cover

Advisers can help with:

- council tax and rent arrears
- energy bills and prepayment meters
- payday loans and catalogue debts
- filling in forms for benefits people are missing out on

Last year the service helped people claim \u00a3412,000 in benefits they were entitled to but had never applied for, according to its annual report.

Eastfold Homes has agreed to fund the sessions for three years, at a cost of about \u00a358,000 a year.

Its chief executive, Marcus Ofori, said it was cheaper than the alternative. "An eviction costs us far more than an adviser does, and it costs the family everything."

The sessions are free and confidential, and people do not need to be Eastfold tenants to use them. Bring any letters and bills with you.
"""),

dict(id="h72-en-003", lang="en", tpl="amp", section="Heritage", date="2026-06-03", byline="Priya Lakhani",
     title="Town hall clock gets its hands back after two years of standing still",
     sub="The clock on Ellerby town hall stopped in 2024 when its winding gear seized.",
     caption="The restored minute hand being lifted up the tower.", credit="Photo: Priya Lakhani",
     only=["correction"],
     correction="Correction, 4 June: we originally said the clock's hands were regilded with 18-carat gold leaf. They were regilded with 23.5-carat gold leaf.",
     body="""
The clock on Ellerby town hall is telling the time again, two years after its winding gear seized and left it stuck at twenty past four.

Its two hands, taken down in March for restoration, were winched back up the 38-metre tower on Tuesday morning while about 200 people watched from the market place.

The minute hand alone is nearly two metres long and weighs 31 kilograms. Both hands were stripped, repaired and regilded with 23.5-carat gold leaf at a workshop in the town.

The work was paid for by the town council and a public appeal that raised \u00a327,300. Some of that came from a sponsored silence at Ellerby Primary School, which raised \u00a3611.

Clock restorer Tobias Wren, who has looked after the mechanism since the 1990s, said the real problem had been inside. "The hands are the bit everybody sees, but it was a worn bearing the size of a thumbnail that stopped it."

The mechanism, made in 1887, has now been fitted with an electric winder so that nobody has to climb the tower twice a week to wind it by hand.

The clock will strike the hours again from Saturday, but not between 11pm and 7am after complaints from people living in the flats opposite.
"""),

dict(id="h72-en-004", lang="en", tpl="semantic", section="People", date="2026-09-22", byline="Owen Threlfall",
     title="'Soles, heels and the odd wedding shoe': the last cobbler of Tanner Row",
     sub="Dennis Harker has mended shoes on the same street for 47 years. He closes his shop at the end of the month.",
     caption="Dennis Harker at his workbench.", credit="Photo: Owen Threlfall",
     low=0,
     look=[("italic", "\u201cA shoe tells you everything about how a person walks.\u201d")],
     body="""
Dennis Harker opened his shoe repair shop on Tanner Row in 1979, when there were four cobblers on the street. He is the last one, and at 72 he is closing the door for good. We visited him on one of his final days.

**Why close now, after 47 years?**

My knees. You stand all day in this job. And my eyes are not what they were for stitching.

**What was the first job you ever did?**

A pair of brogues for a solicitor. I charged him two pounds. He came back every year until he died, always the same brogues.

**Strangest repair?**

A wedding shoe, on the morning of the wedding. The heel had snapped in the taxi. The bride stood in the shop in her dress while I nailed it back on. That was 1988. Her daughter got married last year and came in with her shoes to have them stretched.

**Has the trade changed?**

People throw shoes away now. They are glued, not stitched, and you cannot resole glue. Half of what comes in I have to send back and tell them it is not worth it.

\u201cA shoe tells you everything about how a person walks.\u201d

**What happens to the shop?**

The landlord wants to turn it into a coffee bar. I have given my lasts and my stitching machine to the college in Ellerby, so at least somebody will learn on them.

**And you?**

My wife has a list of jobs at home. The first one is her shoes.
"""),

dict(id="h72-en-005", lang="en", tpl="storybody", section="Sport", date="2026-03-06", byline="Lewis Armitage",
     title="Ferrybridge Half Marathon returns after three-year break",
     sub="More than 3,000 runners have signed up for Sunday's race, which was dropped after a row over road closures.",
     caption="Runners crossing the old bridge during the 2022 race.", credit="Photo: Lewis Armitage",
     carry=["racedayclosures"],
     body="""
Follow the cones, not the satnav: that is the advice from police to anyone driving in Ferrybridge on Sunday morning.

The Ferrybridge Half Marathon is back for the first time since 2022, when it was dropped after traders in the town centre complained that the road closures cost them a day's takings.

This year the route has been changed. Instead of two laps of the high street, it leaves the town over the old bridge, follows the river path to Castleford Lock and comes back along the old railway line.

**Traders won over**

Shop owners were invited to a meeting in January and asked what would help. The answer was a later start.

The race now begins at 8am, an hour earlier than before, and the high street will reopen by 11am, in time for Sunday trade.

Nadia Brennan, who runs the Copper Kettle cafe, said she had been one of the loudest critics. "This time they listened. I am putting tables out for the runners."

**The numbers**

- 3,240 runners have entered
- 410 volunteers will marshal the course
- 14 water stations, two more than in 2022
- \u00a3180,000 raised for charity so far

The fastest runners are expected to finish in about 66 minutes. Prizes will be presented on the bandstand in Victoria Gardens at 11.30am.

Road closures are signed on the approaches to the town, and the park-and-ride at the rugby ground will run from 6.30am.
"""),

dict(id="h72-en-006", lang="en", tpl="ghost", section="Community", date="2026-07-09", byline="Freya Lindqvist",
     title="From phone box to book box: Upwick's little libraries hit 5,000 swaps",
     sub="Volunteers count every book that goes in and out of the village's three book boxes.",
     caption="The old red phone box on Church Lane, now full of paperbacks.", credit="Photo: Freya Lindqvist",
     carry=["bookswap"],
     look=[("callout", "The boxes are open every day")],
     body="""
Take a book, leave a book. That is the only rule in Upwick's three little libraries, and this week the village passed a milestone: 5,000 swaps.

It started in 2023 when the parish council bought the disused phone box on Church Lane for \u00a31. Retired librarian Margaret Oyelaran put up four shelves and a notebook for people to write down what they took.

"I thought we would get a few dozen books and a lot of old telephone directories," she said. "Within a month we had crime novels three deep."

A second box, made by pupils at Upwick Primary from an old kitchen cupboard, went up outside the village hall. The third is a converted bread bin at the bus shelter on Mill Road.

**What people take**

Thrillers go fastest, followed by cookery books and anything about the local area. Children's picture books rarely stay on a shelf for more than a day.

The notebook has become a small record of village life. One entry reads: "Took the bird book. Saw a heron. Will bring it back."

The boxes are open every day, all year round. Please bring books in good condition and take damp or damaged ones home again.

Margaret keeps the count in a spreadsheet and shares it at every parish council meeting. She is now collecting spare shelves for a fourth box at the allotments.
"""),

dict(id="h72-en-007", lang="en", tpl="drupal", section="Education", date="2026-05-14", byline="Imogen Keyes",
     title="School dinners in Eastfold to be cooked by a local firm from September",
     sub="Hollybank Kitchens, based on the Dock Road estate, won the contract for 41 primary schools.",
     caption="Cooks preparing lunches at Hollybank Kitchens.", credit="Photo: Imogen Keyes",
     look=[("box", "A school meal in Eastfold costs")],
     body="""
Children at 41 primary schools in Eastfold will eat lunches cooked a few miles away from September, after the county council awarded its school meals contract to a local company for the first time.

Hollybank Kitchens, which employs 64 people on the Dock Road estate, beat two national caterers for the five-year contract, worth about \u00a321 million.

**Fresh, not frozen**

The firm has promised that at least half of the vegetables will come from farms within 30 miles, and that no meals will arrive frozen.

Head cook Bernadette Frain said the kitchen already cooks for two care homes and a hospital. "We are not frightened of big numbers. We are frightened of a six-year-old who will not eat anything green."

**Parents asked for their views**

The council asked parents and children what they wanted before writing the contract. More than 2,300 replied. The most common request was more choice for children with allergies.

A school meal in Eastfold costs \u00a32.60 for children who pay. Children in the first three years of primary school get a free meal every day.

**Staff keep their jobs**

Dinner staff who work in school kitchens now will move to the new firm on the same pay and conditions, the council said.

Menus for the autumn term will be sent home with pupils in July.
"""),

dict(id="h72-en-008", lang="en", tpl="typo3", site="Ferrybridge Borough Council", kind="public",
     section="Parking and roads", date="2026-03-18", byline="Communications team",
     title="Changes to town centre parking charges from 1 April",
     sub="Short stays get cheaper in the three council car parks; evening charges end.",
     caption="Castle Street car park.", credit="Photo: Ferrybridge Borough Council",
     body="""
Parking charges in Ferrybridge's three council car parks will change on 1 April, following a decision by the council's cabinet on 12 March.

The changes are meant to encourage short visits to shops in the town centre while keeping long stays for people who work in town.

## New charges

The new charges at Castle Street, Riverside and Wharf Lane car parks are:

- up to one hour: 80p (was \u00a31.20)
- up to two hours: \u00a31.60 (was \u00a32.00)
- up to four hours: \u00a33.50 (no change)
- all day: \u00a36.00 (was \u00a35.50)

Charges after 6pm will end, and parking will be free in the evenings in all three car parks.

## Season tickets

Season tickets for people who work in the town centre will stay at \u00a3420 a year. Holders of a blue badge can continue to park free of charge in any space.

## Paying

Every machine will take cards and contactless payment. Cash machines will remain in Castle Street and Wharf Lane only. Payment by phone is also available using the location code shown on each machine.

The council expects the changes to cost about \u00a340,000 a year in lost income, which will be met from the parking reserve.

Questions about the changes can be sent to the parking services team at the Civic Centre, which is open Monday to Friday from 9am to 4.30pm.
"""),

dict(id="h72-en-009", lang="en", tpl="medium", site="The Tanner Row Letter", kind="indie", section="Neighbours",
     date="2026-10-30", byline="Josie Marchant",
     title="The community fridge that feeds forty households a week",
     sub="A fridge outside a laundrette on Tanner Row is stocked by shops, allotments and neighbours. Nobody asks who takes what.",
     caption="The community fridge outside the Bubbles laundrette.", credit="Photo: Josie Marchant",
     look=[("bold", "Nobody checks."), ("italic", "\u201cFood in a bin is the real waste.\u201d")],
     body="""
If you have walked past the Bubbles laundrette on Tanner Row this year, you have seen the fridge. It is white, a bit dented, and covered in stickers.

Since March it has been stocked every morning with food that shops would otherwise throw away: bread from the bakery on the corner, vegetables from the greengrocer, yoghurts close to their date from the mini-market.

Anyone can take anything.

Nobody checks.

Aisha Rahman, who owns the laundrette, pays for the electricity. She says the idea came from a customer who was washing her clothes and eating a sandwich she had found in a bin.

\u201cFood in a bin is the real waste.\u201d

A rota of eleven volunteers cleans the fridge, checks dates and writes down roughly how much comes in and out. By their count, about 40 households use it each week, and around 90 kilograms of food a week that would have been thrown away is eaten instead.

## The rules on the door

There are only four rules, and they are taped to the door:

- nothing past its use-by date
- no raw meat or fish
- no alcohol
- label anything home-made with the date and what is in it

Allotment holders have started leaving courgettes and beans in summer. In September someone left a whole wedding cake, still with the figures on top.

The volunteers want a second fridge at the community centre and are looking for a donated one. If you can help, drop a note through the laundrette's door.
"""),
]
