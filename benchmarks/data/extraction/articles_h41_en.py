# English stories for the forty-first held-out part (h41-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h36_en.py (tpl: "silverstripe" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag; "inset": the caption and
# credit of the image element inside a Silverstripe story); "carry" names the residue families a page must carry,
# among them the three families new in this part (bathing, bins, hygiene), placed only on stories where a real site
# would print them.
ARTICLES = [
dict(id="h41-en-001", lang="en", tpl="silverstripe", site="Hirwen Valley Courier", kind="coop", section="Coast and countryside",
     date="2026-05-20", byline="Ffion Prydderch",
     title="Traeth Glasfor loses its 'excellent' rating after a summer of sewage spills",
     sub="The beach below Porth Hirwen has been downgraded to 'sufficient', and its Blue Flag will not fly this season.",
     caption="Swimmers at Traeth Glasfor on Tuesday evening, below the Porth Hirwen cliffs.", credit="Photo: Ffion Prydderch",
     inset=("The storm overflow pipe at the northern end of the beach, uncovered at low tide.", "Photo: Gareth Lloyd-Hughes"),
     carry=["bathing"],
     look=[("dropcap", "For eleven summers"), ("highlight", "Natural Resources Wales said"), ("factbox", "What the ratings mean")],
     body="""
For eleven summers in a row, Traeth Glasfor was rated "excellent" for bathing water. This week the beach below Porth Hirwen was downgraded two steps, to "sufficient", and the Blue Flag that has flown above the lifeguard hut since 2014 will not go up this year.

Natural Resources Wales said the change followed 19 samples last year in which bacteria levels were higher than normal. Most of them were taken within two days of heavy rain.

The water company confirmed that its storm overflow at the northern end of the beach discharged 41 times in 2025, for a total of 312 hours. It says a new storage tank, big enough to hold the contents of two Olympic swimming pools, will be built under the car park from next spring.

## What the ratings mean

- Excellent: the cleanest water, tested through the season
- Good: generally good quality
- Sufficient: meets the minimum standard
- Poor: bathing is advised against, and signs must go up

Sue Gwilym, who swims at Glasfor every morning from May to October, said the news did not surprise her.

> You can see it after a storm. The water goes brown and nobody goes in.

The county council stressed that the beach remains open and that lifeguards will patrol it every day from 10am until 6pm through the school holidays. Swimmers are asked to avoid the water for 48 hours after heavy rain.

Local campaigners have started their own weekly testing, and post the results on a free app run by a national surfing charity. "We are not trying to scare anybody away," said Hywel Tomos, one of the organisers. "We want people to be able to choose."

Sampling for this season started on 15 May, and the first results will be published by the end of the month.
"""),

dict(id="h41-en-002", lang="en", tpl="regional", section="Council", date="2026-08-26", byline="Owen Bracewell",
     title="Black bins to be emptied every three weeks across Ledbury Vale",
     sub="The district council says the change will save £900,000 a year and push recycling past 60 per cent.",
     caption="A refuse lorry on its round in Orchard Rise, Ledbury.", credit="Photo: Owen Bracewell",
     carry=["bins"],
     body="""
Households across Ledbury Vale will have their black bins emptied once every three weeks instead of once a fortnight from October, after councillors approved the change on Tuesday night.

The district council says the new timetable will save £900,000 a year and help it reach a recycling rate of 60 per cent by 2028. At the moment, 47 per cent of household waste is recycled or composted.

Councillors voted 24 to 15 in favour after a debate that lasted almost three hours.

## What changes in October

- Black bins (general waste): every three weeks
- Blue bins (cans, plastics, glass and paper): every fortnight, as now
- Food caddies: every week, as now
- Green bins (garden waste): every fortnight from March to November, for a yearly fee of £48

Every household will get a letter with its new collection days before the end of September. The first three-weekly rounds begin on 6 October.

Larger families and households with nappies or medical waste can apply for a bigger bin or an extra collection free of charge.

## 'It will be a struggle'

Councillor Jenny Marsh, who leads on the environment, said three other councils in the county had already made the switch without problems. "Half of what goes in the average black bin could be recycled. Most of it is food," she said.

Opposition councillor Peter Gaunt said he feared an increase in fly-tipping. "For a family of five with a standard bin, three weeks will be a struggle," he said.

The council says it will put two extra enforcement officers on the roads in the first six months to deal with any fly-tipping.

Residents can also take extra waste to the recycling centre at Wenlow Road, which is open every day except Thursday.
"""),

dict(id="h41-en-003", lang="en", tpl="magazine", section="Food and drink", date="2026-03-27", byline="Nadia Corlett",
     title="'We scrubbed for three weeks': how the Harbour Kitchen went from one star to five",
     sub="Two years ago the quayside café had one of the lowest hygiene ratings in the district. Now it has the top score.",
     caption="Lowri and Sam Penberthy behind the counter of the Harbour Kitchen on Wenlow quay.", credit="Photo: Nadia Corlett",
     carry=["hygiene"],
     pull="We took every shelf off the wall.",
     look=[("dropcap", "When Lowri and Sam Penberthy"), ("box", "The Harbour Kitchen is open")],
     body="""
When Lowri and Sam Penberthy bought the Harbour Kitchen on Wenlow quay in 2024, the green sticker in the window said one out of five. This month an inspector gave the café a five. We asked them how.

**What did you find when you took over?**

Sam: Grease behind the fryers that must have been there for ten years. A fridge that was not cold enough. No records at all of when anything had been cleaned.

**Did you think about closing?**

Lowri: For about a day. Then we shut for three weeks and scrubbed. We took every shelf off the wall. Sam's dad relaid the floor.

**What made the difference?**

Sam: Paperwork, honestly. Inspectors want to see that you check temperatures twice a day and write it down. We bought a probe thermometer for £20 and a notebook.

Lowri: And training. Both of us and our two staff did the level two food hygiene course online. It costs about £25 each.

**Was the inspection frightening?**

Lowri: She arrived unannounced on a Wednesday at half past eleven, right before the lunch rush. She spent two hours here and opened every drawer.

**And customers?**

Sam: People do look at the sticker. A couple told us they had walked past for years because of the old one. We put photos of the kitchen on our Instagram every Friday now, so anyone can see it.

**What next?**

Lowri: Keeping it. The next inspection could be in a year or in two. The five only counts if you earn it every single day.

The Harbour Kitchen is open from 8am to 4pm, Wednesday to Sunday. Breakfast is served until 11.30.
"""),

dict(id="h41-en-004", lang="en", tpl="chunks", section="Environment", date="2026-05-08", byline="Callum Ridgeway",
     title="Ashpool meadow becomes the county's first river bathing site",
     sub="Swimmers campaigned for three years to have the stretch of the River Ledd tested like a beach.",
     caption="Members of the Ledd Dippers at Ashpool meadow, where the river widens below the weir.", credit="Photo: Callum Ridgeway",
     carry=["bathing"],
     look=[("italic", "The designation does not mean")],
     body="""
A stretch of the River Ledd at Ashpool meadow has become the first river bathing site in the county, after a three-year campaign by local swimmers.

The government confirmed on Thursday that the 400-metre stretch below Ashpool weir will be added to the list of official bathing waters from 15 May. It means the Environment Agency must test the water every week through the summer and publish the results.

The Ledd Dippers, a group of about 250 swimmers, collected more than 1,000 survey forms showing how many people use the meadow on warm days. On one Saturday last July they counted 612.

**Testing every week**

Carol Ainsworth, who founded the group, said swimmers had been going in at Ashpool for generations without knowing what was in the water. "Now we will find out, every week, and so will everybody else," she said.

The designation does not mean the water is clean. It means it will be monitored, and that the agency and the water company will have to act if it is not.

**Farmers asked to help**

Samples taken by the group last summer found high levels of bacteria after rain, which the agency believes come partly from a sewage works upstream at Wenlow and partly from fields where cattle graze down to the bank.

Two farms upstream have already agreed to fence off the river and put in drinking troughs, paid for by a government grant.

**A caution**

The agency's first classification will not be published until November. Until then, it advises swimmers to avoid the water after heavy rain and to cover any cuts.

The meadow has no lifeguards. Parking is at the village hall, a ten-minute walk away.
"""),

dict(id="h41-en-005", lang="en", tpl="quintype", section="Courts", date="2026-02-12", byline="Josh Trevail",
     title="Takeaway owner fined £12,000 after inspectors find mouse droppings",
     sub="The Golden Dragon in Porthgwyn had been given a zero hygiene rating, magistrates heard.",
     caption="The Golden Dragon takeaway on Chapel Street, Porthgwyn.", credit="Photo: Josh Trevail",
     carry=["hygiene"],
     look=[("highlight", "Inspectors found mouse droppings")],
     body="""
The owner of a Porthgwyn takeaway has been fined £12,000 after council inspectors found mouse droppings in the kitchen and raw chicken stored next to cooked rice.

Li Wen Hao, 52, of Tregony Road, pleaded guilty at Penwarren Magistrates' Court to six offences under food safety law relating to the Golden Dragon on Chapel Street.

Inspectors found mouse droppings on shelves, in a bag of flour and behind the chest freezer during a visit in August, the court heard. A hand-washing sink was blocked by boxes and had no soap.

Prosecuting for the district council, Eleanor Pascoe said the takeaway had been given a hygiene rating of zero, meaning urgent improvement was necessary. It closed voluntarily for eight days while pest controllers treated the building.

"These were not minor lapses. They put customers at real risk," she said.

Mr Hao, who has run the takeaway since 2011, said in a statement read by his solicitor that he was "deeply ashamed". He had been ill for much of last summer, and had left the kitchen to a relative.

The solicitor said the kitchen had since been refitted at a cost of £18,000 and that Mr Hao and his staff had all completed training.

Magistrates fined him £12,000 and ordered him to pay £3,460 in costs and a £2,000 victim surcharge.

Chair of the bench Margaret Hicks told him: "The public must be able to trust that food sold to them is safe."

The takeaway was inspected again in January and now has a rating of three, which means generally satisfactory.

Anyone concerned about a food business can report it to the council's environmental health team.
"""),

dict(id="h41-en-006", lang="en", tpl="typo3", section="Community", date="2026-09-30", byline="Harriet Moss",
     title="Villagers buy £160,000 in shares to save Stanbury's last shop",
     sub="More than 300 people have invested in the community-owned store, which opens in the old post office in December.",
     caption="Volunteers painting the front of the old post office in Stanbury.", credit="Photo: Harriet Moss",
     body="""
More than 300 people have bought shares worth a total of £160,000 to keep a shop open in Stanbury, after the village store closed in June.

The share offer closed on Friday, £25,000 above its target. The money will buy the old post office building on Church Lane and fit it out as a shop and café, run by a manager and volunteers.

The minimum investment was £50. The largest single shareholder, a retired farmer who did not want to be named, put in £10,000.

"Every shareholder gets one vote, however much they put in," said Alan Pryor, who chairs the steering group. "That was important to us. It belongs to the whole village."

The shop will sell bread from a bakery in Hollowmere, milk from a farm two miles away, newspapers and everyday groceries. It will also have a post office counter for two mornings a week.

Stanbury has about 900 residents. The nearest supermarket is eight miles away, and the bus runs four times a day.

Jean Carter, 84, bought £200 of shares with money she had saved for her grandson's wedding present. "He said he'd rather have the shop," she said.

It was her first investment.

A national charity that helps communities take over shops and pubs says there are now more than 450 community-owned shops in the UK, and that very few have closed.

The steering group hopes to open on 1 December. It needs about 30 volunteers to work two-hour shifts.

Updates on the work will go out in the village newsletter, which is delivered free to every house in the parish.
"""),

dict(id="h41-en-007", lang="en", tpl="sanity", section="Sport", date="2026-05-04", byline="Dan Kernick",
     title="Tregarth Bay promoted after a last-day win in front of 1,100",
     sub="Jake Penrose's late header sealed second place and a first promotion in 31 years.",
     caption="Tregarth Bay players celebrate at the final whistle at Gull Park.", credit="Photo: Dan Kernick",
     carry=["scores"],
     look=[("dropcap", "Tregarth Bay are going up.")],
     body="""
Tregarth Bay are going up. A header from Jake Penrose six minutes from time gave the club a 2-1 win over Lanvean on Saturday and second place in the Duchy Coast League, with the promotion that goes with it.

A crowd of 1,100 at Gull Park, nearly five times the usual gate, ran onto the pitch at the final whistle.

It is the club's first promotion since 1995. That season's captain, Roger Nance, now 63, was in the stand with his grandson.

"I told the lads before the game that nobody remembers the team that nearly did it," said manager Kev Hendy.

Bay went behind in the 20th minute when Lanvean's Tom Rowe scored from the edge of the box. Midfielder Luke Angove equalised before half-time with a free kick that went in off the post.

Penrose, a 19-year-old apprentice electrician, rose above two defenders to meet a corner from Angove in the 84th minute.

"I just shut my eyes and jumped," he said.

The final standings at the top:

1. St Kerra United, 82 points
2. Tregarth Bay, 79 points
3. Lanvean, 77 points
4. Polmor Athletic, 71 points

Bay finished two points ahead of Lanvean, who needed a win to go up in their place.

The club now has to put up floodlights and extra covered seating to meet the ground rules of the higher league. Chairman Wendy Pascoe said the club would apply for a grant and start fundraising this month.

The new season starts in August.
"""),

dict(id="h41-en-008", lang="en", tpl="hugo", section="Business", date="2026-11-19", byline="Priya Kowalczyk",
     title="Bakery's chocolate cookies sell out in 40 minutes after TV appearance",
     sub="Crumb & Co in Carrick Sands has taken on two more bakers to keep up with demand.",
     caption="Trays of cookies cooling at Crumb & Co on Fore Street.", credit="Photo: Priya Kowalczyk",
     body="""
Cookies were gone by 7.40am. For the third morning running, the queue outside Crumb & Co on Fore Street in Carrick Sands started before dawn, and the bakery's famous sea-salt chocolate cookies sold out within 40 minutes of the doors opening.

The rush began after the bakery appeared on a television cookery programme on Sunday, in which a judge called its cookie "the best thing I have eaten in Cornwall".

Owner Becky Tonkin, 34, who opened the bakery in a former bike shop in 2022, said she had watched the programme at home with her mum. "I knew it would be busy. I did not know people would drive from Bristol," she said.

On Tuesday, the bakery sold 1,400 cookies. On a normal day it sells about 200.

Becky has taken on two more bakers, and the ovens now start at 3am instead of 5am. Customers are limited to six cookies each.

The bakery's Instagram account, which had about 3,000 followers last week, now has more than 40,000.

Not everyone is pleased. Neighbours on Fore Street have complained about cars parked on the pavement, and the town council has asked the police to keep an eye on the street in the mornings.

Becky said she was talking to the council about a second shop, and had been asked by three supermarkets whether she would sell cookies through them.

"I said no. They would not be the same," she said.

Crumb & Co is open from 7am until sold out, Tuesday to Saturday.
"""),

dict(id="h41-en-009", lang="en", tpl="medium", site="Upstream Marches", kind="indie", section="Rivers and wells",
     date="2026-07-22", byline="Tom Ellery",
     title="Finding the lost wells of Clunbury, one bramble patch at a time",
     sub="Volunteers have mapped 37 of the parish's old springs and wells. Some have not been seen for a century.",
     caption="The restored trough at Lady Well, above Clunbury church.", credit="Photo: Tom Ellery",
     look=[("bold", "Nobody knows how many wells")],
     body="""
Nobody knows how many wells the parish of Clunbury once had. The first map to mark them, drawn in 1884, shows 52. By the 1960s, when mains water reached the last farms, most had been filled in, built over or simply forgotten.

Since last spring, a group of 14 volunteers has been looking for them. So far they have found 37.

## A map and a pair of wellies

The search began when Ann Preece, a retired geography teacher, found the 1884 map in a box of papers left to the village history society.

"I laid it over a modern map on my computer and realised that most of the wells were within half a mile of where I live," she said.

The volunteers walk out with the old map, a GPS and a pair of loppers. Most of the wells are on private land, and the group asks permission from every landowner first. Only one has said no.

## What they found

Some wells are easy to spot: stone troughs at the roadside, still running. Others are no more than a damp patch in a field where the grass grows greener.

At Lady Well, above the church, the group cleared two tonnes of brambles and silt and found a stone basin with a date, 1742, carved into its lip.

The best finds so far are listed on the history society's website, with photos and directions. The group does not publish the location of wells on private land.

## Why the wells matter

Springs are more than curiosities. The county's ecologist says old wells are often home to rare mosses and freshwater shrimps, and that they can tell scientists how the water table has changed.

The group meets on the first Saturday of each month at 10am at the village hall. New members are welcome, and wellies are essential.
"""),
]
