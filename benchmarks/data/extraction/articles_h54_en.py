# English stories for the fifty-fourth held-out part (h54-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h52_en.py (tpl: "sveltekit" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (foodbank, planning, library), which
# are placed only on stories where a real site would print them.  "graphic" (sveltekit pages only) is the chart or
# map component the newsroom embedded in the story: its title, note, source line and rows, which the page prints
# and the reader does not count as story text.
ARTICLES = [
dict(id="h54-en-001", lang="en", tpl="sveltekit", site="The Mereford Tally",
     section="Homes, planning & building sites", date="2026-04-22", byline="Nadia Okonedo-Ferris",
     title="Mereford approved 1,940 homes in five years. Builders have finished 412",
     sub="We matched every major planning approval since 2021 against council tax records to see what was actually built.",
     caption="The unfinished second phase of the Brindle Fields estate, where work stopped in 2024.", credit="Photo: Tomasz Wereszczak for The Mereford Tally",
     carry=["planning"], avoid=["ad"],
     graphic=dict(kind="chart", title="Homes approved and homes finished, by year of approval",
                  note="Sites of ten homes or more. Homes count as finished once they appear on the council tax list.",
                  source="Source: Mereford Borough Council planning register and council tax records; Tally analysis",
                  rows=[("2021", "510 / 201"), ("2022", "388 / 132"), ("2023", "442 / 61"), ("2024", "316 / 18"), ("2025", "284 / 0")]),
     look=[("dropcap", "When councillors approved"), ("highlight", "Of the 1,940 homes")],
     body="""
When councillors approved 260 homes at Brindle Fields in the spring of 2021, the developer promised the first families would move in within eighteen months. Five years on, 74 of those homes stand finished, and the rest of the site is a fenced field of foundations.

Brindle Fields is not unusual. The Tally went through every planning approval for ten homes or more granted by Mereford Borough Council since January 2021, and matched each site against the council tax list, which records a home once someone can live in it.

Of the 1,940 homes approved on 23 sites, 412 have been finished. On nine of the sites, not a single home has been completed.

## Why the gap?

Developers and the council gave us different answers. The main reasons they named were:

- rising building costs since 2022, which made some approved schemes unprofitable
- a two-year wait for a new sewage connection on the town's eastern edge
- sites being sold on to other developers after permission was granted
- a shortage of bricklayers and groundworkers across the county

The council's head of planning, Rebecca Linfoot, said the borough could approve homes but could not make anyone build them. "A permission is a licence, not an obligation," she said.

## What comes next for the stalled sites

Planning permission in England usually lapses if work has not started within three years. On most of the stalled Mereford sites, a few foundations were dug in time to keep the permission alive.

Councillor Idris Pennock, who chairs the planning committee, said he wanted developers to publish a building timetable when they apply. "People see the approval in the paper and think the houses are coming. Then nothing happens for years," he said.

Our full list of the 23 sites, with the number of homes approved and finished on each, is published alongside this article. If you live near one of them, contact us: we are following this up.
"""),

dict(id="h54-en-002", lang="en", tpl="typo3", section="News", date="2026-12-03", byline="Gemma Harrowgate",
     title="Food bank asks for tinned fish and UHT milk as December queues grow",
     sub="Ashcombe Food Bank handed out 1,306 parcels last month, its highest total in eleven years.",
     caption="Volunteers packing parcels at the Ashcombe Food Bank warehouse on Tuesday.", credit="Photo: Gemma Harrowgate",
     carry=["foodbank"],
     look=[("italic", "\"We used to see the same faces")],
     body="""
Ashcombe Food Bank has appealed for tinned fish, UHT milk and long-life juice after handing out more food in November than in any month since it opened in 2015.

Volunteers packed 1,306 emergency parcels last month, feeding 2,870 people, almost a third of them children. In November last year the figure was 940.

Coordinator Sunita Rawle said the shelves of some basics were now emptier at the start of the week than they used to be at the end of it. "We can go through forty tins of tuna in a morning. At the moment we are buying them in, which is money we would rather spend on fresh food," she said.

## Who is coming through the door

The food bank is seeing more people in work, especially part-time care workers and delivery drivers whose hours have been cut, and more pensioners who have never asked for help before.

"We used to see the same faces through a bad patch. Now it's new people every week," said volunteer Gordon Ebdon, who has helped on the Tuesday sessions for six years.

## Christmas collections

Three supermarkets in the town will hold collection days on 13 and 14 December, and schools are collecting selection boxes and toiletries.

The food bank also needs volunteer drivers with their own car for deliveries to villages on Wednesday afternoons.

Parcels are given out on Tuesdays and Fridays from 10am to 1pm at the Baptist church hall on Cross Street. People need a referral from a GP, a school, Citizens Advice or the council.
"""),

dict(id="h54-en-003", lang="en", tpl="cms", section="Local", date="2026-06-17", byline="Callum Drewitt",
     title="Bandstand restored in time for its hundredth summer",
     sub="Sixty volunteers spent the winter stripping, mending and repainting the ironwork in Victoria Gardens.",
     caption="The restored bandstand in Victoria Gardens on Sunday afternoon.", credit="Photo: Callum Drewitt",
     low=0,
     body="""
Photos of the bandstand in Victoria Gardens in its first summer, 1926, show a brass band in peaked caps and a crowd in their Sunday best. On Sunday afternoon, a hundred years later, the Holmbridge Silver Band played to about 400 people on the same spot.

The cast-iron bandstand had been fenced off since 2022, when an inspection found rust had eaten through two of its eight columns. The borough council said it could not afford the £120,000 repair.

A group of neighbours formed the Friends of Victoria Gardens and raised £71,000 from a heritage grant, a crowdfunder and a year of cake and cookie sales. The council paid for the scaffolding.

Over the winter about sixty volunteers scraped off eleven layers of paint, while a foundry in the West Midlands cast two new columns from the original moulds, which had been kept in the council depot since the 1950s.

"Somebody had written 'do not throw away' on the box in 1958. I'd like to shake their hand," said the group's chair, Eileen Marchbank.

The last coat, a dark green chosen after paint samples were scraped back to the original layer, went on in May.

Brass band concerts will be held in the gardens every Sunday at 3pm until the end of August. Entry is free.
"""),

dict(id="h54-en-004", lang="en", tpl="portal", section="Community", date="2026-09-09", byline="Ruth Pemberton-Ng",
     title="\"A library is the last warm room you don't have to pay to sit in\"",
     sub="Hatherby library was due to close in October. Instead it becomes a community hub. We asked its librarian what will change.",
     caption="Librarian Owen Tallis in the children's corner at Hatherby library.", credit="Photo: Ruth Pemberton-Ng",
     carry=["library"],
     look=[("bold", "What happens on 1 October?"), ("bold", "Why was it going to close?"), ("bold", "Who pays?"),
           ("bold", "What will people notice?"), ("bold", "And the books?")],
     body="""
Owen Tallis has run Hatherby library for nineteen years. In June the county council put the branch on a list of seven it planned to close. Last week it agreed instead to hand the building to a partnership of the parish council and a local charity, which will run it as a community hub with the library inside.

What happens on 1 October?

The doors stay open. The library counter stays where it is, and I stay behind it, three days a week. The other two days the building will be run by the charity's staff and volunteers.

Why was it going to close?

Money. The council has to save £4.2 million from its library budget over three years. Hatherby has one of the smaller footfalls in the county, about 31,000 visits a year, so it looked like an easy saving on paper.

Who pays?

The parish council has agreed to raise its share of council tax by about £9 a year for an average household to cover the building costs. The county keeps paying for the books and for me.

What will people notice?

Longer hours, for a start. We will open on Saturday afternoons for the first time since 2016. The back room becomes a space for the credit union, a baby group and the council's benefits advisers.

And the books?

Still free to borrow. Still the heart of it. A library is the last warm room you don't have to pay to sit in, and that matters more every winter.

The library is open Monday to Friday from 9.30am to 5pm, and on Saturdays from 1pm to 4pm from October.
"""),

dict(id="h54-en-005", lang="en", tpl="regional", section="Sport", date="2026-11-16", byline="Lewis Farthingale",
     title="Cup dream ends on penalties for Corbury Town",
     sub="The ninth-tier side held a League Two club to 1-1 before losing 5-4 in the shoot-out.",
     caption="Corbury Town goalkeeper Jack Ormsby saves from the visitors' first penalty.", credit="Photo: Lewis Farthingale",
     carry=["scores"],
     look=[("br", "It was not quite enough.")],
     body="""
Corbury Town's first appearance in the first round proper of the FA Cup ended in heartbreak on Saturday, when the ninth-tier side lost 5-4 on penalties to League Two opposition after a 1-1 draw.

A record crowd of 2,914 squeezed into Mill Meadow, where temporary stands had been hired for the occasion and the club's volunteers had painted the terracing on Thursday night.

The visitors went ahead after 23 minutes through a header from a corner. Corbury, whose players include a plumber, a PE teacher and two university students, equalised eight minutes from time when substitute Deji Falana turned in a low cross.

Goalkeeper Jack Ormsby, who works at a builders' merchant, saved the first penalty of the shoot-out. Corbury scored their first four, before captain Liam Hebden's kick was pushed against the post.

It was not quite enough.

Manager Stuart Quayle said he had never been prouder. "Nobody will remember the score in ten years. They'll remember they were here," he said.

The club earned about £60,000 from prize money and its share of the gate, enough, the chairman said, to pay for new floodlights.

Corbury return to league action at home to Brandwick Athletic on Saturday, kick-off 3pm.
"""),

dict(id="h54-en-006", lang="en", tpl="magazine", section="Features", date="2026-02-11", byline="Imogen Sallow",
     title="The clock mender of Tanner's Row winds up after 51 years",
     sub="Bernard Kesterton has repaired about 14,000 clocks in his workshop. He is looking for someone to take it on.",
     caption="Bernard Kesterton at his bench in Tanner's Row.", credit="Photo: Imogen Sallow",
     pull="Every clock that comes in here has a family attached to it",
     look=[("dropcap", "The workshop at the end"), ("box", "Bernard Kesterton's workshop")],
     body="""
The workshop at the end of Tanner's Row ticks. Not one clock but about ninety of them, on the walls, on the shelves and in pieces on the bench, each running a few seconds apart from the one beside it.

Bernard Kesterton, 78, has worked here since 1975. He reckons he has repaired about 14,000 clocks, from pocket watches to a church turret clock that had to be brought in on a farm trailer.

At the end of March he will close the door for the last time.

"My eyes are fine. My hands are fine. It's my knees," he says, lowering himself onto a stool that has been mended almost as often as the clocks.

He trained as an apprentice at a jeweller's in Market Brayford, and opened on his own when the jeweller retired. For twenty years most of his work came from shops. Now almost all of it comes from families.

"Every clock that comes in here has a family attached to it. A grandmother's mantel clock, a wedding present, a barometer that hung in a pub for sixty years. People don't want a new one. They want that one," he says.

He has been looking for a successor for two years, without luck. Horology courses have waiting lists, he says, but few graduates want to take on a one-man business in a market town.

He is not giving up entirely. The church clock at St Wystan's, which he has wound every Saturday for thirty years, will still be his job.

Bernard Kesterton's workshop is open on Tuesdays, Thursdays and Saturdays from 10am to 4pm until 28 March. Clocks left for repair before 1 March will be ready before he closes.
"""),

dict(id="h54-en-007", lang="en", tpl="hugo", section="Business", date="2026-07-08", byline="Sanjay Whitlow",
     title="Neighbours fight plan to turn the old Co-op into nine flats",
     sub="Residents say the conversion would leave Lanesfield without a shop. The owner says nobody wants to rent it.",
     caption="The former Co-op on Market Street, empty since 2023.", credit="Photo: Sanjay Whitlow",
     carry=["planning"],
     look=[("italic", "Comments on the application can be made")],
     body="""
Residents in Lanesfield have lodged more than 180 objections to a plan to turn the village's former Co-op into nine flats.

The shop on Market Street closed in 2023 after sixty years. Since then the nearest supermarket has been four miles away in Corby Hatch, and the village bus runs every two hours.

The building's owner, Pellham Estates, has applied to the district council to convert the ground floor and the storerooms above into one- and two-bedroom flats.

**Two years on the market**

In a statement with the application, the company said the shop had been offered to let for two years at what it called a reasonable rent, and had received no serious interest from any retailer.

Parish councillor Marion Strudwick disputes that. "Two independent grocers asked about it and were told the rent was £38,000 a year. That's not an offer, that's a closed door," she said.

**A village without a shop**

The parish council wants the building listed as an asset of community value, which would give residents six months to raise money to buy it if it is ever sold.

A group of villagers who publish the monthly Lanesfield newsletter has already asked around 300 households whether they would put money into a community shop. More than 200 said they would.

"We've got a pub, a school and a church. Take away the shop and it's a dormitory," said Alan Deverell, 71, who has lived on Market Street since 1979.

Comments on the application can be made on the district council's planning website until 24 July. The council expects a decision in September.
"""),

dict(id="h54-en-008", lang="en", tpl="legacy-br", section="Local", date="2026-05-05", byline="Harriet Culpin",
     title="Fire destroys cricket pavilion hours before season opener",
     sub="Wexley Cricket Club lost its scorebox, kit and a century of photographs in Saturday's blaze.",
     caption="The remains of the Wexley cricket pavilion on Sunday morning.", credit="Photo: Harriet Culpin",
     only=["correction"],
     correction="Correction: this story first said the pavilion was built in 1928. It was built in 1923, and we have changed the article.",
     body="""
A fire destroyed Wexley Cricket Club's wooden pavilion in the early hours of Saturday, hours before the first match of the season.

Firefighters from three stations were called at 2.40am, but the building, which dated from 1923, was already well alight. No one was hurt.

The club lost its scorebox, its mowers, all of its kit and about 300 framed team photographs that hung on the walls, the oldest from 1924.

Club secretary Pauline Ingoldby said members had been in the pavilion until 10pm on Friday, painting the boundary boards. "We locked up, we had a laugh about the paint on the dog, and we went home. By the morning there was nothing left," she said.

Police said the cause of the fire was not yet known and asked anyone who saw people near the ground on Friday night to get in touch.

The season opener against Hollowmead went ahead on Saturday afternoon. Players changed in the car park, and the teas were served from the back of a van.

The club has started a fund to rebuild and has asked anyone with old photographs of Wexley teams to lend them so that copies can be made.
"""),

dict(id="h54-en-009", lang="en", tpl="ucoz", site="Little Haddow-under-Brook Village Website", kind="small", section="News from round the village",
     date="2026-03-28", byline="haddow_webmaster",
     title="Bridleway to Ferrers Wood open again after the winter floods",
     sub="The path along the brook was closed for eleven weeks while the parish council repaired two washed-out sections.",
     caption="The repaired bridleway beside Haddow Brook.", credit="Photo: Parish Council",
     carry=["map"],
     body="""
Good news for walkers, riders and dog owners: the bridleway from the church to Ferrers Wood is open again.

The path along Haddow Brook was closed on 9 January after the floods washed away two sections near the old sheepwash, leaving a drop of more than a metre in one place.

The county council's rights of way team could not repair it until the summer, so the parish council agreed to pay for the work itself and claim the money back later. The bill came to £8,400.

A contractor from Stoke Ferrers rebuilt the bank with stone-filled baskets, and volunteers from the footpath group laid 40 tonnes of hardcore over three Saturdays in March.

Thank you to everyone who turned out, and to Mrs Arkwright at Brook Farm for letting the lorries use her yard and for the bacon rolls.

Please keep to the path near the sheepwash while the new grass seed takes, and keep dogs on a lead through the sheep field.

If you spot any new damage, please contact the parish clerk, Julie Verrall, on 01632 960 418.
"""),
]
