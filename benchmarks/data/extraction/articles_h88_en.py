# English stories for the eighty-eighth held-out part (h88-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h85_en.py (tpl: "yootheme" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in); "carry" names the residue
# families a page must carry, among them the three families new in this part (buskingpermits, filmingnotices,
# microchipping), which are placed only on stories where a real site would print them; "run_in" names a carried
# family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h88-en-001", lang="en", tpl="yootheme", site="Corvenbridge Today",
     section="Town centre", date="2026-05-09", byline="Lydia Farrant",
     title="Buskers welcome, amplifiers not: Corvenbridge marks out six pitches on the high street",
     sub="The town council's new scheme starts on 1 June after two summers of complaints from shopkeepers and the people who live above the shops.",
     caption="A fiddler playing by the Buttercross on Saturday.", credit="Photo: Lydia Farrant",
     carry=["buskingpermits"],
     look=[("dropcap", "Street musicians in Corvenbridge will have six"), ("bold", "Bagpipes were the hardest conversation."),
           ("italic", "\u201cHalf of them wanted more rules than we did.\u201d"), ("br", "She still plans to get there early.")],
     body="""
Street musicians in Corvenbridge will have six marked pitches to choose from this summer, under a town council scheme meant to end two years of rows between performers, shopkeepers and the people who live above the shops.

The pitches, small brass studs set into the paving, run from the Buttercross to the foot of Bridge Street. A performer can stay at one for two hours before moving on to the next free spot.

## What changes on 1 June

Amplifiers will be allowed only at the two widest pitches, by the Buttercross and outside the old Corn Exchange, and only at a level that cannot be heard inside the shops across the street.

Drums, bagpipes and anything powered by a generator are banned altogether.

Bagpipes were the hardest conversation.

Town clerk Rachel Kilbride said officers had sat down at the library with eleven regular performers and a tin of biscuits before a single word of the rules was written.

\u201cHalf of them wanted more rules than we did.\u201d

Jess Kaur, who has played fiddle outside the chemist's most Saturdays since 2019, said the pitches would put an end to the early-morning race for the best spot.

"You used to have to be there at seven with a flask to get the Buttercross. Now it's two hours and swap, and that's fairer on everyone," she said.

She still plans to get there early.

## Fewer complaints, the council hopes

The council received 64 complaints about street noise last year, most of them from flats on Market Street, where one resident counted the same song 31 times in a single afternoon.

Performers will need a free permit, which can be applied for online or at the town hall, and must show it if a council officer asks to see it.

The first permits will be handed out at the town hall on Tuesday 26 May, from 10am to 3pm. Applicants should bring one form of photo ID.
"""),

dict(id="h88-en-002", lang="en", tpl="typo3", site="Mardle Vale District Council", kind="public",
     section="News", date="2026-06-15", byline="the council's press office",
     title="Filming in Stoke Mardle: road closures and parking changes for the Cold Orchard shoot",
     sub="A television drama will film in the village for nine days in July. Here is what residents and businesses need to know.",
     caption="Church Lane, Stoke Mardle, where most of the filming will take place.", credit="Photo: Mardle Vale District Council",
     carry=["filmingnotices"],
     body="""
A television production company will film scenes for a new drama series in Stoke Mardle between Monday 6 July and Tuesday 14 July.

The series, a six-part thriller called Cold Orchard, is being made by Halfmoon Pictures for a streaming service. It is set in a fictional village in the 1970s, and Stoke Mardle's green and Church Lane were chosen because they have changed so little since then.

## What residents can expect

- Church Lane will be closed to traffic from 7am to 7pm on filming days.
- Parking bays on the south side of the green will be suspended from Sunday 5 July.
- Some street signs, a bus shelter and two satellite dishes will be covered or taken down for the week and put back afterwards.
- Footpaths will stay open at all times, although crews may ask walkers to wait for a minute or two during a take.

Residents of Church Lane will be given passes to reach their homes, and the production company has agreed to pay for a minibus to take children from the lane to the village primary school.

The council's film office approved the shoot after talking to the parish council and the 23 households most affected.

Councillor Peter Hambleden, cabinet member for the economy, said film crews brought welcome trade to local businesses, booking rooms, meals and local suppliers.

"Last year productions spent around \u00a3410,000 in Mardle Vale. We want to welcome them, but not at any price to the people who live here," he said.

Halfmoon Pictures will hold a drop-in session at Stoke Mardle village hall on Wednesday 1 July, from 4pm to 7pm, for anyone with questions about the filming.
"""),

