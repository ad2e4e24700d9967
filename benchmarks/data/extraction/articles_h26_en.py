# English stories for the twenty-sixth held-out part (h26-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template: "plone" is new in this part, the others are layouts of earlier parts),
# low (fixed generic residue count), only (fixed residue families), carry (residue families the page must carry:
# the three families new in this part are only placed where a real site would put them), choose (a fixed wording
# of a family's pool, by index), avoid (families the story's site would not print next to it), site (fixed site name), sub (standfirst / subtitle; shown by the templates that
# have one, never body), standfirst (the substack subtitle, the fusion / chunks subheadline), notes (substack
# footnotes, marked "[^n]" at the end of a paragraph), times (liveblog entry times, newest first), wire (the wire
# item's update note, reporter, editor and slug), correction (the wording of the correction line, where a page
# carries one).
ARTICLES = [
dict(id="h26-en-001", lang="en", tpl="drupal", section="Community", date="2026-04-17", byline="Harriet Copley",
     title="Ashcombe villagers launch share offer to buy the Plough",
     sub="The community pub society needs £420,000 by the end of June to buy and repair the village's only pub.",
     caption="The Plough at Ashcombe has been closed since January.", credit="Photo: Harriet Copley",
     body="""
Villagers in Ashcombe have launched a community share offer to buy the Plough, the village's only pub, which closed in January after its owners retired.

The Ashcombe Community Pub Society needs to raise £420,000 by the end of June to match the asking price and pay for repairs to the roof and the kitchen. By Friday it had raised £138,000 from 212 people.

## How the offer works

Shares cost £100 each, and anyone over 16 can buy them, whether or not they live in the village. Every member gets one vote at the society's meetings, however many shares they hold.

Share the risk, not the profits: that is how the society's chair, Rosalind Kerr, sums up the scheme.

"Nobody is going to get rich from this," she said. "But nobody will lose the pub either."

Members can expect:

- a vote at the annual meeting;
- interest of up to 3% a year once the pub trades at a profit;
- the right to sell their shares back to the society after three years.

## Help from the council

The district council listed the Plough as an asset of community value in 2024, which gave the village six months to put a bid together. A £50,000 grant from the council's rural fund is expected to be confirmed next week.

Residents who want to follow progress can subscribe to the society's email newsletter, which about 400 people already receive. It reports each Friday how much has been pledged.

Dennis Arbery, who ran the Plough for 31 years, bought the first five shares.

"I'd like a pint in there before I'm 80," he said.

The offer closes on 30 June.
"""),

dict(id="h26-en-002", lang="en", tpl="brightspot", site="Prairie Line Public Radio", section="Health", date="2026-06-09", byline="Dana Kowalczyk",
     title="Crisis line adds overnight counselors as rural calls double",
     sub="The state will fund 14 new positions at the Pine Ridge call center, which answers calls from 22 rural counties.",
     caption="Counselors at the Pine Ridge call center.", credit="Photo: Dana Kowalczyk",
     carry=["helpline"], choose={"helpline": 1},
     body="""
The state's mental health crisis line will add 14 overnight counselors this summer after the number of calls from rural counties doubled in two years, health officials said Tuesday.

Calls to the 988 line from the state's 22 rural counties rose from about 1,900 a month in 2024 to more than 3,800 this spring, according to the Department of Health Services. Many of those calls come in after midnight, when the call center in Pine Ridge has had only three people on shift.

"We were answering, but people were waiting too long," said Marisol Whitfield, who directs the center. "At two in the morning, four minutes feels like forever."

## Where the money comes from

The $2.3 million for the new positions comes from a fee of 40 cents a month on phone bills, approved by lawmakers last year. The fee raised more than expected, and the legislature agreed in March to spend the surplus on staffing rather than advertising.

The new counselors will be trained to:

- answer calls, texts and online chats;
- send a mobile crisis team when a caller is in danger;
- call people back the next day if they agree to it.

## Ranchers and farmworkers

Whitfield said part of the increase came from a campaign aimed at ranchers and farmworkers, who heard about the line at livestock auctions and feed stores. Rural callers are more likely than others to be over 50 and to be calling about money, she said.

Listen in on a night shift and the same words come up again and again, said counselor Marcus Reyes, who grew up on a cattle ranch near Elko Springs.

"Debt, drought, and nobody to talk to," he said.

The new counselors are expected to start in August.
"""),

dict(id="h26-en-003", lang="en", tpl="quintype", section="Crime", date="2026-03-23", byline="Tomasz Wrona",
     title="Police release images of men wanted over catalytic converter thefts",
     sub="Converters were cut from 23 cars around Bramford station in a fortnight, most of them hybrids.",
     caption="Station Road, Bramford, where several of the thefts took place.", credit="Image: Tomasz Wrona",
     carry=["developing"],
     body="""
Police have released CCTV images of two men they want to speak to after catalytic converters were cut from 23 cars in Bramford in a fortnight.

The thefts happened between 2 and 15 March, mostly overnight, in streets around the railway station and the Kingsmead estate. Hybrid cars were targeted in 17 of the cases, police said.

The images, taken from a doorbell camera on Station Road in the early hours of 11 March, show two men in dark hooded tops carrying a holdall and what appears to be a battery-powered cutter.

## 'Under three minutes'

Detective Sergeant Aled Parry said the men had spent less than three minutes under each car.

"They know exactly what they are doing, and they know which cars to go for," he said.

One of the victims, nurse Olivia Grant, only realised her converter had gone when she started the engine for a night shift.

"It sounded like a tractor," she said. The repair cost her £1,400.

## Sharing the pictures

Officers have asked people to share the images as widely as possible. By Monday afternoon the appeal had been shared more than 6,000 times on the force's Facebook page.

Anyone who recognises the men, or who has doorbell or dashcam footage from the area, is asked to contact police on 101 quoting reference 26000418877. Information can also be given anonymously to the charity Crimestoppers.

Police advise owners of the most targeted models to:

- park in a garage, or close to a wall with the exhaust side in;
- have the converter marked with a unique number;
- fit a protective cage or a tilt alarm.
"""),

dict(id="h26-en-004", lang="en", tpl="sanity", section="Housing", date="2026-02-05", byline="Nadia Osei",
     title="Renters in Calderbridge now spend 41% of their pay on housing",
     sub="Rents for a two-bedroom flat have risen by half in ten years, far faster than take-home pay.",
     caption="New flats on the former gasworks site in Calderbridge.", credit="Photo: Nadia Osei",
     carry=["chart", "funding"],
     body="""
Tenants in Calderbridge are spending a larger share of their pay on rent than at any time in the past decade, an analysis of official figures shows.

A typical two-bedroom flat in the city now costs £1,085 a month to rent, up from £720 in 2016. Over the same period, median take-home pay for a full-time worker rose from £1,910 to £2,640 a month.

That means the share of take-home pay going on rent has climbed from 38% to 41%, well above the 30% that housing charities regard as affordable.

## Where it hurts most

The rises have not been even. In the three wards closest to the new university campus, rents have gone up by 61% since 2016. In the northern estates the increase was 29%.

The figures come from official private rental data and the annual survey of hours and earnings. We compared:

- median monthly rents for two-bedroom homes;
- median take-home pay after tax and national insurance;
- the number of homes advertised to let each spring.

## 'I do the sums every month'

Keeley Marsh, 29, a teaching assistant, moved back in with her parents last year after her rent went up by £150 at a single renewal.

"I do the sums every month and they never work," she said.

The city council said it was building 240 council homes by 2029 and had asked the government for powers to license all private landlords.

"Rents are rising faster than anything we can build," said Councillor Imran Dhillon, cabinet member for housing.

Landlords say their own costs have risen too. The regional landlords' association said mortgage payments for buy-to-let owners had nearly doubled since 2022.
"""),

dict(id="h26-en-005", lang="en", tpl="blox", site="The Millbrook Courier", section="Local News", date="2026-03-02",
     byline="Ray Delgado",
     title="Courier to print twice a week, add daily e-edition",
     sub="The paper will end 112 years of daily printing on April 6. Print subscribers will keep the same price.",
     caption="The Courier's press hall on Front Street.", credit="Ray Delgado / Courier",
     body="""
The Millbrook Courier will print on Wednesdays and Saturdays only starting April 6, ending 112 years of daily publication, the paper's publisher announced Monday.

Publisher Linda Castellanos said the rising cost of newsprint and delivery had made the daily print run impossible to sustain. Printing costs have gone up 38% since 2023, she said, while the number of print subscribers has fallen from 9,400 to just over 5,100.

"We are not going anywhere," Castellanos said. "We are changing the way we get the news to you."

## What subscribers get

Print subscribers will keep home delivery on Wednesdays and Saturdays at the same price, $19.50 a month, and will get the daily e-edition at no extra cost. The e-edition is a page-by-page copy of the paper that can be read on a phone, tablet or computer.

Subscribers without internet access can call the circulation office and ask for a printed digest of the other days' stories, which will be mailed to them free of charge each week.

The changes mean:

- no printed paper on Mondays, Tuesdays, Thursdays, Fridays or Sundays;
- obituaries and legal notices will appear online every day and in the next print edition;
- the Saturday paper will carry the TV listings and comics for the whole week.

## Staff and carriers

No newsroom jobs will be cut, Castellanos said. The paper's 31 carriers will be offered routes on the two print days or a severance payment.

Harold Beaumont, 84, who has taken the paper since he was a teenager, said he would miss finding it on his porch every morning.

"I'll manage," he said. "I'm not giving it up."
"""),

dict(id="h26-en-006", lang="en", tpl="nextjs", section="Heritage", date="2026-05-28", byline="Gemma Rushworth",
     title="Museum asks public to name workers in 600 rediscovered factory photos",
     sub="Glass negatives taken by a wages clerk at a shoe factory were found in two tea chests in a loft.",
     caption="Workers at the Greaves & Lowe factory on a works outing, 1953.", credit="Walter Greaves collection",
     body="""
A museum in Kettleby Vale has asked the public to help identify the people in more than 600 photographs of a shoe factory, found in a loft last autumn.

The glass negatives were taken between 1948 and 1962 by Walter Greaves, the factory's wages clerk and a keen amateur photographer. His granddaughter found them in two tea chests while clearing his former house on Dryden Street.

## Faces without names

Most of the pictures show workers at their benches or on outings to the coast. Only a handful have names written on the sleeves.

"We know where and roughly when, but we don't know who," said curator Sunita Rao. "We want to give those people their names back."

The museum has scanned every negative and put the photos online, grouped by year. Forty large prints go on show in an exhibition that opens on Saturday.

## 'That's my mum'

Within a day of the first pictures going online, the museum had received 73 emails. One came from Brenda Cole, 81, who recognised her mother on a works trip to Skegness in 1953.

"That's my mum, second from the left, with the handbag," she said. "I'd never seen a picture of her that young."

Photo by photo, names are being added to the museum's catalogue as they are confirmed. Rao said the team checks every suggestion against the factory's old wage books first.

Anyone who recognises a face is asked to:

- note the number printed under the photo;
- contact the museum by email or by phone;
- say how they knew the person, if they can.

The exhibition runs until 30 August.
"""),

dict(id="h26-en-007", lang="en", tpl="wordpress", section="Sport", date="2026-08-23", byline="Ollie Brennan", low=0,
     title="Netherby seal first county title with a last-ball six",
     sub="Seventeen-year-old Priya Lall hit the winning runs against Oakfield Park.",
     caption="Priya Lall is carried off by her team-mates.", credit="Picture: Ollie Brennan",
     body="""
Netherby Women won the county's Division One title for the first time on Sunday, when Priya Lall hit the final ball of their match against Oakfield Park for six.

Netherby needed five runs from the last ball to win the game and overtake Oakfield, who had led the table since May. Lall, 17, had come in to bat only two overs earlier.

"I just closed my eyes and swung," she said. "Then everybody was running at me."

## A club rebuilt

Five years ago Netherby could not field a women's team at all. The club's captain, Jo Fairbrother, started a Sunday softball session in 2021 for the mothers of boys in the junior section, and eleven turned up.

"Half of them had never held a bat," Fairbrother said. "Now we've got a second team and a waiting list."

The club now has 46 women and girls playing regularly, and runs:

- two senior women's teams;
- an under-15 girls' side, started last year;
- a coaching scheme with the county cricket board.

## Promotion decision

Winning the division gives Netherby the right to join the county Premier League next season, but the club has not yet decided whether to go up. Its ground is shared with the men's first team, and the league requires a second pitch for some fixtures.

A decision will be taken at the club's annual meeting in October.

Lall will spend the winter at the county academy.

"She'll play for England one day," Fairbrother said. "You heard it here first."
"""),

dict(id="h26-en-008", lang="en", tpl="amp", section="Weather", date="2026-11-12", byline="Sophie Marland",
     low=1, only=["correction"],
     correction="Correction: an earlier version of this report said the rest centre was at Haltby primary school. It was at the village hall.",
     title="Dozens of homes evacuated as the Swale floods Haltby",
     sub="Firefighters used boats to reach elderly residents after a day of heavy rain on the hills.",
     caption="Flood water on Haltby's Main Street on Thursday night.", credit="Photo: Sophie Marland",
     body="""
HALTBY, North Yorkshire — Around 60 homes were evacuated on Thursday night after the river Swale burst its banks at Haltby, flooding the village's main street to a depth of almost a metre.

Firefighters used boats to reach elderly residents in Mill Row and Chapel Lane, where the water rose faster than expected after a day of heavy rain on the hills upstream. Nobody was seriously hurt, the fire service said.

The Environment Agency issued a severe flood warning, its highest level, shortly after 8pm.

## 'Through the floorboards'

Kath Dobson, 74, who has lived on Mill Row since 1979, said the water came up through the floor before it came through the door.

"It came in through the floorboards, then under the door, then everywhere," she said.

She and her husband spent the night at the village hall, which the parish council opened as a rest centre. Volunteers handed out blankets, soup and home-made cookies until about 3am.

## Clean-up begins

By Friday morning the water had started to fall, but the road through the village remained closed while the county council inspected the Swale Bridge.

Residents returning to their homes have been told to:

- wear gloves and boots when clearing flood water;
- keep the electrics off until they have been checked;
- photograph the damage before throwing anything away, for insurance claims.

The parish council has set up a collection point for ruined furniture and carpets at the cricket club car park.

"We'll get through it," said the council's chair, Martin Hewitt. "We did in 2000."
"""),

dict(id="h26-en-009", lang="en", tpl="hugo", site="The Route Sheet", section="Transport", date="2026-04-30",
     byline="Callum Aird",
     title="We timed 4,118 buses on the 42. Most of them were late",
     sub="Volunteers stood at eleven stops for three months. The operator's own figures tell a very different story.",
     caption="Waiting for the 42 at the Market Street interchange.", credit="Photo: Callum Aird",
     carry=["chart"],
     body="""
Between January and March, our volunteers stood at eleven stops along the 42 route between Abbeyfield and the Royal Infirmary and wrote down when each bus actually arrived. They timed 4,118 buses in all.

The result: 53% of buses were more than five minutes late, the measure the council itself uses, and 9% never turned up at all.

## What the counts show

The worst times were weekday mornings between 7.30am and 9am, when fewer than a third of buses arrived within five minutes of the timetable. Sunday services were the most reliable.

Late running was worst at three stops:

- Abbeyfield Road, outbound;
- the Market Street interchange, in both directions;
- the Royal Infirmary main entrance, inbound.

The operator, Trentline Buses, publishes its own punctuality figure every quarter. For the same three months it reported that 81% of buses on the route ran on time.

## Why the numbers differ

Trentline measures punctuality only at the first stop of each journey, where drivers wait if they are early. Our volunteers measured at stops all along the route, including the busiest ones.

"Both figures are honest," said Trentline's operations manager, Gareth Sowerby. "But we accept that yours is closer to what passengers see."

He said the company was 14 drivers short and had cancelled some journeys to keep the others running.

Subscribe to the route's text alerts and you will be warned about cancellations, the company says. Our counters found that the alerts arrived, on average, 11 minutes after the bus was due.

"By then you've given up and walked," said Maureen Ellis, who takes the 42 to her job at the infirmary.

The council's transport committee will discuss the route on 14 May.
"""),
]
