# English stories for the ninety-first held-out part (h91-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h90_en.py (tpl: "oxygen" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, tags); "carry" names the residue
# families a page must carry, among them the three families new in this part (holidayclubs, cruisecalls,
# bikemarking), which are placed only on stories where a real site would print them; "run_in" names a carried
# family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h91-en-001", lang="en", tpl="oxygen", site="The Wrayhaven Beacon",
     section="Harbour", date="2026-04-14", byline="Tamsin Achterberg",
     title="Wrayhaven braces for its busiest cruise season with nineteen ships booked",
     sub="Harbour traders welcome the visitors, but people living above the quay want the coaches kept out of Quay Street.",
     caption="The Marisol Dawn at anchor off Wrayhaven's outer harbour last September.", credit="Photo: Tamsin Achterberg",
     tags=["cruise season", "Quay Street"],
     carry=["cruisecalls"],
     look=[("bold", "Not everyone is celebrating."), ("italic", "\u201cLast year we sold out of pasties"),
           ("br", "A volunteer welcome team is still looking")],
     body="""
Nineteen cruise ships are due to call at Wrayhaven between May and October, more than in any year since the harbour's deep-water berth opened in 2011, according to figures released by the harbour board this week.

The largest, the 1,900-passenger Aurelia Star, is too big to come alongside. It will anchor in the bay and send its passengers ashore in tenders to the old fish quay.

For the shops and cafés on Quay Street, that is welcome news. Harbour board chairman Ralph Pendower estimates that each call brings between £40,000 and £90,000 into the town, most of it spent within a few hundred yards of the water.

\u201cLast year we sold out of pasties by eleven o'clock on every ship day. This year I'm doubling the order,\u201d said baker Nessa Trewin.

Not everyone is celebrating.

People living in the terraces above the harbour say last season's coach tours blocked the narrow streets for hours at a time, and a petition asking for coaches to be banned from Quay Street has gathered 640 signatures.

The harbour board says it has listened. Coaches will now wait at the park-and-ride on the Ansty road, and passengers booked on organised tours will either walk up the hill to meet them or take a shuttle minibus.

Mr Pendower said the board would also ask the cruise lines to stagger their excursions so that no more than 600 visitors are in the old town at any one time.

A volunteer welcome team is still looking for people to hand out maps on the quay. Anyone interested can contact the harbour office on weekdays between 9am and 5pm.
"""),

dict(id="h91-en-002", lang="en", tpl="portal",
     section="Crime", date="2026-03-09", byline="Declan Mayhew",
     title="Bike thieves target Pelham Cross station racks, with 37 cycles taken since January",
     sub="Police say almost every stolen bike had been left with a cheap cable lock.",
     caption="The cycle racks outside Pelham Cross railway station.", credit="Photo: Declan Mayhew",
     carry=["bikemarking"],
     body="""
Thirty-seven bicycles have been stolen from the racks at Pelham Cross railway station since the start of January, making it the worst spot for cycle theft on the Merrow coast, police figures show.

Most were taken on weekdays between 8am and 6pm, while their owners were at work in Wrayhaven or further up the line. In all but four cases the thief cut through a cable lock.

PC Gemma Haldane, who leads the neighbourhood team's work on cycle crime, said the pattern was a familiar one. \u201cThey come with bolt cutters in a rucksack, pick the best bike with the thinnest lock and ride it away. It takes less than a minute,\u201d she said.

## Cameras and patrols

The rail operator has agreed to move two CCTV cameras so that they cover the racks, and officers in plain clothes have been patrolling the station on weekday afternoons.

Two men from outside the county were arrested last month after a commuter spotted one of them wheeling her bike across the car park. Both have been released on bail.

## What riders can do

PC Haldane's advice to anyone leaving a bike at the station is simple:

- use a D-lock or a heavy chain, never a cable
- lock the frame and the back wheel to the stand
- take a photo of your bike and write down its frame number
- get it marked and registered so it can be returned if it is found

Only six of this year's stolen bikes have been recovered so far. Officers say dozens of bikes are handed in every year that cannot be given back because nobody knows whose they are.
"""),