dict(id="h88-en-003", lang="en", tpl="ucoz", site="Yarrowby Village Website", kind="small",
     section="Village news", date="2026-03-02", byline="Sheila Pomfret",
     title="Bramble the spaniel is home after four nights in Yarrowby Woods",
     sub="A walker heard barking from an old badger sett on Sunday morning.",
     caption="Bramble back at Long Acre Farm.", credit="Photo: Dawn Hesketh",
     carry=["microchipping"],
     body="""
Bramble, the liver-and-white springer spaniel who went missing from Long Acre Farm last Wednesday, is home again and none the worse for her adventure.

She was found on Sunday morning by Colin Tate, who was walking the bridleway above Yarrowby Woods and heard muffled barking coming from under the bank.

Bramble had gone down an old badger sett after a rabbit and could not turn round to come back out. Colin fetched a spade from the farm, and he and Bramble's owner, Dawn Hesketh, dug her out in a little over an hour.

"She was filthy and starving and wagging her tail the whole time," Dawn said.

A big thank you to everyone who helped look. More than forty people turned out on Thursday and Friday evenings, and posters went up in every village between here and Corvenbridge.

Dawn would also like to thank the vets in Corvenbridge, who checked Bramble over on Sunday afternoon and found nothing worse than a torn claw.

Bramble was microchipped as a puppy, but during the search Dawn discovered that the chip was still registered to the breeder in Lancashire.

"If someone had found her on the road and taken her to a vet, they would have rung the wrong person. I've put that right now," she said.

The parish council asks dog walkers to keep dogs on leads near the sett, which is beside the bridleway just past the second stile.
"""),

dict(id="h88-en-004", lang="en", tpl="portal", section="People", date="2026-10-12", byline="Gemma Rudd",
     title="Forty-six years in the projection box: the Picturedrome's Alan Drabwell looks back",
     sub="Corvenbridge's cinema projectionist has run everything from Jaws to the moon landing repeats. He retires this month.",
     caption="Alan Drabwell with one of the Picturedrome's old carbon-arc projectors.", credit="Photo: Gemma Rudd",
     only=["correction"],
     correction="Correction, 13 October: an earlier version of this interview said that Alan Drabwell joined the Picturedrome in 1981. He joined in 1980.",
     body="""
Alan Drabwell started work at the Picturedrome on Bridge Street in 1980, threading reels of film through two carbon-arc projectors. He retires at the end of October, and the cinema is marking it with a free screening of a film of his choice. We asked him about the job.

**How did you end up in the projection box?**

I answered an advert for a trainee. I was 17 and I liked films, and I thought that would be enough. It wasn't, but they kept me on anyway.

**What was the trickiest part of it?**

Changeovers. You had two projectors and each reel lasted twenty minutes, so you had to start the second machine at exactly the right moment. Miss the cue marks and the whole town knew about it by Monday.

**Did it ever go badly wrong?**

Once, in 1984, I put reel four on before reel three. Nobody complained. I think they thought it was clever.

**What changed when the cinema went digital?**

Everything. Now a film arrives on a hard drive and I press a button. If I'm honest, I miss the smell of the film.

**And the film you've chosen?**

Cinema Paradiso. Anyone who has worked in a projection box cries at the end of that one.

The free screening is at 7pm on Friday 30 October. Tickets can be collected from the Picturedrome's box office from Monday.
"""),

