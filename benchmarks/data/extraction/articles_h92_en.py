# English stories for the ninety-second held-out part (h92-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h90_en.py (tpl: "sitevision" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in); "carry" names the residue
# families a page must carry, among them the three families new in this part (nightbuses, cleanairzone,
# harbourdues), which are placed only on stories where a real site would print them; "run_in" names a carried
# family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h92-en-001", lang="en", tpl="sitevision", site="Pelham Staithe Town Council", kind="public",
     section="Harbour", date="2026-03-12", byline="Communications team",
     title="Harbour dues to rise by four per cent as north quay repairs begin",
     sub="Berth holders will pay more from April to help fund the first major repairs to the quay wall since 1974.",
     caption="Scaffolding on the north quay wall at low tide.", credit="Photo: Pelham Staithe Town Council",
     carry=["harbourdues"],
     look=[("factbox", "The works in brief"), ("italic", "\u201cNobody wants to pay more")],
     body="""
Pelham Staithe Town Council has agreed a four per cent rise in harbour dues from 1 April, after councillors approved a \u00a31.2 million programme of repairs to the north quay.

The quay wall, built of granite blocks in 1851, has been moving outwards for several years. A diver's survey last autumn found gaps of up to 30 centimetres between blocks below the low-water line, and two sections of the upper wall have been fenced off since January.

## The works in brief

- Grouting and repointing 140 metres of the wall below the waterline
- Rebuilding the two collapsed sections of the upper wall
- New ladders, mooring rings and safety chains along the quay
- Resurfacing the quayside road and replacing its drains

Most of the cost will be met from the council's harbour reserve and a \u00a3400,000 grant from the regional coastal fund. The rise in dues is expected to bring in around \u00a338,000 a year.

\u201cNobody wants to pay more, but nobody wants to see boats sitting on rubble either.\u201d

That was the view of Councillor Ruth Abbiss, who chairs the harbour committee. The alternative, she said, was simply to let the wall fail.

The harbour's eleven fishing boats will keep their discounted rate, and the council has frozen the charge for the public slipway, which is used by the rowing club and the inshore lifeboat.

Work will be done in stages so that no more than a third of the quay is closed at any time. Berth holders who have to move will be offered a place on the pontoons in the inner basin at no extra cost.

A drop-in session for berth holders will be held in the harbour office on Thursday 19 March from 4pm to 7pm.
"""),

dict(id="h92-en-002", lang="en", tpl="portal",
     section="Transport", date="2026-01-22", byline="Tomasz Whitfield",
     title="Night-shift staff at Aldwater General win a bus home after petition",
     sub="A new night route will link the hospital with Aldbridge town centre and Westerby from February.",
     caption="Nurses leaving Aldwater General Hospital at the end of a late shift.", credit="Photo: Tomasz Whitfield",
     carry=["nightbuses"],
     body="""
Nurses, porters and cleaners at Aldwater General Hospital will be able to catch a bus home after a late shift for the first time in eleven years, after a petition signed by more than 1,400 staff persuaded the county council to pay for a night route.

The N1 will run from Market Square in Aldbridge to the hospital and on to Westerby, starting on Friday 6 February. For its first year it will run on Friday and Saturday nights, and every night through December.

**Walking home in the dark**

Healthcare assistant Jodie Marsland, who started the petition, said many of her colleagues finish at 11.30pm and either pay for a taxi or walk more than two miles along the unlit Westerby road.

"I've had colleagues followed. I've had one knocked off her bike. A bus was the least we could ask for," she said.

The hospital's staff car park has 380 spaces for more than 2,600 employees, and permits are handed out on a points system that favours those who live furthest away.

**Who pays**

The \u00a3210,000 cost of the first year is being split between the county council and the hospital trust. Aldwater Buses will run the route with two single-deckers.

Transport councillor Geoff Ormerod said the trial would be judged on passenger numbers. "If people use it, it stays. If they don't, the money goes somewhere else," he said.

The petition was shared more than 3,000 times on social media, and Jodie has been asked to sit on a passenger panel that will review the timetable in the summer.
"""),

