# English stories for the eighty-seventh held-out part (h87-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h85_en.py (tpl: "odoo" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in); "carry" names the residue families a
# page must carry, among them the three families new in this part (bluebadge, councillorsurgeries, touristtax),
# which are placed only on stories where a real site would print them; "run_in" names a carried family whose link
# the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h87-en-001", lang="en", tpl="odoo", site="Saltersea Harbour News",
     section="Saltersea", date="2026-03-09", byline="Rhiannon Petch",
     title="Saltersea's £2-a-night visitor levy starts on 1 April: what guesthouses need to know",
     sub="Hotels, B&Bs, holiday lets and both cliff-road caravan parks will collect the charge. The council expects it to raise £1.4 million a year.",
     caption="Guesthouses along Marine Parade, Saltersea.", credit="Photo: Rhiannon Petch",
     carry=["touristtax"], tags=["Saltersea visitor levy", "Marine Parade guesthouses"],
     look=[("highlight", "Councillors agreed last month to split"), ("bold", "The toilets alone cost"),
           ("italic", "\u201cWe'll know by September whether it was worth it.\u201d"), ("br", "Registration takes about ten minutes")],
     body="""
From 1 April, anyone staying overnight in Saltersea will pay \u00a32 a night on top of their bill, as the town becomes the first place on this stretch of coast to charge a visitor levy.

The charge will be collected by hotels, guesthouses, holiday lets and the two caravan parks on the cliff road, and handed over to Carnock District Council every three months.

The council expects the levy to raise about \u00a31.4 million a year, and has promised that all of it will be spent in Saltersea itself.

## Where the levy money goes

Councillors agreed last month to split the first year's income three ways. A third goes on beach cleaning and the public toilets on the promenade, a third on repairs to the harbour wall, and a third on grants for the town's summer events.

The toilets alone cost \u00a3210,000 a year to keep open.

## Owners are divided

Margaret Tulley, who runs the six-bedroom Seaspray guesthouse on Marine Parade, said the charge itself did not worry her as much as the paperwork.

"Two pounds won't stop anyone coming. Another form to fill in every quarter might stop me running the place," she said.

Others welcome it. Dev Patel, who lets three flats above his shop on Quay Street, said the visitors he had asked were happy to pay as long as they could see what the money bought.

> If the bins are emptied and the loos are open, nobody is going to begrudge two pounds.

Children under 16 do not pay, and nor does anyone after their seventh night in a row.

\u201cWe'll know by September whether it was worth it.\u201d

Hosts have to register with the council before the end of March.

Registration takes about ten minutes online, and the first return is due in July.

Saltersea Harbour News will answer readers' questions about the levy in next week's edition. Questions can be left at the harbour office or sent to us through the contact page.
"""),

dict(id="h87-en-002", lang="en", tpl="portal", section="News", date="2026-02-17", byline="Owen Garside",
     title="Thirty-seven Blue Badges seized in fortnight-long check of Hobbleford car parks",
     sub="Officers found badges belonging to people who had died, photocopies and one badge that had expired in 2019.",
     caption="Disabled bays in the Market Street car park, Hobbleford.", credit="Photo: Owen Garside",
     carry=["bluebadge"],
     body="""
Thirty-seven Blue Badges have been seized in Hobbleford after council officers spent two weeks checking cars parked in disabled bays across the town.

The checks, carried out with police officers in plain clothes, covered the Market Street and Station Road car parks, the streets around the health centre and the supermarket on Carnock Road.

**What the officers found**

Eleven of the badges belonged to people who had died, and were being used by relatives. Nine were photocopies. Others had been reported lost or stolen, and one had expired in 2019 but had its date altered with a felt-tip pen.

Drivers caught misusing a badge can be fined up to \u00a31,000, and the badge is taken away on the spot.

Carnock District Council's parking manager, Sian Eaves, said most of the people caught had told officers they were "only nipping into the shop".

"A few minutes in a disabled bay is a few minutes somebody who needs it is driving round looking for a space," she said.

**'I gave up going into town'**

Paul Hadfield, who has used a wheelchair since a motorbike accident in 2011, said he had stopped shopping in Hobbleford on Saturdays because the bays outside the bank were always full.

"I'd sit in the car and count the people walking back to those cars. Not one of them was limping," he said.

The council says it will repeat the checks without warning throughout the year, and will prosecute anyone caught using a forged badge.

Anyone who thinks a badge is being misused can report it to the council's parking team, giving the badge number, the car's registration and where it was parked.
"""),

