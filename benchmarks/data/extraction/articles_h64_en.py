# English stories for the sixty-fourth held-out part (h64-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h62_en.py (tpl: "optimizely" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (schooloffers, streetlights,
# benefitscalc), which are placed only on stories where a real site would print them.  On the optimizely pages the
# "sub" is the ArticlePage's introduction, and a block of lines starting with "| " is a story table (a table inserted
# in TinyMCE; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h64-en-001", lang="en", tpl="optimizely", site="Wexcombe Evening Star",
     section="Council", date="2026-02-10", byline="Rhiannon Pask",
     title="County to switch street lights back on all night in 41 villages",
     sub="Part-night lighting, brought in to save money in 2014, will end by October after a campaign by residents and parish councils.",
     caption="A lamp column on Mill Lane, Ashcombe, one of the roads where lights go off at midnight.", credit="Photo: Wexcombe Evening Star",
     carry=["streetlights"],
     look=[("highlight", "Vale County Council will turn its street lights"), ("italic", "\u201cI walked home with a head torch"),
           ("br", "It was not only about crime")],
     body="""
Vale County Council will turn its street lights back on through the night in 41 villages, twelve years after it began switching them off between midnight and 5am to save money.

The cabinet member for highways, Councillor Derek Ansell, said the change had been made possible by the move to LED lanterns, which use about a third of the electricity of the old sodium lamps. The last of the county's 38,000 lanterns was replaced in December.

"When we brought in part-night lighting the saving was real. With LEDs, switching off now saves around £90,000 a year, and we don't think that is worth the worry it causes," he said.

## A campaign from the villages

The decision follows a two-year campaign by residents in Ashcombe, Fenby and Little Harrow, who collected more than 3,000 signatures. Several parish councils had been paying to keep a handful of lights on outside bus stops and village halls.

Campaigner Moira Delaney, who lives on Mill Lane in Ashcombe, said shift workers had been walking home from the last bus in complete darkness.

\u201cI walked home with a head torch for seven winters.\u201d

Police figures shared with the council show no clear rise in crime on the roads where lights were switched off.

It was not only about crime, Ms Delaney said. Older residents had stopped going to evening events in winter because they were afraid of falling.

## When the lights come back

| Area | Villages | Lights on all night from
| North Vale | 14 | April
| Wexcombe rural | 16 | June
| Fenby and the Marsh | 11 | October

Lights on the main roads through the villages have stayed on all night throughout and are not affected.

The council says residents can follow progress on its website, where a map will show each road as the change is made.
"""),

dict(id="h64-en-002", lang="en", tpl="wordpress", section="Education", date="2026-04-16", byline="Callum Fairweather",
     title="Harrowfield's new primary school to open with 60 reception places in September",
     sub="Families on the new estate had faced a two-mile journey to the nearest school with space.",
     caption="The new Harrowfield Primary School on Meadow Rise.", credit="Photo: Callum Fairweather",
     carry=["schooloffers"],
     look=[("dropcap", "Families on the Harrowfield estate")],
     body="""
Families on the Harrowfield estate will have a primary school on their doorstep from September, after the county confirmed that the new building on Meadow Rise is on schedule.

Harrowfield Primary will open with two reception classes of 30 and a mixed class for Years 1 and 2, and will grow one year at a time until it is full, with 420 pupils, in 2032.

The estate has 1,150 new homes so far, with another 600 planned. Until now most children living there have been offered places at schools in Wendlebury, almost two miles away, because St Aidan's, the nearest school, was full.

**Offer day on the estate**

On Wednesday, 71 families who had named Harrowfield as their first choice were told the result. All but eleven got a place; the furthest child offered lives 1.9 miles away, on the far side of the estate.

"We were refreshing the page at one minute past midnight," said Sophie Marr, whose son Archie starts in reception. "It means we can walk to school instead of sitting in traffic on the bypass."

The school will be run by the Vale Learning Trust. Its first head teacher, Nadia Osei, has been deputy head at St Aidan's for six years.

What the school will have:

- a nursery for 26 children from the age of three
- a hall that will be let to community groups in the evenings
- a forest school area on the old orchard behind the site
- breakfast and after-school clubs from the first day

Families who were not offered a place can ask to go on the waiting list. Ms Osei will hold an open evening for new parents on 21 May at 6pm in the St Aidan's school hall.
"""),

