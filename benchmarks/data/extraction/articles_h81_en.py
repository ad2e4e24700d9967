# English stories for the eighty-first held-out part (h81-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h80_en.py (tpl: "generatepress" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (repaircafe, pestcontrol,
# skippermits), which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h81-en-001", lang="en", tpl="generatepress", site="Fenmarch Post",
     section="Community", date="2026-02-16", byline="Harriet Oldcorn",
     title="Repair cafe moves into the old fire station after record year",
     sub="Volunteers fixed 612 items in 2025, from toasters to a 1950s pram. Now they have room for a sewing table.",
     caption="Volunteer Derek Amblin at work on a table lamp at the repair cafe.", credit="Photo: Harriet Oldcorn",
     carry=["repaircafe"],
     look=[("dropcap", "Cookies and tea are still free"), ("highlight", "The group says about three in four"),
           ("bold", "Nothing with a petrol engine."), ("br", "The cafe will now open on the first"),
           ("italic", "\u201cPeople bring us things their parents bought.\u201d")],
     body="""
Cookies and tea are still free, but almost everything else about the Fenmarch repair cafe is about to change.

After four years in the back room of the Methodist hall, the volunteer group is moving into the old fire station on Dyke Street, which the town council bought last summer and has been renting out to community groups for a peppercorn.

The move gives the cafe three times the space. There will be a separate bench for electrical repairs, a sewing table with two machines donated by a closing alterations shop, and a corner for bicycles.

## A record year

The group says about three in four of the 612 items brought in last year went home working. Lamps, kettles and vacuum cleaners were the most common, followed by trousers with broken zips.

Coordinator Sunita Rawcliffe said the queue on some Saturdays had stretched out of the door.

\u201cPeople bring us things their parents bought.\u201d

The volunteers will look at almost anything that can be carried in.

Nothing with a petrol engine.

## New opening pattern

The cafe had run on the last Saturday of each month.

The cafe will now open on the first and third Saturday of each month, from 10am to 1pm, starting on 7 March.

Anyone who can solder, sew or true a bicycle wheel and would like to volunteer can leave their name at the town council office on Market Place.
"""),

dict(id="h81-en-002", lang="en", tpl="quintype", section="Council", date="2026-01-27", byline="Marcus Thelwall",
     title="Council to charge for rat treatments from April",
     sub="Treatments for rats and mice inside homes have been free for 30 years. From April they will cost \u00a342.",
     caption="A council pest control officer checks a bait box behind a row of garages.", credit="Photo: Marcus Thelwall",
     carry=["pestcontrol"],
     look=[("highlight", "The charge was agreed by the cabinet")],
     body="""
Householders in Fenmarch district will have to pay \u00a342 for the council to deal with rats inside their homes from April, ending three decades of free treatments.

The charge was agreed by the cabinet on Tuesday as part of a package of savings worth \u00a31.3m.

## What the new charges mean

The council's two pest control officers carried out 1,140 visits last year, most of them for rats in lofts, kitchens and under floors. Under the new rules:

- a course of treatment for rats or mice inside a home will cost \u00a342, covering up to three visits
- people who receive council tax support will still be treated free
- rats found in gardens, alleys and on council land will be dealt with at no charge

Wasp nests, which already cost \u00a358 to treat, will go up to \u00a365.

## "A false saving"

Opposition councillor Gareth Pennock said the charge would put people off calling for help until an infestation was out of hand.

"Rats do not stop at the garden fence. If one house stops treating, the whole terrace pays for it," he said.

Cabinet member for environment Lorraine Betts said most neighbouring councils already charged and the fee was below what private firms asked.

"We are keeping free treatment for the people who most need it," she said.

The council says residents who report rats in drains should still contact the water company, which is responsible for the sewers.
"""),

dict(id="h81-en-003", lang="en", tpl="hugo", section="Business", date="2026-03-10", byline="Owen Castleford",
     title="Builders protest as skip permit fee almost doubles",
     sub="Putting a skip on the road outside a house will cost \u00a378 for two weeks, up from \u00a340.",
     caption="A builder's skip outside a terrace on Wharf Road.", credit="Photo: Owen Castleford",
     carry=["skippermits"],
     body="""
Small builders in Fenmarch say a sharp rise in the cost of putting a skip on the road will be passed straight on to householders.

The county council, which is the highway authority, has raised the fee for a two-week skip permit from \u00a340 to \u00a378. A permit for scaffolding on the pavement goes up from \u00a395 to \u00a3140 for the first month.

The council says the old fees had not changed since 2014 and no longer covered the cost of checking that skips were lit at night and placed safely.

Roofer Dean Harkness, who employs four people, said he applied for about 30 skip permits a year.

"It is another thousand pounds a year for me, and the customer ends up paying it. Nobody has asked what we get for the money," he said.

The Fenmarch and District Traders' Association has written to the council asking for a cheaper rate for permits of a week or less.

A county council spokesman said skips placed on private driveways did not need a permit at all.

"Most skips in this county never go on the road. Where they do, they need lights, cones and the hire company's name on the side, and somebody has to check that," he said.

Permits are normally issued within five working days. Skip hire firms usually apply on their customers' behalf.
"""),