dict(id="h88-en-005", lang="en", tpl="gutenberg", section="Villages", date="2026-04-27", byline="Natalie Brough",
     title="Flapjacks, bric-a-brac and a tombola: how Hulme Ferrers paid for its village hall roof",
     sub="The \u00a348,000 appeal reached its target in fourteen months.",
     caption="The new slate roof of Hulme Ferrers village hall.", credit="Photo: Natalie Brough",
     look=[("dropcap", "Hulme Ferrers village hall has a new roof"), ("box", "The Women's Institute's cookie and flapjack stall")],
     body="""
Hulme Ferrers village hall has a new roof, fourteen months after volunteers launched an appeal to raise \u00a348,000 and stop the rain coming in over the stage.

The last of the slates went on on Friday, and the hall committee celebrated with tea and cake on Saturday afternoon, under a ceiling that, for the first time in years, had no buckets beneath it.

Committee chair Anne Fazackerley said the money had come in "a pound at a time".

"We had a few big cheques, and we're very grateful for them, but most of it came from raffles, quiz nights and cake," she said.

The Women's Institute's cookie and flapjack stall at last year's May fair raised \u00a31,240 in a single day, the biggest sum from any one event.

Other money came from a sponsored walk over the Mardle hills, a sale of bric-a-brac donated by half the village, and a monthly tombola at the Plough.

Mardle Vale District Council gave \u00a310,000 from its community fund, and the parish council added \u00a35,000.

The hall, built in 1927 as a memorial to the men of the parish who died in the First World War, is used by a toddler group, a badminton club, the parish council and a Tuesday lunch club for older residents.

Builders found that some of the original roof timbers had been eaten by beetles and had to be replaced, which added \u00a33,800 to the bill.

Mrs Fazackerley said the committee would now start saving for new toilets.

"Nobody tell them yet," she said.
"""),

dict(id="h88-en-006", lang="en", tpl="drupal", section="What's on", date="2026-08-31", byline="Marcus Lindley",
     title="Record crowds for Corvenbridge Folk Weekend as sixty buskers fill the streets",
     sub="Organisers estimate 14,000 visitors over three days, the most since the festival began in 1988.",
     caption="A ceilidh band playing in the bus station on Sunday.", credit="Photo: Marcus Lindley",
     carry=["buskingpermits"],
     look=[("box", "A 12-year-old concertina player from Yarrowby")],
     body="""
Corvenbridge Folk Weekend drew its biggest crowds yet, organisers said, with an estimated 14,000 people visiting the town over the bank holiday.

Concerts in the Corn Exchange and the marquee on the Meadows sold out on both evenings, but for many visitors the real festival was in the streets, where around sixty buskers played from Friday lunchtime until late on Monday.

**Fiddles on every corner**

Festival director Helen Marsh said the number of street performers had doubled in two years.

"We used to have a handful of morris sides and a couple of lads with guitars. This year we had a harp outside the bank and a full ceilidh band in the bus station," she said.

A 12-year-old concertina player from Yarrowby, Evie Mossop, collected \u00a3316 for the Corven Valley Air Ambulance in three afternoons by the Buttercross.

**Traffic and litter**

Police said the weekend passed without a single arrest. Bridge Street was closed to traffic on Saturday and Sunday, and the extra bus service from the station carried more than 2,000 passengers.

Volunteers collected 94 bags of rubbish on Tuesday morning, roughly the same as last year despite the bigger crowds.

Ms Marsh said the festival would look at adding a third stage and more seating next year.

Tickets for the 2027 weekend go on sale on 1 February. Early-bird passes cost \u00a345.
"""),

