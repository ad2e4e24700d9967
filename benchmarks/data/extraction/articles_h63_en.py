# English stories for the sixty-third held-out part (h63-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h62_en.py (tpl: "sitefinity" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (energygrants, railstrike,
# wildlifelog), which are placed only on stories where a real site would print them.  On the sitefinity pages a block
# of lines starting with "| " is a story table (a table inserted in Sitefinity's RadEditor; in the truth: one line a
# row, its cells joined by " | ").
ARTICLES = [
dict(id="h63-en-001", lang="en", tpl="sitefinity", site="Brackwater City Council", kind="public",
     section="Housing", date="2026-10-14", byline="Communications Team",
     title="Free loft and cavity wall insulation for 2,400 homes in Eastfield and Sallow Vale",
     sub="The city council has won £6.9m to insulate older homes in two wards where energy bills take the biggest share of income.",
     caption="Terraced houses on Corder Street in Eastfield, one of the first streets in the scheme.", credit="Brackwater City Council",
     carry=["energygrants"],
     look=[("highlight", "Households in the two wards spend on average"), ("br", "Each household will get a letter"),
           ("italic", "“It was like living in a fridge with the door open.”")],
     body="""
Around 2,400 homes in Eastfield and Sallow Vale will be offered free loft and cavity wall insulation over the next eighteen months, after Brackwater City Council secured £6.9 million from the government's warm homes fund.

The scheme is aimed at houses built before 1930 and at post-war council and ex-council homes, many of which have never had their walls filled. Owner-occupiers, private tenants and council tenants can all take part.

Households in the two wards spend on average 11 per cent of their income on gas and electricity, almost twice the city average. Around one in five homes has an energy performance rating of E or lower.

Councillor Hamida Rauf, cabinet member for housing, said the money would be spent street by street rather than on a first-come basis. "We know exactly which streets lose the most heat, because we have the survey data. We would rather knock on those doors than wait for people to find us."

Letters go out street by street.

Each household will get a letter about four weeks before surveyors are due in their road.

## Where the work will happen first

| Area | Homes | Surveys begin
| Corder Street and the Old Mill estate | 610 | November
| Sallow Vale flats and maisonettes | 880 | January
| Eastfield Road terraces | 910 | March

One of the homes in a pilot last winter belonged to Terry Oduya, 68, who has lived on Corder Street since 1984.

“It was like living in a fridge with the door open.”

He said his gas use had fallen by about a quarter since the loft and walls were done, and the damp patch in the back bedroom had gone.

The council will hold drop-in sessions at Eastfield Library on Tuesday afternoons from 4 November, where residents can ask questions or check whether their street is included.
"""),

dict(id="h63-en-002", lang="en", tpl="wordpress", section="Transport", date="2026-03-06", byline="Callum Prothero",
     title="Vale line commuters brace for a third month of Saturday strikes",
     sub="Conductors will walk out on four more Saturdays after talks over driver-only trains broke down.",
     caption="The Saturday timetable board at Hartwell Junction.", credit="Photo: Callum Prothero",
     carry=["railstrike"],
     look=[("dropcap", "Passengers on the Vale line")],
     body="""
Passengers on the Vale line face at least four more Saturdays without a full service after conductors voted to extend their strike into May.

The union representing guards on Western Vale Trains said its members would walk out on 14 and 28 March and on 11 and 25 April. It is the third round of action in a dispute over plans to run the new trains without a second member of staff on board.

On strike days the operator runs one train an hour between Hartwell Junction and Carnmouth, using managers trained as guards, and none at all on the branch to Pollen Bay.

Western Vale Trains said it had offered a guarantee that no conductor would lose their job before 2030. "We want to get round the table and we want a deal," a spokesperson said.

The union's regional organiser, Dilys Pengelly, said the guarantee was "worth nothing" if the role disappeared from the trains. "A conductor is there when someone collapses, when there is a fight, when the doors fail. That is not something you can do from a camera."

For people who work weekends, the strikes have meant long days. Nurse Becca Lanyon, who travels from Pollen Bay to Carnmouth General, said she had paid £38 for a taxi on each of the last two strike days.

Shop owners in Pollen Bay say they have also noticed. Gary Treloar, who runs a café near the station, said Saturday takings were down by a third on strike days.

Season ticket holders can claim compensation for each strike day through the operator's website.
"""),

dict(id="h63-en-003", lang="en", tpl="drupal", section="Environment", date="2026-11-24", byline="Ffion Baddeley",
     title="Village hall swaps its 40-year-old oil boiler for a heat pump",
     sub="Penhallow Village Hall is warm for the first time in years, and the committee says its heating bill has halved.",
     caption="The new heat pump beside Penhallow Village Hall.", credit="Photo: Ffion Baddeley",
     carry=["energygrants"],
     look=[("box", "The hall's committee has written up")],
     body="""
Penhallow Village Hall has replaced its oil boiler with an air source heat pump, and the committee says the hall has been warm all autumn for the first time anyone can remember.

The old boiler, fitted in 1986, used about 4,000 litres of oil a year and broke down most winters. The toddler group moved to the school hall last January after it failed during a cold snap.

The new system cost £31,500. A rural community energy grant paid £18,000, the parish council gave £5,000 and the rest came from two years of quiz nights, a sponsored walk and a sale of the hall's old stage curtains.

"People told us a heat pump would never heat a hall with a ceiling this high," said committee treasurer Alan Voss. "So we insulated the roof first, which nobody had done since it was built."

The insulation and new draught-proofed doors were fitted in the summer by volunteers, under the eye of a retired builder who lives across the road.

**What it costs now**

Running costs for October and November came to £412, against £870 for the same two months on oil last year. The committee expects savings to grow when solar panels go on the south roof next spring.

The hall's committee has written up what it learned, from getting quotes to filling in the grant forms, and is happy to share it with other halls in the county.

The toddler group moves back on Monday.
"""),

dict(id="h63-en-004", lang="en", tpl="chunks", section="Nature", date="2026-07-02", byline="Rosalind Ebdon",
     title="Ospreys raise chicks at Hollinmere for the first time in a century",
     sub="Two chicks have hatched on a platform put up by volunteers eight years ago, and the reserve has opened a viewing hide.",
     caption="The osprey platform on the western shore of Hollinmere.", credit="Photo: Rosalind Ebdon",
     carry=["wildlifelog"],
     body="""
A pair of ospreys has raised two chicks at Hollinmere Nature Reserve, the first known to have bred on the lake for more than a hundred years.

The birds arrived from West Africa in early April and settled on a nesting platform that volunteers built on a dead larch in 2018. Staff confirmed the hatching on 12 June after watching the adults carry fish to the nest.

Reserve warden Tobias Marland said the platform had been visited most summers but never used. "Every year we had a bird sit on it for an afternoon and fly off. This pair just moved in."

The last ospreys recorded nesting on the lake were shot by a gamekeeper in 1911, according to a note in the parish records.

Volunteers are now watching the nest from dawn to dusk, in shifts, to keep disturbance to a minimum. The shore path near the platform has been closed until the young birds fly, probably in late July.

**How to see them**

- a new hide on the eastern shore looks across to the nest from about 400 metres
- telescopes in the hide are free to use
- volunteers are in the hide from 10am to 4pm every day
- the car park at Hollin Bridge is the nearest, with a 15-minute walk along the lake

"We ask people to stay on the paths and leave their dogs at home for now," Marland said.

Sightings of the birds fishing elsewhere on the river are welcome. The reserve keeps a log of where the adults are seen and passes it on to the county bird club.
"""),

dict(id="h63-en-005", lang="en", tpl="table", section="People", date="2026-05-19", byline="Owain Felgate",
     title="'The canal keeps its own time': thirty years as a lock-keeper",
     sub="Marion Heddle has worked the flight at Cotterell Locks since 1996. She retires next month.",
     caption="Marion Heddle at the top lock of the Cotterell flight.", credit="Photo: Owain Felgate",
     low=0,
     body="""
Marion Heddle has looked after the seven locks of the Cotterell flight for thirty years, from a cottage beside the top gate. She retires in June. We asked her about the job.

**How did you end up at Cotterell?**

I answered an advert in the paper. They wanted someone who could work outdoors and talk to the public, and I'd done both. I had never been on a boat.

**What does a lock-keeper actually do?**

Help boats through, mostly. In summer I might see eighty boats a day. I check the water levels, clear rubbish from the paddles, cut the grass and answer a lot of questions about where the nearest pub is.

**Most memorable day?**

The winter of 2010, when the canal froze and a narrowboat was stuck in the middle lock for six days. The owner lived on bacon sandwiches I passed down on a rope.

**Has the canal changed?**

There are more people living on boats all year round now, and far more paddleboards. The water is cleaner. We have kingfishers again, and an otter came through last spring.

**Will you miss the locks?**

Yes. I've lived by the sound of water running over the weir for most of my adult life. I don't know how I'll sleep without it.

**And after June?**

A bungalow in town, and I have promised my grandchildren I'll learn to swim properly.

Her successor, a former boatyard engineer, starts on 1 June.
"""),

dict(id="h63-en-006", lang="en", tpl="ghost", section="Community", date="2026-02-10", byline="Imogen Sackville",
     title="Repair café fixes its 1,000th broken thing: a 1970s sewing machine",
     sub="Volunteers at the Tolley Green repair café have mended toasters, bikes, lamps and jeans every month since 2021.",
     caption="Volunteer Dev Raina at work on a table lamp.", credit="Photo: Imogen Sackville",
     look=[("callout", "Bring your broken item in a bag")],
     body="""
Photos of broken toasters, bikes and radios cover a board by the door of St Anselm's church hall, each one with a date and a tick. On Saturday the repair café added the thousandth.

It was a 1970s sewing machine belonging to Patricia Oyelaran, 79, who said it had not worked since her husband died. Volunteer Keith Brannigan spent two hours on it and found a seized motor brush and a belt that had perished.

"It belonged to my mother before me," Oyelaran said. "I made my daughters' school uniforms on it."

The café started in a corner of the hall in 2021 with four volunteers and a borrowed soldering iron. It now has twenty-two, including an electrician, two retired engineers, a seamstress and a teenager who is very good with phones.

About seven in ten items brought in leave working. The rest go home with advice, or with a list of the part that is needed.

Organiser Helen Tasker said the aim had never only been about rubbish. "Half the people who come sit and watch. They learn, and next time they fix it themselves."

Bring your broken item in a bag, with any parts and the charger, and be ready to wait for a cup of tea.

The café meets on the second Saturday of every month from 10am to 1pm. Its printed newsletter lists the dates for the year, and anyone with skills to share can contact Helen Tasker through the church office.
"""),

dict(id="h63-en-007", lang="en", tpl="gutenberg", section="Leisure", date="2026-06-03", byline="Niamh Corrigan",
     title="Ashcombe lido reopens after a £2.2m restoration",
     sub="The 1936 open-air pool had been closed for five years after cracks were found in the tank.",
     caption="Swimmers at the reopened Ashcombe lido.", credit="Photo: Niamh Corrigan",
     look=[("dropcap", "More than 600 swimmers"), ("box", "Ashcombe Lido Trust will run the pool")],
     body="""
More than 600 swimmers queued along Park Terrace on Saturday morning as Ashcombe lido opened for the first time since 2021.

The art deco pool, built in 1936, was closed after engineers found cracks in the concrete tank that were letting out thousands of litres of water a day.

## Five years of fundraising

A group of regular swimmers formed a trust to save it, and spent five years raising money. The £2.2 million restoration was paid for by a heritage grant, the town council and more than 3,000 donations from the public, the smallest of them 50p.

The tank has been relined, the changing rooms rebuilt behind the original façade, and a heat pump installed that keeps the water at around 24C from May to September.

Ashcombe Lido Trust will run the pool, with four paid lifeguards and a team of volunteers on reception and in the café.

## First in

The first person into the water was Dorothy Keeble, 91, who learned to swim there in 1942. She did two lengths of breaststroke to applause.

"It felt exactly the same, only warmer," she said. "In my day you went blue."

Trust chair Sunil Bhatt said the pool would be open seven days a week until the end of September. A swim costs £5 for adults and £2.50 for children, with early-morning sessions for season ticket holders from 7am.
"""),

dict(id="h63-en-008", lang="en", tpl="storybody", section="Transport", date="2026-01-20", byline="Gregor Whitlam",
     title="Bus station to move to the old cattle market site",
     sub="The county says the new station will have heated waiting rooms, toilets and twelve bays.",
     caption="The old cattle market in Kelsford, where the new bus station will be built.", credit="Photo: Gregor Whitlam",
     only=["correction"],
     correction="Correction: this article originally said the bus station would have twenty bays. The plans show twelve.",
     body="""
Kelsford's bus station will move from the town centre to the site of the old cattle market, after the county council approved £4.1 million of work on Tuesday.

The present station on Sheep Street has four bays, a shelter and no toilets. Drivers have complained for years that buses block the road while they wait.

The new station will have twelve bays, a heated waiting room, toilets, a ticket office and space for a café. Work is due to start in the autumn and take about a year.

The cattle market closed in 2019 and has been used as a car park since. About 90 of its 240 spaces will be kept.

Some traders on Sheep Street fear the move will take shoppers away. "Half my customers get off the bus and walk straight in," said newsagent Meera Solanki. "The cattle market is a ten-minute walk for someone with a stick."

The council said it would run a free shuttle between the new station and the market square every fifteen minutes for the first two years.

Councillor Roger Pennock said the old station had been "an embarrassment for a market town". He said the cattle market site was the only place in the centre large enough for modern buses to turn.

The plans can be seen at the library until 14 February.
"""),

dict(id="h63-en-009", lang="en", tpl="amp", section="Roads", date="2026-08-18", byline="Lucy Aldred",
     title="Wreyford bridge to close for ten weeks of repairs",
     sub="The only road crossing of the river in the town will shut to traffic from 7 September.",
     caption="The Victorian road bridge over the River Wrey.", credit="Photo: Lucy Aldred",
     body="""
The road bridge over the River Wrey in the centre of Wreyford will close to all traffic for ten weeks from 7 September while its arches are repaired.

Engineers found in the spring that water had been seeping into the stonework for years, washing out the mortar between the blocks. The county's highways team says the bridge is safe but will get worse each winter if nothing is done.

**A six-mile detour**

Drivers will have to use the bypass bridge at Colway, a detour of about six miles. Buses on the 31 and 32 will run on both sides of the river, with passengers crossing on foot.

The footway on the downstream side will stay open for pedestrians and people pushing bikes, except on two weekends in October when scaffolding is moved.

**Shops worried**

Traders on Bridge Street say the closure could not come at a worse time. Ann Petheridge, who runs a gift shop, said September and October were her busiest months after the summer. "People from the other side won't drive six miles to buy a card."

The council has agreed to waive parking charges in the two town car parks for the length of the works.

**Why the work cannot wait**

Highways manager Colin Ardagh said the work had to be done while the river was low. "We can't do it in winter, and we can't leave it another year."

Residents can subscribe to text updates about the closure by sending BRIDGE to the council's alerts number, which is printed on the leaflet delivered this week.
"""),
]
