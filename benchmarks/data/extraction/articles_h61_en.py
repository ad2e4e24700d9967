# English stories for the sixty-first held-out part (h61-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h60_en.py (tpl: "dnn" is new in this part, the others are layouts of earlier parts; low, only,
# carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue families a
# page must carry, among them the three families new in this part (mortgagecalc, crimemap, prayertimes), which are
# placed only on stories where a real site would print them.  On the dnn pages, "tags" are the EasyDNNnews article's
# tags, and a block of lines starting with "| " is a story table (a table inserted with the DNN editor; in the
# truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h61-en-001", lang="en", tpl="dnn", site="Harlbury County Council", kind="public",
     section="Community safety", date="2026-04-09", byline="Megan Tollervey",
     title="Eastgate order on street drinking and pavement e-scooters comes into force",
     sub="The public spaces protection order covers the town centre for three years and follows a rise in reports of anti-social behaviour.",
     caption="Signs for the new order going up in Eastgate's Cornmarket.", credit="Photo: Harlbury County Council",
     tags=["Eastgate town centre", "public spaces protection order", "street safety"],
     carry=["crimemap"],
     look=[("highlight", "Officers can issue a fixed penalty of £100")],
     body="""
A public spaces protection order covering Eastgate town centre came into force on Monday, after a consultation in which more than 1,400 people took part.

The order covers Cornmarket, the bus station, Abbey Gardens and the riverside walk as far as Mill Bridge. It will last for three years unless the council's cabinet decides to end it sooner.

## What the order bans

- drinking alcohol in the street after being asked to stop by an officer
- riding e-scooters or bikes on the pavements of Cornmarket and Sheep Street
- leaving litter or needles in Abbey Gardens
- gathering in groups in the bus station in a way that frightens other people

Officers can issue a fixed penalty of £100. People who do not pay, or who keep breaking the order, can be taken to court.

## Why the order was needed

Reports of anti-social behaviour in the town centre have risen steadily since last autumn, according to figures gathered by the Safer Harlbury Partnership.

| Month | Reports | Of which in the bus station
| October | 58 | 21
| December | 74 | 30
| February | 91 | 37

> We are not trying to move young people on for being young. This is about the few who make the bus station a place people avoid after dark.

That was Councillor Ruth Achebe, cabinet member for communities, speaking at the launch. She said two extra wardens would patrol the town centre on Friday and Saturday evenings from May.

Traders were mostly in favour. Dawn Pilkington, who runs a café on Sheep Street, said: "My customers have been clipped by scooters twice this year. I'm glad something is being done."

Residents who want to report a problem or ask about the order can contact the community safety team on 01632 960 548.
"""),

dict(id="h61-en-002", lang="en", tpl="cms", section="Crime", date="2026-03-03", byline="Ollie Brannigan",
     title="Allotment holders mark their tools after fourteen shed break-ins",
     sub="Police brought forensic marking kits to Millrace allotments after a winter of thefts from sheds across Wrackford.",
     caption="Tools laid out for marking at Millrace allotments.", credit="Photo: Ollie Brannigan",
     carry=["crimemap"],
     body="""
Follow the path past the compost bays at Millrace allotments and you reach plot 31, where Bernard Oyelowo lost a strimmer, two spades and his late wife's secateurs in January.

"The secateurs were worth nothing to anyone but me," he said. "That's what stings."

His shed was one of fourteen broken into at allotments across Wrackford between December and February. Thieves cut padlocks at Millrace, Hopgarden Lane and the Ridgeway site, usually between midnight and dawn.

**Marked and registered**

On Saturday, officers from the town's neighbourhood team spent the morning at Millrace with forensic marking kits. Each tool was painted with a liquid that is invisible in daylight but glows under ultraviolet light and carries a code registered to its owner.

More than 60 plot holders turned up, some with wheelbarrows full of tools.

PC Hannah Greatorex said marked tools were harder to sell and easier to return. "When we find a van full of garden tools, the first thing we do is shine a torch on them," she said.

**What police advise**

- fit a closed shackle padlock and a hasp held by coach bolts
- keep expensive tools at home over the winter
- photograph anything valuable and note serial numbers
- tell the site secretary if you see anyone you do not recognise after dark

The allotment society has also asked the council for a new gate at the Hopgarden Lane entrance.

The next marking session is at Hopgarden Lane allotments on Saturday 14 March, from 10am to 1pm; bring proof of your tenancy.
"""),

