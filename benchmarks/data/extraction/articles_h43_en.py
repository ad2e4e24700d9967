# English stories for the forty-third held-out part (h43-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h36_en.py (tpl: "concrete" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, inset, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (powerprices, petboard, courtlist),
# which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h43-en-001", lang="en", tpl="concrete", site="Kelderby Co-op Courier", kind="coop", section="Around Kelderby",
     date="2026-03-09", byline="Lois Harker",
     title="Kelderby repair café mends its thousandth item: a 1962 valve radio",
     sub="Volunteers have fixed toasters, lamps and bicycles in the Methodist hall on the second Saturday of every month since 2021.",
     caption="Volunteer Arthur Penney with the restored radio at the Methodist hall.", credit="Photo: Lois Harker / Kelderby Co-op Courier",
     inset=("The queue for the electrical table on Saturday morning.", "Photo: Lois Harker"),
     carry=["calendar"],
     look=[("dropcap", "A valve radio bought in 1962"), ("factbox", "How the repair café works"),
           ("highlight", "The most common repairs are")],
     body="""
A valve radio bought in 1962 for eleven guineas became the thousandth item repaired at Kelderby's repair café on Saturday, and it was playing the shipping forecast within an hour of arriving on the bench.

The radio belongs to Edith Moorcroft, 88, of Tanner's Row. It had been silent since her husband died in 2009. "I kept it on the sideboard because I couldn't bear to throw it out," she said. "Now I can't bear to turn it off."

Volunteer Arthur Penney, a retired electrician, replaced two capacitors and a frayed mains lead. The parts cost £4.60, which Mrs Moorcroft paid, along with a tin of flapjacks for the volunteers.

The café opened in the Methodist hall on Bridge Street in March 2021 with six volunteers and a borrowed soldering iron. It now has 23 volunteers, and its records show that about four in five items brought in leave in working order.

## How the repair café works

- Bring the broken item on the second Saturday of the month, 10am to 1pm
- A volunteer fixes it with you, not for you
- Repairs are free; donations go towards parts and tea
- Items that cannot be made safe are not handed back for use

Organiser Gemma Lathwell said the thousandth repair was a good moment to count what had been saved. By the group's own estimate, about three tonnes of goods have stayed out of the tip since 2021.

The most common repairs are lamps, kettles, vacuum cleaners and trousers. The strangest, the volunteers agreed, was a singing fish that had stopped singing.

The next repair café is on 14 March. Volunteers who can sew are especially wanted.
"""),

dict(id="h43-en-002", lang="en", tpl="amp", section="News", date="2026-02-16", byline="Kiran Bassett",
     title="Twelve rapid chargers open in Stowell's Cattle Market car park",
     sub="Drivers will pay less at night, when electricity is cheaper, under the operator's pricing.",
     caption="The new charging bays in the Cattle Market car park.", credit="Photo: Kiran Bassett",
     carry=["powerprices"],
     body="""
Twelve rapid chargers for electric cars opened in the Cattle Market car park in Stowell on Monday, more than doubling the number of public charging points in the town.

The chargers were installed by Voltway, a company that rents the space from the district council for £18,000 a year. Each can add about 100 miles of range to a typical car in 20 minutes.

Unusually, the price to drivers will change through the day. Charging will cost 79p per kilowatt hour between 4pm and 8pm, when demand for power is highest, and 52p overnight.

## Why the price changes

Voltway's operations director, Nikhil Mistry, said the company buys its electricity on a tariff that follows the wholesale market. "When power is cheap, we want drivers to feel that. When the grid is stretched, we would rather they waited," he said.

Drivers can see the current price on a screen at each charger and in the company's app. Payment is by bank card, and no membership or subscription is needed.

Taxi driver Shaun Doherty, who switched to an electric car last year, said he would now charge after midnight. "I used to drive 14 miles to Harlby to charge. That's gone," he said.

## Spaces for other drivers

Some residents had objected to losing 24 ordinary parking spaces. The council said the car park had been less than half full on most weekdays in a survey it carried out last autumn.

Councillor Maureen Fairclough, who chairs the environment committee, said a further eight chargers would be installed at the leisure centre by the summer.
"""),

