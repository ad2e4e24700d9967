# English stories for the eighty-sixth held-out part (h86-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h84_en.py (tpl: "orchardcore" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (gardenwaste, beachhuts,
# christmastrees), which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h86-en-001", lang="en", tpl="orchardcore", site="The Pellingham Post",
     section="Council", date="2026-02-18", byline="Harriet Quayle",
     title="Garden bin charge rises to \u00a352 as winter collections are dropped",
     sub="Subscribers will get 22 collections a year instead of 26. The council says the service has lost money for three years.",
     caption="Green bins waiting for collection on Marine Terrace.", credit="Photo: Harriet Quayle",
     carry=["gardenwaste"],
     look=[("bold", "That part of the plan upset nobody."), ("br", "She said several older residents"),
           ("italic", "\u201cIf we don't charge what it costs, everyone pays for it through council tax")],
     body="""
Households in the Pellingham district will pay \u00a352 a year for their green garden waste bin from April, up from \u00a344, and the lorries will stop going out in December and January.

Pellingham District Council's cabinet agreed the changes on Tuesday. About 23,500 homes subscribe to the service, which takes away grass cuttings, hedge trimmings and leaves every fortnight.

The council says the service has run at a loss for three years because of the rising cost of fuel and new vehicles. It lost \u00a3186,000 last year.

## Fewer rounds in winter

Under the new arrangement there will be 22 collections a year rather than 26. No green bins will be emptied between the middle of December and the end of January, when crews say most bins go out half empty or not at all.

The crews will spend those weeks sweeping streets and clearing leaves out of the seafront drains.

That part of the plan upset nobody.

The price did. Councillor Maureen Oxley, who represents Cradlow, said a rise of nearly a fifth was "a lot to ask of people who already compost half of what they grow".

She said several older residents had already told her they would cancel and take bags to the tip in the boot of the car instead.

The cabinet member for the environment, Dev Sandhu, said the charge was still lower than the neighbouring councils ask.

\u201cIf we don't charge what it costs, everyone pays for it through council tax, including people who don't have a garden.\u201d

## Renewals from February

Existing subscribers will be sent a renewal email in February. Anyone who does not renew by 31 March will have their bin sticker cancelled, but the bin itself will not be taken away.

The first round at the new price starts in the week of 6 April.
"""),

dict(id="h86-en-002", lang="en", tpl="cms", section="Villages", date="2026-10-07", byline="Gareth Lumb",
     title="Garden waste subscribers in Arnthwaite and Bramthorpe to get money back after missed month",
     sub="Two broken-down lorries meant some green bins were not emptied for four weeks.",
     caption="A green bin left out on Top Road, Bramthorpe.", credit="Photo: Gareth Lumb",
     carry=["gardenwaste"],
     body="""
About 2,100 households in Arnthwaite and Bramthorpe will get part of their garden waste subscription back after their green bins went unemptied for most of September.

Two of the council's three garden waste lorries broke down within a week of each other, and a replacement hired from a firm in Leeds could not get down several of the narrow lanes in the villages.

Residents in these streets missed two collections in a row:

- Mill Lane, Arnthwaite
- Church View and The Paddocks, Arnthwaite
- Top Road and Moor Edge, Bramthorpe
- Back Lane, Bramthorpe

Some said the smell from bins full of wet grass had been so bad that they had wheeled them to the far end of the garden.

"We pay for a fortnightly service and got nothing for a month, then a leaflet saying sorry," said Gareth Pym, who lives on Top Road.

The council has now agreed to refund \u00a34 to each household affected, the cost of two collections, or to add two weeks to the end of their subscription if they prefer.

Its head of waste services, Lorna Fairclough, said both lorries were back on the road and a spare vehicle would be kept at the depot from next spring.

"It was not good enough and we have said so," she said.

Refunds will be paid automatically to anyone who subscribed online. Residents who paid by cheque or at the council offices should contact the waste team on 01632 960 418 between 9am and 4pm on weekdays.
"""),