dict(id="h87-en-003", lang="en", tpl="drupal", section="Politics", date="2026-03-05", byline="Kerry-Ann Mowbray",
     title="Gorsby councillor takes her surgeries to the launderette after library hours are cut",
     sub="Aisha Rahman now meets residents on Saturday mornings between the washing machines at Suds on Gorsby Road.",
     caption="Councillor Aisha Rahman at the launderette on Gorsby Road.", credit="Photo: Kerry-Ann Mowbray",
     carry=["councillorsurgeries"],
     look=[("box", "At her first three sessions")],
     body="""
When Gorsby library cut its Saturday opening hours in January, ward councillor Aisha Rahman lost the room where she had met residents once a month for six years.

She now holds her surgeries in the launderette across the road.

Every second Saturday, Cllr Rahman sets up a folding table between the dryers at Suds on Gorsby Road, puts out a tin of biscuits and waits for people to come in.

"Half the ward comes in here at some point in the week. I thought, why ask people to come and find me when I can sit where they already are," she said.

The launderette's owner, Terry Blundell, does not charge her for the space. He says the biscuits are payment enough.

At her first three sessions, residents raised broken street lights on Fern Avenue, damp in housing association flats on Harbour View, a bus stop moved without warning and the state of the footpath behind the primary school.

Not everyone is convinced. A resident who brought a complaint about a neighbour's fence said she would have preferred somewhere more private.

Cllr Rahman said anyone who wanted to talk in confidence could ask to step into the launderette's back office, or book a phone call instead.

"Nobody's business gets shouted across the room. But most people are happy to talk while their towels go round," she said.

The library's Saturday hours are due to be reviewed by the council in the summer.

Her next surgery is on Saturday 14 March, from 10am to noon. No appointment is needed.
"""),

dict(id="h87-en-004", lang="en", tpl="kadence", site="Pennick Valley Post",
     section="People", date="2026-05-22", byline="Lorna Beckwith",
     title="Thirty-six years in the projection box: the Carnock Picture House says goodbye to Norman Vesey",
     sub="He started on reels of 35mm film and ends on a hard drive. We asked him what changed and what didn't.",
     caption="Norman Vesey in the projection box at the Carnock Picture House.", credit="Photo: Lorna Beckwith",
     low=0,
     look=[("dropcap", "Norman Vesey climbed the stairs")],
     body="""
Norman Vesey climbed the stairs to the projection box of the Carnock Picture House for the first time in 1990. On Sunday he shows his last film there. We talked to him between screenings.

**How did you end up in the projection box?**

I was an usher. The projectionist broke his wrist falling off a ladder and somebody had to thread the film. I said I'd have a go and nobody ever asked me to stop.

**What was the hardest part back then?**

Changing reels. A feature came in five or six cans, and you had two projectors. You watched for the little dots in the corner of the picture and switched over. Miss it and the screen went white in front of 300 people.

**Did that happen?**

Twice. The second time was the last night of a James Bond film. They booed me. I deserved it.

**And today?**

Now the film arrives on a hard drive and a computer does the lot. I press play and then I check the sound and the focus. It's easier, but you don't feel as if you made it happen.

**Favourite film?**

Whichever one has the audience laughing. I can hear them through the wall.

**What will you miss about the box?**

The quiet up here before the doors open. And the smell of the popcorn machine, which I will not miss at all after about a week.

**So what comes next?**

I'm going to sit downstairs and watch a film from the start, which I've not done here since 1990.

His farewell screening is on Sunday at 7pm. Tickets are \u00a35 from the box office on Castle Street.
"""),

