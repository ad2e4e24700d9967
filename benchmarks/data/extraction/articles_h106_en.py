# English stories for the hundred-and-sixth held-out part (h106-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h104_en.py (tpl: "telegraph" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, tags, wire, watch, standfirst,
# body_caption); "carry" names the residue families a page must carry, among them the three families new in this
# part (phonecharging, beehotels, hivis), which are placed only on stories where a real site would print them;
# "run_in" names a carried family whose link the editor typed at the end of the story's last paragraph; "tg" holds
# a Telegraph page's author line (the channel's name and its t.me address).
ARTICLES = [
dict(id="h106-en-001", lang="en", tpl="telegraph", site="Gorsethorpe Now", kind="channel",
     section="Storm Idris", date="2025-11-18", byline="Gorsethorpe Now",
     tg=dict(author="Gorsethorpe Now", channel="gorsethorpenow"),
     title="Little Wyvering spends a second night without power after Storm Idris",
     sub="", caption="The green at Little Wyvering on Monday morning.", credit="",
     carry=["phonecharging"],
     look=[("italic", "\u201cYou forget how much"), ("br", "Bring a torch if you are walking")],
     body="""
About 1,900 homes in Little Wyvering, Sallowmere and the farms along the Tarnel road were still without electricity on Tuesday night, more than 40 hours after Storm Idris brought down power lines across the valley.

Northern Grid said three of its overhead lines had been hit by falling trees, one of them across the lane to Sallowmere that engineers could not reach until a tree surgeon had cleared it on Monday afternoon.

## Where things stand

The company expects most homes to be reconnected by Wednesday evening. It has warned that a handful of isolated properties may have to wait until the weekend, and generators are being brought in for two of the outlying farms.

\u201cYou forget how much of your life runs off a plug,\u201d said Janice Oyelaran, who runs the post office in Little Wyvering and has been selling candles by the box since Sunday.

The village hall has become an unofficial base. Volunteers from the parish council have set out urns, blankets and a list of who has been visited, and the school cook has brought over two trays of shepherd's pie.

## What you can do

- Check on neighbours who live alone, especially anyone who relies on electrical medical equipment
- Report a fallen line on 105 and keep at least ten metres away from it
- Keep freezer doors shut: food should stay frozen for about two days

The hall is open from 8am to 10pm until the power is back.

Bring a torch if you are walking there after dark, because the street lights on Chapel Lane are out too.
"""),

dict(id="h106-en-002", lang="en", tpl="drupal", site="Ashcombe Parva Parish News",
     section="Schools", date="2026-04-22", byline="Helen Rudge",
     title="Year 5 build a bee hotel big enough for a whole street",
     sub="Pupils at Ashcombe Parva primary spent a term collecting stems, bricks and pine cones.",
     caption="The finished bee hotel by the school pond.", credit="",
     carry=["beehotels"],
     body="""
The pupils of Year 5 at Ashcombe Parva Church of England Primary School have finished a bee hotel that stands taller than their teacher.

The project began in January, when the class learned that more than 200 kinds of solitary bee live in Britain and that most of them nest alone in hollow stems, holes in wood or bare soil rather than in hives.

Mr Kavanagh, who teaches the class, asked families to send in anything that might make a room for a bee. Within a fortnight the classroom was full.

The hotel, built inside an old pallet frame donated by the builders' yard in Gorsethorpe, now holds:

- bamboo canes cut to the length of a pencil
- drilled logs from the oak that came down on the playing field
- air bricks and roof tiles left over from the school's new toilet block
- pine cones and straw for ladybirds and lacewings

It faces south-east by the pond, where the morning sun reaches it first. The children have made a rota to check it every Friday and record what moves in.

\u201cWe saw a red mason bee go in on Tuesday,\u201d said Freya, who is nine. \u201cShe was ginger and really fast.\u201d

The school will open the garden to parents and neighbours on Saturday 9 May from 10am to noon, when the class will explain how the hotel was built.
"""),

dict(id="h106-en-003", lang="en", tpl="wire", site="Tarnelvale News Agency",
     section="Gorsethorpe", date="2025-10-29", byline="Tarnelvale News Agency",
     title="Dog walker hurt on unlit lane as clocks go back",
     sub="", caption="", credit="",
     carry=["hivis"],
     wire=dict(note="(Adds police comment in paragraph 5)", reporter="Tamsin Ferrow", editor="Owen Blackett",
               slug="TARNEL-LANE/INJURY"),
     look=[("br", "The council said a review")],
     body="""
KELDERBY, Oct 29 (TNA) - A woman walking her dog on an unlit lane outside Gorsethorpe was taken to hospital with leg injuries on Tuesday evening after being struck by a car, three days after the clocks went back.

The 58-year-old was walking along Stennings Lane, which has no pavement and no street lights, at about 5.40pm when she was hit by a car travelling towards Ashcombe Parva. Her spaniel was unhurt.

Her injuries were described as serious but not life-threatening. The driver stopped at the scene.

Residents of Stennings Cross have asked the county council for a footway along the lane for at least six years, saying it is used by dog walkers, runners and children walking to the bus stop on the main road.

Sergeant Colin Hewer of Tarnelvale Police said officers would be handing out reflective gear in the villages over the coming weeks and urged drivers to slow down on rural lanes after dark.

"At this time of year people are walking at the same hour as the evening rush, in the dark, in dark coats," he said. "Drivers simply do not see them until it is too late."

A county council spokesman said the lane was on a list of routes being assessed for footway improvements.

The council said a review of speed limits on lanes around Gorsethorpe would be published in the new year.
"""),

dict(id="h106-en-004", lang="en", tpl="broadcaster", site="Tarnel Valley TV",
     section="Floods", date="2026-01-14", byline="Tarnel Valley TV newsroom",
     title="Rest centre opens at Gorsethorpe leisure centre as the Tarnel bursts its banks",
     sub="", caption="", credit="",
     carry=["phonecharging"],
     watch=("volunteers setting up camp beds in the sports hall", "residents of Mill Street on leaving their homes"),
     body="""
A rest centre has been opened at Gorsethorpe Leisure Centre after the River Tarnel burst its banks on Tuesday night, flooding about 60 homes in the Mill Street and Tanners Row area of the town.

Firefighters used boats to help around 30 people out of houses where the water had reached the top of the front steps. Nobody was seriously hurt.

The district council opened the sports hall shortly after midnight. By Wednesday morning, 47 people had registered there, including eleven children and a family of four who arrived with their two cats in a laundry basket.

Volunteers from the Red Cross and Gorsethorpe Rotary have set up camp beds behind the badminton nets. The cafe is serving hot drinks and breakfast, and a pharmacist from the high street has been visiting to sort out prescriptions left behind in the rush.

Sandra Pell, 71, who has lived on Mill Street for forty years, said she had never seen the water come up so quickly.

"I went to bed with it in the gutter and woke up with it in the kitchen," she said.

The Environment Agency said river levels had peaked early on Wednesday and were expected to fall slowly through the day, but warned that more rain was forecast for the weekend.

The leisure centre's pool and gym will stay closed until at least Monday.
"""),

dict(id="h106-en-005", lang="en", tpl="quintype", site="Gorsethorpe Courier",
     section="People", date="2026-02-06", byline="Priya Castellane",
     title="Forty-one years behind the fish counter at Gorsethorpe market",
     sub="Dennis Whalley sells his last haddock on Saturday. We asked him what has changed.",
     caption="Dennis Whalley at his stall in the market hall.", credit="",
     look=[("bold", "How did you end up on the fish stall?"), ("bold", "What sells now that didn't then?"), ("bold", "And what will you miss?"),
           ("highlight", "Dennis Whalley has stood behind the same marble slab")],
     body="""
Dennis Whalley has stood behind the same marble slab in Gorsethorpe market hall since 1985. On Saturday he will sell his last haddock, hand the keys to the council and, in his words, sleep past four o'clock for the first time in four decades.

How did you end up on the fish stall?

My uncle had the stall and his knees went. I was nineteen and working in a warehouse, and he said I could have it if I turned up on time. I turned up on time.

What sells now that didn't then?

Salmon, by a mile. When I started nobody in Gorsethorpe would touch it unless it was in a tin. Now it's half my takings. People also want it filleted and skinned, ready for the pan. In 1985 they wanted the head on so they could see it was fresh.

And what will you miss?

The regulars. I've got customers who came with their mothers and now come with their grandchildren. One lady has had two kippers every Friday since before the miners' strike ended.

Is anyone taking over?

Not yet. The council is advertising the stall and I hope someone young has a go. It's hard work, but you never have a boring morning.

Dennis will be at the stall from 6am until the fish runs out on Saturday. He says there will be cake.
"""),

dict(id="h106-en-006", lang="en", tpl="newspack", site="The Tarnel Valley Record",
     section="Environment", date="2026-03-25", byline="Martha Quennell",
     title="District council lets its verges grow as pollinator plan is approved",
     sub="Mowing will be cut back on 40 miles of roadside from April.",
     caption="A verge of cowslips on the Sallowmere road.", credit="",
     carry=["beehotels"],
     body="""
Roadside verges across the Tarnel valley will be left to grow through the summer after the district council approved its first pollinator plan on Tuesday night.

Under the plan, the council's contractors will mow about 40 miles of rural verge once a year, in September, instead of four or five times. A strip a mower's width wide will still be cut next to the carriageway and at junctions, so that drivers can see.

## Fewer bumblebees than in the 1990s

Surveys carried out last year by the Tarnel Valley Naturalists found only nine kinds of bumblebee in the district, against fourteen recorded in the 1990s. The group said the loss of flowering plants along roads and field edges was one of the main reasons.

Councillor Amira Hollis, who leads on the environment, told the meeting that the change would also save about \u00a328,000 a year in mowing costs.

\u201cWe are not letting things go,\u201d she said. \u201cWe are letting them flower.\u201d

Not everyone was convinced. Councillor Roger Tebbutt said residents in his ward had complained about long grass near bus stops and asked for a map showing exactly which verges would be left.

## Signs on the verges and a review

The council will put up small signs on the verges that are part of the scheme and publish the full list on its website. Parish councils can ask for extra stretches to be added.

The plan will be reviewed after two summers.
"""),

dict(id="h106-en-007", lang="en", tpl="jimdo", site="Stennings Cross Village Association", kind="small",
     section="Village news", date="2025-11-05", byline="Stennings Cross Village Association",
     title="Be seen on Stennings Lane this winter",
     sub="", caption="Stennings Lane at dusk, looking towards the main road.", credit="", body_caption="",
     carry=["hivis"],
     look=[("bold", "Please slow down.")],
     body="""
Following last week's accident on Stennings Lane, the committee met on Sunday evening and agreed to do what we can while we keep pressing the county council for a proper footway.

Most of you will know that the lane has no pavement, no verge wide enough to step onto in places and no lighting between the village and the main road. Since the clocks went back, anyone walking to the bus stop after half past four is walking in the dark.

We have spoken to the police, who have agreed to run speed checks on the lane in November, and to the parish council, which will write again to the county highways team.

We are also asking drivers, including those of us who live here, to remember that there are people on foot on the lane at all hours, many of them with dogs, buggies or shopping.

Please slow down.

For walkers, a few simple things make a real difference: walk facing the oncoming traffic, carry a torch, wear something light or reflective, and step in close to the hedge when you hear a car.

The committee would like to thank everyone who sent good wishes to Liz after the accident. She is home, on crutches, and says the spaniel is being spoiled by the neighbours.

Our next meeting is on Sunday 7 December at 7pm in the village hall, and everyone is welcome.
"""),

dict(id="h106-en-008", lang="en", tpl="sitevision", site="Gorsethorpe Town Council",
     section="Town centre", date="2026-03-03", byline="Communications team",
     title="Market hall roof repairs to start after Easter",
     sub="Scaffolding will go up in April and the hall will stay open throughout.",
     caption="The market hall roof from Sheep Street.", credit="Photo: Gorsethorpe Town Council",
     low=0, only=["correction"],
     correction="This page was updated on 5 March: the repairs will cost \u00a3412,000, not \u00a3214,000 as first stated.",
     body="""
Repairs to the roof of Gorsethorpe's Victorian market hall will begin after Easter, the town council has confirmed.

The work will replace about a third of the slates, repair the cast-iron gutters along Sheep Street and Market Row and restore the glass lantern that runs along the ridge of the roof, which has leaked in heavy rain for several winters.

The repairs will cost \u00a3412,000. Of this, \u00a3260,000 comes from a heritage grant awarded in December and the rest from the council's reserves set aside for the building.

Scaffolding will go up on the Sheep Street side in the week beginning 13 April. The works are expected to take about 22 weeks, finishing in September.

The market hall will stay open throughout. Some stalls near the lantern will move to the Market Row end of the hall for part of the summer, and the council is talking to each trader about the arrangements.

The Saturday farmers' market will continue in the hall as normal.

Residents with questions about the works can speak to the council's project officer at the market hall office, which is open on Tuesdays and Saturdays from 9am to 1pm, or call the town council on 01632 960 330.
"""),

dict(id="h106-en-009", lang="en", tpl="odoo", site="Little Wyvering Chronicle",
     section="Community", date="2026-05-12", byline="Greg Amberley",
     title="Repair caf\u00e9 fixes its thousandth item in its first year",
     sub="A toaster from Sallowmere took the honours.",
     caption="", credit="", tags=["Little Wyvering repair caf\u00e9", "fixing not binning"],
     low=0,
     look=[("callout", "The repair caf\u00e9 meets on the second Saturday")],
     body="""
Share a cup of tea with the volunteers at the Little Wyvering repair caf\u00e9 and you will soon hear about the toaster.

It belonged to Bernard Cole of Sallowmere, who brought it in on Saturday morning with a bent lever and a burnt smell. Forty minutes later it was working again, and it became the thousandth item the caf\u00e9 has mended since it opened in the village hall last May.

The caf\u00e9 was set up by four friends who were tired of seeing good things thrown away. It now has fourteen regular volunteers, including a retired electrician, two dressmakers, a bicycle mechanic and a sixteen-year-old who is, by common agreement, the best at fixing phones.

Their records show that lamps are the most common item, followed by trousers, vacuum cleaners and bicycles. The strangest was a musical Christmas jumper that had stopped playing Jingle Bells.

Not everything can be saved. About one item in five goes home unrepaired, usually because a part is no longer made.

\u201cPeople don't mind,\u201d said the organiser, Nadia Kerrigan. \u201cThey'd rather know they tried.\u201d

The caf\u00e9 is free, though most visitors leave a donation towards tools and cake.

The repair caf\u00e9 meets on the second Saturday of every month from 10am to 1pm in Little Wyvering village hall; to book a bicycle repair in advance, contact Nadia on 01632 960 871.
"""),
]