dict(id="h86-en-003", lang="en", tpl="legacy-br", section="People", date="2026-04-02", byline="Nell Crabtree",
     title="Forty summers on the prom: Pellingham's deckchair man folds up",
     sub="Stan Ridley is handing his hut and his 340 chairs to his nephew.",
     caption="Stan Ridley with a stack of chairs on the south promenade.", credit="Photo: Nell Crabtree",
     low=0,
     body="""
Stan Ridley has hired out deckchairs on Pellingham's south promenade since the summer of 1986. At 74 he is handing his hut and his 340 chairs to his nephew. We caught him between customers.

**How did it all begin on the prom?**

My uncle had the pitch before me. He broke his wrist in June 1986 and asked me to cover for a fortnight. I'm still covering.

**Why deckchairs?**

Because people will always want to sit down by the sea without getting sand in their sandwiches. That's the whole business.

**What's different now?**

Prices, for one. It was 40p for the day when I started. It's \u00a34 now, and people still argue. The other thing is that everybody brings a folding chair from the supermarket. They last one summer and then I find them in the bins.

**The worst day?**

August 2004. A gust came off the sea and lifted about sixty chairs at once. Some went over the railings onto the sand. One ended up on the roof of the ice cream kiosk.

**And your favourite day?**

Any day in September when the school holidays are over, the sun is out and the pensioners come down with a flask.

**Will you miss the prom?**

I'll be down here anyway. I just won't be carrying anything.

His nephew, Dean Ridley, takes over from the Easter weekend. The chairs are out from 9am to 6pm whenever it is dry.
"""),

dict(id="h86-en-004", lang="en", tpl="portal", section="Seafront", date="2026-02-24", byline="Oliver Sowerby",
     title="Sandal Bay to get 20 new beach huts as waiting list reopens after six years",
     sub="Residents can join the list from 1 March. The oldest name on the old list has waited since 2015.",
     caption="The concrete bases for the new huts at Sandal Bay.", credit="Photo: Oliver Sowerby",
     carry=["beachhuts"],
     body="""
Follow the promenade north from Pellingham pier for half a mile and you reach a row of concrete bases where 20 new beach huts will stand by the end of May.

The huts at Sandal Bay will be the first the council has built since 1998. They are being made in Cradlow by a joinery firm that usually builds garden sheds, and will be painted in the same six colours as the old huts further south.

The council closed its waiting list in 2020, when it had 640 names on it and was offering about three huts a year. It will reopen on 1 March.

**Who gets the new huts**

The first 20 will go to people already on the old list, in the order they joined. The longest-waiting name on it goes back to 2015.

Once those are let, anyone who lives in the district can apply. People who live elsewhere can join a second list, but will only be offered a hut if no resident wants it.

Julie Haworth, who has rented hut 31 on the south promenade for 19 years, said the news was overdue.

"Every summer people knock on my door and ask how they can get one. Until now I've had to tell them not to hold their breath," she said.

Tenants may not sublet their huts and must repaint them every three years in the colour they were given.

The council says it may build another row in 2028 if the new huts prove popular.
"""),

dict(id="h86-en-005", lang="en", tpl="regional", section="Community", date="2026-01-03", byline="Priya Naylor",
     title="Hospice volunteers to pick up 3,000 Christmas trees in return for a donation",
     sub="St Bride's Hospice hopes to raise \u00a330,000. The trees will be chipped and spread on the hospice garden paths.",
     caption="Volunteers loading trees into a van at last year's collection.", credit="Photo: St Bride's Hospice",
     carry=["christmastrees"],
     body="""
Volunteers from St Bride's Hospice will spend the second weekend of January driving round the Pellingham district collecting real Christmas trees from people's front gardens.

It is the fourth year the hospice has run the collection, and it hopes to beat last year's total of 2,640 trees and \u00a327,800.

Households book a collection online and give whatever they can afford. The hospice suggests \u00a310.

## Vans from local firms

Eleven local businesses are lending vans and drivers for the weekend, among them a removal company in Whitbarrow and two builders' merchants. Last year one van broke down on the coast road with 40 trees in the back and had to be towed to the depot.

The trees are taken to a farm near Arnthwaite, where they are fed through a chipper. The chippings go on the paths of the hospice's garden and on a community orchard in Bramthorpe.

Ruth Ainsworth, the hospice's community fundraiser, said the collection had become one of its biggest single events.

"People love the idea that the tree that stood in their living room ends up helping us look after somebody," she said.

Trees must be out by 8am on the day of collection, with all decorations, tinsel and pots taken off. Artificial trees cannot be taken.

Collections take place on 10 and 11 January. Bookings close on 4 January.
"""),