dict(id="h43-en-003", lang="en", tpl="fusion", section="Housing", date="2026-02-24", byline="Ruth Calloway",
     title="Forty homes on the Quarry Hill estate swap gas boilers for heat pumps",
     sub="Most tenants say their bills have fallen, but not all of them.",
     caption="Heat pump units behind houses on Quarry Hill Road.", credit="Photo: Ruth Calloway",
     carry=["powerprices"],
     look=[("factbox", "What the scheme paid for")],
     body="""
Forty council homes on the Quarry Hill estate in Ledmore have had their gas boilers replaced with air source heat pumps, in the first scheme of its kind in the borough.

Tenants were offered the work free of charge last spring. Forty-one of the 52 households agreed, and one later pulled out when told the work would take a week.

The pumps were fitted over the winter, together with new radiators and loft insulation. Early figures from the council suggest heating costs have fallen for most of the homes, though not for all of them.

Pensioner Doreen Appleyard said her bill for January was £61, against £97 a year earlier. "The house is warm all day now. I used to put the heating on for an hour and then sit in my coat," she said.

Her neighbour, Tariq Mahmood, who works nights, said his bills had gone up slightly. "The pump runs while I'm asleep in the day, and that's when the electricity is dearest on my tariff. I need to sort out the timer," he said.

## What the scheme paid for

- Air source heat pumps and hot water cylinders
- Larger radiators in every room
- Loft and cavity wall insulation where needed
- A visit from an adviser to explain the controls

The work cost £1.1 million, most of it from a government grant for social housing. The council plans to convert a further 120 homes over the next two years.

Housing officer Ruth Ellerby said staff would visit every household again in March to check the settings.
"""),

dict(id="h43-en-004", lang="en", tpl="gutenberg", section="News", date="2026-09-15", byline="Tom Ackroyd",
     title="Dog shelter full as owners give up pets they can no longer afford",
     sub="The Hawthorn Lane shelter has a waiting list of 31 dogs.",
     caption="A lurcher named Hope in her kennel at the Hawthorn Lane shelter.", credit="Photo: Tom Ackroyd",
     carry=["petboard"],
     look=[("dropcap", "Every kennel at the Hawthorn Lane"), ("box", "The shelter is open to visitors")],
     body="""
Every kennel at the Hawthorn Lane animal shelter near Brimsley is full, and staff say they are turning away up to ten owners a week who want to hand over their dogs.

The shelter, run by a charity, has room for 46 dogs. It also has a waiting list of 31 more whose owners have asked for them to be taken in.

Manager Claire Oduya said most owners gave the same reason. "It's money. Food, insurance, vet bills. People are in tears at the desk. They love these dogs, but they have run out of options," she said.

The shelter has also seen a rise in stray dogs found without a microchip, or with details that are years out of date, which makes it harder to trace their owners.

Staff took in a lurcher found tied to a gate on the Brimsley bypass last Tuesday. She has been named Hope, is recovering well and will be put up for adoption next month.

The charity is asking for help in three ways:

- Adopt or foster a dog, even for a few weeks
- Leave dry food, blankets or towels at the shelter gate
- Give an hour a week to walk the dogs

Ms Oduya said the shelter's pet food bank, which opened in October, had already helped 140 families keep their animals at home. "If we can stop a dog coming in, that's better for everyone," she said.

The shelter is open to visitors from 11am to 3pm every day except Wednesday.
"""),