dict(id="h91-en-003", lang="en", tpl="table",
     section="Education", date="2026-06-22", byline="Priya Lockwood",
     title="Working parents in Skelmore face a summer without enough holiday club places",
     sub="The town's largest club has cut its weeks after losing the use of a school hall.",
     caption="Children playing rounders at last year's Sandpipers club.", credit="Photo: Priya Lockwood",
     carry=["holidayclubs"],
     body="""
Parents in Skelmore are scrambling to find childcare for the six-week summer break after the town's biggest holiday club cut the number of weeks it will run from six to three.

Sandpipers, which has run from the hall at St Brannock's primary school for twelve summers, has lost the building for half the holiday while a new roof is fitted.

Manager Lorna Pascoe said she had looked at every other hall in town. \u201cThe scout hut is too small, the leisure centre is booked and the church hall has no outdoor space. We can't keep forty children indoors all day in August,\u201d she said.

**Places gone in an hour**

Bookings for the three weeks that remain opened at 7pm last Tuesday. By eight o'clock every place had gone, and more than sixty families were on the waiting list.

Nurse Ciara Boden, who works twelve-hour shifts at Wrayhaven hospital, managed to book two weeks and will use her annual leave for two more. \u201cAfter that I honestly don't know. My mum is 78. I can't ask her to look after a five-year-old and a seven-year-old for a fortnight,\u201d she said.

**The council steps in**

The county council said it was talking to two secondary schools about opening their sports halls for the last fortnight of the holiday, and that children on free school meals would still be offered free places through its holiday food and activities programme.

A decision is expected by the end of the month. Families who want to be told when new places open can add their names to a list at Skelmore library.
"""),

dict(id="h91-en-004", lang="en", tpl="drupal",
     section="People", date="2026-09-05", byline="Oliver Tregunna",
     title="Twenty-six years at the helm: Wrayhaven's lifeboat coxswain looks back",
     sub="Jory Penhallow has been launched on more than 600 shouts. He hands over the boat this month.",
     caption="Jory Penhallow on the slipway of Wrayhaven lifeboat station.", credit="Photo: Oliver Tregunna",
     look=[("box", "Every crew member now trains for around 150 hours")],
     body="""
Jory Penhallow joined Wrayhaven's lifeboat crew in 1994 as a 19-year-old fisherman and became its coxswain six years later. This month he steps down after more than 600 shouts. We asked him about the job.

**What made you volunteer?**

My uncle was on the crew. When the maroons went off he'd drop whatever he was doing and run. I wanted to be the one running.

**Which rescue stays with you?**

The Kestrel, in 2004. A crabber with three men aboard, engine gone, drifting onto the rocks under Gull Point in a force nine. We got a line on her with about forty yards to spare. I still dream about that one.

**Any close calls of your own?**

A few. You don't talk about them at home.

**How has the work changed?**

The boats are faster and the kit is far better. But the biggest change is who we rescue. When I started it was mostly fishermen. Now it's paddleboarders, walkers cut off by the tide and dogs that chase a ball over the edge of a cliff.

Every crew member now trains for around 150 hours in their first two years, much of it in the classroom, before they go out in rough weather.

**And after the handover?**

I'll stay on the shore crew and help with launches. And I'll finally take a summer holiday.

The station's open day, with a chance to meet Jory and the new coxswain, is on Saturday 19 September from 10am to 4pm.
"""),

