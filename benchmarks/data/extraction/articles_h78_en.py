# English stories for the seventy-eighth held-out part (h78-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h76_en.py (tpl: "bricks" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (darkskies, railreplacement,
# hedgecutting), which are placed only on stories where a real site would print them.  On the bricks pages
# "caption" / "credit" belong to the featured image and "body_caption" to the image block further down the post.
ARTICLES = [
dict(id="h78-en-001", lang="en", tpl="bricks", site="Wendvale Nightly",
     section="Nature and weather", date="2026-02-12", byline="Harriet Quarrell",
     title="Nettlecombe Reservoir bids to become the Vale's first dark sky site",
     sub="Astronomers say the sky above the dam is among the darkest in the county. Now the parish wants it recognised.",
     caption="The Milky Way over the dam at Nettlecombe Reservoir in January.", credit="Photo: Ben Achterberg",
     body_caption="Members of the Wend Valley Astronomical Society setting up telescopes in the reservoir car park.",
     carry=["darkskies"],
     look=[("dropcap", "On a clear night at Nettlecombe"), ("highlight", "The readings came back at 21.4"),
           ("br", "Most of the lights are easy to fix."), ("italic", "\u201cYou can read a newspaper by the Milky Way up here.\u201d")],
     body="""
On a clear night at Nettlecombe Reservoir you can see around 3,000 stars with the naked eye. In the middle of Hindle, eight miles down the valley, you would be lucky to count 200.

That difference is at the heart of a bid by Nettlecombe parish council to have the reservoir and the moorland around it recognised as a dark sky place.

Volunteers from the Wend Valley Astronomical Society spent last winter taking readings with a sky quality meter at 14 points around the water.

The readings came back at 21.4 on average, which the society says puts the site in the same bracket as several recognised dark sky parks in Wales.

The application still has some way to go. The parish must show it has a plan to keep the sky dark, including rules on new outdoor lighting, and will need the water company, which owns the reservoir, to sign up.

Society chairman Desmond Okafor said the biggest problem was a handful of security lights on farm buildings that shine straight up.

Most of the lights are easy to fix. A hood or a lower bulb does the job, and we have offered to pay for them.

\u201cYou can read a newspaper by the Milky Way up here.\u201d

The society holds open stargazing evenings in the reservoir car park on the first Friday of each month from October to March, cloud permitting. Warm clothes and a torch with a red filter are recommended.
"""),

dict(id="h78-en-002", lang="en", tpl="cms", section="Transport", date="2026-10-06", byline="Colm Padgett",
     title="Wealdbrook line to close for nine days while a Victorian bridge is replaced",
     sub="Buses will replace trains between Wealdbrook and Hindle Junction from 17 October.",
     caption="The bridge over the Wend at Copthorne Cross, built in 1868.", credit="Photo: Colm Padgett",
     carry=["railreplacement"],
     body="""
The railway between Wealdbrook and Hindle Junction will close for nine days this month so that engineers can replace a bridge that has carried trains over the Wend since 1868.

Network Rail said the wrought-iron span at Copthorne Cross had reached the end of its life and would be lifted out by crane in one piece. A new steel deck, built in a yard beside the line over the summer, will then be slid into place.

## What passengers need to know

No trains will run on the branch from Saturday 17 October until the end of Sunday 25 October. Buses will replace them, calling at:

- Wealdbrook station forecourt
- Copthorne Cross, at the bus stop outside the village hall
- Ashby Road, outside the Co-op
- Hindle Junction, Station Approach

The buses will take around 20 minutes longer than the train, the rail company said, and will not carry bicycles.

## Why October and not August

The work was moved from August to October at the request of the county council, which feared the buses would add to summer traffic around the sailing club.

Commuter Anil Desai, who travels to Hindle every day, said he understood why the work was needed but worried about the school run.

"Twenty minutes each way is fine once. Nine days of it is a lot," he said.

Tickets will be valid on the buses, and season ticket holders will not be charged extra.
"""),

dict(id="h78-en-003", lang="en", tpl="legacy-br", section="Environment", date="2026-08-28", byline="Gwen Haverstock",
     title="Council will wait until September before cutting roadside verges",
     sub="Wildflower campaigners welcome the change. Some drivers are worried about sight lines.",
     caption="Knapweed and oxeye daisies on the verge of Lydiatt Lane.", credit="Photo: Gwen Haverstock",
     carry=["hedgecutting"],
     body="""
Roadside verges across the Upper Vale will be left uncut until September this year, after the county council agreed to change the way it looks after almost 900 miles of grass beside its roads.

In the past most verges were cut twice, in late May and again in July, when many wild flowers were still in bloom.

**Only the bends and junctions**

Under the new plan, contractors will cut a single strip one mower wide along the edge of the road in early summer, and only where drivers need to see around bends and at junctions.

The full width of the verge will be cut once, after the flowers have set seed, and the cuttings will be collected rather than left to rot, which the council says will stop the grass from smothering the flowers in years to come.

Margaret Ellery, who has counted orchids on the verges around Brinsop for twenty years, said she had almost given up hope.

"Last year I found 41 bee orchids on one stretch in June. By July they had all been mown," she said.

**Worries about farm gateways**

Some drivers have written to the council to say long grass makes it harder to pull out of farm gateways.

Highways officer Tom Bickerstaff said crews would check every junction before the summer and any problem spots could be reported through the council's website.
"""),

dict(id="h78-en-004", lang="en", tpl="portal", section="People", date="2026-07-16", byline="Rhiannon Vosper",
     title="Thirty-two years at the school gate: Copthorne's lollipop man hangs up his sign",
     sub="Dennis Arkwright has seen three generations of the same families across the road. We asked him how it went.",
     caption="Dennis Arkwright at the crossing outside Copthorne Primary.", credit="Photo: Rhiannon Vosper",
     low=0,
     body="""
Dennis Arkwright took up his post outside Copthorne Primary in 1994, after he was made redundant from the paper mill. On Friday he crossed the children for the last time. We met him at the crossing.

**Why did you take the job?**

My daughter was at the school and the old crossing man had retired. I thought I would do it for a year.

**What has changed the most?**

The cars. There are twice as many and they are twice the size. Forty years ago a few parents drove. Now half the village does, and they all want to stop on the zigzags.

**Have you ever been hit?**

Once, in 2003, by a wing mirror. I had a bruise for a fortnight. The driver came back the next morning with a box of chocolates.

**Your best morning at the crossing?**

The day a boy I had crossed in 1995 came through with his own son on his first morning. He said, "Still here, then?" I said, "Someone has to be."

**And the worst weather?**

Snow. Nobody can stop in snow, and the children want to throw it at you.

**Who takes over the sign?**

The council is advertising the job. I hope somebody young takes it. I will be at the allotment, and my granddaughter has promised to wave when she walks past.
"""),

dict(id="h78-en-005", lang="en", tpl="regional", section="Countryside", date="2026-09-03", byline="Ifor Malyon",
     title="Hedge-cutting season opens with a warning about late nests",
     sub="Farmers can cut from 1 September, but wildlife groups say some birds are still feeding young.",
     caption="A flail cutter at work on a hedge near Green Street.", credit="Photo: Ifor Malyon",
     carry=["hedgecutting"],
     body="""
The hedge-cutting season opened on Tuesday, and within hours the first tractors with flail arms were out on the lanes around Green Street.

Farmers in England are not allowed to cut hedges on their land between 1 March and 31 August, to protect nesting birds. The county council, which looks after the hedges and verges on its own roads, follows the same rule.

But the Upper Vale Wildlife Group has asked farmers and the council to wait a few more weeks where they can. Its volunteers found yellowhammers and bullfinches still feeding chicks in at least six hedges in the last week of August.

Group secretary Pauline Garside said the fine weather in spring had meant some birds raised a third brood.

"We are not saying don't cut. We are saying look first," she said.

The National Farmers' Union said most of its members already cut in rotation, leaving some hedges for two or three years so they can flower and fruit, which gives birds food in winter.

Farmer Gareth Lewin, who has 11 miles of hedge around his land near Lydiatt, said he would start with the roadside hedges where branches were scraping buses.

"The school bus driver rang me about the hawthorn on the bend. That one goes first," he said.

The wildlife group has put a short guide to spotting active nests on its page, and asks people who see a hedge being cut with a nest in it to take a photo and note the place and time.
"""),

dict(id="h78-en-006", lang="en", tpl="magazine", section="Features", date="2026-06-20", byline="Sorcha Pendlebury",
     title="The last chain ferry on the Wend",
     sub="For 200 years a flat-bottomed ferry has crossed the river at Brinsop. It still takes three minutes.",
     caption="Ferryman Alun Treadgold winding the chain at Brinsop.", credit="Photo: Sorcha Pendlebury",
     pull="You learn to read the river like a face",
     look=[("dropcap", "The ferry at Brinsop is not much"), ("box", "The ferry runs from Easter to the end of October")],
     body="""
The ferry at Brinsop is not much to look at: a steel platform the size of a tennis court, a hut for the ferryman and two chains that run from bank to bank under the brown water.

But it is the last of its kind on the Wend, and for the villages on the far bank it saves a drive of eleven miles to the nearest bridge.

Alun Treadgold has worked it for 23 years. He winds a wheel that pulls the ferry along the chain, and in a good wind it takes him three minutes to cross.

"You learn to read the river like a face. In a flood it goes grey and fast, and then you don't go," he said.

The ferry can carry two cars, or a tractor, or about 40 people on foot. On a busy summer Sunday it crosses more than 150 times.

The ferry runs from Easter to the end of October, from eight in the morning until dusk. A car costs £4, a bicycle £1 and foot passengers ride free.

Its future was in doubt three years ago, when the chains needed replacing and the owner, a charitable trust, could not afford it. Villagers raised £38,000 in nine months.

What the money paid for:

- two new chains, each 140 metres long
- new timber on the ramps on both banks
- a heater for the ferryman's hut

Treadgold says he will carry on as long as his back holds out.
"""),

dict(id="h78-en-007", lang="en", tpl="nextjs", section="Business", date="2026-05-08", byline="Malcolm Frere",
     title="Villagers buy the Plough at Hindle Green after raising £410,000",
     sub="More than 600 people bought shares to save the village's only pub.",
     caption="The Plough at Hindle Green, closed since last October.", credit="Photo: Malcolm Frere",
     only=["correction"],
     correction="Correction, 12 May: an earlier version of this story said 460 people had bought shares. The number was 612, and the lowest share was £100, not £250.",
     look=[("bold", "The keys were handed over on Thursday.")],
     body="""
Share certificates went out to 612 people this week, after the village of Hindle Green raised enough money to buy its only pub.

The Plough closed last October when its owner, a pub company, put it up for sale. A group of residents registered it as an asset of community value, which gave them six months to raise the money.

They needed £410,000. They got there with nine days to spare.

Shares cost £100 each, and most people bought between one and five. The biggest single investor, a retired farmer, bought 200. About a third of the shareholders live outside the village, including a family in New Zealand whose grandparents ran the pub in the 1960s.

The keys were handed over on Thursday.

The group plans to reopen the pub in July, after a new kitchen is fitted and the upstairs rooms are turned into a flat for a tenant landlord.

Committee chair Bev Osgood said the hardest part had been persuading people that the idea could work.

"Everyone said it was a lovely idea. Then they asked who was going to pay the electricity bill," she said.

Around 400 community-owned pubs are now open in Britain, and very few have closed.

The group is still looking for volunteers to help strip wallpaper on Saturdays in June.
"""),

dict(id="h78-en-008", lang="en", tpl="quintype", section="What's on", date="2026-11-02", byline="Priya Ashworth",
     title="Hindle's first lantern parade will light up the riverside in December",
     sub="Schools have spent the autumn making willow lanterns for the walk from the market to the weir.",
     caption="Pupils at St Wilfrid's making a lantern shaped like a heron.", credit="Photo: Priya Ashworth",
     carry=["calendar"],
     look=[("highlight", "The parade will set off from the Market Cross")],
     body="""
More than 300 children from seven schools will carry lanterns they have made themselves through the centre of Hindle next month, in the town's first lantern parade.

The parade will set off from the Market Cross at 5pm on Saturday 12 December and follow the river path to the weir, where it will end with music from the town band.

Each school has chosen an animal that lives along the Wend. St Wilfrid's is making herons, Hindle Junior is making otters, and the nursery on Station Road has gone for ducklings, which organisers say are the easiest to carry.

The lanterns are made from willow cut on the riverbank by volunteers, covered in tissue paper and lit with small battery lights.

Artist Ruth Kimani, who has run lantern workshops in the schools since September, said the children had worked harder than she expected.

"One boy rebuilt his otter four times because the tail kept falling off," she said.

The town council has paid £6,000 towards the parade, with the rest coming from local businesses.

The riverside path will be closed to cyclists from 4.30pm. Families are asked to bring their own lanterns or torches if they want to walk behind the schools.
"""),

dict(id="h78-en-009", lang="en", tpl="chunks", section="Sport", date="2026-08-14", byline="Leon Harbottle",
     title="Wend swimmers complete their first river mile in forty years",
     sub="A swimming club revived an old race from the boathouse to the old mill.",
     caption="Swimmers entering the water at the boathouse steps.", credit="Photo: Leon Harbottle",
     look=[("br", "The water was 17 degrees.")],
     body="""
The club newsletter called it "a gentle splash". Nobody who took part on Sunday would describe it that way.

Forty-two swimmers from the Hindle Otters swimming club swam a mile down the Wend from the boathouse to the old mill, reviving a race that was last held in 1986.

The winner, 19-year-old student Kezia Marlow, finished in 24 minutes and 10 seconds. The oldest swimmer, Brian Tapscott, 77, finished in just under an hour and said he had enjoyed every minute of it.

Tapscott swam in the last race 40 years ago, when he came fourth.

## Tested every week

The club has tested the water at three points along the course every week since May, after years of concerns about sewage spills upstream.

Club chairwoman Anita Dunmore said the results had been good enough all summer, but the race would have been cancelled if it had rained heavily in the two days before.

The water was 17 degrees.

Boats from the rowing club followed the swimmers all the way, and two first-aiders waited on the bank at the mill. Nobody needed them.

The club hopes to make the race an annual event. Anyone interested in open water swimming can contact the club secretary through the Hindle Otters website or come along to the boathouse on Wednesday evenings.
"""),
]
