# English stories for the fourth held-out part (h4-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), site (fixed site name),
# standfirst (shown under the headline by the fusion and chunks templates; not body).
ARTICLES = [
dict(id="h4-en-001", lang="en", tpl="gutenberg", section="Technology", date="2025-04-03", byline="Priya Wendover",
     title="Watchdog opens inquiry into news site's 'pay or accept cookies' wall",
     caption="The Daily Meridian's consent screen offers readers two buttons.", credit="Image: Screenshot",
     body="""
The data protection regulator has opened a formal inquiry into the Daily Meridian's decision to make readers either accept advertising cookies or pay £3.49 a month to use its website.

Since January, visitors to the site have been met with a full-screen page offering two choices. One button reads "Accept cookies and continue". The other reads "Subscribe without ads".

There is no option to refuse tracking and keep reading for free.

## A model spreading across Europe

So-called "consent or pay" walls began on large social networks and have since spread to news publishers, which say they can no longer fund reporting from untargeted advertising alone.

The Meridian's owner, Harwood Media, said fewer than 4% of visitors had chosen to pay. The rest accepted the cookies.

"Readers are being offered a fair exchange," said its chief executive, Colin Prewett. "Journalism costs money, and advertising is how most of it has always been paid for."

Campaigners disagree. The group Open Browsing said a choice between handing over personal data and paying a fee was not a free choice under data protection law, particularly when the fee was set high enough to push almost everyone towards consent.

## What the regulator will examine

In a statement, the regulator said its inquiry would look at three questions:

- whether the price of the ad-free subscription is reasonable;
- whether readers understand what data is collected when they click accept;
- whether consent can be withdrawn as easily as it is given.

The inquiry is expected to take up to nine months. The regulator can order changes and issue fines of up to £17.5m or 4% of global turnover.

Harwood Media said it would co-operate fully.
"""),

dict(id="h4-en-002", lang="en", tpl="fusion", section="Courts", date="2025-02-25", byline="Tom Ellery",
     title="Landlord fined £96,000 for letting mould-ridden flats above takeaway",
     standfirst="Tenants described black mould, exposed wiring and a fire door that would not close",
     caption="The flats above the takeaway on Carver Street.", credit="Photo: Bramford Borough Council",
     body="""
A landlord who rented out six flats with black mould, exposed wiring and a fire door that would not close has been fined £96,000.

Mahmood Rasheed, 58, of Linden Avenue, Bramford, admitted 14 offences under housing law at Bramford Magistrates' Court on Tuesday.

The court heard that the flats, above a takeaway on Carver Street, were inspected by council officers last March after a tenant called the fire service about smoke in the stairwell.

Officers found damp in every flat, a bathroom ceiling that had partly collapsed and an electrical cupboard with no cover. The only fire escape was blocked by bins.

## 'I had nowhere else to go'

One tenant, a care worker who lived in the top-floor flat with her two children for three years, said she had complained to the landlord at least a dozen times.

"The children's clothes went green in the wardrobe," she said in a statement read to the court.

"I had nowhere else to go."

Mr Rasheed's solicitor, Gemma Hollis, said her client had owned the building for 20 years and had "fallen behind" on repairs after a period of ill health. All the work ordered by the council had since been completed, she said.

District Judge Alan Pryce said the conditions were "among the worst this court has seen".

"These were people's homes, and children were sleeping next to walls covered in mould," he said.

As well as the fine, Mr Rasheed was ordered to pay £7,200 in costs and a victim surcharge.

## Council warning

Bramford council said it had inspected 310 privately rented homes in the past year and taken enforcement action against 41 landlords.

Councillor Ruth Adeyemi, who leads on housing, said: "Most landlords in Bramford do a good job. The few who don't should expect to hear from us."
"""),

dict(id="h4-en-003", lang="en", tpl="chunks", section="Sport", date="2025-03-16", byline="Gareth Penhale",
     title="From the fourth tier to the Premiership: how Kettleby Vixens did it",
     standfirst="Four promotions in five seasons for a club that once trained under car headlights",
     caption="Kettleby Vixens celebrate promotion at Mill Lane.", credit="Picture: Ian Thorley",
     body="""
Five years ago Kettleby Vixens played in front of a dozen spectators and trained on a council pitch lit by the headlights of their own cars. On Saturday they won promotion to the Women's Premiership.

A 31-19 win over Harrowgate Saints at Mill Lane sealed the Division One title with two games to spare, the club's fourth promotion in five seasons.

Nobody at the club expected it.

"When I joined, we were just happy if fifteen of us turned up," said captain Jodie Marsh, a primary school teacher who has played for the Vixens since 2017. "Now there are girls of eight and nine coming to watch us and asking for autographs."

## The money behind the rise

Follow the money, and part of the story is simple. In 2021 a local haulage firm, Brightwater Logistics, agreed a sponsorship deal worth £40,000 a season, which paid for floodlights, a physiotherapist and travel to away games.

The rest is harder to put a figure on. Head coach Sian Trevelyan, a former Wales international, introduced three training sessions a week and a video analysis evening every Monday.

"We did not buy players," she said. "We made the ones we had better, and other players came because of that."

## Bigger stage, bigger questions

Promotion brings new demands. Premiership clubs must meet minimum standards for changing rooms, medical cover and pitch size, and Mill Lane currently falls short on two of them.

The club has applied to the council for £180,000 to build a new changing block. If the work is not finished by September, the Vixens may have to play home games 30 miles away in Lexford.

Trevelyan says she is not worried.

"We have spent five years doing things people said we couldn't," she said. "A changing room is not going to stop us."
"""),

dict(id="h4-en-004", lang="en", tpl="gutenberg", section="Culture", date="2025-01-30", byline="Harriet Colquhoun",
     title="Wildlife photography prize withdrawn after winning fox turns out to be stuffed",
     caption="The awards ceremony at the Marlow Gallery in October.", credit="Photo: Coastal Wildlife Awards",
     body="""
The winner of one of Britain's best-known amateur wildlife photography prizes has been stripped of his title after judges concluded that the fox in his picture was a stuffed animal.

Dan Mercer's image, showing a fox leaping over a frozen stream at dawn, was named overall winner of the Coastal Wildlife Awards in October. It was printed in newspapers and used on posters across the south coast under the line "Photograph: Dan Mercer, Coastal Wildlife Awards 2024".

Doubts began when a taxidermist from Hampshire noticed that the fox's fur and the angle of its ears matched a mounted specimen in a museum in Chichester.

## 'Beyond reasonable doubt'

The organisers asked three independent experts, including a zoologist and a forensic image analyst, to compare the photograph with pictures of the museum's fox.

All three reached the same conclusion.

"Beyond reasonable doubt, the animal in the winning image is the specimen held in the museum's collection," the organisers said in a statement.

The museum said the fox had been lent for an exhibition in a village hall last winter, and had been out of its glass case for about two weeks.

Mercer, 44, a surveyor from Bognor Regis, has denied staging the picture. In a post on his website, he wrote that he had "photographed what was in front of me".

## Rules tightened

He will have to return the £2,500 prize and the trophy. The runner-up, Priya Balasingam, has been named overall winner for her photograph of two grey seals on a shingle beach.

The organisers said that from next year every entrant shortlisted for a prize would have to supply the original image files from their camera, as larger international competitions already require.

"Credit where it is due," said the chair of judges, Helen Stroud. "Priya's picture is a wonderful piece of fieldcraft, and it should have won."
"""),

dict(id="h4-en-005", lang="en", tpl="wordpress", section="Environment", date="2024-09-12", byline="Callum Brierley",
     title="Invasive quagga mussels found in Lake Orrin for the first time",
     caption="Boats moored at Orrin Point marina.", credit="Photo: Orrin Water Trust",
     body="""
Quagga mussels, a small invasive species that can clog water pipes and smother native wildlife, have been found in Lake Orrin for the first time.

Volunteers from the Orrin Water Trust found about 30 of the striped, thumb-sized mussels attached to a pontoon at Orrin Point marina during a routine survey last week. Laboratory tests confirmed the species on Monday.

The mussels, originally from the Black Sea region, spread by clinging to boats, trailers and fishing gear. A single female can release up to a million eggs a year.

## Why it matters

Lake Orrin supplies drinking water to about 220,000 people. In other lakes where quagga mussels have become established, water companies have had to spend millions of pounds clearing intake pipes.

"Once they are established, you do not get rid of them," said Dr Farida Nkemelu, an ecologist at the University of the North who has studied the species. "The only thing that works is stopping them spreading in the first place."

## New rules for boat owners

From Saturday, every boat launched on the lake will have to pass through a cleaning station at one of the two marinas. Boat owners will have to:

- drain all water from the hull, engine and bilges before leaving the lake;
- wash the boat and trailer with hot water at the station;
- leave the boat to dry for at least 48 hours before launching it anywhere else.

Anglers are being asked to clean and dry waders, landing nets and keep nets in the same way.

The trust said it would survey the rest of the shoreline over the next fortnight to find out how far the mussels had spread.

Its chief executive, Tom Blackwood, said the discovery was "disappointing but not surprising", given that the mussels had been found in two other lakes in the region since 2022.
"""),

dict(id="h4-en-006", lang="en", tpl="cms", section="Business", date="2024-11-19", byline="Ruth Calloway",
     title="Printing works that produced 40 newspapers a night to close in March",
     caption="The presses at the Eastfield plant.", credit="Photo: Ravensworth Print",
     body="""
A printing works that has produced regional newspapers every night for more than half a century is to close in March, with the loss of 112 jobs.

Ravensworth Print's plant on the Eastfield industrial estate prints about 40 daily and weekly titles, including several papers in the north of England and southern Scotland. Its owner said the number of copies it printed had fallen by two thirds in ten years.

"It is the end of an era," said the plant manager, Keith Dunmore, who started at Eastfield as an apprentice in 1986.

"We used to print half a million copies on a Saturday night. Last Saturday it was 140,000."

## Fewer readers, fewer adverts

The company blamed the decline in print subscribers and a fall in the advertisement pages that once made up a large part of each paper. Paper and energy costs have also risen sharply since 2021.

Printing of the titles will move to the company's other plant in Leeds, 90 miles away. That means earlier deadlines for several papers: late football results and council meetings that finish after 9pm may no longer make the next morning's edition.

The National Union of Journalists said the move would "make local papers less local".

## Staff offered relocation

Ravensworth said all staff would be offered jobs in Leeds, but union officials expect most to take redundancy. Many have worked at the plant for more than 20 years.

Maureen Ashby, who has worked in the dispatch department for 31 years, said she would not move.

"My grandchildren are here. I'll find something else," she said.

The local MP, Daniel Okonjo, said he had written to the company asking it to delay the closure until the end of the year.
"""),

dict(id="h4-en-007", lang="en", tpl="nextjs", section="Health", date="2025-01-13", byline="Sophie Marchbank",
     title="Hospital apologises after Facebook post on A&E waits draws 2,400 comments",
     caption="The emergency department at St Aldhelm's Hospital.", credit="Photo: St Aldhelm's NHS Trust",
     body="""
A hospital trust has apologised after a Facebook post asking patients to "think twice" before coming to A&E drew more than 2,400 comments in a day, most of them angry.

The post by St Aldhelm's Hospital NHS Trust, published on Sunday morning, said the emergency department was "extremely busy" and urged people with minor injuries to use pharmacies or the NHS 111 service instead.

Within hours it had been shared more than 5,000 times. Many of the comments came from people who said they had waited ten hours or more to be seen, or had been unable to get a GP appointment.

"Think twice? I thought about it for three days before I came in with a broken wrist," one woman wrote.

## 'The wrong tone'

The trust's chief executive, Dr Aisha Pemberton, said on Monday that the post had struck "the wrong tone".

"We should have explained why the department was under pressure, not made it sound as if patients were the problem," she said.

She said 31 patients had been waiting in the department for a bed on a ward at the time the post was published, and the hospital had been running at 98% occupancy all weekend.

The trust has since turned off comments on the post but left it online, saying it did not want to be accused of deleting criticism.

## Figures for the region

Figures published last month show that 61% of patients at St Aldhelm's were seen within four hours in December, against a national target of 78%.

The chair of the local patients' watchdog, Geoffrey Nuttall, said the comments should be read by every manager at the trust.

"There are 2,400 stories there," he said. "That is free research."
"""),

dict(id="h4-en-008", lang="en", tpl="semantic", section="Environment", date="2024-10-21", byline="Imogen Tully", low=0,
     title="Hedgehog survey finds numbers in town gardens have stopped falling",
     caption="A hedgehog in a garden in Wexcombe.", credit="Photo: Wexcombe Wildlife Group",
     body="""
Hedgehogs may have stopped declining in towns and suburbs, according to a survey of more than 9,000 gardens.

The Wexcombe Wildlife Group, which has run the annual count since 2013, said the share of gardens where hedgehogs were seen at least once a month had been roughly stable for four years, at about 38%. In the first five years of the survey it fell from 52%.

The picture in the countryside is worse. Sightings on farmland fell again this year, continuing a decline that researchers link to larger fields, fewer hedgerows and the use of pesticides.

## Holes in fences

The group credits a campaign asking householders to cut small holes, about 13cm across, at the bottom of garden fences so that hedgehogs can roam. A hedgehog may travel two kilometres a night looking for food and mates.

More than 14,000 households have registered a "hedgehog highway" with the group since 2019.

"It is the simplest conservation measure there is," said the survey's coordinator, Marian Okwu. "You need a saw and about ten minutes."

## How to help

Residents who spot hedgehogs are asked to share their sightings on the group's website, noting the date, the time and whether the animal looked healthy.

The group also warns against leaving out milk, which hedgehogs cannot digest, and recommends meaty cat or dog food and a shallow dish of water instead.

Volunteers will hold a training evening at Wexcombe library on 12 March for anyone who wants to help with next year's count.
"""),

dict(id="h4-en-009", lang="en", tpl="storybody", section="Scotland", date="2025-02-09", byline="Ewan Drummond",
     title="Two climbers rescued after night stranded on Highland ridge",
     caption="The ridge of Sgurr na Faoileig seen from Glen Corran.", credit="Photo: Corran Mountain Rescue Team",
     body="""
Two climbers who spent a night stranded on a narrow ridge in the Highlands have been rescued by a coastguard helicopter.

The men, aged 27 and 31 and both from Glasgow, became stuck on Sgurr na Faoileig, above Glen Corran, at about 6pm on Saturday after one of them slipped and injured his ankle.

Corran Mountain Rescue Team said it had been in contact with the pair by mobile phone throughout the night, and had advised them to stay where they were rather than try to climb down in the dark.

Low cloud and winds of up to 60mph meant the helicopter could not reach them until shortly after 8am on Sunday.

## 'Just stuck'

Team leader Fiona MacRae said the climbers had done "exactly the right thing" by calling for help early and saving their phone battery for calls.

"They had a bivvy bag, spare clothing and food, and that is why this is a good news story," she said.

Both men were flown to hospital in Fort William. The injured climber was treated for a broken ankle and mild hypothermia; his friend was released the same morning.

In a message passed on by the team, one of them said: "We were never really lost, just stuck. We are very grateful."

## Busy season

The rescue was the team's 27th call-out of the year, compared with 19 by the same point last year.

MacRae urged walkers to check the mountain weather forecast, carry a head torch and tell someone their route before setting off.

"The hills do not care how experienced you are," she said.
"""),
]