dict(id="h86-en-006", lang="en", tpl="magazine", section="Features", date="2026-03-14", byline="Judith Bramley",
     title="Still turning after 140 years: inside Whitbarrow's last ropewalk",
     sub="Three people make rope by hand in a 90-metre shed that has barely changed since 1884.",
     caption="Alan Pickles walking the yarn down the ropewalk.", credit="Photo: Judith Bramley",
     pull="You can't rush it.",
     look=[("dropcap", "The ropewalk at Whitbarrow is 90 metres long"), ("box", "The ropewalk is run by a charitable trust")],
     body="""
The ropewalk at Whitbarrow is 90 metres long, four metres wide and so cold in January that Alan Pickles keeps his tea in a flask on the windowsill and his gloves on until eleven.

He has worked here for 31 years. Before that his father worked here, and before him his grandfather, who started in 1926 when the shed made mooring lines for the fishing fleet at Pellingham.

The fleet has gone, and the ropewalk now makes bell ropes for churches, handrails for country houses and the odd rope for a film set. Last year it sent a full set of bell ropes to a cathedral in New Zealand.

The method has hardly changed. Yarn is hooked onto a wheel at one end of the shed and walked down to a sledge at the other. Then the strands are twisted together, and the sledge creeps back up the walk as the rope shortens.

"You can't rush it. If you do, the rope tells you, because it kinks," said Mr Pickles.

There are now three people working in the shed: Mr Pickles, his colleague Bernadette Lowe and an apprentice, Kieran Fenwick, who is 19.

Kieran answered a card in the window of the Whitbarrow village shop two years ago.

"I thought it was a job making skipping ropes," he said. "Then I spent three months just learning to splice."

The ropewalk is run by a charitable trust, which bought it in 2009 when the last owner retired. It relies on orders, visitors and a grant from the district council that ends next year.

The trust is looking for new customers, and for volunteers to show visitors round on Saturdays.

The ropewalk is open to visitors on Saturdays from 10am to 3pm, April to October. Tickets are \u00a36.
"""),

dict(id="h86-en-007", lang="en", tpl="nextjs", section="Business", date="2026-03-11", byline="Tom Haigh",
     title="Cradlow bakery reopens six weeks after river flooded its ovens",
     sub="Villagers queued from six in the morning for the first loaves.",
     caption="Pat and Sunil Mehta behind the counter on Saturday.", credit="Photo: Tom Haigh",
     only=["correction"],
     correction="This article was amended on 12 March. The bakery was closed for six weeks, not eight as we first reported.",
     look=[("bold", "The first tray of teacakes was gone in four minutes.")],
     body="""
Pat and Sunil Mehta reopened Cradlow's village bakery on Saturday morning, six weeks after the river Crad burst its banks and put half a metre of water through the shop.

By the time the door opened at seven, the queue stretched past the post office.

The first tray of teacakes was gone in four minutes.

The flood in January ruined both ovens, the proving cabinet and the flour store. The couple, who have run the bakery since 2011, said their insurance had paid for the ovens but not for six weeks without takings.

Neighbours raised \u00a39,400 through a crowdfunding page to help pay their three staff.

"We didn't ask for it. Somebody set it up and by the next morning it had three thousand pounds on it," said Mrs Mehta.

## New ovens, same recipes

The new ovens stand on a platform 60 centimetres off the floor, and the flour is now kept upstairs. The couple have also fitted flood boards to the front door.

Mr Mehta said nothing else had changed, including the recipe for the cheese and onion pasties that some customers drive over from Pellingham for.

"People asked if we'd do something new to celebrate. We said no. They wanted their pasties back," he said.

The bakery is open Tuesday to Saturday from 7am to 2pm.
"""),

