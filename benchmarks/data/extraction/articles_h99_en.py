# English stories for the ninety-ninth held-out part (h99-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h98_en.py (tpl: "enfold" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, watch, correction, look, run_in, tags);
# "carry" names the residue families a page must carry, among them the three families new in this part
# (libraryamnesty, rentdeposit, toadcrossings), which are placed only on stories where a real site would print them;
# "run_in" names a carried family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h99-en-001", lang="en", tpl="enfold", site="The Hallowmere Bugle",
     section="Community", date="2026-02-11", byline="Nadia Fairclough",
     title="Hallowmere Library back in business after fourteen months under tarpaulin",
     sub="The Victorian building on Tanner Street reopens on Saturday with a new roof, a lift and its local history room upstairs.",
     caption="The reading room at Hallowmere Library, ready for Saturday's reopening.", credit="Nadia Fairclough",
     carry=["libraryamnesty"],
     look=[("dropcap", "Hallowmere Library opens its doors"), ("bold", "Not one book was lost.")],
     body="""
Hallowmere Library opens its doors again on Saturday, fourteen months after water coming through the roof forced the building on Tanner Street to close.

The Victorian reading room was emptied in the autumn of 2024 when a storm lifted part of the lead and rain ran down the inside of the walls for two nights before anyone noticed. About 31,000 books, maps and bound local newspapers were boxed up and moved to a warehouse on the Brindle Moss industrial estate.

Not one book was lost.

**A roof that leaked for years**

The county council spent £1.2 million on a new roof, rewiring and a lift to the first floor, which until now could only be reached by a narrow staircase. The local history room, which holds the town's parish registers, has moved upstairs into the old caretaker's flat.

Librarian Margaret Okonjo, who has worked in the building for 22 years, said staff had counted down the days. "People kept stopping me in the supermarket to ask when we'd be back," she said. "One man told me he had kept a photo of the reading room on his fridge the whole time."

To mark the reopening, the council is writing off the fines on books that have been overdue since before the closure, as long as they come back by the end of March.

Councillor Dev Raithatha, cabinet member for communities, said: "We would rather have the books back on the shelves than the money in the bank."

The library is open Tuesday to Saturday from 9.30am to 5pm, and until 7pm on Thursdays.
"""),

dict(id="h99-en-002", lang="en", tpl="gutenberg",
     section="Housing", date="2026-01-28", byline="Callum Rigby",
     title="Lidd valley housing list reaches its highest level in two decades",
     sub="More than 2,280 households are waiting for a council or housing association home, and deposits are keeping working families out of private lets.",
     caption="New flats under construction on Station Road, Hallowmere.", credit="Photo: Callum Rigby",
     carry=["rentdeposit"],
     look=[("dropcap", "Nearly 2,300 households"), ("factbox", "Waiting for a home")],
     body="""
Nearly 2,300 households are now on the housing register in the Lidd valley, the highest number since the district council began keeping records in 2003.

Figures presented to councillors on Tuesday show that the list has grown by a third in two years, while the number of homes let through the council and housing associations fell to 212 last year.

## Waiting for a home

- 2,284 households on the register in January
- 611 of them in the most urgent bands
- 97 families in temporary accommodation, 23 of them in bed and breakfasts
- an average wait of four years and two months for a three-bedroom house

Housing officers said the biggest change was in the private rented sector. Rents in Hallowmere have risen by 14 per cent since 2024, and many landlords now ask for a deposit of five weeks' rent plus the first month in advance, which can mean finding more than £1,800 before moving in.

"We see working families who could manage the rent but cannot get the money together to start a tenancy," said Joanne Pilbeam, who leads the council's housing options team.

The council has set aside £140,000 to guarantee deposits for tenants who cannot raise them, and is asking landlords across the valley to sign up.

Councillors will discuss a plan for 400 new affordable homes at a meeting in March.
"""),

dict(id="h99-en-003", lang="en", tpl="magazine",
     section="Nature", date="2026-03-06", byline="Imogen Stead",
     title="By torchlight on Mill Lane, the Scarrowby toad patrol gets to work",
     sub="Every spring, volunteers carry thousands of toads across a country lane to the pond where they breed.",
     caption="A volunteer lifts a common toad off Mill Lane, Scarrowby.", credit="Photo: Imogen Stead",
     pull="The toads have been using this route a lot longer than we have",
     carry=["toadcrossings"],
     look=[("dropcap", "It is a quarter to eight"), ("box", "The numbers worry them.")],
     body="""
It is a quarter to eight on a wet March evening, and Helen Marsh is walking very slowly down Mill Lane with a bucket in one hand and a torch in the other.

Every few steps she stops, bends down and lifts something brown and cold off the tarmac. By the time she reaches the ford at the bottom of the hill she has eleven common toads in the bucket.

The toads are heading for Scarrowby's old mill pond, where they were born and where they return each spring to breed. The trouble is that the lane runs between the woods where they spend the winter and the water.

"On a mild, damp night they all move at once," said Mrs Marsh, who started the patrol nine years ago after finding dozens flattened by cars. "You can get four or five hundred in a couple of hours."

This spring 38 volunteers have signed up, working in pairs on a rota from February to April. Last year they carried 2,916 toads across the lane and counted 340 that did not make it.

The numbers worry them. Surveys across the county suggest toads have declined by more than two thirds in thirty years, and the patrol's own counts have fallen in four of the last five springs.

Signs now warn drivers, and the parish council has asked the county to close the lane at night during the busiest weeks.

"We're only asking for three weeks a year," Mrs Marsh said. "The toads have been using this route a lot longer than we have."

Anyone who wants to help should bring a torch, a bucket and a high-visibility jacket to the lay-by next to the ford at 7.30pm.
"""),