dict(id="h43-en-005", lang="en", tpl="table", section="Courts", date="2026-07-08", byline="Hannah Ridgway",
     title="Landlord fined £14,000 over damp and broken fire doors in Ashby Road flats",
     sub="Magistrates heard that tenants on the top floor would have had no safe way out in a fire.",
     caption="The building on Ashby Road, Corrington.", credit="Photo: Hannah Ridgway",
     carry=["courtlist"],
     body="""
A landlord who let six flats with broken fire doors, no working smoke alarms and black mould on the bedroom walls has been fined £14,000 by magistrates in Corrington.

Dennis Halloran, 58, of Fellside Drive, pleaded guilty to nine offences under housing safety regulations at a hearing on Tuesday.

The court heard that council inspectors visited the building on Ashby Road in June after a tenant complained that water was running down the inside of her kitchen wall.

**What the inspectors found**

Prosecuting for the council, Helen Marsh said inspectors found two fire doors that would not close, a fire alarm panel that had been switched off and a stairwell blocked with old furniture. Mould was growing in four of the six flats, and one had no heating at all.

"These were not minor defects. In a fire, the tenants on the top floor would have had no safe way out," she said.

**The landlord's case**

Defending, Simon Priddy said his client had owned the building for 22 years and had fallen behind with repairs during a long illness. All the work had now been done, at a cost of more than £30,000.

The chair of the bench, Margaret Oyelaran, said the conditions had put lives at risk. Halloran was also ordered to pay £3,200 in costs and a £190 surcharge.

The council's head of private housing, Neil Ashworth, said tenants worried about safety in a rented home should contact the council's housing team.
"""),

dict(id="h43-en-006", lang="en", tpl="nextjs", section="Sport", date="2026-05-12", byline="Dan Whitworth",
     title="'We played like we had nothing to lose': Ravensby Ladies captain on promotion",
     sub="Ravensby Ladies won the Northern Women's Division One title on the final day. We spoke to captain Jade Whitlow.",
     caption="Jade Whitlow lifts the trophy at Oakthorpe on Sunday.", credit="Photo: Dan Whitworth",
     carry=["scores"],
     look=[("bold", "So, how does it feel?"), ("bold", "What changed this season?"), ("bold", "The second goal on Sunday?"),
           ("bold", "How do you fit training round shifts?"), ("bold", "And next season?")],
     body="""
Ravensby Ladies were promoted to the Northern Women's Premier Division on Sunday after a 3-1 win at Oakthorpe on the final day of the season, finishing a point ahead of Selby Rovers.

The club was formed in 2019 by eleven players who answered a poster in the cricket pavilion. Captain Jade Whitlow, a 29-year-old midwife, scored twice on Sunday.

So, how does it feel?

Like I haven't slept, because I haven't. We got back to the clubhouse at seven and I think the last of us left at two.

What changed this season?

We stopped being scared of the good teams. Last year we lost 6-0 to Selby and spent the whole game defending. This year we drew with them and should have won.

The second goal on Sunday?

A bit lucky. I meant to cross it. I'm going to tell everyone I didn't.

How do you fit training round shifts?

Badly. Half the squad are nurses, teachers or carers. We train twice a week and there's never a night when everyone is there. The manager sends the session to the group chat so people can do it on their own.

And next season?

Stay up. The Premier Division has teams with paid coaches and proper physios. We've got Dave and a bag of ice. But we'll give it a go.

The club will hold an open training session for new players on 8 June at Ravensby Park.
"""),