dict(id="h92-en-003", lang="en", tpl="table",
     section="Business", date="2026-05-28", byline="Priya Lanchester",
     title="Aldbridge taxi drivers race to replace diesel cabs before clean air charge",
     sub="Drivers of older vehicles face an \u00a38 daily charge from September.",
     caption="Taxis waiting at the Aldbridge station rank.", credit="Photo: Priya Lanchester",
     carry=["cleanairzone"],
     body="""
More than half of Aldbridge's licensed taxis will have to be replaced, or pay a daily charge, when the town's clean air zone comes into force in September, according to figures from the council's licensing team.

Of the 214 hackney carriages and private hire cars on its books, 118 are diesels that do not meet the Euro 6 standard. From 1 September their drivers will pay \u00a38 for each day they drive inside the inner ring road.

Naseem Akhtar, who has worked the station rank for nineteen years, said that for many drivers the charge would add up to more than \u00a32,000 a year.

"My car is paid off. A new hybrid is thirty thousand. I'm 61. Do the sums," he said.

The council has set aside \u00a31.4 million from a government air quality grant to help. Taxi drivers can apply for:

- up to \u00a35,000 towards a newer petrol, hybrid or electric car
- a year's free charging at the council's rapid chargers in the Riverside car park
- a twelve-month exemption if they have already ordered a vehicle that meets the standard

Monitors on Station Road have recorded nitrogen dioxide above the legal limit in six of the last eight years, mostly at the morning and evening peaks, when traffic on the ring road queues back past the station.

The chair of the taxi association, Lorraine Pegg, said the grants were welcome but would not reach everyone. "First come, first served means the drivers with the oldest cars, who can least afford it, will be at the back of the queue," she said.

Applications for the grants open on 15 June.
"""),

dict(id="h92-en-004", lang="en", tpl="regional",
     section="People", date="2026-09-03", byline="Helen Stanworth",
     title="Forty years in the projection box at the Westerby Picturehouse",
     sub="Projectionist Colin Ferrier is hanging up his reels. We asked him about a life spent in the dark.",
     caption="Colin Ferrier in the projection box of the Westerby Picturehouse.", credit="Photo: Helen Stanworth",
     body="""
Colin Ferrier started at the Westerby Picturehouse as a sixteen-year-old rewinding film for \u00a318 a week. This month, after forty years and, by his own count, more than 22,000 screenings, he is retiring. We caught him between shows.

**What was the first film you ran on your own?**

Raiders of the Lost Ark, on a Tuesday afternoon in 1986. Seven people in. I was shaking so much I nearly laced it up backwards.

**What changed when the Picturehouse went digital?**

Everything and nothing. In 2012 the big projectors went out and a box the size of a fridge came in. No more splicing, no more burnt frames. But somebody still has to be up here when it goes wrong, and it still goes wrong.

**Any disasters?**

A pigeon got into the box during the last Harry Potter. Full house. I spent twenty minutes chasing it with a broom while the film carried on.

**What will you miss about the projection box?**

The sound of a full room laughing. You hear it through the little window before you've even seen the joke yourself.

**Anything you won't miss?**

Sticky floors. I've scraped enough popcorn off those stairs to fill the screen.

The Picturehouse, run by a charitable trust since 2009, will show Colin's favourite film, Local Hero, in his honour on Sunday 20 September at 3pm. Tickets are \u00a35 from the box office.
"""),