dict(id="h88-en-007", lang="en", tpl="hugo", section="Arts", date="2026-07-13", byline="Ravi Dholakia",
     title="Lights, camera and a 1953 milk float: Corvenbridge market place goes back in time",
     sub="A film crew has hidden the yellow lines under rubber cobbles for a drama set in coronation year.",
     caption="The market place dressed for filming on Monday.", credit="Photo: Ravi Dholakia",
     carry=["filmingnotices"],
     look=[("br", "The bunting is staying too, for now.")],
     body="""
Shoppers in Corvenbridge found the market place transformed on Monday morning, with its yellow lines hidden under rubber cobbles, its bins swapped for wooden barrels and a 1953 milk float parked outside the Red Lion.

A crew from Eastlight Films is in town until Friday to shoot scenes for The Long Coronation, a feature film set in a northern market town in the year Elizabeth II was crowned.

Around 140 people are working on the production, including 60 extras recruited from Corvenbridge and the villages at an open casting at the rugby club in May.

One of them, retired postman Derek Hollins, 78, said he had been cast as a man reading a newspaper on a bench.

"I've been told I'm very good at it. I've had a lot of practice," he said.

Shops on the east side of the market place have had their signs covered with painted boards advertising a butcher, a draper and a wireless shop.

Some owners have been paid for the disruption. Florist Kerry Bains said she had closed for two days and was happy with what she had been offered.

"And they've promised to leave me the draper's sign," she said.

The bunting is staying too, for now.

The market will move to the Meadows car park on Wednesday and Thursday, when the square is needed for a crowd scene with a brass band.

The film is expected to reach cinemas next autumn.
"""),

dict(id="h88-en-008", lang="en", tpl="joomla4", section="Transport", date="2026-09-03", byline="Tom Aspinall",
     title="New bus timetable: what changes for Corvenbridge and the upper Corven villages",
     sub="The two village routes are being merged into one from Sunday 20 September.",
     caption="A Vale Rider bus at Yarrowby crossroads.", credit="Photo: Tom Aspinall",
     body="""
Bus services between Corvenbridge and the villages of the upper Corven valley will change from Sunday 20 September, when the operator, Vale Rider, merges its two village routes into one.

The company says the change will mean a more reliable service, with buses every hour instead of every 90 minutes on most of the route. Some villages, though, will lose their direct link to the town.

The main changes are:

- The new route 44 will run hourly from Corvenbridge bus station to Thrushgill via Yarrowby and Stoke Mardle, from 6.40am to 7.40pm.
- Hulme Ferrers will be served by a shuttle bus every two hours, connecting with the 44 at Yarrowby crossroads.
- The last bus back from Corvenbridge will leave at 7.40pm, nearly an hour earlier than now.
- Sunday services, which run every two hours, will not change.

Vale Rider's operations manager, Sean Pilling, said the old timetable had been impossible to run on time because of roadworks and school traffic in the town centre.

Hulme Ferrers parish councillor Jean Copley said older residents were worried about changing buses at a crossroads with no shelter.

"It's fine in September. I'd like to see them stand there in January," she said.

Mardle Vale District Council, which pays towards the service, said it had asked Vale Rider to put up a shelter before the winter.

Printed timetables are available from the bus station, Corvenbridge library and the village post offices, and the company's helpline is open from 8am to 6pm on weekdays.
"""),

dict(id="h88-en-009", lang="en", tpl="blox", section="Business", date="2026-02-18", byline="Owen Grayling",
     title="Corvenbridge's last independent ironmonger to close after 112 years",
     sub="Three generations of the Amblecote family have run the shop on Sheep Street.",
     caption="Graham Amblecote behind the counter of the shop on Sheep Street.", credit="Photo: Owen Grayling",
     body="""
Amblecote's, the ironmonger's on Sheep Street that has sold nails by the pound since before the First World War, will close at the end of March.

Graham Amblecote, 71, whose grandfather opened the shop in 1914, said he had spent two years trying to find someone to take it on.

"I've had plenty of people tell me it's a shame. I haven't had anybody offer to buy it," he said.

The shop still keeps its stock in more than 600 wooden drawers behind the counter, many of them labelled in his grandfather's handwriting. Customers can buy a single screw, a yard of chain or a new handle for a 1950s kettle.

Mr Amblecote said trade had fallen since a DIY superstore opened on the ring road in 2009, but that the shop had kept a loyal following among farmers, builders and people restoring old houses.

Some of them have come in every Saturday for forty years.

The building, which the family owns, will be sold. Mr Amblecote said he hoped it would stay a shop.

The drawers are not for sale. He plans to take them home.

A closing-down sale starts on Monday 2 March. The shop is open from 8.30am to 5pm, Monday to Saturday, and closes at 1pm on Wednesdays.
"""),
]
