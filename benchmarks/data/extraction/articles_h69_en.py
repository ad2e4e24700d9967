# English stories for the sixty-ninth held-out part (h69-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h68_en.py (tpl: "arcxp" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (lostfound, hallhire, sirentest), which
# are placed only on stories where a real site would print them.  On the arcxp pages the "sub" is the story's
# subheadline, "caption" / "credit" belong to the lead art of the article template and "body_caption" to the image
# the editor placed in the story in Composer; a block of lines starting with "| " is a story table (an ANS table
# element; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h69-en-001", lang="en", tpl="arcxp", site="Halverton Evening Mail",
     section="Local", date="2026-03-18", byline="Bethan Corrigall",
     title="A tuba, 2,300 umbrellas and a set of false teeth: a year in Halverton's lost property office",
     sub="Passengers left 9,412 things on the city's buses and trams last year. Fewer than a third of them were ever collected.",
     caption="Shelves of unclaimed umbrellas at the Halverton Interchange lost property office.", credit="Photo: Bethan Corrigall / Halverton Evening Mail",
     body_caption="Office manager Ruth Awolowo logs a rucksack handed in by a tram driver.",
     carry=["lostfound"],
     look=[("italic", "\u201cSomebody out there is eating soup with their gums.\u201d"),
           ("br", "The owner never came back for it.")],
     body="""
Passengers on Halverton's buses and trams left behind 9,412 items last year, from phones and house keys to a tuba and a wedding dress, according to figures released by the city's transport company on Monday.

The items end up in a windowless room on the first floor of Halverton Interchange, where three staff log, label and store them for up to three months.

| Item | Handed in | Collected
| Umbrellas | 2,317 | 96
| Bank cards and wallets | 1,840 | 1,102
| Phones | 1,205 | 788
| Keys | 964 | 211

Office manager Ruth Awolowo, who has worked there for eleven years, said umbrellas were the hardest to shift. "People buy a new one rather than come into town for a four-pound umbrella. We give most of them to homeless charities in the autumn."

## The strangest things

The tuba was left on the top deck of a number 14 bus in November, still in its case.

The owner never came back for it.

Staff have also logged a bag of frozen peas, two hamsters in a travel cage, a box of wedding invitations and a set of false teeth, found on a tram seat in July.

\u201cSomebody out there is eating soup with their gums.\u201d

Mrs Awolowo said the office now photographs every valuable item and matches descriptions sent by email, which has doubled the number of phones returned since 2024.

Unclaimed goods are sold at auction twice a year, and the money goes towards the company's community fund.

The lost property office is on the first floor of Halverton Interchange and opens from 9am to 4.30pm, Monday to Friday.
"""),

dict(id="h69-en-002", lang="en", tpl="quintype", section="News", date="2026-09-02", byline="Callum Rowbotham",
     title="Ludworth's new flood sirens will sound on the first Monday of every month",
     sub="Four sirens have been fixed to lamp posts along the River Leaze after last winter's floods.",
     caption="One of the new sirens on Mill Bank, above the River Leaze.", credit="Photo: Callum Rowbotham",
     carry=["sirentest"],
     look=[("highlight", "The sirens can be heard up to a mile away")],
     body="""
Four flood sirens have been installed along the River Leaze in Ludworth, nine months after water came over the banks and flooded 63 homes on Mill Bank and Tanyard Row.

The sirens, paid for by the Environment Agency and the district council, will be tested on the first Monday of every month at 11am, starting next week.

The sirens can be heard up to a mile away. They are controlled from the agency's incident room in Northwich and can also be switched on by the town's two flood wardens.

Residents will hear two different sounds:

- a rising and falling wail means the river is about to overtop and people should move to higher ground
- a single steady note lasting a minute means the danger has passed

During the monthly test residents will hear the rising and falling sound for 30 seconds, followed by the steady note.

Flood warden Denise Okafor, whose house on Tanyard Row had water up to the second stair, said the sirens would help older people who did not use mobile phones. "Last December I went door to door at two in the morning with a torch. Half the street never got the text message."

Some residents of Mill Bank have asked why the system was not installed years ago. The town has flooded three times since 2012.

The agency said a mobile phone alert would still be sent before the sirens are used, and urged residents to sign up for free flood warnings by phone.

Anyone who cannot hear the test from their home is asked to tell the district council's emergency planning team.
"""),