dict(id="h91-en-005", lang="en", tpl="gutenberg",
     section="Community", date="2026-05-17", byline="Hannah Wetherall",
     title="Ansty Bridge lido to reopen after swimmers raise \u00a3210,000",
     sub="The 1930s pool closed four summers ago. Its regulars will now run it themselves.",
     caption="Volunteers painting the lido's changing-room doors.", credit="Photo: Hannah Wetherall",
     look=[("dropcap", "After four summers behind locked gates"), ("box", "The solar panels should keep the water")],
     body="""
After four summers behind locked gates, the open-air pool at Ansty Bridge will reopen on Saturday 6 June, run for the first time by the people who swim in it.

The 1930s lido was closed by the district council in 2022, which said it could no longer afford the repairs. A group of regular swimmers formed a charity, took on a 25-year lease and set about raising the money.

In three years they collected \u00a3210,000. About half came from grants. The rest came from sponsored swims, quiz nights, a calendar and a cake stall outside the gates that raised more than \u00a39,000 on its own.

\u201cWe sold an awful lot of cookies,\u201d said the charity's chair, Rosalind Okonjo.

The money has paid for:

- a new filter and pump room
- repairs to the cracked pool floor
- solar panels on the changing-room roof
- a ramp and a hoist so that wheelchair users can get into the water

The solar panels should keep the water at around 24 degrees on most summer days without burning gas, which was the biggest running cost before the pool closed.

Around 120 volunteers have signed up to work as receptionists, cleaners and gardeners. Lifeguards will be paid, and four local teenagers have just passed their qualifications.

Tickets will cost \u00a34 for adults and \u00a32 for children, with season passes on sale at the gate from Monday.
"""),

dict(id="h91-en-006", lang="en", tpl="typo3",
     section="Skelmore", date="2026-07-02", byline="Fergus Nankivell",
     title="Skelmore pier takes its first cruise passengers in half a century",
     sub="A small expedition ship will land its guests at the new pontoon three times this summer.",
     caption="The new floating pontoon at the end of Skelmore pier.", credit="Photo: Fergus Nankivell",
     carry=["cruisecalls"],
     body="""
For the first time since the paddle steamers stopped calling in the 1970s, passengers from a cruise ship will step ashore at Skelmore pier this summer.

The expedition ship Northern Petrel, which carries 180 passengers, will anchor off Skelmore three times between July and September and bring its guests to the pier in its own launches.

The pier trust spent \u00a365,000 on a floating pontoon last winter, partly in the hope of attracting boat trips and visiting yachts. The cruise calls were a bonus, said trust secretary Megan Rowse.

\u201cWe had an email out of the blue in February from the ship's agent, asking how deep the water was at the end of the pier. I had to go and look it up,\u201d she said.

## A small town, a short visit

Each call lasts about seven hours. The ship's company has arranged guided walks to the old lime kilns and to the clifftop chapel, and passengers will be free to explore the town on their own.

Shopkeepers say they are ready. The Pier Caf\u00e9 will open an hour early on ship days, and the gallery on Fore Street has printed leaflets in German and Dutch.

## Anglers moved for the day

Because the launches tie up at the pontoon, the end of the pier will be closed to anglers from 8am to 5pm on each call day. The trust will post the dates at the pier gates and on its Facebook page.

Skelmore town council will discuss whether to charge a landing fee at its meeting on Tuesday.
"""),

dict(id="h91-en-007", lang="en", tpl="hugo",
     section="Environment", date="2026-10-11", byline="Bethan Carlyon",
     title="Volunteers pull half a tonne of fishing gear from Porthgwynn cove",
     sub="Nets and rope washed in by the September storms were carried up a hundred steps.",
     caption="Volunteers carrying bags of old rope up the cliff path at Porthgwynn.", credit="Photo: Bethan Carlyon",
     look=[("br", "\u201cBy the end we had a human chain.\u201d")],
     body="""
Volunteers hauled almost half a tonne of lost fishing gear off the beach at Porthgwynn cove on Sunday, the biggest single clean-up the Merrow Coast Beach Guardians have ever carried out.

Most of it was rope and net, washed into the cove by the September storms and tangled among the boulders at the foot of the cliff. Some of it had been there so long that sea campion was growing through it.

Forty-two people took part, from a retired coastguard to a class of Year 6 pupils from Wrayhaven primary school. They worked in pairs, cutting the nets free with knives and carrying the pieces up the cliff path in builders' bags.

\u201cYou don't realise how heavy wet rope is until you try to carry it up a hundred steps,\u201d said organiser Kieran Polglase.

\u201cBy the end we had a human chain.\u201d

None of it will go to landfill. A recycling firm near Pelham Cross that turns old nets into plastic pellets has agreed to collect the lot free of charge.

Mr Polglase said the group would be back in the spring, once another storm season has passed. It needs more volunteers with strong arms and good boots.

The Beach Guardians announce their clean-ups a month ahead, and anyone can follow the group on Instagram or sign up to its monthly email newsletter to hear about the next one.
"""),

