# English stories for the seventy-fifth held-out part (h75-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h74_en.py (tpl: "shorthand" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (churchservices, outofhoursvet,
# publictoilets), which are placed only on stories where a real site would print them.  On the shorthand pages
# "caption" / "credit" belong to the title section's background picture and "body_caption" to the full-width media
# section further down.
ARTICLES = [
dict(id="h75-en-001", lang="en", tpl="shorthand", site="Marcher Herald", section="Long reads",
     date="2026-09-18", byline="Eleanor Pryce",
     title="The village that put a roof back on its church",
     sub="When lead thieves stripped St Michael's in Ludmarsh, the diocese said it could not pay. Eighteen months later the parish has done it alone.",
     caption="St Michael's, Ludmarsh, seen from the water meadows.", credit="Photograph: Tomos Rees",
     body_caption="Volunteers passing new oak battens up the scaffold tower on the north aisle.",
     carry=["churchservices"],
     look=[("italic", "\u201cYou don't let a building like that go quiet.\u201d"), ("bold", "Nobody was ever caught."),
           ("br", "The last slate went on in August.")],
     body="""
On a wet night in February last year, thieves climbed onto the roof of St Michael's in Ludmarsh and rolled up almost all of its lead.

By morning, rain was running down the inside of the north aisle and dripping onto the Victorian organ. The churchwardens put out buckets, then paddling pools.

Nobody was ever caught.

The insurance paid out £38,000, a fraction of what a new roof would cost. The diocese told the parish it had 40 churches in the same position and no money to spare.

## A roof by jumble sale

What happened next has become a small legend on the border. Ruth Bevan, who has played the organ at St Michael's for 27 years, called a meeting in the village hall and 112 people turned up.

\u201cYou don't let a building like that go quiet.\u201d

The parish raised £164,000 in a year and a half. There were quiz nights, a sponsored walk along the dyke, a calendar of farmers in their wellies and a great many cakes. A retired roofer from Clunbury offered to supervise volunteers on the scaffold for nothing.

## Slate instead of lead

The new roof is Welsh slate rather than lead, which the parish hopes will be less tempting to thieves. The organ has been dried out and cleaned by a specialist from Hereford.

Some of the work was done by people who had never been inside the church for a service. A teenager on work experience cut most of the new battens.

The church was kept open throughout, with services moved into the chancel under a tarpaulin.

The last slate went on in August. A service of thanksgiving will be held on Sunday 27 September at 3pm, followed by tea in the churchyard.
"""),

dict(id="h75-en-002", lang="en", tpl="ghost", section="Pets", date="2026-02-09", byline="Marcus Allard",
     title="Night-time vet cover moves to one clinic for the whole border",
     sub="Six practices will stop answering their own phones overnight from March. Owners will be sent to a shared clinic in Knightwick.",
     caption="The new out-of-hours clinic on Knightwick's business park.", credit="Photo: Marcus Allard",
     carry=["outofhoursvet"],
     look=[("callout", "If your animal is ill at night, ring your usual practice first.")],
     body="""
Pet owners in the border towns will have to travel up to 25 miles for emergency treatment at night from next month, after six veterinary practices agreed to share a single overnight clinic.

From 2 March, calls to the practices in Ludmarsh, Clunbury, Wyebank and Redvale after 7pm will be passed to the Border Pets Emergency Clinic in Knightwick, which will have a vet and two nurses on duty until 8am.

The practices say they can no longer staff their own rotas. Several vets have left the area in the past two years, and those who stayed were on call one night in three.

Dr Hannah Lloyd, a partner at Teme Side Veterinary Centre, said it was not sustainable. \u201cWe were operating at four in the morning and seeing clients again at nine.\u201d

Farm animals and horses are not affected. Wyebank Farm and Equine Vets will keep its own 24-hour service.

## What counts as an emergency

The clinic has published a list of signs that mean an animal should be seen the same night:

- difficulty breathing or collapse
- a dog's swollen, tight belly, especially after eating
- suspected poisoning, including chocolate, rat bait and antifreeze
- a cat straining in its litter tray without passing urine
- heavy bleeding or a road accident

If your animal is ill at night, ring your usual practice first. The call will be put through, and the vet can decide whether you need to travel.

Some owners have complained about the distance. A petition started by a dog walker in Redvale has 900 signatures.

The clinic is at Unit 4, Teme Business Park, and has parking for 12 cars.
"""),

dict(id="h75-en-003", lang="en", tpl="drupal", section="Ludmarsh", date="2026-06-03", byline="Priya Chandler",
     title="Ludmarsh public toilets open again after town council takes them on",
     sub="The Market Hall toilets were closed by the county in 2024 to save money. Traders and the town council have paid to reopen them.",
     caption="The refurbished toilets at the back of the Market Hall.", credit="Photo: Priya Chandler",
     carry=["publictoilets"],
     look=[("box", "The Changing Places room needs a RADAR key")],
     body="""
The public toilets in Ludmarsh Market Hall reopened on Monday, two years after the county council shut them to save £21,000 a year.

The town council has taken over the lease, and the Market Traders' Association will pay a third of the running costs through its members' annual subscription.

Since the closure, shops and cafés had been asked several times a day whether customers could use their toilets. Several put up signs saying no.

Town clerk Gareth Morris said the closure had hit older visitors and families hardest. \u201cWe had coach parties deciding not to stop here. It really was that simple.\u201d

The toilets have been refitted with new cubicles, a baby change and a Changing Places room with a hoist and an adult-sized bench, the first in the town.

A cleaner will visit three times a day. The doors are locked automatically at 6pm and open again at 8am.

Not everyone is pleased. Some councillors argued that the town's share of the council tax should not be paying for something the county used to provide.

The Changing Places room needs a RADAR key, which can be borrowed from the library or the tourist information desk.
"""),

dict(id="h75-en-004", lang="en", tpl="table", section="Community", date="2026-04-22", byline="Owen Hartley",
     title="Clunbury chapel holds first service in 20 years after villagers buy it",
     sub="The Methodist chapel was put up for sale as a holiday let. A group of villagers raised the money to keep it as a place of worship.",
     caption="Clunbury Methodist Chapel on Bell Street.", credit="Photo: Owen Hartley",
     carry=["churchservices"],
     body="""
For the first time since 2006, hymns were sung inside Clunbury Methodist Chapel on Sunday, after a group of villagers bought the building to stop it becoming a holiday let.

Around 70 people filled the pews, which had been stacked at the back of the chapel for years under dust sheets.

The chapel closed when its congregation fell to six. It was used as a store by the circuit until last year, when it was put on the market for £185,000.

**A share each**

Margaret Pugh, 81, who was married in the chapel, started collecting pledges at the post office counter. Within four months, 214 people had put in between £50 and £5,000 each.

The building is now owned by a community benefit society. It will be used for worship on Sunday mornings and hired out for concerts, a parent and toddler group and a weekly lunch club during the week.

**The organ stays**

The chapel's harmonium, made in 1898, survived the years of storage. A volunteer from Wyebank spent the winter replacing its bellows.

The circuit minister, the Rev Alison Wray, said she had not expected to see the doors open again. \u201cThis is the community saying this place still matters.\u201d

Morning worship will be held at 11am every Sunday, led by local preachers in turn.
"""),

dict(id="h75-en-005", lang="en", tpl="amp", section="People", date="2026-08-11", byline="Catrin Oakes",
     title="Forty years on the level crossing at Redvale Halt",
     sub="Dennis Wheeler has opened and shut the gates at Redvale Halt since 1986. Next month the crossing goes automatic.",
     caption="Dennis Wheeler in the crossing keeper's hut.", credit="Photo: Catrin Oakes",
     low=0,
     body="""
Dennis Wheeler has worked the hand-operated gates at Redvale Halt for 40 years. In September they will be replaced by automatic barriers, and he will retire. We asked him about it.

**How many times have you opened the gates?**

I worked it out once. About 190,000 times, give or take. Fourteen trains a day, both ways, and the odd engineering train at night.

**Did you ever get it wrong?**

Never with a train. I once shut a farmer's flock of sheep on the wrong side, and he didn't speak to me for a month.

**What do people not know about the job?**

That you're always listening. You hear the rails before you see anything. My wife says I still do it in the supermarket.

**Worst night?**

The floods in 2007. The water came over the track and I stood in the hut in waders, phoning the signalman every ten minutes.

**Will you miss the hut?**

I'll miss the people. The same cars come through every morning and they all wave. One lady has brought me a mince pie every Christmas since 1991.

The gates at Redvale are among the last on the line to be worked by hand. The railway says the new barriers will be controlled by CCTV from a signal box 30 miles away.

**And after September?**

Grow leeks. And I've been asked to help with the model railway at the village show, which my grandson finds very funny.
"""),

dict(id="h75-en-006", lang="en", tpl="semantic", section="Farming", date="2026-03-17", byline="Sian Mortimer",
     title="New cattle grid on Hergest common after years of strays on the road",
     sub="Commoners say sheep and ponies have been wandering into the village for years because of a broken grid.",
     caption="The new cattle grid where the common meets the lane.", credit="Photo: Sian Mortimer",
     only=["correction"],
     correction="Correction, 18 March: an earlier version of this story said the grid cost \u00a348,000. The figure was \u00a334,000.",
     look=[("italic", "\u201cThey know exactly where the gap is.\u201d")],
     body="""
A new cattle grid has been fitted where Hergest common meets the lane into the village, ending years of sheep and ponies wandering into gardens and onto the main road.

The old grid was damaged by a lorry in 2019 and never properly repaired. Since then commoners had been propping a farm gate across the gap, which walkers and drivers often left open.

Parish councillor Ifor Bowen said the animals had learned to take advantage. Ponies were found in the churchyard, the school field and once in the car park of the pub.

\u201cThey know exactly where the gap is.\u201d

The new grid cost £34,000 and was paid for by the county council and a grant for common land. It is wider than the old one and has a ramp at one side so that hedgehogs can climb out if they fall in.

Police recorded 11 collisions between vehicles and loose animals on the road near the common in the past five years. Two ponies and several sheep were killed.

Commoners say they will still check the grid every week, because stones and mud fill the gaps between the bars and let lambs walk across.

A bridleway gate beside the grid has been fitted with a self-closing spring.
"""),

dict(id="h75-en-007", lang="en", tpl="storybody", section="Sport", date="2026-09-07", byline="Rhys Pemberton",
     title="Lingen Cross bowls club wins the border league for the first time",
     sub="The village club, which nearly folded in 2021, finished four points clear of Wyebank.",
     caption="Lingen Cross bowlers on the green after the final match.", credit="Photo: Rhys Pemberton",
     carry=["scores"],
     body="""
Lingen Cross Bowling Club have won the Border Bowls League for the first time in the club's 96-year history.

A 72-56 win at home to Knightwick on Saturday left them four points clear of Wyebank with one round of matches to play.

Five years ago the club had 11 members and was close to handing the green back to the parish. Its captain, Janet Meredith, put leaflets through every door in the village offering free lessons.

Thirty-one people came to the first taster evening. Most had never bowled before. The club now has 58 members, the youngest 14 and the oldest 91.

\u201cWe were told bowls was dying,\u201d Meredith said. \u201cIt turned out people just hadn't been asked.\u201d

The title-winning side included three players in their first full season. Meredith credited the team's success to a few simple changes:

- matches moved from weekday afternoons to Friday evenings
- a coach from the county association twice a month
- a rota so that every member plays at least one league match
- a barbecue after every home game

The club will be presented with the league trophy at the border bowls dinner in October.

Its green, which was relaid with help from a lottery grant in 2023, will be open for free taster sessions on Sunday afternoons until the end of September.
"""),

dict(id="h75-en-008", lang="en", tpl="wordpress", section="Community", date="2026-01-26", byline="Laura Vickers",
     title="Mobile library comes back to 14 hamlets after a two-year gap",
     sub="A converted horsebox will visit the smallest settlements on the border once a fortnight.",
     caption="The library horsebox parked at Stowe Green.", credit="Photo: Laura Vickers",
     look=[("dropcap", "A horsebox painted dark blue")],
     body="""
A horsebox painted dark blue has become the border's new mobile library, two years after the county sold its old library van.

The box, converted by a joiner in Knightwick, carries around 1,200 books and has a fold-down counter, a step for wheelchair users and a small heater.

It will visit 14 hamlets that have no shop, no pub and, in several cases, no bus. The library service paid for the conversion with money left over from its budget for new furniture.

Librarian Joy Armitage will drive it. She says the old van's regulars have kept in touch by phone and by post, asking when it would be back.

\u201cOne gentleman sent me a Christmas card every year with a list of books he wanted to read when we came back.\u201d

The stops on the first round, starting on Tuesday 3 February, are:

- Stowe Green, by the telephone box
- Upper Hergest, the chapel yard
- Bleddfa Cross, outside the old school
- Pilleth Bank, in the farm gateway
- Cascob, by the church lych gate

Each stop will last between 30 and 45 minutes. People can order books online or by phone and collect them at their stop.

The library will also carry large-print books, audiobooks on CD and seed packets from the county's seed library.

A full timetable is available at every library and from the parish clerks.
"""),

dict(id="h75-en-009", lang="en", tpl="hugo", section="Lingen Cross", date="2026-11-02", byline="Gwen Ashby",
     title="Parish newsletter goes online after 50 years of hand delivery",
     sub="The Lingen Cross News has been folded and delivered by volunteers since 1976. Rising printing costs have ended that.",
     caption="A stack of the final printed issue of the Lingen Cross News.", credit="Photo: Gwen Ashby",
     look=[("br", "Half of them are over 80.")],
     body="""
Subscribe, share and follow are not words the Lingen Cross News has ever needed. For 50 years it has simply turned up on doormats, folded in three.

That ends this month. The parish newsletter's editors say they can no longer afford to print 460 copies every month, and the last printed issue went out on Friday.

From December the newsletter will be published on the parish council's website and sent by email to anyone who asks for it.

Editor Patricia Hale, who has run it since 1998, said the printer's bill had gone up from £90 to £310 an issue in three years.

**Volunteers with bags**

The newsletter has always been delivered by hand. At its peak, 31 volunteers walked rounds of between 10 and 40 houses.

There are now nine.

Half of them are over 80.

Some residents are worried about being left out. Around 60 households in the parish have no internet connection, according to the parish council.

For them, the parish will print a small number of copies at the village hall, and three volunteers have agreed to keep delivering.

Hale says she will miss the stapling evenings. \u201cWe used to do it round my kitchen table with a pot of tea. It took two hours and we solved the world's problems.\u201d

The final printed issue includes a photograph of the very first one, typed in 1976 and duplicated on a machine in the school office.

Printed copies will be left in the church porch and the village shop on the first Saturday of each month.
"""),
]