dict(id="h87-en-005", lang="en", tpl="typo3", site="Hobbleford Town Council", kind="public",
     section="Parking and roads", date="2026-02-24", byline="Town Clerk's Office",
     title="Eight more disabled parking bays for the Market Place",
     sub="The bays will be marked out on 27 February and come into use on Monday 2 March.",
     caption="The Market Place, Hobbleford, where the new bays will be marked.", credit="Photo: Hobbleford Town Council",
     carry=["bluebadge"],
     body="""
Eight new disabled parking bays will be marked out in Hobbleford Market Place on Friday 27 February, bringing the number of bays in the town centre to 22.

The town council agreed to the extra bays in December, after a survey of Blue Badge holders found that almost two in three had been unable to find a space in the town centre on at least one visit in the previous month.

The new bays will be in four places:

- four outside the Corn Exchange, on the north side of the Market Place
- two beside the war memorial, with a dropped kerb to the pavement
- one outside the post office on Bridge Street
- one in the loading area behind the town hall, after 10am

Each bay is wider than a standard space, with a hatched area alongside so that a wheelchair can be unloaded from the side or the back of a car.

To make room, six ordinary spaces on the south side of the Market Place will be removed. The Thursday market will not be affected.

Blue Badge holders can park in the bays without charge and without a time limit. Vehicles without a badge on display will be issued with a penalty notice.

The town council thanks the members of the Hobbleford Access Group who walked the Market Place with officers and suggested where the bays should go.

The bays come into use on Monday 2 March. Questions about the scheme can be sent to the Town Clerk's Office at the town hall, which is open from 9.30am to 1pm on weekdays.
"""),

dict(id="h87-en-006", lang="en", tpl="hugo", section="Low Pennick", date="2026-03-12", byline="Gethin Soames",
     title="Quarry lorries fill Low Pennick village hall for councillor's first surgery",
     sub="More than sixty people turned up to tell Cllr Graham Hughes about lorries on the lane past the school.",
     caption="A quarry lorry on Pennick Lane, outside the primary school.", credit="Photo: Gethin Soames",
     carry=["councillorsurgeries"],
     body="""
Councillor Graham Hughes expected a handful of people at his first surgery in Low Pennick village hall. More than sixty came, and nearly all of them wanted to talk about the same thing: the quarry lorries.

Since the Pennick Edge quarry was given permission to extend in the autumn, residents say up to forty lorries a day use the narrow lane that runs past the primary school and the village green.

## 'The windows shake'

Helen Ashworth, who lives on Pennick Lane, said the lorries started at 6.30 in the morning.

"The windows shake. The plates on the dresser rattle. You can't open the front door without looking both ways," she said.

Parents said children walking to school had to step into gateways to let lorries pass. One father brought photographs of a lorry with two wheels up on the pavement outside the school gate.

## A weight limit?

Cllr Hughes, who was elected to the district council in a by-election in January, said he would ask the county's highways team to look at a weight limit on the lane, and at a route for the lorries along the old railway line instead.

"I can't promise you it will happen. I can promise you I'll keep asking until somebody gives me a straight answer," he told the meeting.

The quarry's operator, Carnock Aggregates, said its drivers had been told to keep to 20mph in the village and not to pass the school between 8.30am and 9.15am or between 3pm and 3.30pm.

Residents said they would keep a log of every lorry for a month and hand it to the councillor. Anyone who wants to follow the count can see the tally on the noticeboard outside the village shop.

Cllr Hughes will hold his next surgery in the village hall on Saturday 21 March at 10am.
"""),

dict(id="h87-en-007", lang="en", tpl="ucoz", site="Thrushby Village", kind="small",
     section="Village news", date="2026-06-08", byline="thrushby_web",
     title="Water from the green: Thrushby's village pump works again",
     sub="Volunteers spent five months restoring the cast-iron pump, which last gave water in 1958.",
     caption="The restored pump on Thrushby green.", credit="Photo: Thrushby Village",
     body="""
For the first time since 1958, you can pump water on Thrushby green again.

The cast-iron village pump, made at a foundry in Carnock in 1862, was handed back to the village on Saturday after five months of work by a group of volunteers from the parish.

The idea came from Bill Gedge, who remembered fetching water from the pump in a bucket as a small boy before the houses on the green had taps.

"My mother sent me out with two buckets every morning. I never thought I'd be stood here showing the grandchildren how to work it," he said.

The volunteers have:

- lifted the pump off its base and taken it to a workshop in Hobbleford to be shot-blasted and painted
- made a new leather washer for the plunger, copied from the worn-out old one
- cleared the well shaft, which was full of bricks and a bicycle frame
- laid a new stone slab under the spout

The water is not safe to drink, and a sign says so. It is meant for watering the tubs on the green and for children to splash about with.

The work cost \u00a31,180, paid for by the parish council, the Plough and a coffee morning at the chapel.

The pump handle is chained up at night. The key hangs in the porch of the Plough.

Photos of the pump from before 1958 are wanted for a display in the chapel. Anyone who can share one should contact Pat Lowther at the post office.
"""),