dict(id="h69-en-003", lang="en", tpl="sanity", section="Community", date="2026-04-22", byline="Hattie Mulgrew",
     title="Brackenfold village hall reopens with a lift, a new kitchen and a waiting list",
     sub="The 1926 hall closed for eighteen months for a \u00a3380,000 refurbishment paid for mostly by grants and a village lottery.",
     caption="The main hall at Brackenfold on the eve of the reopening.", credit="Photo: Hattie Mulgrew",
     carry=["hallhire"],
     look=[("dropcap", "Brackenfold's village hall opened its doors again")],
     body="""
Brackenfold's village hall opened its doors again on Saturday, a hundred years after it was built by the men of the village for those who came home from the war.

The hall had been closed since October 2024, when a surveyor found rot in the floor joists and asbestos in the kitchen ceiling. Trustees were told repairs would cost more than the building was insured for.

Instead of selling it, the village raised \u00a3380,000. Most of the money came from heritage and lottery grants, but \u00a341,000 was raised by a weekly village lottery, cake sales and a sponsored swim across Brackenfold tarn.

## What the money paid for

- a new sprung floor in the main hall
- a commercial kitchen with a serving hatch
- a lift to the upstairs committee room
- solar panels and an air-source heat pump
- two accessible toilets

"It was a hall you rented because there was nowhere else," said trustee chair Colin Fairbairn. "Now people are ringing us."

Bookings have already been taken for 31 weekends this year, including eleven weddings. The pre-school, the Wednesday lunch club and the Brackenfold Players will all return this month.

Mr Fairbairn said the trustees had kept prices for village groups the same as before the works, and would charge more to outside bookings and private parties.

A plaque by the door lists the 58 names of the men who built the hall in 1926. Their descendants were invited to cut the ribbon.

The hall's open day, with tours and afternoon tea, is on Sunday from 2pm to 5pm.
"""),

dict(id="h69-en-004", lang="en", tpl="nextjs", section="People", date="2026-07-14", byline="Marcus Heddle",
     title="\u2018I have seen three generations cross this road\u2019: Hollins Road lollipop lady hangs up her coat",
     sub="Brenda Sayle has seen children across Hollins Road every school morning for 34 years.",
     caption="Brenda Sayle at her post outside Hollins Road Primary.", credit="Photo: Marcus Heddle",
     low=0,
     look=[("bold", "How did the lollipop find you?"), ("bold", "Rain or snow?"), ("bold", "And the drivers?"), ("bold", "The hardest morning?"),
           ("bold", "What will you miss most at the kerb?")],
     body="""
Brenda Sayle took up her lollipop for the first time in September 1992, outside Hollins Road Primary in Cawley. On Friday she crossed her last class of children, and the school gave her a guard of honour. We asked her about 34 years at the kerb.

How did the lollipop find you?

My youngest was in reception. The lady who did it before me broke her wrist, and the head teacher asked at the gate if anybody could help for a fortnight. The fortnight never ended.

Rain or snow?

Rain, every time. Snow is lovely. The children are happy, the cars go slowly. Rain gets down your neck and the coat weighs a ton by nine o'clock.

And the drivers?

Mostly good. There were a few in the early years who thought the lollipop was a suggestion. I have had wing mirrors brush my coat. Now there is a camera on the sign, and it has calmed everybody down.

The hardest morning?

The day after the school lost a pupil in a car accident in 2009. Nobody spoke. The children held hands all the way across.

What will you miss most at the kerb?

The waves. I have crossed children whose parents I crossed, and this year I crossed a grandson of one of my first ones. They still wave from the bus when they are grown up.

The children made her a book with a photo of every class she saw across the road, and she says it will sit on her kitchen table.

The council is still looking for somebody to take over the crossing in September.
"""),