dict(id="h91-en-008", lang="en", tpl="joomla4",
     section="Business", date="2026-08-20", byline="Samira Quiller",
     title="Wrayhaven's last net loft becomes a workshop for boatbuilding apprentices",
     sub="Six young people will learn to build wooden boats in the granite loft on Lifeboat Hill.",
     caption="Apprentices steaming oak frames in the old net loft.", credit="Photo: Samira Quiller",
     correction="Correction, 21 August: an earlier version of this article said the loft was built in 1898. It was built in 1889, and the apprentices' course lasts two years, not three.",
     carry=["correction"],
     body="""
The last net loft on Wrayhaven's harbourside, where fishermen once hung and mended their nets, has been turned into a workshop where young people will learn to build wooden boats.

The three-storey granite building on Lifeboat Hill was built in 1889 and had stood empty for almost twenty years. The Merrow Boatbuilding Trust bought it for \u00a3180,000 in 2024 with the help of a heritage grant and a public appeal.

Six apprentices aged between 16 and 19 started work there this week. Over two years they will learn to steam oak frames, lay planks and caulk seams, working towards a qualification in traditional boatbuilding.

**The first boat**

Their first project is a 32-foot rowing gig for Wrayhaven's gig club, built to the lines of a boat that raced from the harbour in the 1920s.

\u201cIt's slow work and you can't fake it,\u201d said master shipwright Alan Treloar, 67, who will teach them. \u201cA boat either floats or it doesn't.\u201d

The gig should be launched next spring.

**A building with a past**

The loft's upper floor has been kept as it was, with the old net racks and a wall covered in fishermen's pencilled notes about catches and weather going back to the 1930s. It will open to visitors on heritage weekends.

The trust is looking for more second-hand hand tools. Donations can be dropped off at the workshop on Saturdays between 10am and noon.
"""),

dict(id="h91-en-009", lang="en", tpl="ucoz", site="Hatherby Village Online", kind="small",
     section="Village news", date="2026-02-12", byline="Maureen Tonkin",
     title="Hatherby church clock strikes again after two silent years",
     sub="A worn pivot and a cracked wheel had stopped the clock at twenty past four.",
     caption="Clock restorer Nigel Carveth in the clock room of St Petroc's.", credit="Photo: Maureen Tonkin",
     body="""
The clock on St Petroc's church tower is striking again, two years after it stopped at twenty past four one afternoon and stayed there.

The repair was carried out by clock restorer Nigel Carveth, who spent three days in the tower last month taking the movement apart. He found a worn pivot on the striking train and a cracked gear wheel that had probably been damaged when lightning hit the tower in the 1970s.

A new wheel had to be cut by hand. The whole job cost \u00a34,800, which the village raised in less than a year with a sponsored walk, two quiz nights and the harvest auction.

Mr Carveth said the clock, which was made in 1872, should run for another fifty years if it is wound and oiled properly.

Winding will be done by a rota of six volunteers, who will climb the 48 steps to the clock room every Sunday after the morning service.

Not everyone has welcomed the return of the chimes. One resident of Church Lane has written to the parish council to ask whether the clock could stay silent at night, and the council has agreed to look into fitting a night-time switch.

Anyone who would like to join the winding rota should speak to churchwarden Jean Rosewarne or leave a note in the church porch.
"""),
]