dict(id="h61-en-003", lang="en", tpl="legacy-br", section="Faith", date="2026-03-05", byline="Zainab Mirza",
     title="Oldbury mosque opens its doors for a community iftar for 300 neighbours",
     sub="Church members, councillors and the town's brass band broke the fast with worshippers at Masjid Al-Noor.",
     caption="Guests share dates and water at sunset at Masjid Al-Noor.", credit="Photo: Zainab Mirza",
     carry=["prayertimes"],
     body="""
Three hundred people sat down together on the floor of Masjid Al-Noor in Oldbury on Tuesday evening to break the day's fast.

It was the mosque's first open iftar, the meal that ends each day of fasting during Ramadan, and the trustees had expected about a hundred guests.

"We ran out of chairs, so we put down the prayer mats and everyone ate on the floor," said trustee Imran Qureshi. "Nobody complained."

Guests included the vicar of St Mary's, members of the Oldbury Silver Band and a dozen pupils from Marsh Lane primary school, who had written questions for the imam on index cards.

## Questions from the children

The pupils wanted to know why people fast, whether children have to, and what happens if you are ill. Imam Yusuf Hamdan answered each card in turn.

"Children and people who are unwell do not fast. The idea is to remember people who go hungry without choosing to," he said.

At sunset, the call to prayer was followed by dates and glasses of water, then a meal of lentil soup, chicken biryani and rice pudding cooked by 25 volunteers.

Margaret Fenwick, 81, who lives three doors from the mosque, said she had never been inside before.

"I've lived next to it for twenty years. I should have come sooner."

The mosque's open evenings continue every Saturday of Ramadan from 5.30pm, and everyone is welcome.
"""),

dict(id="h61-en-004", lang="en", tpl="portal", section="Property", date="2026-02-17", byline="Declan Whitlow",
     title="Kestle Bay house prices slip for a fourth month as mortgage costs bite",
     sub="An average home in the town now sells for £243,600, and first-time buyers are waiting for rates to fall.",
     caption="Sale boards on Harbour View Road, Kestle Bay.", credit="Photo: Declan Whitlow",
     carry=["mortgagecalc"],
     body="""
The average price of a home in Kestle Bay fell for the fourth month in a row in January, to £243,600, according to figures from the land registry.

That is about £7,900 less than in September, when prices peaked after a busy summer of sales to buyers moving down from the cities.

We asked Lorna Pascoe, who has sold homes in the town for 22 years, what is going on.

**Why are prices falling?**

Because mortgages cost more than people budgeted for. A couple who could borrow comfortably at 2% three years ago are now being offered something closer to 4.5%, and that takes a lot off what they can spend.

**Who is still buying?**

Mostly people who already own a home and are moving down, or cash buyers retiring here. First-time buyers have almost disappeared since Christmas.

**Is now a good time to buy?**

If you have a deposit and a secure job, there is more choice and sellers will negotiate. I would not try to guess the bottom of the market.

**And to sell?**

Price it properly from the start. Homes listed too high are sitting for months and then being cut anyway.

Ms Pascoe said two-bedroom terraces near the harbour were still selling within weeks, while larger detached homes on the edge of town were taking much longer.

The Bank of England will announce its next decision on interest rates on 19 March.
"""),