dict(id="h87-en-008", lang="en", tpl="gutenberg", section="Community", date="2026-07-03", byline="Naomi Threlfall",
     title="Cake and a brass band as the Gorsby foot ferry carries its 10,000th passenger",
     sub="The volunteer-run crossing to Saltersea was nearly scrapped four years ago.",
     caption="The ferry Tern leaving the Gorsby slipway.", credit="Photo: Naomi Threlfall",
     look=[("dropcap", "Cookies, a cake in the shape"), ("box", "The ferry crosses every half hour")],
     body="""
Cookies, a cake in the shape of a boat and the Gorsby silver band were waiting on the slipway on Wednesday when the little foot ferry across the Carn estuary landed its 10,000th passenger of the year.

The passenger was Jo Marland, a nurse who crosses from Gorsby to the hospital in Saltersea three mornings a week. She was handed a free season ticket and a bunch of flowers, and asked to cut the cake.

"I thought I'd done something wrong when the band started up," she said.

The crossing has run since at least the 1700s, but four years ago the company that ran it gave up, saying it could not make the service pay. A group of villagers set up a charity, bought the ferry, a twelve-seat boat called Tern, and trained as skippers.

There are now fourteen volunteer skippers and crew, among them a retired harbour master, two fishermen and a primary school teacher.

The crossing takes six minutes. By road, the journey round the estuary is eleven miles.

Treasurer Colin Ashby said the charity was now paying its way, with fares covering fuel and insurance and a grant from the district council paying for the boat's annual overhaul.

"When we started, people said we'd last one summer. We've just had our busiest June ever," he said.

The charity is looking for more volunteers, particularly people who could help on weekday mornings.

The ferry crosses every half hour from 7am to 7pm, from Easter to the end of October. A single fare is \u00a31.50, and bicycles and dogs travel free.
"""),

dict(id="h87-en-009", lang="en", tpl="generatepress", site="Hobbleford Today",
     section="Heritage", date="2026-03-06", byline="Ifor Pritchard",
     title="Hobbleford's Corn Exchange clock strikes again after eleven silent years",
     sub="Clockmakers spent a winter repairing the mechanism, which had seized after a lightning strike in 2015.",
     caption="The clock face on the Corn Exchange tower.", credit="Photo: Ifor Pritchard",
     only=["correction"],
     correction="Correction, 7 March: the clock was restored by Fenner & Sons of Carnock, not of Saltersea, as this report first stated.",
     look=[("italic", "\u201cI'd forgotten what it sounded like.\u201d")],
     body="""
The clock on the tower of Hobbleford's Corn Exchange struck twelve at noon on Thursday, for the first time in eleven years.

A small crowd had gathered in the Market Place to hear it. When the last stroke died away, they clapped.

\u201cI'd forgotten what it sounded like.\u201d

The clock, installed in 1887 to mark Queen Victoria's golden jubilee, stopped in the summer of 2015 when lightning struck the tower and burnt out the electric motor that had wound it since the 1960s.

The town council could not afford the repair at the time, and the hands stayed at twenty past four.

Last year a group of residents raised \u00a338,000 through a public appeal, a quiz night in every pub in the town and a grant from a heritage trust.

The work was done by Fenner & Sons, a firm of clockmakers in Carnock. They took the mechanism down in October, cleaned and repaired every wheel, and fitted a new motor to wind it automatically.

Clockmaker Rosie Fenner said the original mechanism was in better condition than she had expected.

"Under all the grime it was beautifully made. Most of the parts just needed cleaning and oiling," she said.

The bell, which weighs about a quarter of a tonne, had not been damaged.

The clock will strike the hours from 7am to 10pm. It stays silent overnight, after residents of the flats on Market Street asked for some peace.

Guided tours of the clock tower will be held on the first Saturday of each month, starting in April.
"""),
]