dict(id="h99-en-004", lang="en", tpl="medium",
     section="People", date="2026-03-18", byline="Owen Pargeter",
     title="Thirty-five years of calving at midnight: the Lidd valley's farm vet hangs up her boots",
     sub="Ruth Kendrew came to Tarnsett in 1991 and has looked after the upper valley's hill farms ever since.",
     caption="Ruth Kendrew at a farm near Ewedale Head.", credit="Photo: Owen Pargeter",
     body="""
Ruth Kendrew was 26 when she arrived in Tarnsett to join a two-vet practice that looked after almost every hill farm in the upper Lidd valley. She retires this month, having delivered, by her own rough count, more than 9,000 calves and lambs.

We asked her about the job.

**What was your first call-out?**

A ewe with a twisted lamb at Ewedale Head, on my second night. It was snowing sideways and I had no idea where the farm was. The farmer's son met me at the road end with a tractor.

**Has farming changed much?**

There are fewer farms and they are bigger. When I started there were 64 dairy herds in the valley. Now there are nine. The people are the same, though. They still ring at two in the morning and apologise for waking you.

**Any regrets?**

Not being at home more when my own children were small. My husband did a lot of bedtimes.

**What will retirement look like?**

Sleep through the night, I hope. And I have promised to help a friend who keeps rare-breed pigs, so I won't be far from a farmyard.

**Who looks after the valley's animals now?**

Two young vets have joined the practice this year, and one of them grew up on a farm at Pennick Cross. I'm leaving the valley in good hands.

A farewell evening for Ruth Kendrew will be held at Tarnsett village hall on Friday 27 March from 7pm. Everyone is welcome.
"""),

dict(id="h99-en-005", lang="en", tpl="squarespace", site="Friends of Scarrowby Library", kind="small",
     section="News", date="2026-03-02", byline="Peter Gallimore",
     title="Scarrowby's children read more than 4,000 books in one winter",
     sub="Our first winter reading campaign beat every target we set.",
     caption="Young readers with their charts at Scarrowby Library.", credit="Photo: Friends of Scarrowby Library",
     carry=["libraryamnesty"],
     body="""
Children in Scarrowby and the surrounding villages read 4,127 books between November and February as part of our first winter reading campaign.

The campaign, called Read Through the Dark, asked children aged four to 12 to log every book they finished on a paper chart kept at the library desk. Every ten books earned a sticker, and every fifty a free ticket to the Hallowmere cinema, donated by its owners.

Some 186 children took part, from the primary schools at Scarrowby, Tarnsett and Pennick Cross. The top reader, nine-year-old Isla Thwaite, finished 212 books.

"She reads at breakfast, in the car and under the covers with a torch," said her mother, Kerry. "We ran out of shelf space at Christmas."

Volunteers from the Friends, who raise money for the library through book sales and a summer fair, ran story sessions every Saturday morning while the campaign lasted.

The numbers surprised all of us. We hoped for a thousand books. Children who had never had a library card joined up, and some of their parents did too.

The county library service is also letting families bring back long-overdue books without a charge until the end of April. We hope that will clear a few bedroom shelves of old library books that children are embarrassed to return.

A party for everyone who took part will be held in the library on Saturday 14 March from 10am to midday, with squash and cookies baked by our committee.
"""),

dict(id="h99-en-006", lang="en", tpl="brightspot",
     section="Politics", date="2026-02-23", byline="Sunita Brennan",
     title="District council names five sites for 400 affordable homes",
     sub="The Lidd Valley council would borrow £58 million for its biggest building programme in fifty years.",
     caption="The former bus depot in Hallowmere, one of the five sites.", credit="Photo: Sunita Brennan",
     carry=["rentdeposit"],
     body="""
The Lidd Valley district council has named five sites where it wants to build 400 affordable homes over the next eight years, in what its leader called the biggest council house building programme since the 1970s.

The plan, published on Monday, would see homes built on council-owned land at Brindle Moss, on the old bus depot in Hallowmere, at two sites on the edge of Tarnsett and on a former school playing field in Pennick Cross.

## Homes for social rent

About 260 of the homes would be let at social rents, with the rest offered at rents capped at 80 per cent of the local market or sold through shared ownership. The council would borrow about £58 million and expects to recover the cost from rents over 40 years.

Council leader Sandra Molyneux said the valley could not wait for developers. "Private builders have given us 37 affordable homes in five years," she said. "Families on our list are waiting four years for a house. That has to change."

## Objections expected

The Pennick Cross site is likely to be the most contested. A group of residents has already collected 500 signatures against building on the playing field, which they say is still used by the village football club.

While the homes are built, the council will keep running schemes that help people into private lets, including guaranteeing tenants' deposits.

The plan goes out to consultation on 2 March. Residents can comment online or at drop-in sessions in each of the five communities.
"""),