dict(id="h61-en-005", lang="en", tpl="regional", section="Schools", date="2026-05-21", byline="Freya Lockhart",
     title="Pupils' bake sale buys a new hut for Hollinsedge's lollipop lady",
     sub="The old hut at the Brook Street crossing had leaked for years; the school's children raised £3,100 to replace it.",
     caption="Pat Heseltine outside her new hut on Brook Street.", credit="Photo: Freya Lockhart",
     body="""
Cookies, flapjacks and a tombola with a giant teddy bear as the top prize have paid for a new hut for Hollinsedge's longest-serving crossing patrol.

Pat Heseltine has helped children across Brook Street for 19 years. For most of them, her shelter between crossings was a wooden hut with a roof that leaked and a door that no longer shut.

Pupils at Brook Street primary school decided last autumn that she deserved better. Their school council ran a bake sale every Friday for six months, and parents added a sponsored walk round the reservoir.

Together they raised £3,100, enough for a small insulated cabin with a heater, a window facing the crossing and a hook for her lollipop.

"I didn't know anything about it until the lorry turned up with a crane," Mrs Heseltine said. "I had to sit down."

Head teacher Colin Abara said the children had done the sums themselves. "They worked out how many cookies they needed to sell. It was 2,400. They got there in the end."

Year 5 pupil Isla Marsh, who chaired the school council's fundraising committee, said the hardest part was keeping it secret.

"Everyone wanted to tell her. We nearly did loads of times."

The old hut has been taken to the school's nature garden, where it will be used to store bird food and wellies.
"""),

dict(id="h61-en-006", lang="en", tpl="magazine", section="Features", date="2026-12-12", byline="Anselm Crowther",
     title="Six bells, one new method: St Wulfran's ringers prepare for Christmas",
     sub="A band that was close to folding five years ago now has fourteen members, and it is learning a peal it has never rung.",
     caption="Ringers practise in the tower of St Wulfran's, Brindle.", credit="Photo: Anselm Crowther",
     pull="You do not hear your own bell for the first year",
     look=[("dropcap", "Every Thursday at half past seven"), ("box", "The six bells of St Wulfran's were cast")],
     body="""
Every Thursday at half past seven, fourteen people climb 42 stone steps to a small room in the tower of St Wulfran's church in Brindle, take hold of a rope each and wait for someone to say "Look to".

Five years ago there were four of them, too few to ring all six bells, and the tower captain, Judith Ashworth, was preparing to tell the parish that Sunday ringing would have to stop.

Instead, she put a notice in the parish newsletter asking for anyone "with two arms and no fear of heights". Eleven people came to the first practice. Nine of them stayed.

The six bells of St Wulfran's were cast between 1711 and 1894, and the heaviest, the tenor, weighs just over half a tonne. It takes about six months to learn to handle a bell safely on your own.

"You do not hear your own bell for the first year," said Tom Raikes, 34, a bus driver who joined in 2022. "You are too busy trying not to let go at the wrong moment."

This winter the band is learning Stedman Doubles, a method none of them has rung before, for the midnight service on Christmas Eve.

Judith Ashworth admits it is ambitious. "If it goes wrong, we will fall back on call changes. Nobody in the pews will know the difference."

New ringers are welcome at Thursday practice; the tower door is at the west end of the church.
"""),

dict(id="h61-en-007", lang="en", tpl="nextjs", section="People", date="2026-10-01", byline="Harriet Sowerby",
     title="Thirty-one years in the box: the Regal's projectionist on film, digital and the interval",
     sub="Keith Ambler showed his first film in Upper Tarrow in 1995. On Saturday he hands over the keys.",
     caption="Keith Ambler in the projection room of the Regal, Upper Tarrow.", credit="Photo: Harriet Sowerby",
     low=0,
     look=[("bold", "How did it all begin?"), ("bold", "What changed with digital?"), ("bold", "Why stop now?"),
           ("bold", "Any favourite film?"), ("bold", "And after Saturday?")],
     body="""
Keith Ambler has run the projectors at the Regal in Upper Tarrow since 1995. He retires on Saturday after a last screening of the film he showed on his first night.

How did it all begin?

I answered an advert in this paper. The old projectionist, Mr Platt, was 74 and wanted to go fishing. He trained me for three weeks and then left me to it.

What changed with digital?

Everything. A film used to arrive in six heavy cans, and you spliced the reels together on a bench. Now it arrives on a hard drive, or down the internet, and you press a button. It is more reliable. It is not as much fun.

Why stop now?

My knees don't like the stairs up to the box any more. And the Regal has a young manager, Priya, who knows the new system better than I do.

Any favourite film?

Whatever had the longest queue. I liked the nights when the whole street was outside in the rain.

And after Saturday?

My wife says the garden. I say the cinema club. We will probably do both.

Mr Ambler's last screening is on Saturday at 7pm. The friends of the Regal will be handing out their newsletter and collecting for a plaque in the foyer.
"""),