dict(id="h69-en-005", lang="en", tpl="portal", section="Heritage", date="2026-06-08", byline="Siobhan Treloar",
     title="Priory Park bandstand plays again after two-year restoration",
     sub="The cast-iron bandstand, made in a Glasgow foundry in 1898, was taken apart piece by piece.",
     caption="The restored bandstand in Priory Park.", credit="Photo: Siobhan Treloar",
     only=["correction"],
     correction="Correction, 9 June: an earlier version of this report put the cost of the restoration at \u00a3240,000. The correct figure is \u00a3204,000.",
     body="""
The Priory Park bandstand in Eastholme hosted its first concert in more than two years on Sunday afternoon, when the Eastholme Silver Band played to a crowd of around 800 people on the grass.

The bandstand, made of cast iron at a Glasgow foundry in 1898, was closed in 2024 after a section of its roof came down in a storm. Engineers found that many of the columns were cracked and that rainwater had been collecting inside them for decades.

Every piece was numbered, taken down and sent to a specialist workshop in the Black Country, where 140 parts were repaired and 22 were cast again from the old moulds.

The work cost \u00a3204,000, paid for by the town council, a heritage grant and a public appeal that raised \u00a318,500.

The roof has been painted in its original colours, dark green with cream and gold, which were found under eleven layers of paint.

"When I was a boy there was a concert every Sunday in summer," said Eric Hoult, 87, who sat in the front row. "My father played the cornet here. I never thought I would hear a band in it again."

Band secretary Lorna Gillett said members had practised for weeks. "We wanted to play the same march that opened the bandstand in 1898, so we found the music in the library archive."

Concerts will now be held on the first Sunday of every month until September, starting at 3pm.
"""),

dict(id="h69-en-006", lang="en", tpl="chunks", section="Community", date="2026-10-05", byline="Priya Halloran",
     title="Six hundred people turn out for Wexcombe community orchard's first apple day",
     sub="The orchard was planted on an old allotment site by volunteers seven years ago.",
     caption="Children pressing apples at the Wexcombe orchard.", credit="Photo: Priya Halloran",
     carry=["calendar"],
     look=[("br", "Most of it was given away")],
     body="""
More than 600 people came to Wexcombe's community orchard on Saturday for its first apple day, seven years after volunteers planted the first trees on a derelict allotment site behind the fire station.

The orchard now has 84 trees and 31 varieties of apple, many of them old local kinds that had almost disappeared, such as the Wexcombe Russet and the Lady's Finger of Hallow.

Visitors could taste every variety, have apples from their own gardens named by an expert, and press their own juice on a wooden press borrowed from a farm in the next valley.

Volunteer Graham Petrie said the queue for the press never got shorter than twenty people. "We thought a few families would come. We ran out of cups by half past eleven."

By three o'clock the press had made 400 litres of juice.

Most of it was given away, and the rest will be bottled and sold at the Christmas market.

The orchard group started in 2019 with six members and now has more than seventy. They prune the trees in winter, mow in summer and run a tree-grafting class each spring.

Chairwoman Anita Kerrigan said the group wanted children to grow up knowing where fruit came from. "We had a boy today who had never picked an apple off a tree. He ate four."

Volunteers will share out the rest of this year's crop among local schools and the food bank.

The orchard is open to the public every Saturday from 10am to 1pm, and the next work party is on 17 October.
"""),

