# English stories for the fifty-seventh held-out part (h57-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h56_en.py (tpl: "webforms" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (licensing, counciltax, dogbeach),
# which are placed only on stories where a real site would print them.  "premises" (licensing pages) is the premises
# the licence notice names; "banned" (dogbeach pages, optional) the beaches the story says dogs are banned from.
ARTICLES = [
dict(id="h57-en-001", lang="en", tpl="webforms", site="Ashcombe Vale District Council", kind="public",
     section="Council news", date="2026-02-26", byline="Ashcombe Vale press office",
     title="Council tax to rise by 4.99% as second-home owners face double bills",
     sub="Full council approved the 2026/27 budget on Wednesday night. A Band D bill goes up by £106.83 a year.",
     caption="Councillors voting on the budget in the council chamber at Ashcombe House.", credit="Ashcombe Vale District Council",
     carry=["counciltax"],
     look=[("highlight", "The premium on second homes"), ("br", "Bills will be posted")],
     body="""
Council tax in Ashcombe Vale will rise by 4.99 per cent from April, after full council approved the 2026/27 budget by 29 votes to 11 on Wednesday night.

The increase is the most the council can make without holding a local referendum. A Band D household will pay £106.83 more over the year, or just over £2 a week, for the district council's share of the bill.

The leader of the council, Cllr Imogen Carthew, said the authority faced a gap of £2.3 million after rises in the cost of temporary accommodation and waste collection. "Nobody on this council wanted to put bills up. The alternative was closing things people rely on," she said.

The extra money will pay for:

- keeping all three public toilets on the seafront open through the winter
- two more enforcement officers to deal with fly-tipping
- a second street-cleaning crew in Ashcombe town centre on Saturdays
- a 12 per cent increase in the grant to the Citizens Advice service

## Second homes and empty homes

The premium on second homes will double the council tax paid on about 1,400 properties that are nobody's main home. The council expects it to raise £2.9 million a year, shared with the county council and the police.

Homes that have stood empty and unfurnished for more than a year will also pay double, and those empty for five years or more will pay three times the normal charge.

Opposition councillors said the premium would hurt families who had inherited a house and could not sell it. Owners in that position have twelve months before the premium applies.

Bills will be posted from Monday 9 March.

Anyone who is worried about paying should contact the council tax team on 01632 960 214 as early as possible, as instalments can be spread over twelve months instead of ten.
"""),

dict(id="h57-en-002", lang="en", tpl="cms", section="Local", date="2026-04-14", byline="Rhiannon Tresidder",
     title="Ferryman's Arms asks to serve until 1am, and Quay Road is split",
     sub="The riverside pub wants later hours on Fridays and Saturdays. Twenty-three neighbours have objected.",
     caption="The Ferryman's Arms on Quay Road, Brackwater.", credit="Photo: Rhiannon Tresidder",
     carry=["licensing"], premises="The Ferryman's Arms, 2 Quay Road, Brackwater",
     look=[("italic", "\"We're not asking to become a nightclub.\"")],
     body="""
A riverside pub in Brackwater has applied to sell alcohol until 1am on Fridays and Saturdays, and the street it stands on cannot agree whether that is good news.

The Ferryman's Arms on Quay Road currently has to stop serving at 11pm. Landlords Dean and Kerry Polglase want to add live acoustic music on Friday nights and keep the doors open for an hour and a half longer at weekends.

Mr Polglase said the pub had lost money every winter since they took it over in 2021. "In summer we're packed by eight and turning people away. In January we're two regulars and the dog. The late hours would keep four staff in work all year," he said.

"We're not asking to become a nightclub."

Twenty-three residents have written to the council to object, most of them from the flats at Ropewalk Court, which face the pub's beer garden across a narrow lane.

Retired teacher Gillian Pender, 71, said she already heard every word of the smoking area's conversations from her bedroom. "I have nothing against the pub. I have a lot against being woken at half past one by people saying goodnight to each other for twenty minutes," she said.

Eleven people have written in support, among them the owner of the fish and chip shop next door and the Brackwater Gig Rowing Club, which holds its meetings in the back room.

The pub has offered to close the beer garden at 10pm, fit a lobby to the side door and put up signs asking customers to leave quietly.

The council's licensing sub-committee will hear the application at the Guildhall on Tuesday 12 May at 10am. The hearing is open to the public.
"""),

dict(id="h57-en-003", lang="en", tpl="regional", section="Coast", date="2026-03-31", byline="Callum Penhallow",
     title="Dogs banned from three more beaches this summer as council widens seasonal rules",
     sub="From 1 May, dog walkers will have seven beaches in Tarrington Bay where they cannot go until October.",
     caption="Dog walkers on North Sands at low tide.", credit="Photo: Callum Penhallow",
     carry=["dogbeach"],
     banned=["Tarrington Bay main beach", "North Sands", "Lynmouth Cove", "Priory Steps beach"],
     body="""
Dog owners in Tarrington Bay will lose three more beaches for the summer from 1 May, after the district council voted to widen the seasonal rules that keep dogs off its busiest sands.

North Sands, Lynmouth Cove and the beach below Priory Steps join the four beaches where dogs are already banned between May and the end of September. The ban applies at all hours, including early in the morning.

The council said complaints about dog mess on the beaches had risen from 41 in 2023 to 118 last summer, and that two children had been bitten on North Sands in August.

**Where dogs can still go**

Dogs will still be welcome all year on:

- Hope Gap
- West Sands, north of the groyne
- Brackwater Spit, on a lead in the summer months

**'We pick up after our dogs'**

Hazel Trebilcock, who walks her two spaniels on North Sands every morning at half past six, said the decision punished the many for the few. "There's nobody else on that beach at that hour but us and the gulls. We pick up after our dogs, and we pick up other people's rubbish as well," she said.

A petition against the change has collected 2,600 names.

Cllr Rob Jago, who chairs the council's coast and countryside committee, said he was a dog owner himself. "Follow the signs and you'll have the best stretch of the bay to yourself at Hope Gap. We have tried to keep the beaches dogs love most," he said.

New signs will go up at every beach entrance during April. Wardens will patrol from the May bank holiday.
"""),

dict(id="h57-en-004", lang="en", tpl="magazine", section="Life", date="2026-01-20", byline="Frances Ollerenshaw",
     title="Forty winters on the moor: Kelsham's last hill shepherd",
     sub="Walter Ibbotson has kept sheep on Kelsham Moor since 1986. He tells us why he still goes up every day at dawn.",
     caption="Walter Ibbotson with his dog, Nell, above Scar Head.", credit="Photo: Frances Ollerenshaw",
     pull="A sheep knows the weather a day before the forecast does",
     look=[("dropcap", "Walter Ibbotson was twenty-three"), ("bold", "What does a day look like?"), ("bold", "How many sheep now?"),
           ("bold", "Has the moor changed?"), ("bold", "Who will take over?"), ("box", "Hefted sheep are flocks")],
     body="""
Walter Ibbotson was twenty-three when he took over his uncle's flock on Kelsham Moor. Forty years and two knee operations later, he is the last farmer on the moor who still shepherds sheep on the open hill every day.

What does a day look like?

I'm up at five and on the hill by first light. I walk the heft, see that nothing is stuck in a bog or on its back, and I'm down for breakfast at nine. Then there's everything else a farm needs.

How many sheep now?

Four hundred and twenty Swaledale ewes. My uncle had nine hundred. The grazing agreement with the national park cut the numbers in 2009, and it was right to, if I'm honest. The heather has come back.

Hefted sheep are flocks that know their own patch of open moor without fences, and pass that knowledge from ewe to lamb. If the flock goes, the knowledge goes with it.

Has the moor changed?

The winters are wetter and the snow comes later. A sheep knows the weather a day before the forecast does, and mine have been confused these last few years.

Who will take over?

My granddaughter, Poppy, is seventeen and at agricultural college. She says she'll do it. I've told her to get a job with a pension first. She didn't listen to that either.

Mr Ibbotson will give a talk on hill farming at Kelsham village hall on Friday 6 February at 7.30pm. Tickets are £5, with soup.
"""),

dict(id="h57-en-005", lang="en", tpl="typo3", section="What's on", date="2026-05-06", byline="Tom Arkwright",
     title="Quarry Fields festival gets its licence, with a 10.30pm curfew",
     sub="Up to 12,000 people a day will be allowed on site over the August bank holiday weekend.",
     caption="The main stage site at Quarry Fields, Saltinghope.", credit="Photo: Tom Arkwright",
     carry=["licensing"], premises="Quarry Fields, Old Quarry Lane, Saltinghope",
     look=[("highlight", "Music on the main stage must end")],
     body="""
A new three-day music festival on the edge of Saltinghope has been granted a licence for up to 12,000 people a day, but with some of the strictest conditions the council has set for an outdoor event.

Quarry Fields Festival will take place over the August bank holiday weekend on farmland off Old Quarry Lane, with two stages, a family field and a food market.

The organisers, Saltinghope Live Ltd, had asked for music until midnight. Councillors on the licensing committee cut that back after hearing from residents of the Brambles estate, which lies about 600 metres from the main stage.

Music on the main stage must end at 10.30pm each night. The second stage, inside a tent, can carry on until 11pm.

## The conditions

Conditions attached to the licence include:

1. sound levels measured at three points on the Brambles estate every half hour
2. a telephone hotline for residents, answered throughout the event
3. no glass on site, and no alcohol sold after 10pm
4. free shuttle buses from Saltinghope station until an hour after the music stops

Festival director Anya Sherbourne said the organisers were happy with the decision. "We'd rather start small and be invited back than start loud and be shown the door," she said.

Some residents remain unhappy. Ken Loveday, who lives on Bramble Rise, said the estate had been promised a quiet countryside view. "Three days a year I can cope with. What worries me is whether it stays at three," he said.

Tickets go on sale on Friday at 9am. Day tickets cost £49, and children under 12 go free.
"""),

dict(id="h57-en-006", lang="en", tpl="hugo", section="Sport", date="2026-06-30", byline="Josh Marwood",
     title="Wenning Bridge bowled out for 19, then win the return match by 140 runs",
     sub="A week after their lowest total in 112 years, the village cricket side beat the same opponents at home.",
     caption="Wenning Bridge celebrate a wicket against Hawes Cross on Saturday.", credit="Photo: Josh Marwood",
     carry=["scores"],
     body="""
Wenning Bridge Cricket Club have recovered from the lowest total in their 112-year history in the best possible way, beating the same side by 140 runs a week later.

On 20 June the village first team were bowled out for 19 at Hawes Cross in 11 overs. Five batsmen were out for nought, and the top score was eight extras.

On Saturday, in the return fixture at the Wenning Bridge recreation ground, they made 231 for six and bowled Hawes Cross out for 91.

## From 19 to 231

Captain Sam Rigby, 24, said the team had not talked about the previous week all through training. "We had a barbecue on Thursday and nobody was allowed to mention it. Whoever said 'nineteen' had to do the washing up," he said.

Opening batsman Harry Tennant, 16, scored 88, his first half-century for the first team. Leg spinner Gwen Oddie, 52, who has played for the club since 1991, took five wickets for 22.

Oddie said she had not enjoyed the trip home from Hawes Cross. "Nineteen all out in the paper with your name on it. My grandson had it on the fridge by Sunday," she said.

It was the first time in the club's records that a team had been bowled out for under 20 and won the return fixture by more than 100 runs.

Wenning Bridge are fourth in the division with eight matches left. They are at home to Kettlewick on Saturday at 1pm.

Nets are on Tuesday and Thursday evenings from 6pm, and new players of any age are welcome.
"""),

dict(id="h57-en-007", lang="en", tpl="portal", section="Schools", date="2026-02-12", byline="Leah Bransgrove",
     title="Year 6 bakers raise £2,140 for the hospice, one biscuit at a time",
     sub="The after-school baking club at Dunmere Primary has sold more than 4,000 cookies since September.",
     caption="Members of the baking club with their trays at Dunmere Primary.", credit="Photo: Leah Bransgrove",
     low=0,
     body="""
Cookies were gone by ten o'clock on Friday morning, the same as every Friday since September.

The after-school baking club at Dunmere Primary has now sold more than 4,000 of them at the school gate and in the village shop, and raised £2,140 for St Petroc's Hospice.

The club was started by teaching assistant Bev Colenso, whose mother was cared for at the hospice in 2024. Twelve children from Year 6 meet every Thursday in the school kitchen and bake until half past five.

"The first week we burnt two trays out of four. Now they could run a bakery," Mrs Colenso said.

Each child has a job. There are weighers, mixers, rollers and a quality controller, who is allowed to eat one broken biscuit per batch.

Ten-year-old Ruby Pascoe said the chocolate and orange ones sold out first. "People text their orders to the shop. One man ordered forty for his office and said we should put our prices up," she said.

They have, from 40p to 50p.

The hospice's fundraising manager, Carl Nance, said the children's money would pay for a month of night nursing. He has asked the club for the recipe so that it can appear in the hospice's spring newsletter.

The club bakes again on Thursday 5 March, and orders for Friday can be left with the village shop.
"""),

dict(id="h57-en-008", lang="en", tpl="legacy-br", section="Heritage", date="2026-09-15", byline="Owen Fairclough",
     title="Mill workers' photographs go on show, 60 years after the looms stopped",
     sub="A family in Pelham Cross found 300 glass negatives of Harrowden Mill in a loft.",
     caption="Weavers at Harrowden Mill in about 1938, from the newly found negatives.", credit="Photo: Pelham Cross Heritage Society",
     carry=["gallery"],
     look=[("italic", "\"My grandmother is in four of them")],
     body="""
More than 300 photographs of the people who worked at Harrowden Mill have gone on display in Pelham Cross, sixty years after the mill's last looms stopped.

The glass negatives were found in a loft on Cobden Street last winter by Jason and Amira Holt, who were clearing the house of Mr Holt's late uncle. They had been wrapped in newspaper from 1952 and stored in a tea chest.

The pictures were taken between the 1920s and the 1950s by Albert Holt, a loom tuner at the mill who was also a keen amateur photographer. They show weavers at their looms, the mill's brass band, the works outing to the seaside and the flood of 1947.

Pelham Cross Heritage Society spent six months cleaning and scanning the negatives.

"My grandmother is in four of them, at seventeen, with her hair tied up in a scarf," said the society's secretary, Lorraine Whitworth. "I had never seen a photo of her younger than forty."

The society has asked anyone who recognises a face to share what they know, and more than 90 people have already been named by visitors.

The exhibition is in the old engine house on Mill Lane and is open from Wednesday to Sunday, 11am to 4pm, until the end of November. Admission is free.
"""),

dict(id="h57-en-009", lang="en", tpl="medium", site="The Tarrant Ledger", kind="indie",
     section="Mending and making", date="2026-10-06", byline="Beth Okonedo",
     title="The repair café where nothing is too broken to try",
     sub="Once a month, volunteers in Tarrant Minster fix toasters, trousers and teddy bears for free. Three years in, they have saved five tonnes from the tip.",
     caption="Volunteer Des Hartigan mends a lamp at the Tarrant Minster repair café.", credit="Photo: Beth Okonedo",
     carry=["calendar"],
     body="""
On the first Saturday of every month, the church hall in Tarrant Minster fills up with broken things.

There are toasters that won't pop, lamps that flicker, a vacuum cleaner that smells of burning and, last month, a teddy bear that had lost an eye to a Labrador. By one o'clock, most of them work again.

The Tarrant Minster Repair Café started in October 2023 with four volunteers and a borrowed soldering iron. It now has nineteen fixers, and its records show 1,870 repairs and more than five tonnes of things kept out of the tip.

**The rules**

There are only a few:

- repairs are free, although there is a donations jar for tea and spare parts
- you stay with your item and watch, so you can fix it yourself next time
- nothing with a gas supply, and no microwaves
- if it can't be fixed, you take it home, not leave it

Retired electrician Des Hartigan, 74, is there every month. "People apologise for bringing a kettle. They think it's too small to bother with. A kettle is exactly the point," he said.

Sewing volunteer Marta Sobczak has altered 200 pairs of trousers. "Zips. Always zips," she said.

The café's organiser, Annie Rowcroft, said the busiest months were January, after Christmas, and September, when school uniforms came out of the cupboard.

The next repair café is on Saturday 7 November, from 10am to 1pm at St Mary's church hall. If you can mend things and would like to volunteer, contact Annie through the church office.
"""),
]