dict(id="h61-en-008", lang="en", tpl="typo3", section="Transport", date="2026-06-10", byline="Gareth Pennock",
     title="The 47 bus returns to the downland villages after two years",
     sub="A deal between the county and a community transport charity brings back four buses a day to six villages.",
     caption="The first 47 arrives in Coldharbour on Monday morning.", credit="Photo: Gareth Pennock",
     body="""
For two years the only way to reach Corvey from Coldharbour without a car was a four-mile walk along a lane with no pavement. On Monday the 47 came back.

The route was cut in 2024 when the county's contract with a commercial operator ran out and nobody bid for it. Since then, villagers have relied on lifts, taxis and a volunteer car scheme that could not keep up.

## Who runs it now

The new service is run by Downs Link, a community transport charity, using two sixteen-seat minibuses bought with a £180,000 grant from the county. Drivers are paid, but the charity's volunteers will help with timetables and bookings.

## Where it goes

The 47 runs four times a day, Monday to Saturday, on a loop through:

1. Corvey bus station
2. Coldharbour green
3. Hatch End
4. Lower Sloden
5. Upper Sloden church
6. Ridgeway Farm shop

Fares are £2 a journey, and bus passes are accepted.

On the first morning, eleven passengers were waiting at Coldharbour. Among them was Joan Feaver, 88, who had not been into Corvey on her own since the old service stopped.

"I have my hair appointment back. You don't know how much that matters," she said.

Timetables are in the village shops and Coldharbour post office, and Downs Link can be reached on 01632 960 447.
"""),

dict(id="h61-en-009", lang="en", tpl="fusion", section="Property", date="2026-07-22", byline="Naomi Feltham",
     title="Old quarry to become 140 homes, a third sold at a discount to first-time buyers",
     sub="Felbeck's planning committee approved the Blackstone quarry scheme by seven votes to two.",
     caption="The former Blackstone quarry on the edge of Felbeck.", credit="Photo: Naomi Feltham",
     carry=["mortgagecalc"],
     look=[("factbox", "What the discount homes will cost")],
     body="""
A worked-out limestone quarry on the edge of Felbeck will become 140 homes, after councillors approved the plans on Tuesday night.

Developer Greystone Homes will sell 46 of the homes to first-time buyers at 30% below their market price. The discount stays with the home, so later buyers get it too.

The scheme also includes a play area, a path linking the site to Felbeck station and a lake in the bottom of the old quarry, which Greystone says will be fenced and managed by a residents' company.

## What the discount homes will cost

- one-bedroom flats from £126,000
- two-bedroom houses from £161,000
- three-bedroom houses from £189,000

Buyers must live or work in the district, and their household income must be under £80,000.

Councillor Adam Kershaw, who chairs the planning committee, said young people in Felbeck had been priced out for too long. "Our own children can't afford to live in the streets they grew up in. This will help a few of them."

Two councillors voted against because of traffic on Quarry Lane, which will be the only road into the site.

Residents who spoke at the meeting raised concerns about the lake. Sarah Moxon, who lives on Quarry Lane, said: "It's deep and it's cold. I want to know who is responsible when children climb the fence."

Greystone expects to start building early next year, with the first homes ready in 2028.
"""),
]