dict(id="h81-en-004", lang="en", tpl="magazine", section="Features", date="2026-02-02", byline="Clemency Wardle",
     title="Up on the roofs with the town's last chimney sweep",
     sub="Roy Ashdown has swept 20,000 chimneys. He still checks every pot for a jackdaw.",
     caption="Roy Ashdown with his brushes outside a cottage on Sluice Lane.", credit="Photo: Clemency Wardle",
     carry=["gallery"], pull="Every chimney has its own cough",
     look=[("dropcap", "It is half past seven"), ("box", "A sweep costs between")],
     body="""
It is half past seven on a frosty Monday and Roy Ashdown is unrolling a dust sheet across a sitting room carpet in Sluice Lane.

He has been sweeping chimneys in Fenmarch for 41 years, first with his father and then on his own. When his father started there were five sweeps in the town. Now there is one.

"Every chimney has its own cough," he says, feeding another length of rod up the flue. "You can hear whether it's clear before the brush comes out of the top."

Outside, a neighbour's child waits on the pavement to shout when the brush appears above the pot. It is a tradition Roy encourages.

## Wood burners brought him back

Twenty years ago he thought the trade was finished. Gas fires had taken over and he was down to two days' work a week. Then came the wood burners.

"Half the new houses on the estate have got one. And people buy them and think they never need sweeping," he says.

He finds all sorts in the flues: tennis balls, a tin soldier, and every spring, jackdaw nests. He will not touch an active nest until the chicks have gone.

A sweep costs between \u00a355 and \u00a370 and takes about an hour. Fire services recommend sweeping once a year for smokeless fuel and up to four times a year for wood.

Roy has no plans to stop.

"My knees might have other ideas," he says.
"""),

dict(id="h81-en-005", lang="en", tpl="nextjs", section="News", date="2026-08-19", byline="Tamsin Ollerhead",
     title="Wasp nest calls double in the hot spell",
     sub="The council's pest team has been called to 310 nests since the start of July.",
     caption="A wasp nest in the eaves of a bungalow on Fen Road.", credit="Photo: Tamsin Ollerhead",
     carry=["pestcontrol"],
     look=[("bold", "Do not try it with a tennis racket.")],
     body="""
The long dry spell has brought a boom in wasps, and Fenmarch's pest control officers say they have never been busier.

The team has dealt with 310 wasp nests since 1 July, more than twice as many as at the same point last summer. Officers are working Saturdays to keep up and the wait for a visit has grown to six days.

Senior officer Kieran Dollimore said the warm spring had given queens a good start.

"We are finding nests the size of a football in sheds, lofts, bird boxes and once inside a child's slide," he said.

Wasps are not aggressive unless their nest is disturbed, he said, but late in the summer they become more of a nuisance as they look for sugar.

Most nests can be left alone if they are not near a door, a window or a path. They die off in the autumn and wasps never reuse an old nest.

Where a nest has to go, he urged people not to tackle it themselves.

Do not try it with a tennis racket.

A treatment costs \u00a358, or \u00a329 for people on council tax support, and the council says bookings made online are usually dealt with sooner than those made by phone. Bees are not treated and the council will pass on details of a local beekeeper instead.
"""),

dict(id="h81-en-006", lang="en", tpl="gutenberg", section="Environment", date="2026-05-06", byline="Philippa Renshaw",
     title="Village pond brought back to life after fifty years of silt",
     sub="Volunteers in Hobb's End dug out 140 tonnes of mud. The newts came back within weeks.",
     caption="The restored pond at Hobb's End with its new dipping platform.", credit="Photo: Philippa Renshaw",
     carry=["map"],
     look=[("dropcap", "Share a bench with Edna Coldwell"), ("box", "The pond is on the green")],
     body="""
Share a bench with Edna Coldwell on the green at Hobb's End and she will tell you that the pond used to freeze hard enough to skate on. By last year it was a patch of nettles with a puddle in the middle.

This spring the pond is full again, after a two-year project by the village's conservation group.

## What the volunteers did

- dug out 140 tonnes of silt with a hired digger and a lot of wheelbarrows
- cut back two willows that were shading the water
- relined the shallow end with clay from a farm near Tollby
- built a dipping platform for the primary school

The group raised \u00a318,400, most of it from a wildlife trust grant and a sponsored walk.

Within six weeks of the pond refilling, volunteers counted smooth newts, two kinds of damselfly and a moorhen building a nest.

Group chairman Neville Haigh said the village's older residents had been the keenest supporters.

"Everyone over 70 had a story about falling in it," he said.

The pond is on the green opposite the Plough and is open to everyone. Dogs are asked to stay out of the water until the new plants have settled.
"""),

