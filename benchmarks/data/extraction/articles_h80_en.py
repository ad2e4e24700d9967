# English stories for the eightieth held-out part (h80-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h78_en.py (tpl: "octobercms" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (mobilelibrary, streetparty,
# graffitireport), which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h80-en-001", lang="en", tpl="octobercms", site="Meres Today",
     section="Libraries and learning", date="2026-03-02", byline="Bethan Harrowell",
     title="New library van will reach eleven more villages round the meres",
     sub="The county's old mobile library had covered 160,000 miles. Its replacement has a lift, a heater and room for 3,000 books.",
     caption="The new mobile library outside the village hall at Fallowfield.", credit="Photo: Bethan Harrowell",
     carry=["mobilelibrary"],
     look=[("highlight", "The new vehicle carries around 3,000 books"), ("bold", "It still smelled of new carpet."),
           ("br", "Some of those stops had been dropped"), ("italic", "\u201cFor some of our readers this is the only outing of the fortnight.\u201d")],
     body="""
Eleven villages round Ormsby Mere and the Tarnby valley will get a visit from a mobile library again this spring, after the county council took delivery of a new van last week.

The old van, which entered service in 2007, had covered more than 160,000 miles and spent much of last winter in the garage with a failing gearbox.

Some of those stops had been dropped altogether during the breakdowns. Little Tarnby and Fallowfield went without a visit from November to February.

## A lift at the back door

The new vehicle carries around 3,000 books, large-print titles and audiobooks, and has a powered lift at the rear so that readers who use a wheelchair or a walking frame no longer have to be helped up the steps.

It still smelled of new carpet.

Driver and librarian Alun Pettifer, who has run the route for nine years, said several regular readers had phoned him at home to ask when he would be back.

\u201cFor some of our readers this is the only outing of the fortnight.\u201d

## Stops every two weeks

The van will call at each village every other week and stay for between 40 minutes and an hour. Borrowers can order books online and collect them from the van, and library cards are issued on board.

The timetable is posted in village halls and shops, and anyone who would like a stop added can contact the county library service at the civic centre.
"""),

dict(id="h80-en-002", lang="en", tpl="wordpress", section="Community", date="2026-05-19", byline="Oliver Thwaite",
     title="Council drops road closure fee for summer street parties",
     sub="Residents who want to close their street for a party will no longer pay the \u00a385 charge.",
     caption="Bunting over Mill Terrace during last year's party.", credit="Photo: Oliver Thwaite",
     carry=["streetparty"],
     look=[("dropcap", "Follow the bunting")],
     body="""
Follow the bunting along almost any terrace in Fallowfield on a summer Saturday and you are likely to end up at a trestle table of sandwiches. This year it will cost the organisers less to get there.

The district council has agreed to scrap its \u00a385 fee for closing a residential road for a street party, as long as the party is free, open to everyone who lives on the street and does not sell alcohol.

## Why the change

Councillor Priya Lomax, who proposed the change, said the fee had put people off.

"We had 46 applications in 2024 and only 29 last year. When we asked people why, the fee came up again and again," she said.

The council will still ask organisers to apply in advance so that it can tell the bus company, the bin crews and the emergency services which roads will be shut.

## What organisers still need

- the signatures of most households on the street
- a plan showing where the road will be closed
- someone to stand at each barrier

Janet Crowther, who has organised the Mill Terrace party for eleven years, said the money saved would go on a bouncy castle.

"Last year a neighbour paid the fee out of her own pocket. She will be very pleased," she said.

The scheme starts on 1 June and will be reviewed in the autumn.
"""),

dict(id="h80-en-003", lang="en", tpl="drupal", section="Town", date="2026-04-08", byline="Nadia Hollins",
     title="Offensive graffiti to be scrubbed off within a day under new council pledge",
     sub="Tarnby's underpass was daubed three times in a month. The council says it will now act within 24 hours.",
     caption="Council workers cleaning the walls of the Station Road underpass.", credit="Photo: Nadia Hollins",
     carry=["graffitireport"],
     look=[("box", "Graffiti on private walls remains the owner's responsibility")],
     body="""
Racist or offensive graffiti on walls, bridges and bus shelters in Tarnby will be removed within 24 hours of being reported, under a new promise from the district council.

The pledge follows a month in which the Station Road underpass, used by hundreds of children on their way to Tarnby High School, was daubed with slogans three times.

Parents complained that on one occasion the words stayed up for nine days before they were painted over.

Council leader Graham Sutcliffe said that was unacceptable. "Nobody should have to walk their children past that on the way to school," he said.

The council has bought a second pressure washer and trained two more members of its street cleaning team to use anti-graffiti paint.

Other graffiti on council property will be cleaned within five working days, and fly-posters on lamp posts within ten.

Graffiti on private walls remains the owner's responsibility, but the council will clean it free of charge up to two metres high if the owner signs a consent form.

Police have asked anyone who sees people spraying walls in the underpass to call 101, and say the area is now covered by a camera.

Residents can report graffiti through the council's website, by phone or in person at the Tarnby one-stop shop on Market Street.
"""),