dict(id="h99-en-007", lang="en", tpl="chunks",
     section="Environment", date="2026-02-04", byline="Tomasz Hale",
     title="Brindle Moss reserve braces for an early and busy spring",
     sub="Wardens say the mild winter has set the birds and amphibians moving weeks ahead of time.",
     caption="Wet meadows at Brindle Moss nature reserve.", credit="Photo: Tomasz Hale",
     carry=["toadcrossings"],
     body="""
Wardens at Brindle Moss nature reserve say the mild winter means this spring's migration could start weeks early, and they are asking visitors to keep dogs on leads from the start of February.

The 140-hectare reserve, a former peat working on the edge of Hallowmere, has become one of the county's most important sites for breeding waders and amphibians since it was flooded in 2009.

Senior warden Tomasz Wrobel said lapwing and redshank had already been seen displaying over the wet meadows. "Normally we wouldn't expect that until March," he said. "Everything seems to be running about three weeks ahead."

Frogs spawned in the reserve's ditches in mid-January, and toads are expected to start moving towards the main lake on the first mild, wet nights. Hundreds of them cross the reserve's access road on the way.

The Lidd Valley Wildlife Trust, which manages the site, has closed the boardwalk to the west hide until July to give nesting birds space. The car park and the main trail to the lake stay open.

Mr Wrobel said the trust would rather explain the closures than see nests fail. "Most people are brilliant once they know why," he said. "We just ask them to follow the signs and share what they see with us."

The visitor centre is open daily from 9am to 4pm. Entry is free, and parking costs £3.
"""),

dict(id="h99-en-008", lang="en", tpl="cms",
     section="Business", date="2026-04-15", byline="Fay Ormerod",
     title="Pennick Cross bakery marks a century in the same family",
     sub="Ashworth's still bakes in the brick oven its founder built in 1926.",
     caption="Gemma Ashworth behind the counter of the family bakery.", credit="Photo: Fay Ormerod",
     low=0,
     body="""
Follow the smell of warm bread down Chapel Row in Pennick Cross and you will find a bakery celebrating its hundredth year in the hands of the same family.

Ashworth's Bakery was opened in 1926 by Albert Ashworth, a miller's son who had learned to bake in the Army. His great-granddaughter, Gemma Ashworth, runs it today with her husband and two part-time staff.

The shop still uses the brick oven Albert built, though it now runs on gas rather than coal, and its best-selling loaf is the same wholemeal recipe written in pencil in his notebook.

"People tell me their grandparents queued here for bread," Mrs Ashworth said. "That means more to me than any award."

Pupils at Pennick Cross Primary School were asked to design an anniversary cake. The winning entry, by eight-year-old Leo Barraclough, is a three-tier sponge shaped like the bakery, complete with a marzipan bicycle leaning against the window.

The bakery has survived two world wars, the arrival of a supermarket in Hallowmere and, in 2020, a fire in the flat above.

Free tea and a slice of the anniversary cake will be served at the shop from Monday to Saturday next week, from 8am until it runs out.
"""),

dict(id="h99-en-009", lang="en", tpl="nextjs",
     section="Town centre", date="2026-05-14", byline="Ravi Chaudhry",
     title="Hallowmere market comes home to the square after two years away",
     sub="Twenty-six traders have signed up for the first day back on the repaved Market Square.",
     caption="The new paving on Hallowmere Market Square.", credit="Photo: Ravi Chaudhry",
     low=0, only=["correction"],
     correction="Correction, 19 May: an earlier version of this story said the market would run on Wednesdays and Saturdays. It runs on Fridays and Saturdays.",
     body="""
Hallowmere's outdoor market is returning to the Market Square next month, two years after it moved to a car park on the edge of town while the square was repaved.

Twenty-six traders have signed up for the first day on Friday 5 June, including a fishmonger from the coast, three fruit and vegetable stalls and a cheese maker from Ewedale.

The market will run on Fridays and Saturdays from 8am to 3pm. Traders will pay £18 a day for a pitch, the same as before the move.

Stallholders said the car park had cost them customers. "People just didn't find us," said Dennis Hartley, who has sold fruit and vegetables in Hallowmere for 41 years. "In the square you get everyone walking past on the way to the bank or the chemist."

The new paving, which cost £2.4 million, includes power points for stalls and a water supply, so traders no longer need generators.

Town centre manager Priya Lal said the council wanted the market to grow. "We have room for 40 stalls and we'd love to fill them," she said.

Anyone interested in a pitch should contact the town centre office at Hallowmere Town Hall.
"""),
]