dict(id="h92-en-005", lang="en", tpl="gutenberg",
     section="Villages", date="2026-04-16", byline="Martin Cheung",
     title="Corringham Moor villagers buy their shop to stop it closing",
     sub="More than 230 people have put money into a community share offer.",
     caption="The village shop and post office on Corringham Moor's main street.", credit="Photo: Martin Cheung",
     carry=["correction"],
     correction="Correction: an earlier version of this article gave the society treasurer's name as Sheila Dunmore. She is Sheila Dunsmore.",
     look=[("dropcap", "Share and share alike"), ("box", "Every shareholder has one vote")],
     body="""
Share and share alike: that is how the people of Corringham Moor have saved the only shop for seven miles.

When Bill and Anne Tranter announced last autumn that they would retire and close the village shop and post office, a group of residents set up a community benefit society and launched a share offer to buy the business and the building.

It closed last week having raised \u00a3186,500 from 234 investors, most of them living in the village. The smallest holding is the minimum of \u00a350. The largest, from a retired farmer who asked not to be named, is \u00a320,000.

Treasurer Sheila Dunsmore said the response had surprised even the committee. "We thought we'd scrape past our target at the last minute. We passed it with a fortnight to spare," she said.

Every shareholder has one vote at the annual meeting, whatever they paid in, and the society's rules say any profit must go back into the shop or into projects in the village.

The society will employ a manager and two part-time assistants, and will rely on volunteers to deliver groceries to housebound residents, something the Tranters did themselves for years.

The post office counter will stay, and the committee plans to add a coffee machine and two small tables by the window.

Anne Tranter said she was glad to be handing over the keys rather than locking the door for good. "It's been our life for 27 years. It would have broken my heart to see it boarded up," she said.

The shop will close for two days of refitting and reopen under community ownership on Monday 4 May at 7am.
"""),

dict(id="h92-en-006", lang="en", tpl="typo3",
     section="Libraries", date="2026-02-10", byline="Anjali Ross",
     title="Stargazers queue to borrow telescopes from Aldbridge library",
     sub="Six telescopes given by the astronomical society are booked until April.",
     caption="One of the library's loan telescopes set up in the reading room.", credit="Photo: Anjali Ross",
     body="""
Aldbridge library has a waiting list for the first time in years, and it is not for a book. Six telescopes given by the Aldwater Astronomical Society have been booked out every week since they went on the shelves in January.

Each one comes in a padded case with a star chart, a red-light torch and a laminated guide written by the society's members.

## How borrowing works

Anyone aged 18 or over with a library card can borrow a telescope for a week, free of charge. The library asks borrowers to:

1. book online or at the counter, leaving a phone number
2. collect and return the telescope in person, not through the book drop
3. report any damage, however small

## The best nights

Society secretary Ivor Penhaligon said February was a good month for beginners, with Jupiter high in the south in the early evening and the Orion nebula visible through even a small lens.

"People don't realise how much you can see from a back garden in Westerby. You don't need a mountain in Chile," he said.

Librarian Kate Oyelowo said the scheme had brought in people who had not used the library since they were children. Several borrowers have gone on to join the society, which meets on the second Tuesday of each month.

## More to come

The society has offered two more telescopes if demand keeps up, and is holding a free beginners' evening in the library car park on Friday 27 February at 7pm, weather permitting.

The library is open Monday to Friday from 9am to 7pm and on Saturday from 9am to 1pm.
"""),

dict(id="h92-en-007", lang="en", tpl="blox",
     section="Environment", date="2026-06-18", byline="Rhodri Keane",
     title="Parents' air tubes show pollution peak at Riverside Primary gates",
     sub="Readings taken by families outside the school will feed into a review of the clean air zone's boundary.",
     caption="A diffusion tube fixed to a lamp post outside Riverside Primary School.", credit="Photo: Rhodri Keane",
     carry=["cleanairzone"],
     body="""
For six months, parents at Riverside Primary School in Aldbridge have been strapping small plastic tubes to lamp posts around the school gates. The results, published this week, show nitrogen dioxide levels at the main entrance higher than anywhere the council measures in the town.

The tubes, which cost \u00a37 each to analyse, were paid for out of the takings of the school's summer fair. Eleven were placed around the school and along Quay Lane, where lorries heading for the industrial estate queue at the lights.

At the main gate the average reading was 47 micrograms per cubic metre, above the legal annual limit of 40. At the back gate, which opens onto the park, it was 19.

Parent governor Imogen Faraday, whose son has asthma, said the figures confirmed what families had long suspected. "You can taste it at half past three. We just wanted numbers nobody could argue with," she said.

**The zone stops short**

The council's clean air zone, which starts charging older taxis, vans and lorries in September, ends at the inner ring road, 200 metres short of the school.

Cabinet member for the environment Simon Achebe said the parents' readings would be part of a review of the boundary due in the autumn. "If the evidence says the line is in the wrong place, we'll move it," he said.

The school has also asked for Quay Lane to be closed to traffic at drop-off and pick-up times, which would need a traffic order and a public consultation.

The parents plan to keep measuring through the winter. Families who would like to host a tube on their street can contact the school office.
"""),