dict(id="h80-en-004", lang="en", tpl="semantic", section="People", date="2026-07-24", byline="Ruth Endacott",
     title="Thirty-five summers with the keys: Ormsby school's caretaker looks back",
     sub="Geoff Blamire has unlocked the gates of Ormsby Mere Primary every morning since 1991.",
     caption="Geoff Blamire in the school boiler room.", credit="Photo: Ruth Endacott",
     low=0,
     look=[("italic", "\u201cThe building talks to you if you listen.\u201d")],
     body="""
Geoff Blamire became caretaker of Ormsby Mere Primary in the autumn of 1991. Next week he hands over a ring of 64 keys. We caught him between jobs in the boiler room.

**How did you come to the job?**

I was a joiner. My knees had had enough of roofs, and the school needed someone who could fix a window.

**What does a caretaker actually do?**

Everything nobody else notices. Heating on at six, gates at half seven, the leak in the hall, the sick on the stairs, the football on the roof.

**How many footballs?**

I stopped counting at 300. There is a box of them in the shed. Every child who leaves can take one.

**Is the old boiler still going?**

It is older than some of the teachers. It has its moods. I know when it is going to sulk just from the noise.

\u201cThe building talks to you if you listen.\u201d

**The hardest winter?**

2010. The pipes froze and we kept the school open with heaters borrowed from the church. Nobody missed a day.

**And after the keys?**

My wife has a list. It is longer than the school's.
"""),

dict(id="h80-en-005", lang="en", tpl="storybody", section="Town", date="2026-06-11", byline="Marcus Delahaye",
     title="Fly-posters told to pay up as Ormsby clears its lamp posts",
     sub="The council has sent bills to two promoters whose posters covered the high street.",
     caption="Posters stacked on a lamp post in Ormsby High Street.", credit="Photo: Marcus Delahaye",
     carry=["graffitireport"],
     body="""
Share a lamp post with a hundred others and a poster for a summer festival does not stand out much. That, say traders in Ormsby High Street, is exactly what happened this spring.

By the end of May almost every lamp post, bin and junction box between the bridge and the market place was covered in layers of posters for concerts, club nights and a circus.

**Bills for the clean-up**

The district council has now sent bills totalling \u00a32,460 to two events companies whose posters made up most of the layers, and warned that it will take them to court if they do not pay.

Environmental health officer Claire Bamford said the posters were not only an eyesore. Wet paper and glue blocked the drains outside the chemist after heavy rain.

"People think it is harmless. Then a shop floods," she said.

**Room for local notices**

The council has promised that community groups will not lose out. Two new notice boards, outside the library and at the bus station, are free for anyone advertising a local event.

Pauline Oxley, who runs the bakery, said she would be glad to see the back of the posters.

"Customers used to ask if we had closed, because they could not see the window," she said.

Street cleaners began stripping the last of the posters on Monday.
"""),

dict(id="h80-en-006", lang="en", tpl="medium", site="The Lantern Yard Letter", kind="indie",
     section="Neighbours", date="2026-06-30", byline="Ffion Ashdown",
     title="Cooper Row has a street party for the first time since 1986",
     sub="Forty years after the last one, the neighbours brought out the tables again.",
     caption="Tables down the middle of Cooper Row on Sunday.", credit="Photo: Ffion Ashdown",
     carry=["streetparty"],
     look=[("bold", "Nobody could remember who won."), ("italic", "\u201cWe should not leave it another forty years.\u201d")],
     body="""
The last street party on Cooper Row was held in 1986, for a royal wedding. There is a photograph of it in the window of number 14, and that photograph is where this one began.

Elsie Marchbank, 88, who still lives at number 14, put it there in March with a note underneath: "Shall we do it again?"

Within a fortnight, 23 of the street's 31 households had signed a sheet on her door.

**How it came together**

Tom Greatorex at number 3 filled in the council's road closure form. A neighbour who works for a scaffolding firm borrowed the barriers. The pub at the end of the row lent six tables, and the rest came out of front rooms.

On Sunday the road was shut from midday until seven. There were sandwiches, a cake shaped like the terrace and a tug of war between the odd and even numbers.

Nobody could remember who won.

Elsie sat at the head of the longest table, in the same spot she had sat in 1986, and was given the first slice of cake.

\u201cWe should not leave it another forty years.\u201d

The neighbours have already pencilled in next June. Anyone on the row who would like to help can leave their name on the sheet at number 14.
"""),

