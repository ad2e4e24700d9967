# English stories for the forty-seventh held-out part (h47-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h46_en.py (tpl: "jekyll" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (surf, firedanger, angling), which are
# placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h47-en-001", lang="en", tpl="jekyll", site="Porthcarrow Tidings", kind="small", section="Lifeboat",
     date="2026-08-11", byline="Jenna Tregellas",
     title="Lifeboat crew bring two paddleboarders back from Gull Point",
     sub="The pair were carried half a mile out by an easterly breeze on Sunday afternoon.",
     caption="The inshore lifeboat returning to the slipway on Sunday.", credit="Photo: Mike Hocking",
     carry=["surf"],
     look=[("dropcap", "Porthcarrow's inshore lifeboat"), ("factbox", "Before you paddle out"),
           ("highlight", "Helm Tamsin Rowe said")],
     body="""
Porthcarrow's inshore lifeboat was launched on Sunday afternoon to two paddleboarders who had been blown out to sea off Gull Point.

The pair, a man and a woman in their twenties visiting from Bristol, set off from the main beach shortly after 3pm. Within twenty minutes a steady easterly wind had carried them about half a mile offshore, where they could no longer paddle back.

A walker on the coast path saw them kneeling on their boards and waving, and dialled 999 for the coastguard. The volunteer crew launched at 3.41pm and reached them eight minutes later.

Helm Tamsin Rowe said both were cold but unhurt. "They did the right thing. They stayed with their boards, they stayed together and they waved. That made them easy to find," she said.

## Before you paddle out

- Check the wind: an offshore breeze can feel gentle on the sand and be far stronger half a mile out
- Wear a leash and a buoyancy aid
- Carry a phone in a waterproof pouch
- Tell someone on shore when you expect to be back

It was the crew's eleventh launch of the summer and the fourth to paddleboarders. Station mechanic Ivor Penberthy called the inflatable boards "the lilos of this decade".

The pair were taken back to the station, given hot drinks and dry blankets, and later drove home.

The station's open day is on Saturday 22 August from 11am, with boat tours and a barbecue on the slipway.
"""),

dict(id="h47-en-002", lang="en", tpl="wordpress", section="News", date="2026-07-29", byline="Daniel Farrant",
     title="Twenty acres of Hurlston Common burned as crews fight heath fire for nine hours",
     sub="Fire chiefs believe a disposable barbecue started the blaze.",
     caption="Smoke over Hurlston Common seen from Heathview Road on Tuesday.", credit="Photo: Daniel Farrant",
     carry=["firedanger"],
     look=[("dropcap", "Firefighters spent nine hours")],
     body="""
Firefighters spent nine hours tackling a fire that burned about twenty acres of heathland on Hurlston Common on Tuesday.

Eight crews were called at 1.15pm after walkers reported smoke near the car park on Furze Lane. At its height the fire stretched along a front of about 400 metres, and a row of houses on Heathview Road was briefly evacuated as a precaution.

Crews used beaters, leaf blowers and water brought in by a tanker from Brackley. A helicopter hired by the county council dropped water on the western edge during the afternoon.

Nobody was hurt. The residents of Heathview Road were allowed back into their homes by 6pm.

**Barbecue blamed**

Station manager Clare Ashworth said investigators had found the remains of a disposable barbecue close to where the fire began.

"The ground is bone dry after five weeks without proper rain. One spark into dead gorse and it goes up like paper," she said.

The common is a nature reserve and home to nightjars, Dartford warblers and several rare spiders. Ranger Tom Feltham said it would take at least ten years for the burnt heather to recover, although most birds had left their nests by late July.

Barbecues and fires have been banned on the common since 2019, and signs at every entrance say so. The borough council said it would consider fines for anyone caught lighting one.

Crews returned on Wednesday morning to damp down hotspots.
"""),

dict(id="h47-en-003", lang="en", tpl="amp", section="Sport", date="2026-04-14", byline="Rosie Kettleborough",
     title="Junior anglers double in a year as Lenn Valley club opens its banks to schools",
     sub="The club now has 64 members under 16, and its first girls' team.",
     caption="Juniors on the pegs at Kingsmead lake on Sunday.", credit="Photo: Rosie Kettleborough",
     carry=["angling"],
     look=[("italic", "Every junior is lent")],
     body="""
The Lenn Valley Angling Association has more junior members than at any time in its 92-year history, after a year of free taster sessions for local schools.

The club now has 64 members aged under 16, up from 31 last spring. Eleven of them are girls, enough for the club to enter its first girls' team in the county junior league.

Junior secretary Phil Attwater said the sessions had changed the feel of the club. "For years it was the same thirty retired men on the same pegs. Now on a Saturday morning you can't hear yourself think for kids arguing about whose roach is bigger," he said.

Every junior is lent a rod, a reel and a landing net until they can afford their own, and the club pays for their licences out of its match fees.

The juniors fished their first league match of the season at Kingsmead lake on Sunday. The results were:

1. Lenn Valley A, 14.2kg
2. Bramford Anglers, 11.8kg
3. Lenn Valley girls, 9.6kg
4. Saxby Junior Match Group, 7.1kg

Top individual weight went to twelve-year-old Ellie Marsh, who caught 4.3kg of bream in the last hour.

"I wasn't even meant to be fishing. I was only there to hold my brother's bait," she said.

The club will hold two more taster mornings at the lake in the half-term holiday. Places are free but must be booked through the schools.
"""),