dict(id="h64-en-003", lang="en", tpl="amp", section="Cost of living", date="2026-01-20", byline="Priya Mallinson",
     title="Pensioners in Lowmarsh missing out on £1.4m a year in pension credit, charity says",
     sub="Vale Citizens Advice estimates that 520 older people in the district are entitled to help they have never claimed.",
     caption="Volunteer adviser Graham Tolley at the library drop-in.", credit="Photo: Priya Mallinson",
     carry=["benefitscalc"],
     body="""
About 520 pensioners in Lowmarsh and Fenby are entitled to pension credit but have never claimed it, according to an estimate by Vale Citizens Advice.

The charity says the unclaimed money adds up to about £1.4 million a year, or an average of more than £50 a week for each household.

Pension credit tops up a low weekly income and also unlocks other help, including the winter fuel payment, a free TV licence for those over 75 and help with council tax and rent.

## Why people do not claim

Adviser Graham Tolley, who runs a weekly session in the town library, said many people assumed they would not qualify because they owned their home or had a small private pension.

"Pride plays a part too. I've had people in their eighties tell me they've never asked for anything in their lives and they're not starting now," he said.

Others had been put off by a phone line that could keep callers waiting for more than an hour.

## Help with the form

The charity is now visiting lunch clubs, church coffee mornings and the market to speak to people directly. Volunteers will fill in the form with anyone who wants help.

Margaret Eccles, 79, was awarded £61 a week in November after a volunteer spoke to her at the bowls club. "I thought it was for people on nothing. I nearly didn't bother," she said. The award was backdated by three months.

To see whether you might qualify, the charity suggests having these to hand:

- your National Insurance number
- details of your pensions and savings
- your bank account details

The library drop-in runs on Tuesdays from 10am to 1pm, and no appointment is needed.
"""),

dict(id="h64-en-004", lang="en", tpl="table", section="People", date="2026-06-03", byline="Esther Goodall",
     title="'You learn every dog's name': 38 years behind the post office counter",
     sub="Pauline Rudd hands over the keys of Selbourne Bridge post office this week. We asked her what has changed.",
     caption="Pauline Rudd behind the counter on Bridge Street.", credit="Photo: Esther Goodall",
     low=0,
     body="""
Pauline Rudd took over the post office and shop on Bridge Street in 1988, when a first-class stamp cost 19p and pensions were paid in cash. On Saturday she retires. We asked her about 38 years behind the counter.

**How did you end up here?**

My husband's aunt ran it and wanted out. We were both working in Wexcombe and thought it would be a quieter life. It wasn't.

**What's changed the most?**

Pension day used to be Thursday, and there was a queue out of the door by half past eight. Now almost everyone is paid into the bank. These days it's parcels. Half the village sends things back to online shops.

**Do you know all your customers?**

Most of them. You learn every dog's name before you learn the owner's. Children who bought penny sweets from me now come in with their own children.

**Hardest moment?**

The robbery in 1996. A man with a crowbar. Nobody was hurt, but I didn't sleep properly for a year.

**And the happiest?**

When the village saved us in 2009. The Post Office wanted to close the counter and 900 people signed the petition in a fortnight.

**What happens now?**

A couple from Leeds, Tom and Ayesha Brennan, are taking over, and the post office counter stays. I'm going to learn to paint and walk the coast path.

Pauline will be behind the counter for the last time on Saturday morning, and there will be cake for anyone who calls in.
"""),