dict(id="h69-en-007", lang="en", tpl="legacy-br", section="Community", date="2026-02-24", byline="Duncan Ferrier",
     title="Thornby parish magazine reaches 1,000 issues, still delivered by hand",
     sub="Forty-one volunteers push the magazine through 1,900 letterboxes every month.",
     caption="Volunteers folding copies in Thornby village hall.", credit="Photo: Duncan Ferrier",
     body="""
The newsletter that goes through every door in Thornby and Welling reached its 1,000th issue this week, 83 years after the vicar typed the first one on a single sheet during the war.

The Thornby and Welling Parish News is now 24 pages long, printed in colour and delivered free to 1,900 homes. It has never been sold, and it has never missed a month.

**Forty-one delivery rounds**

Each issue is folded and bundled in the village hall on the last Thursday of the month. Forty-one volunteers then take a round each, most of them on foot.

The longest-serving is Margaret Dunphy, 91, who has delivered to the same 46 houses on Church Lane since 1977. "I know every dog on the round and every loose letterbox. I have only missed one month, when I had my hip done, and my grandson did it for me."

**What goes in**

Editor Philip Goss said the magazine printed the church rota, the bin days, the parish council minutes and a page of photographs sent in by readers. The most popular page, he said, was the one of births, marriages and deaths.

The 1,000th issue includes a reprint of the first sheet from 1943, which asked villagers to save paper and to welcome evacuees from the city.

Mr Goss said the magazine was paid for by advertisements from local traders and a grant from the parish council.

People who have moved away from the village and want to subscribe can leave their name and address at Welling post office.
"""),

dict(id="h69-en-008", lang="en", tpl="regional", section="Sport", date="2026-08-31", byline="Tom Ashworth",
     title="Fernleigh women win the league in only their second season",
     sub="The team was started by two mothers who wanted to play the game their sons played.",
     caption="Fernleigh's women celebrate on the pavilion steps.", credit="Photo: Tom Ashworth",
     carry=["scores"],
     body="""
Fernleigh Cricket Club's women's team have won the Dales Women's League in only their second season, beating Ashby Magna by 41 runs on Sunday to finish top of the table.

The team was formed in the spring of 2025 by Kerry Nuttall and Joanne Briggs, two mothers who spent their weekends watching their sons' junior matches and decided they wanted to play themselves.

In the first season they won two games out of twelve. This year they lost only once.

Captain Kerry Nuttall scored 58 on Sunday and took three wickets. "Last year we were just happy to get eleven players out. Half of us had never held a bat before we started."

**Winter nets**

The turning point, she said, was a winter of indoor practice at the leisure centre, paid for by a grant from the county board. The club also found a coach, former county player Rashida Mistry, who comes every Tuesday evening.

Fernleigh now has 27 women on its books, from a 16-year-old schoolgirl to a grandmother of 63, and a girls' team for under-13s will start next year.

Club chairman Stuart Pennock said the women had changed the club. "The bar used to be empty on Sunday afternoons. Now the families stay and the teas have never been better."

The team will play in the higher division next season.

Anyone who wants to try cricket is welcome at the club's open evening on 9 September at 6pm.
"""),

dict(id="h69-en-009", lang="en", tpl="cms", section="News", date="2026-11-17", byline="Ellie Brannigan",
     title="New footbridge over the Arden reconnects the two halves of Stanbury",
     sub="The old bridge was closed in 2023 and pulled down, leaving a two-mile walk round by the road.",
     caption="The new footbridge over the River Arden.", credit="Photo: Ellie Brannigan",
     carry=["map"],
     body="""
A new footbridge over the River Arden opened in Stanbury on Monday, three years after the old one was closed and people on the east bank faced a two-mile walk to reach the town's shops and station.

The bridge is 38 metres long and made of weathering steel, which is meant to rust to a dark brown and never need painting. It was lifted into place in a single piece by a crane in September.

The old bridge, built in 1964, was closed in 2023 when inspectors found that its concrete deck was crumbling. It was taken down the following spring.

For the 2,400 people who live in the Arden Park estate, the closure meant either a long walk along the main road or a bus that runs every half hour.

"My daughter's school is five minutes from our front door if you go over the river," said Leanne Cobb, who started a petition for a new bridge. "Without it, it was forty minutes, along a road with no pavement for half the way."

The bridge cost \u00a32.6 million, paid for by the county council and a government fund for walking and cycling routes.

It is wide enough for bikes and wheelchairs, and has lights set into the handrails so it can be used after dark.

County councillor Ahmed Rasul said the bridge was "built to last a hundred years, not sixty".

Anyone with questions about the paths leading to the bridge can contact the county's rights of way team.
"""),
]