dict(id="h80-en-007", lang="en", tpl="table", section="Business", date="2026-02-17", byline="Hamish Corbridge",
     title="Village shop reopens as a co-operative after villagers raise \u00a348,000",
     sub="The shop in Little Tarnby closed last summer. Now 300 members own it.",
     caption="Volunteers restocking the shelves on opening day.", credit="Photo: Hamish Corbridge",
     only=["correction"],
     correction="Correction, 19 February: an earlier version of this article said the co-operative had 230 members. It has 301, and the share offer raised \u00a348,000, not \u00a338,000.",
     body="""
Cookies from the bakery in Tarnby were the first thing sold when the village shop in Little Tarnby opened its doors again on Saturday, seven months after it closed.

The shop shut last July when its owners retired and no buyer could be found. For the 900 people who live in the village, the nearest shop was then a four-mile drive away.

A group of residents set up a community co-operative in September and offered shares at \u00a325 each. By Christmas, 301 people had bought them, raising \u00a348,000.

The money paid for the lease, new fridges and the first stock. A grant of \u00a39,000 from the district council covered the cost of a ramp and a wider door.

The shop will be run by a paid manager, Lorna Whitlock, who worked there for six years under the old owners, with the help of around 40 volunteers.

It will sell fresh bread, milk, vegetables from two local farms and newspapers, and will keep the post office counter that the old shop had.

Chair of the co-operative, Derek Ainsworth, said the village had proved something.

"People told us a shop in a village this size could not pay its way. We think it can, if the village uses it," he said.

The shop is open every day from 8am to 6pm, and until 1pm on Sundays.
"""),

dict(id="h80-en-008", lang="en", tpl="amp", section="Transport", date="2026-09-15", byline="Kirsty Penhaligon",
     title="Footbridge over Tarn Beck opens, ending a two-mile detour",
     sub="Walkers and cyclists can now cross the beck at the old ford.",
     caption="The new footbridge over Tarn Beck.", credit="Photo: Kirsty Penhaligon",
     carry=["map"],
     body="""
A footbridge over Tarn Beck opened on Monday, allowing walkers and cyclists to cross between Fallowfield and the Ormsby Mere shore path without a two-mile detour by road.

The 24-metre bridge stands beside the old ford, which was used for centuries but became too dangerous to wade after the beck's banks were widened in the 1970s.

Since then the only way across has been the road bridge at Tarnby Moss, along a busy lane with no pavement.

The parish councils of Fallowfield and Ormsby spent eight years raising the \u00a3410,000 the bridge cost, with most of the money coming from a national walking and cycling fund.

The bridge is made of weathering steel and was lifted into place by crane in a single morning in August. It is wide enough for a horse and rider.

Fallowfield parish councillor Sandra Kettlewell, who has campaigned for the crossing since 2018, was the first to walk across.

"My grandchildren live on the other side of the beck. Today it took me ten minutes to get to them," she said.

The path on the Ormsby side will be resurfaced in October. Until then, walkers are asked to keep to the boardwalk where the ground is soft.
"""),

dict(id="h80-en-009", lang="en", tpl="fusion", section="Sport", date="2026-05-04", byline="Connor Ridsdale",
     title="Ormsby rowers move into their new boathouse after a decade of fundraising",
     sub="The club had kept its boats in a farmer's barn since a fire in 2015.",
     caption="Junior rowers carrying a boat out of the new boathouse.", credit="Photo: Connor Ridsdale",
     carry=["gallery"],
     look=[("factbox", "The boathouse in figures")],
     body="""
Ormsby Mere Rowing Club has moved into a new boathouse on the north shore of the mere, eleven years after its old one burned down.

Since the fire in 2015 the club's boats have been kept in a barn half a mile from the water, and every outing began with a walk along a farm track carrying a boat on the shoulders of four or eight rowers.

Members raised the money with sponsored rows, quiz nights, a calendar and, for three years running, a 24-hour row on machines in the town square.

## The boathouse in figures

- \u00a3620,000 total cost
- 38 boats on the racks
- 4 changing rooms and a kitchen
- 212 members, 74 of them under 18

The building is made of timber from a forest in the county and has solar panels on its roof that heat the showers.

Club captain Imogen Tyldesley said the new building had already brought in more young people.

"Nobody wants to carry a boat half a mile in the rain when they are twelve," she said.

The club will hold an open morning on Saturday 16 May, when anyone over the age of eleven can try rowing on the mere with a coach.
"""),
]
