# English stories for the seventy-sixth held-out part (h76-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h74_en.py (tpl: "jimdo" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (carbootsales, speedwatch,
# gullycleaning), which are placed only on stories where a real site would print them.  On the jimdo pages
# "caption" / "credit" belong to the header image and "body_caption" to the Jimdo image module further down.
ARTICLES = [
dict(id="h76-en-001", lang="en", tpl="jimdo", site="Fernleigh and Hatchmoor Village Association", kind="small",
     section="Village news", date="2026-09-18", byline="Graham Pettifer",
     title="A year of Speedwatch on the Hatchmoor road",
     sub="Our volunteers have stood on the verge 41 times since last September. Here is what they found.",
     caption="Volunteers with the speed detection device on Hatchmoor Lane.", credit="Photo: Graham Pettifer",
     body_caption="The new 'Slow down, children playing' signs painted by pupils of Fernleigh Primary.",
     carry=["speedwatch"],
     look=[("italic", "\u201cNobody likes being the one holding the gun.\u201d"), ("highlight", "Of the 6,212 vehicles"),
           ("br", "The letters are sent by the police")],
     body="""
It is a year this month since Fernleigh's Community Speedwatch group first stood on the verge of Hatchmoor Lane with a borrowed speed detection device and a clipboard.

Since then our 14 volunteers have held 41 sessions, each of them an hour long, on the three roads into the village.

Of the 6,212 vehicles they checked, 731 were doing 35mph or more in the 30 limit. The fastest was a van clocked at 58mph outside the school gates at ten past eight on a Tuesday morning.

The registration numbers of drivers over the limit are passed to the police, who write to the registered keeper.

The letters are sent by the police, not by us, and the volunteers never stop anyone.

Group coordinator Sheila Brankin said the first few sessions were uncomfortable.

\u201cNobody likes being the one holding the gun.\u201d

But she said drivers had slowed down since the group started, and that some had even waved. The share of vehicles over the limit has fallen from one in seven last autumn to about one in twelve this summer.

The parish council has now agreed to pay for a permanent flashing sign at the Hatchmoor end, which should be up before Christmas.

The group needs more volunteers, especially people free on weekday mornings. Training takes about two hours and is given by the police. Anyone interested can contact Sheila through the association's page or leave a note at the village shop.
"""),

dict(id="h76-en-002", lang="en", tpl="wordpress", section="Community", date="2026-04-03", byline="Nadia Colquhoun",
     title="Sunday car boot sale leaves the old airfield after 22 years",
     sub="The sale, which draws up to 400 sellers in summer, will move to Brackenfield Farm from Easter.",
     caption="Sellers setting up on the airfield's runway last summer.", credit="Photo: Nadia Colquhoun",
     carry=["carbootsales"],
     look=[("dropcap", "For 22 years, the biggest")],
     body="""
For 22 years, the biggest Sunday car boot sale in the county has been held on the concrete of the old Thornbury airfield. From Easter Sunday it will be in a field.

The sale is moving to Brackenfield Farm, about two miles away on the Lydgate road, after the airfield was sold to a company that plans to build warehouses on it.

Organiser Kevin Hargreaves, whose father started the sale in 2004, said he had looked at nine sites before settling on the farm.

"The runway was perfect. You could have 400 cars on it and nobody got stuck. A field is a different animal," he said.

The farm has laid down a hardcore track and will use two of its meadows, with a third kept back for wet weekends.

There will be some changes for sellers:

- gates for sellers open at 6am, not 5am
- pitches are marked out and numbered
- vans over three and a half tonnes will not be allowed on the grass
- no selling from the lane before the gates open

Buyers will be let in at 7am. Parking is in a separate field and costs \u00a31, with the money going to the village hall.

Regulars said they would miss the airfield. One trader, who sells old tools, said he had met his wife there in 2009, at the next pitch along, selling vinyl records.

The first sale at Brackenfield Farm is on Easter Sunday, 5 April, weather permitting.
"""),

dict(id="h76-en-003", lang="en", tpl="amp", section="Environment", date="2026-10-07", byline="Owen Treharne",
     title="Every drain in Oakhurst to be cleared after September's flash floods",
     sub="Crews will visit all 2,900 roadside gullies in the town over six weeks.",
     caption="Water standing on Mill Lane on 14 September.", credit="Photo: Owen Treharne",
     carry=["gullycleaning"],
     look=[("br", "Some of them had not been emptied")],
     body="""
Every roadside drain in Oakhurst will be cleared over the next six weeks, after a storm last month flooded 60 homes in less than an hour.

The county council said crews would empty and jet all 2,900 gullies in the town, starting on Monday in the streets around Mill Lane, where the water was deepest.

Residents said many drains had been blocked with leaves and silt before the storm on 14 September, and that water had run straight past them into front gardens.

## Twenty tonnes of silt

Inspections after the flood found that about a third of the gullies in the worst-hit streets were more than half full.

Some of them had not been emptied for four years.

Crews removed about 20 tonnes of silt, leaves and litter from drains in the week after the storm alone.

Councillor Ruth Ashdown, cabinet member for highways, said the authority had moved from cleaning every gully once a year to a system based on risk, and admitted it had not worked in Oakhurst.

"We got this wrong, and people's homes paid for it," she said.

## Parking on the day

The gully tankers need to get right up to the kerb. Signs will be put up in each street three days before the crews arrive, and residents are asked to park elsewhere on the day if they can.

Drains that cannot be reached because of parked cars will be marked and visited again, but the council said that could take several weeks.

The work will finish by mid-November, before the leaves come down in earnest.
"""),

dict(id="h76-en-004", lang="en", tpl="table", section="People", date="2026-06-11", byline="Imogen Strachan",
     title="Forty-five years in the bell tower: St Aldhelm's captain steps down",
     sub="Len Mowbray taught half of Kingsbridge Parva to ring. He rang his last peal on Sunday.",
     caption="Len Mowbray in the ringing chamber at St Aldhelm's.", credit="Photo: Imogen Strachan",
     low=0,
     body="""
Len Mowbray has been tower captain at St Aldhelm's in Kingsbridge Parva since 1981. On Sunday he rang his last peal and handed the keys to the tower to his granddaughter. We spoke to him in the ringing chamber.

**How did you first get into ringing?**

My uncle dragged me up the stairs when I was eleven. I thought it would be like a film, swinging on the rope. It is nothing like that.

**What is it like, then?**

Maths. Counting. You are following a pattern in your head while your arms do something else. It is closer to knitting than to gymnastics.

**Hardest peal?**

Three hours and eight minutes in 1994, for the Queen Mother's birthday. My hands bled through the tape.

**Have you ever dropped a rope?**

Once. The sally flew up and took my glasses off. The other five kept going and never said a word about it afterwards.

**How many people have you taught?**

I stopped counting at 200. Some of them ring in Canada now, one in Hong Kong.

**What do the neighbours think?**

They are patient. We practise on Thursday evenings, and we keep it to an hour and a half. One lady on Church Row used to bring us flapjack.

**So why hang up the rope now?**

My knees. The stairs are 96 steps and they have not got any shorter.

Practice night at St Aldhelm's carries on as usual on Thursdays at half past seven, and beginners are welcome.
"""),

dict(id="h76-en-005", lang="en", tpl="storybody", section="Heritage", date="2026-11-09", byline="Peter Ollerenshaw",
     title="Eleven missing names added to Dunmore's war memorial",
     sub="The men were left off the memorial in 1921. A retired teacher spent six years finding them.",
     caption="The new bronze panel on Dunmore's war memorial.", credit="Photo: Peter Ollerenshaw",
     only=["correction"],
     correction="Correction, 10 November: this story originally said the memorial was unveiled in 1920. It was unveiled in 1921, and the new panel was paid for by the parish council and the town's Rotary club, not by the Royal British Legion.",
     body="""
Eleven men from Dunmore who died in the First World War have had their names added to the town's war memorial, more than a century after they were left off.

A new bronze panel carrying their names was unveiled on Sunday before the Remembrance service, in front of about 300 people.

The names were found by Alan Dewhurst, a retired history teacher, who began comparing the memorial with army records and old copies of the local paper in 2020.

He found that some of the men had moved away from Dunmore for work before the war, and their families had not been asked for their names. Others had died of wounds or illness after 1918 and were not counted at the time.

One of them, Private Walter Ingle, was 17. His mother had written to the memorial committee twice, Mr Dewhurst found, but her letters were never answered.

Descendants of six of the eleven men came to the unveiling, some from as far away as Australia.

"It is the right thing to have done, even a hundred years late," Mr Dewhurst said.

The panel was made by a foundry in Sheffield and cost \u00a34,800.

Mr Dewhurst has put his research into a booklet, which is available at Dunmore library, and is now looking at the town's Second World War names.
"""),

dict(id="h76-en-006", lang="en", tpl="ghost", section="Transport", date="2026-03-19", byline="Kirsty Abernethy",
     title="One driver in four speeding through Ashby Parva, village volunteers find",
     sub="A new Community Speedwatch group recorded 1,480 vehicles on the B4412 in its first month.",
     caption="The B4412 as it enters Ashby Parva from the north.", credit="Photo: Kirsty Abernethy",
     carry=["speedwatch"],
     look=[("callout", "Drivers caught once get a warning letter")],
     body="""
Almost one in four drivers passing through Ashby Parva on the B4412 is breaking the 30mph limit, according to the village's new Community Speedwatch group.

The group, set up in February by residents of the main street, recorded 1,480 vehicles in ten sessions during its first month. Of those, 352 were over the limit, and 41 were doing more than 45mph.

Parish councillor Dev Ramanathan, who joined the group, said the figures matched what people had been saying for years.

"You stand on that pavement with a pushchair and lorries go past you close enough to touch. Now we can prove it," he said.

Volunteers work in threes, wearing high-visibility jackets, with one using a handheld speed detection device and the others writing down registration numbers.

Drivers caught once get a warning letter from the police. A second offence brings a visit from an officer, and a third can lead to enforcement with a camera van.

The police said Ashby Parva would now be added to the list of sites visited by the mobile camera team.

Villagers have also asked the county council to lower the limit to 20mph outside the primary school, which sits directly on the B road with no pavement on one side.

The council said it would carry out a traffic survey in the summer.

The group meets at the village hall on the first Monday of each month at 7pm.
"""),

dict(id="h76-en-007", lang="en", tpl="drupal", section="Sport", date="2026-05-22", byline="Stuart McAllen",
     title="Rugby club's car boot sales pay for a new scoreboard",
     sub="Hillcote RFC has raised \u00a318,000 from monthly sales on its pitches over two summers.",
     caption="The new electronic scoreboard at Hillcote's Meadow Lane ground.", credit="Photo: Stuart McAllen",
     carry=["carbootsales"],
     look=[("box", "The club's committee had been told")],
     body="""
Hillcote Rugby Club has switched on its first electronic scoreboard, paid for almost entirely by car boot sales held on its pitches.

The club has run a sale on the first Saturday of every month from April to September for the past two summers, raising about \u00a318,000.

The old scoreboard was a wooden frame with hooks and painted tin numbers, hung up by whichever junior member was nearest.

The club's committee had been told that a new board would cost \u00a322,000 and that no grant was available, because a scoreboard is not classed as essential equipment.

**From pitches to pitches**

Club treasurer Marion Beck came up with the idea after visiting a car boot sale at a cricket club in the next county.

"We have four pitches doing nothing on a Saturday morning in summer. It seemed daft not to use them," she said.

Sellers pay \u00a310 for a car and \u00a315 for a van. The first sale drew 38 cars. The biggest, last August, had 212 and a queue back to the bypass.

**Bacon rolls and bric-a-brac**

The under-14s run a tea stall and the veterans direct traffic. The bacon rolls alone made more than \u00a33,000 last year.

The board was switched on for the first time at the club's end-of-season sevens tournament on Saturday, with the home side losing the final by two points.

The sales will continue this summer, with the money now going towards new floodlights.
"""),

dict(id="h76-en-008", lang="en", tpl="sanity", section="Community", date="2026-07-14", byline="Harriet Lomax",
     title="Parish newsletter reaches its 700th issue, still printed in the vestry",
     sub="The Wickstead Messenger has been produced on a duplicator and then a photocopier since 1968.",
     caption="Volunteers folding copies of the Wickstead Messenger.", credit="Photo: Harriet Lomax",
     carry=["calendar"],
     look=[("dropcap", "The Wickstead Messenger, the village")],
     body="""
The Wickstead Messenger, the village's monthly newsletter, will publish its 700th issue next week, 58 years after the first one was cranked out on a duplicator in the church vestry.

It is still printed in the vestry, now on a photocopier, and still folded by hand on the last Thursday of the month by a team of eight volunteers.

Every one of the village's 340 households gets a copy through the door, delivered by 22 people who each take a street.

Editor Bernard Quayle, who has run it since 2003, said it had outlived three vicars, two village shops and the bus service.

"People say it is old-fashioned, and it is. But it is the one thing everybody in the village reads," he said.

The first issue, in March 1968, had two pages: the church services, the results of the flower show and an appeal for a lost tortoise.

The 700th has 24 pages, with the parish council minutes, the school news, the bin days, a crossword set by a retired engineer and a column by the village's oldest resident, who is 101.

It costs about \u00a3190 a month to produce, paid for by a handful of adverts from local tradesmen.

Mr Quayle said younger people had asked for an email version, and that one was being tried from September.

A tea party to mark the 700th issue will be held in the village hall on Saturday 25 July from 3pm, with copies of every issue on display.
"""),

dict(id="h76-en-009", lang="en", tpl="medium", site="The Kestrel Road Dispatch", kind="indie", section="Neighbours",
     date="2026-08-06", byline="Jonah Featherstone",
     title="How thirty houses learned to share one cargo bike",
     sub="A year ago, Kestrel Road chipped in for an electric cargo bike. It has done 4,100 miles.",
     caption="The Kestrel Road cargo bike outside number 14.", credit="Photo: Jonah Featherstone",
     look=[("bold", "Nobody has crashed it yet."), ("italic", "\u201cIt is the best \u00a3140 I have ever spent.\u201d")],
     body="""
Share a bike with thirty households and you learn a lot about your neighbours. That, at least, is what we have found on Kestrel Road.

A year ago, 30 houses on our street paid \u00a3140 each towards an electric cargo bike with a big box on the front. It lives in a shed outside number 14, and it is booked through a shared calendar on a whiteboard in the shed door.

It has now done 4,100 miles.

The idea came from Priya Lindqvist at number 3, who was tired of driving her twins half a mile to school.

\u201cIt is the best \u00a3140 I have ever spent.\u201d

What the bike has carried, as far as we can tell from the notebook in the shed:

- children to school, about 900 times
- a Christmas tree, twice
- a washing machine, once, very slowly
- a goat, on loan for a garden party

Nobody has crashed it yet.

There are rules. You charge it when you bring it back. You do not keep it overnight unless you have asked. You write down anything that breaks.

The bike has needed two new tyres, a chain and a brake cable, paid for out of a \u00a35 a month kitty.

Three other streets nearby have asked how we did it. The honest answer is that we trusted each other, and it mostly worked.
"""),
]