dict(id="h43-en-007", lang="en", tpl="legacy-br", section="Villages", date="2026-04-20", byline="Graham Tull",
     title="Post office counter opens in the back bar of the Wheatsheaf",
     sub="Nether Coldwell has been without a post office since 2023.",
     caption="Landlady Sue Pickering behind the new counter at the Wheatsheaf.", credit="Photo: Graham Tull",
     low=0,
     look=[("italic", "Retired farmer Gordon Bewick")],
     body="""
Pensions, parcels and passport forms can now be dealt with over a pint in Nether Coldwell, where a post office counter opened in the back bar of the Wheatsheaf on Monday.

The village lost its post office in 2023 when the shop that housed it closed. Since then, residents have had to travel seven miles to Haddington, and the bus runs only three times a day.

Landlady Sue Pickering applied to run the counter after regulars kept asking her to post their parcels on her way to the cash and carry. "I thought, if I'm doing it anyway, I might as well do it properly," she said.

The counter will be open from 9am to 1pm on weekdays, before the pub opens for drinks. Customers can pay bills, send and collect parcels, withdraw cash and buy stamps.

Retired farmer Gordon Bewick, 81, was first in the queue. He posted a birthday card to his granddaughter in Perth, Australia. "It's the first time I've been in here before noon," he said.

Parish council chair Linda Thwaite said the counter would make a real difference to older residents and those without a car.

The Post Office said it was one of 14 counters to open in pubs and village halls in the county this year.

For opening times, contact the Wheatsheaf on 01632 960 774.
"""),

dict(id="h43-en-008", lang="en", tpl="wordpress", section="Transport", date="2026-06-03", byline="Priya Collard",
     title="Number 14 bus to return to Millbrook after 2,300 sign petition",
     sub="The county council will pay £96,000 a year to restore an hourly service.",
     caption="The old bus stop on Millbrook Avenue.", credit="Photo: Priya Collard",
     low=1, only=["correction"],
     correction="Correction: this article originally said the petition had 3,200 signatures. The correct figure is 2,300.",
     look=[("dropcap", "The number 14 bus")],
     body="""
The number 14 bus, which stopped serving the Millbrook estate in January, will return from 1 September after more than 2,300 people signed a petition calling for it to be restored.

The county council has agreed to pay Lindale Coaches £96,000 a year to run an hourly service between Millbrook and the town centre from Monday to Saturday.

The route was withdrawn when the previous operator said it was losing money. Residents said the nearest stop was then a 20-minute walk away, along a road without a pavement for part of the way.

The petition was started by Amina Farouk, a 17-year-old student who had been relying on lifts to get to college. "I didn't think anything would come of it. I just thought somebody should ask," she said.

Councillor Peter Lund, cabinet member for transport, said the petition had shown how many people depended on the bus. "We looked at the numbers again and we got it wrong," he said.

The new service will run every hour from 7am to 7pm. Fares will be the same as on other routes in the county, with a £2 single fare for adults.

Timetables will be posted at stops in August.
"""),

dict(id="h43-en-009", lang="en", tpl="ghost", site="Marlpit Lane Neighbours", kind="small", section="Our street",
     date="2026-11-30", byline="Jas Rehal",
     title="Twenty-four fruit trees planted on the old allotment site off Marlpit Lane",
     sub="The town council has leased the land to the residents' group for £1 a year.",
     caption="Neighbours planting the first trees on Sunday morning.", credit="Photo: Marlpit Lane Neighbours",
     carry=["map"],
     look=[("callout", "Working parties will meet")],
     body="""
Twenty-four apple, pear and plum trees were planted on Sunday on the old allotment site at the end of Marlpit Lane, which has stood empty since 2017.

About 60 neighbours turned up with spades, and the children of Marlpit Lane Primary School named each tree. The names include Sir Crunch, Big Dave and Pearl.

The land belongs to the town council, which has agreed to lease it to the residents' group for £1 a year for 25 years.

The trees are local varieties, chosen with help from the county orchard group. They include a cooking apple first grown in the town in the 1850s, the Marlpit Pippin, which had almost disappeared.

The orchard will be open to everyone. Fruit will be free to pick once the trees start cropping, which could take three to five years.

We now need a path, two benches and a hedge along the road. "We have the trees. Now we need somewhere to sit and look at them," said Dot Hennessy, who has lived on the lane for 51 years.

Working parties will meet on the first Sunday of every month at 10am. Bring gloves; tools and tea are provided.
"""),
]