dict(id="h64-en-005", lang="en", tpl="semantic", section="Your street", date="2026-11-25", byline="Nathan Oduya",
     title="Moorside residents say broken street lights have left their estate dark since October",
     sub="Twenty-three lights on the estate are out, and a contractor's van has been seen once in seven weeks.",
     caption="Heron Way on the Moorside estate after dark.", credit="Photo: Nathan Oduya",
     carry=["streetlights"],
     look=[("italic", "\"It is pitch black from half past four")],
     body="""
Residents on the Moorside estate in Castlemere say they have been living in the dark for seven weeks, with 23 street lights out across six roads.

The problems started in early October, when a cable fault cut power to lights on Heron Way and Kestrel Close. Since then more lamps have failed on nearby streets.

Jodie Fairclough, who lives on Heron Way with her two children, said she no longer lets her eldest walk home from his part-time job.

"It is pitch black from half past four. You can't see the kerb, let alone who is standing at the end of the alley."

Retired electrician Ken Loftus has walked the estate with a notebook, writing down the number on each lamp column that is out, and has reported every one to the council.

"I've had 23 reference numbers back and one visit from a van. They looked at one light and left," he said.

**The council's answer**

Castlemere Borough Council said the cable fault was the responsibility of the electricity network operator, which needed to dig up the pavement to repair it. It said the work had been booked for the second week of December.

A spokesperson said lights that had failed for other reasons would be repaired "as a priority" and apologised for the delay.

Ward councillor Brenda Achebe said she had asked for temporary lighting at the entrance to the footpath to the shops. "People are frightened. This can't wait until Christmas."

Residents are meeting at Moorside community centre on Thursday at 7pm and have invited the council and the network operator. Anyone who wants to add their name to the residents' letter can contact the community centre.
"""),

dict(id="h64-en-006", lang="en", tpl="storybody", section="Transport", date="2026-08-12", byline="Imogen Thwaite",
     title="Route 14 bus saved after five parish councils agree to share the cost",
     sub="The hourly service between Fenby and Wexcombe was due to end on 31 August.",
     caption="A route 14 bus at Fenby church.", credit="Photo: Imogen Thwaite",
     only=["correction"],
     correction="Correction: this article first said each parish would pay £4,000 a year towards route 14. The figure is £2,400.",
     body="""
The hourly bus between Fenby and Wexcombe will keep running after five parish councils agreed to share the cost of keeping it on the road.

Route 14 was due to be withdrawn at the end of August when the operator, Marsh Coaches, said it was losing about £36,000 a year on the service.

The county council, which has cut its bus budget twice in three years, said it could pay half of the shortfall but not all of it.

Fenby, Little Harrow, Saltmarsh, Ebbing and Coldwell parish councils will now pay £2,400 each a year for the next three years. Marsh Coaches has agreed to cover the rest by dropping the last evening journey and running a smaller bus in the school holidays.

"It's the only way many people here get to the hospital, the jobcentre or the supermarket," said Fenby parish council chair Roger Blaydon. "Losing it would have cut the village off."

Residents collected 1,270 signatures in three weeks, and students at Wexcombe College, who make up about a third of the passengers on weekday mornings, wrote to the operator.

Dorothy Kell, 84, uses the bus three times a week. "I don't drive and my daughter lives in Wexcombe. I'd have been stuck."

The new timetable starts on 1 September. The first bus leaves Fenby church at 6.52am and the last leaves Wexcombe bus station at 6.15pm.
"""),

dict(id="h64-en-007", lang="en", tpl="ghost", section="Community", date="2026-03-19", byline="Lewis Hartigan",
     title="Repair café fixes its 1,000th item: a 1970s toaster",
     sub="Volunteers at the Ashcombe Valley Repair Café have kept more than a tonne of broken goods out of landfill since 2021.",
     caption="Volunteer Alan Pryce with the 1,000th repair.", credit="Photo: Lewis Hartigan",
     look=[("callout", "Bring the item, its charger")],
     body="""
Photographs of everything the Ashcombe Valley Repair Café has fixed are pinned to a board by the door of the Methodist hall. On Saturday the volunteers needed a new board.

The 1,000th repair was a chrome toaster bought as a wedding present in 1974. Its owner, Jean Whitcombe, had been told by a shop that it was not worth mending.

"It was a loose wire and a worn spring. Twenty minutes," said volunteer Alan Pryce, a retired television engineer.

The café opens on the third Saturday of every month. Around 15 volunteers, among them a seamstress, two bike mechanics and a woman who sharpens knives and garden tools, work at long tables while visitors wait with tea and home-made cookies.

What comes in most often:

- lamps and small kitchen appliances
- clothes with broken zips or torn seams
- bicycles with punctures or slipping gears
- vacuum cleaners that have lost their suction

Organiser Becky Lomax said about three in four items leave working. The café estimates it has kept more than a tonne of goods out of landfill.

Repairs are free, though most people put a few pounds in the donations jar. The volunteers are happy to share their tools and show people how to do the job themselves.

Bring the item, its charger and any missing parts if you have them. Electrical items are safety-tested before they go home.

The next repair café is on 18 April from 10am to 1pm.
"""),