dict(id="h86-en-008", lang="en", tpl="drupal", section="Whitbarrow", date="2026-03-27", byline="Ciaran Oddie",
     title="Old phone box on Whitbarrow green becomes a seed library",
     sub="Villagers can take a packet of seeds and bring some back when their plants have set seed.",
     caption="The seed library inside the old telephone box.", credit="Photo: Ciaran Oddie",
     look=[("box", "Seeds saved from plants grown in the village")],
     body="""
The red telephone box on Whitbarrow's village green has not had a telephone in it since 2017. Since last weekend it has had 400 packets of seeds.

The box, which the parish council bought for \u00a31, has been turned into a seed library by the Whitbarrow Gardening Club. Shelves made from old fruit crates line three sides, and the seeds are sorted into biscuit tins by sowing month.

The idea is simple: take a packet, and when your plants have set seed, bring some back.

This spring's shelves include:

- broad beans, runner beans and three kinds of peas
- tomatoes saved from one greenhouse in Arnthwaite since the 1970s
- calendula, cornflowers and sweet peas
- a local kale that the club says has never had a name

Seeds saved from plants grown in the village are labelled with a green sticker. Shop-bought packets, given by a garden centre in Pellingham, have a white one.

The club's secretary, Helen Ashworth, said the point was to keep varieties going that nobody sells any more.

"There's a runner bean in there that Tom Birtwistle's father grew on the allotments in the 1950s. When Tom stopped gardening, nobody else had it," she said.

The club is also running a seed-saving workshop in the village hall on 18 April, where members will show how to dry and store seeds.

The phone box is never locked. There is a notebook inside for people to write down what they take.
"""),

dict(id="h86-en-009", lang="en", tpl="chunks", section="Sport", date="2026-06-22", byline="Dominic Pratt",
     title="Pellingham women's four win first regatta title in 30 years",
     sub="The crew beat the holders by four seconds in the final off Sandal Bay.",
     caption="The Pellingham crew crossing the line.", credit="Photo: Dominic Pratt",
     carry=["scores"],
     look=[("br", "The Pellingham boat was bailed out twice")],
     body="""
Pellingham Amateur Rowing Club's women's coastal four won the senior title at the North Sea Regatta on Saturday, the club's first senior win at the event since 1996.

The crew of Jess Morley, Aisha Bell, Frances Tait and Rachel Kerr, coxed by 15-year-old Lily Morley, beat crews from six clubs over a 2,000-metre course off Sandal Bay.

They finished the final in 9 minutes 41 seconds, four seconds ahead of the holders.

Conditions were rough. A swell came in from the north-east during the heats, and two boats took on so much water that they had to retire.

The Pellingham boat was bailed out twice between races with a saucepan from the clubhouse kitchen.

Jess Morley, the stroke, said the crew had trained through the winter on rowing machines in a garage in Bramthorpe.

"We were in there three nights a week with the door open so nobody fainted. It paid off today," she said.

## A young cox

Lily, Jess's daughter, has only been coxing since last summer. She said she had steered the boat "by shouting a lot and trusting them".

The club's chairman, Peter Vance, said the win would help it find new members.

"Every time we win something, the phone rings all the next week," he said.

The club holds taster sessions for beginners every Sunday at 9am from April to September. Anyone who wants to try can follow the club's page on Facebook or just turn up at the boathouse on Harbour Road.
"""),
]