dict(id="h47-en-004", lang="en", tpl="table", section="Council", date="2026-03-03", byline="Helen Vosper",
     title="Harbour car park goes cashless, but the old meters stay for a year",
     sub="Drivers will be able to pay by app, by card or by phone call.",
     caption="One of the three coin meters at Porthlew harbour car park.", credit="Photo: Helen Vosper",
     low=1, only=["correction"],
     correction="Correction: this article first gave the all-day charge as £9. The charge is £8.",
     body="""
Drivers who would rather not use an app will still be able to pay with coins at Porthlew harbour car park for another twelve months, the town council has decided.

The council is moving all of its car parks to card and app payments this spring. Councillors had planned to remove the harbour's three coin meters on 1 April, but agreed on Monday to keep them until next March after a petition signed by 1,140 people.

The petition was started by Maureen Pascoe, 81, who drives to the harbour twice a week to buy fish. "I have a mobile phone. It makes calls. That's all I want from it," she said.

From April, drivers can pay at the harbour by contactless card at two new machines, through the council's parking app or by ringing a number printed on the signs. The all-day charge stays at £8, and the first hour is still free for blue badge holders.

Town clerk Rachel Menear said the coin meters cost more to empty and repair than they brought in. "But we heard people. A year gives everyone time to get used to the change," she said.

The council will also put a card machine at the fish market entrance, so that stallholders' customers do not have to walk back to the car park.

The new machines will be fitted in the last week of March.
"""),

dict(id="h47-en-005", lang="en", tpl="legacy-br", section="Transport", date="2026-10-06", byline="Simon Pengelly",
     title="Winter ferry timetable cut to four crossings a day",
     sub="The early and late boats between Trewithen Quay and Caradon Point will stop from November.",
     caption="The ferry leaving Trewithen Quay.", credit="Photo: Simon Pengelly",
     low=0,
     body="""
The passenger ferry between Trewithen Quay and Caradon Point will run four return crossings a day from 1 November, down from six, its operator has confirmed.

Wyle Ferries said passenger numbers last winter had fallen to an average of 38 a day, and that it could no longer cover the cost of fuel and two crews on the early and late sailings.

The first crossing from Trewithen will now leave at 8.15am rather than 7am, which means some commuters and students will no longer reach Caradon in time for work or college.

Sixth-former Jasmine Kitto, 17, said she would have to get a lift round by road, a journey of 40 minutes. "The boat takes twelve. I'm going to spend my whole winter in the back of my mum's car," she said.

The operator's manager, Nigel Hosking, said he understood the frustration. "We'd love to run the early boat. But a ferry carrying six people at seven in the morning in January loses money every single day," he said.

The parish councils on both sides of the river have written to the county council to ask whether it can help pay for the 7am crossing.

The summer timetable returns on 1 April.

Anyone with questions about the winter timetable can contact the ferry office on 01632 960 557.
"""),

dict(id="h47-en-006", lang="en", tpl="semantic", section="People", date="2026-06-20", byline="Lowenna Bray",
     title="'The sea doesn't care how many followers you have': ten minutes with Kerensa Hall",
     sub="The founder of Polventon's surf club for disabled children and adults on waves, wetsuits and waiting lists.",
     caption="Kerensa Hall with one of the club's adapted boards at Polventon.", credit="Photo: Lowenna Bray",
     carry=["surf"],
     look=[("italic", "Kerensa Hall started Tideline"), ("bold", "How did Tideline begin?"), ("bold", "Why is the waiting list"),
           ("bold", "Who volunteers?"), ("bold", "Social media?"), ("bold", "Best moment this year?"),
           ("bold", "What would help most?")],
     body="""
Kerensa Hall started Tideline Surf Club eight years ago with two boards and a borrowed beach wheelchair. This summer it will give 1,900 lessons to children and adults with disabilities, and its waiting list has 300 names on it. We met her on the beach at Polventon.

How did Tideline begin?

My nephew has cerebral palsy. He wanted to surf like his cousins, and nobody would take him. So I took him myself.

Why is the waiting list so long?

Each lesson needs three volunteers in the water for one surfer, sometimes four. We have the boards. We don't have enough people.

Who volunteers?

Lifeguards, nurses, a retired vicar and a lot of students in the summer. You need to be a confident swimmer and you need to be patient. That's it.

Social media?

Parents find us on Instagram, and that's lovely. But the sea doesn't care how many followers you have. It cares whether you turned up on time for the tide.

Best moment this year?

A boy of nine who doesn't speak stood up on his board for the first time and laughed all the way to the beach. His dad was crying. So was I.

What would help most?

Volunteers, and a second beach wheelchair. They cost about £4,000.

Tideline runs sessions on Saturdays and Sundays from May to October. Volunteer training days are held every month at the club's hut on the seafront.
"""),