dict(id="h64-en-008", lang="en", tpl="hugo", section="Sport", date="2026-05-06", byline="Owen Maddox",
     title="Thornbeck Cricket Club opens new pavilion two years after flood",
     sub="The old wooden pavilion was wrecked when the beck burst its banks in 2024.",
     caption="The new pavilion at Thornbeck Cricket Club.", credit="Photo: Owen Maddox",
     carry=["scores"],
     look=[("italic", "\"I never thought I'd be this pleased")],
     body="""
Thornbeck Cricket Club played its first match in front of its new pavilion on Saturday, almost two years after floodwater destroyed the old one.

The wooden pavilion, built in 1952, stood under a metre of water for two days in June 2024 when Thorn Beck burst its banks. The club lost its kit, its scorebooks going back to the 1920s and most of its honours boards.

The new building stands on raised concrete pillars, with the changing rooms and kitchen on the first floor. It cost £310,000, paid for by the insurance, a sports council grant and £48,000 raised by members and villagers.

"We had a quiz, a sponsored walk, a calendar, you name it," said club secretary Diane Holt. "Half the village has bought a brick."

For the last two seasons the club used changing rooms at the primary school and made teas in a borrowed caravan.

"I never thought I'd be this pleased to see a tea urn."

That was first-team captain Sam Whitlock, who has played for the club since he was nine. On the pitch, his side lost to Harrowdale by 14 runs.

The club's newsletter has a full list of everyone who donated. One of the old honours boards, found in a hedge a mile downstream, has been cleaned and hung in the new bar.

Junior nets are on Tuesday evenings from 6pm, and new players of all ages are welcome.
"""),

dict(id="h64-en-009", lang="en", tpl="medium", site="The Tanyard Letters", kind="indie",
     section="High street", date="2026-10-08", byline="Ruth Calder",
     title="Sheep Street's empty shops are filling up. Who moved in?",
     sub="Two years ago a third of the units on our main shopping street were empty. Now it is fewer than one in ten.",
     caption="The new children's bookshop in the old building society.", credit="Photo: Ruth Calder",
     body="""
Two years ago I counted the empty shops on Sheep Street on a wet Tuesday. Eleven of the 34 units had boards over the windows or a letting agent's sign. This month I counted again. There are three.

So who moved in? Not the chains. Almost all of the new arrivals are small, local and run by people who live within a few miles.

**Cheaper rents, shorter leases**

The biggest change has been in what landlords will accept. The town council persuaded the two largest property owners to offer one-year leases and six months at half rent for new businesses, instead of the ten-year leases they used to insist on.

"Nobody starting out can sign up for ten years," said Kemi Adeyemi, who opened a children's bookshop in the old building society in March.

**The newcomers**

- a refill shop selling oils, grains and cleaning liquids by weight
- a bike workshop run by two former mechanics from the bus depot
- a bakery that sells out of sourdough by eleven most Saturdays
- a vet's surgery in the old bank
- a community fridge run by volunteers

**Not every trader is convinced**

Some traders who have been here for decades say footfall has not recovered to where it was before the pandemic. The butcher, Graham Oakes, worries about what happens when the half-rent period ends.

"Come back in two years and count again," he told me.

I will. In the meantime, the refill shop runs a veg box scheme with 300 subscribers, and the bakery would like you to know that it now opens at 7.30.
"""),
]