dict(id="h81-en-007", lang="en", tpl="chunks", section="Sport", date="2026-04-13", byline="Liam Gathercole",
     title="Sunday league side win their first trophy in 38 years",
     sub="Wharf Road Rangers beat Tollby 3-2 in the Fenmarch Sunday Cup final after extra time.",
     caption="Wharf Road Rangers with the Fenmarch Sunday Cup.", credit="Photo: Liam Gathercole",
     carry=["scores"],
     look=[("br", "It was 3-2.")],
     body="""
Subscribe to the Wharf Road Rangers group chat and you will have seen about 400 photos of one trophy since Sunday.

The pub team from the north end of Fenmarch won the Fenmarch Sunday Cup for the first time since 1988, beating Tollby Athletic 3-2 after extra time at the Recreation Ground.

**A slow start**

Tollby went ahead after nine minutes and doubled their lead just before half time, when a free kick took a deflection off Rangers' captain Shaun Whitlow.

Manager Carl Brindley said he had not raised his voice at half time.

"I just told them there was nothing to lose. We have lost every final we have been in since I was at school," he said.

**The comeback**

Substitute Ricky Amos pulled one back on the hour and Whitlow made amends with a header from a corner with four minutes left.

In the 111th minute, 19-year-old Jordan Peake ran on to a long clearance and lifted the ball over the goalkeeper.

It was 3-2.

Tollby hit the bar in the last minute of the game.

About 250 people watched the final, the biggest crowd at the ground for a Sunday match in years. The cup will be on show behind the bar of the Wharf Inn until the start of next season.
"""),

dict(id="h81-en-008", lang="en", tpl="cms", section="People", date="2026-06-22", byline="Abigail Foxton",
     title="Thirty-two years at Tollby Lock: a keeper looks back",
     sub="Malcolm Dunstable has opened the gates for about 60,000 boats. He retires on Friday.",
     caption="Malcolm Dunstable at the top gate of Tollby Lock.", credit="Photo: Abigail Foxton",
     low=0,
     body="""
Malcolm Dunstable became keeper at Tollby Lock on the river Ouseley in 1994. On Friday he hands over the windlass. We asked him about three decades on the water.

**How many boats is that?**

I did the sums once. About 60,000, give or take. Summer weekends we can get 80 a day.

**What was the strangest thing that came through?**

A grand piano on a narrowboat, going to a wedding. The owner played it in the lock while it filled.

**And the strangest thing that fell in?**

Phones, mostly. Sunglasses, car keys, a set of false teeth. A fridge once. Nobody ever explained the fridge.

**Have you ever fallen in?**

Twice. Both times in front of a school party, which did wonders for my reputation.

**Is the job harder now?**

The boats are bigger and the people are in more of a hurry. But most of them still stop for a chat, and the regulars bring me cake at Christmas.

**What will you miss most about the lock?**

Mornings. At six o'clock in June, with the mist on the water and a kingfisher on the bottom gate, there is nowhere better.

**And after Friday?**

My wife has a list. I have hidden it.

The lock cottage will be taken over by his deputy, Jenna Marlow.
"""),

dict(id="h81-en-009", lang="en", tpl="portal", section="Transport", date="2026-03-03", byline="Simon Eckersall",
     title="Parish councils club together to save the Tuesday bus",
     sub="The 47 from Hobb's End to Fenmarch market was due to end in April. Four parishes will now pay for it.",
     caption="Passengers boarding the 47 at Hobb's End.", credit="Photo: Simon Eckersall",
     only=["correction"],
     correction="Correction, 4 March: this article first said the four parishes would pay \u00a312,000 a year between them. The figure is \u00a39,600, and the service will run until March 2027, not December.",
     body="""
A weekly bus that carries villagers to Fenmarch's Tuesday market has been saved by four parish councils who have agreed to pay for it themselves.

The 47 runs once each way on Tuesdays, leaving Hobb's End at 9.40am and calling at Tollby, Saxby Drove and Coldham before reaching the market square at 10.25. It returns at 1.15pm.

The county council withdrew its funding last autumn, saying only about nine people used each journey.

Those nine people, said Coldham parish councillor Brenda Mossop, have no other way to get to town.

"It is their doctor's appointments, their bank, their fish, and the only time some of them see a friend all week," she said.

The parishes will share the \u00a39,600 annual cost according to their population. Hobb's End, the largest, will pay just over a third.

The operator, Ouseley Coaches, has agreed to keep the same timetable and fares. Bus passes will still be accepted.

The deal runs until March 2027. The parishes say they will count passengers every week and hope to attract more by putting a timetable through every door.

Residents with ideas for another day or a different route have been asked to write to the clerk of Hobb's End parish council.
"""),
]