dict(id="h92-en-008", lang="en", tpl="joomla4",
     section="Heritage", date="2026-11-05", byline="Naomi Pritchard",
     title="Westerby pupils restore seven names missing from war memorial",
     sub="Research by a Year 9 history club found men who were left off the memorial in 1921.",
     caption="The war memorial on Westerby Green.", credit="Photo: Naomi Pritchard",
     look=[("br", "\u201cNobody left them off on purpose.")],
     body="""
Seven men from Westerby who died in the First World War will have their names added to the village memorial this Remembrance Sunday, more than a century after they were left off it, thanks to a school history club.

The Year 9 club at Westerby Academy spent eighteen months checking the names carved on the memorial against census returns, parish registers and the records of the Commonwealth War Graves Commission.

**Missed off the list**

The pupils found seven men born or living in Westerby who had been missed, among them two brothers, Albert and Frederick Hollins, who died within a week of each other at Passchendaele in 1917.

Their teacher, Daniel Ayodele, said some families had moved away before the memorial committee collected names in 1920, and others may simply never have been asked.

\u201cNobody left them off on purpose. They just slipped through,\u201d he said.

The names to be added are:

- Private Albert Hollins, Duke of Wellington's Regiment
- Private Frederick Hollins, Duke of Wellington's Regiment
- Gunner Thomas Ackroyd, Royal Garrison Artillery
- Private Walter Dyson, King's Own Yorkshire Light Infantry
- Sapper John Bairstow, Royal Engineers
- Private Harold Midgley, West Yorkshire Regiment
- Stoker Ernest Crabtree, Royal Navy

**Finding the families**

The parish council has paid \u00a32,300 for a stonemason to cut a new panel. The club has traced living relatives of five of the men, and several of them will be at the service.

Fourteen-year-old Maisie Okonjo said reading the letters sent to the Hollins brothers' mother was the moment the project stopped feeling like homework.

The service will begin at the memorial on Westerby Green at 10.45am on Sunday 8 November.
"""),

dict(id="h92-en-009", lang="en", tpl="ucoz", site="Skelby Village Website", kind="small",
     section="Village news", date="2026-07-09", byline="webmaster",
     title="Skelby church clock strikes again after twenty silent years",
     sub="Three volunteers spent two winters repairing the clock in the tower of St Helen's.",
     caption="The restored clock face on the tower of St Helen's church.", credit="Photo: Derek Holroyd",
     look=[("bold", "It cost \u00a3640 in parts.")],
     body="""
For the first time since 2006, the clock on the tower of St Helen's church told Skelby the time on Sunday morning, striking eleven as the congregation came out of the summer service.

The clock, made by a Leeds firm in 1893, stopped when a worn wheel in the striking train finally broke. A specialist company quoted more than \u00a314,000 to repair it, and the parochial church council put the job to one side.

Retired engineer Derek Holroyd thought differently. With two friends from the village, he spent the last two winters taking the mechanism apart in his garage, cleaning every piece and cutting a new wheel on his own lathe.

It cost \u00a3640 in parts.

"The hardest bit was carrying it all back up the tower. Forty-six steps, and some of those pieces weigh more than I do," Derek said.

The clock face has also been cleaned and the hands regilded, paid for by the Skelby Show committee.

The clock has to be wound by hand twice a week. Derek is looking for at least four more volunteers to share the winding so that it never stops again. Anyone who can manage the stairs and would like to learn can ring him on 01632 960 318 or leave a message at the post office.
"""),
]