dict(id="h47-en-007", lang="en", tpl="ghost", site="Eastcliff Street Notes", kind="small", section="Neighbours",
     date="2026-02-09", byline="Aisha Gurung",
     title="The repair café fixed 41 things on Saturday. Here's what they were",
     sub="Toasters, lamps, a scooter and a hedge trimmer that had not worked since 2019.",
     caption="Volunteer fixers at work in the Methodist hall.", credit="Photo: Aisha Gurung",
     look=[("callout", "Bring your broken things")],
     body="""
Follow the smell of solder up the stairs of the Methodist hall on the first Saturday of the month and you will find the Eastcliff Repair Café, now in its third year.

On Saturday, twelve volunteer fixers looked at 53 broken things brought in by neighbours, and sent 41 of them home working again.

Among them were a 1970s record player, four lamps, eleven items of clothing, a child's scooter, two toasters and a hedge trimmer that had not worked since 2019.

Fixer Derek Nye, a retired electrician, said the toasters were the easiest. "It's nearly always crumbs. People throw away a perfectly good toaster because of a crumb," he said.

Some things could not be saved. A laptop needed a part that is no longer made, and a sewing machine was, in the words of one volunteer, "beyond love".

The café is free. Visitors are asked for a donation towards tea and spare parts, and the hat went round for £96 on Saturday.

I started the café after trying and failing to get a kettle mended in town. Everyone said just buy a new one. I didn't want to buy a new one.

Bring your broken things to the next Repair Café on Saturday 7 March, 10am to 1pm. Please bring anything that plugs in with its charger or lead.

We are also looking for someone who can sharpen knives and scissors.
"""),

dict(id="h47-en-008", lang="en", tpl="nextjs", section="Sport", date="2026-05-04", byline="Kieran Scoble",
     title="Gullhaven Ladies lift the county cup after shoot-out at Roskear Park",
     sub="Seventeen-year-old substitute Maisie Vage scored the winning penalty.",
     caption="Gullhaven Ladies celebrate with the county cup.", credit="Photo: Kieran Scoble",
     carry=["scores"],
     look=[("br", "\"I didn't look at the keeper")],
     body="""
Gullhaven Ladies won the county women's cup for the first time on Sunday, beating Penhallow Rovers 4-3 on penalties after a 2-2 draw at Roskear Park.

More than 600 people watched the final, the biggest crowd for a women's match in the county's history, according to the county football association.

Rovers led twice in the first half through goals from Amy Trounson and Laura Keast. Gullhaven's captain, Bryony Rowse, equalised each time, first with a header from a corner and then with a shot from the edge of the area in stoppage time.

**Shoot-out drama**

Neither side could find a winner in extra time. In the shoot-out, Gullhaven goalkeeper Holly Penrose saved the fourth and fifth Rovers penalties, and substitute Maisie Vage scored the winning kick.

"I didn't look at the keeper. I just looked at the net and hit it as hard as I could," Vage said.

Manager Colin Daniel, who started the club with twelve players in 2018, said the win belonged to everyone who had "washed kits, driven minibuses and stood in the rain".

Rovers manager Jane Curnow said her side had been "a kick away" and would be back next year.

Gullhaven will parade the trophy at their clubhouse on Friday evening. Everyone is welcome.
"""),

dict(id="h47-en-009", lang="en", tpl="fusion", section="Council", date="2026-11-20", byline="Martin Ellery",
     title="Forty new beach huts approved for Seaholme promenade",
     sub="Residents who objected say a second row of huts will block the view from the benches.",
     caption="The north promenade at Seaholme, where the huts will stand.", credit="Photo: Martin Ellery",
     section_tag=True,
     look=[("factbox", "The huts in numbers")],
     body="""
Forty new beach huts will be built on Seaholme's north promenade next spring after councillors approved the plans on Thursday, despite objections from residents who said they would block the sea view.

The district council says the huts will bring in about £60,000 a year in rent, which will be spent on maintaining the promenade and its public toilets.

The wooden huts will be painted in six colours chosen by pupils at Seaholme Primary School, and will stand in two rows behind the sea wall.

## The huts in numbers

- 40 huts, each 2.4 metres wide
- Annual rent of £1,500, or £1,950 with electricity
- Ten huts kept for weekly hire by visitors
- Six huts reserved for local charities and clubs

Twenty-three residents objected. Brian Tapley, who lives on Marine Parade, said the second row would cut off the view from the benches. "People sit here to look at the sea, not at the back of a shed," he said.

Councillor Sue Dorrington said the plans had been changed to leave a gap of twelve metres opposite the benches. "We listened. The view from the benches stays," she said.

There are already 112 beach huts on the south promenade, and a waiting list of more than 400 people.

Applications for the new huts will open in January, and places will be given out by ballot.
"""),
]
