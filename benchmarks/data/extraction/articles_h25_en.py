# English stories for the twenty-fifth held-out part (h25-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template: "movabletype" is new in this part, the others are layouts of earlier
# parts), low (fixed residue count), only (fixed residue families), site (fixed site name), sub (standfirst /
# subtitle; shown by the templates that have one, never body), standfirst (the fusion subheadline), pull
# (magazine pull quote: a piece of a story sentence, repeated by the template), times (liveblog entry times,
# newest first), watch (the broadcaster's two video titles), correction (the wording of the correction line,
# where a page carries one).
ARTICLES = [
dict(id="h25-en-001", lang="en", tpl="movabletype", site="The Wendmouth Mercury", section="Town news", date="2026-05-14",
     byline="Alison Threlfall",
     title="Wend chain ferry to run again after two-year closure",
     sub="A new hull, a new engine and a £640,000 grant will put the Ferry Lane crossing back in service on 1 June.",
     caption="The new ferry hull on the slipway at Priory Boatyard.", credit="Photo: Alison Threlfall",
     body="""
The chain ferry between Wendmouth and Saltley Point will carry passengers again from 1 June, almost two years after it was taken out of service with a cracked hull.

The town council confirmed on Tuesday that the new vessel had passed its final safety inspection on the river last week. It will run every 20 minutes from 7am to 7pm, seven days a week, and carry up to twelve foot passengers and four bicycles at a time.

## A crossing older than the bridge

There has been a ferry at Ferry Lane since at least 1790, and the chain crossing has been run by the council since 1961. For walkers on the coast path it saves a six-mile detour inland to Carrow Bridge.

"People have been stopping me in the street for two years to ask when it's coming back," said Councillor Dawn Petit, who chairs the ferry committee. "Now I can give them a date."

## How it was paid for

The £910,000 project was paid for by:

- a £640,000 grant from the government's coastal communities fund;
- £190,000 from the council's reserves;
- £80,000 raised by the Friends of the Wend Ferry.

The Friends' chairman, Malcolm Orde, said the group's print sale had raised more than £11,000 on its own. Local artists donated drawings of the old ferry and waived their copyright so that the Friends could sell prints of them. A limited run of 300 sold out in a fortnight.

"We never doubted it would come back," he said.

## Fares unchanged

Fares will stay at £1.50 for adults and 70p for children, with bicycles carried free. The council is keeping its paper season tickets, but passengers will also be able to save a digital ticket to their phone for the first time.

The ferry's two new crew members start training next week. Anyone who wants to follow the work can watch the vessel being fitted out at Priory Boatyard, which is open to visitors on Saturday mornings.
"""),

dict(id="h25-en-002", lang="en", tpl="table", section="Courts", date="2026-02-24", byline="Neil Hendry",
     title="Landlord who forged gas safety certificates ordered to pay £48,000",
     sub="Tenants in nine flats had no valid checks for up to three years.",
     caption="Hexford Crown Court.", credit="Picture: Neil Hendry",
     body="""
A landlord who forged gas safety certificates for nine rented flats has been ordered to pay £48,000 in fines and costs.

Gavin Marsh, 52, of Orchard Rise, Hexford, admitted nine offences under the gas safety regulations at Hexford Crown Court on Monday.

The court heard that Marsh had copied the name and registration number of a real engineer onto certificates he printed at home. Tenants were handed the copies when they moved in, and some were later shown to a letting agent.

## Found by a tenant

The forgeries came to light when a tenant in one of the flats on Mill Street tried to contact the engineer named on her certificate about a faulty boiler.

"He told me he had never been to the building," she said in a statement read to the court. "That is when I stopped sleeping properly."

The engineer, who has not been named, reported the matter to the council and to the Gas Safe Register.

## No injuries

Inspectors later found that two of the boilers were unsafe and had to be switched off at once. Nobody was hurt.

Judge Martin Okoye said Marsh had put his tenants at "a real and entirely avoidable risk" to save a few hundred pounds a year.

"Tenants are entitled to trust the paper they are handed," he said.

## What tenants can check

The council's housing team said tenants should:

- ask to see a gas safety certificate every year;
- check the engineer's number on the Gas Safe Register website;
- report any doubts to the council's private housing team.

Marsh, who still owns the flats, must pay the full sum within six months. He was also made the subject of a banning order, which stops him letting property for five years.
"""),

dict(id="h25-en-003", lang="en", tpl="fusion", section="Sport", date="2026-06-14", byline="Kit Lawrence",
     title="Course record and a finish-line proposal as 4,000 run the Redcastle Half Marathon",
     sub="Faith Mwangi broke the women's record by almost a minute on the hottest race day in the event's history.",
     standfirst="Faith Mwangi broke the women's record by almost a minute on the hottest race day in the event's history.",
     caption="Runners cross Redcastle bridge in the first mile.", credit="Photo: Kit Lawrence",
     body="""
Faith Mwangi of Redcastle Harriers broke the women's course record by almost a minute at the Redcastle Half Marathon on Sunday, on the hottest race day in the event's 14-year history.

Mwangi finished in 1:14:52. The men's race went to Tom Beddoes of Carrow AC in 1:07:31, who said afterwards that he had "never been so glad to see a water station".

Just over 4,000 runners set off from Castle Green at 9am, with the temperature already at 21C. By midday it had reached 26C.

## Walk, don't run

Organisers asked slower runners to walk through the water stations and sent extra water to miles 9 and 11. St John Ambulance treated 31 runners, most of them for heat exhaustion. Two were taken to hospital as a precaution and later discharged.

"We had a plan for a hot day, and we used all of it," said race director Colin Ashby.

## A ring at mile 13

The loudest cheer of the day went to Sam Adeyemi, who stopped ten metres short of the finish to propose to his partner, Jo, who was waiting at the barrier with their two dogs.

She said yes, and the couple crossed the line together.

"I had the ring in my pocket for thirteen miles," Adeyemi said. "It was heavier than the medal."

## Pipes and a tracking app

Listen to any runner describe the course and the pipe band at mile 3 comes up first. It has played at every race since the first in 2011.

This year, for the first time, friends and families could follow individual runners on the official race app, which picked up each timing chip at six points on the course. Organisers said the app had been opened 19,000 times.

## Money for the hospice

The race raised an estimated £160,000 for charity, including about £45,000 for St Aidan's Hospice, the event's main partner.

Next year's race will start an hour earlier, at 8am. Entries open on 1 October and are capped at:

- 4,500 places in the half marathon;
- 800 places in the 5km fun run;
- 300 places in the junior mile.

"Ten o'clock in June is too hot," Ashby said. "We've learned that."
"""),

dict(id="h25-en-004", lang="en", tpl="newspack", site="The Marlow County Ledger", section="Public Safety", date="2026-03-31",
     byline="Denise Alvarado",
     title="Callers to Marlow County's 911 line waited up to four minutes as dispatch center ran short of staff",
     sub="The county's emergency dispatch center has filled 19 of its 31 positions. Supervisors approved raises on Tuesday.",
     caption="A dispatcher at the Marlow County Emergency Communications Center.", credit="Ray Castillo / The Marlow County Ledger",
     body="""
One in twelve emergency calls in Marlow County last year waited more than a minute to be answered, and the longest wait was nearly four minutes, according to dispatch records obtained by the Ledger.

The county's 911 center, which answers calls for the sheriff, eight fire districts and the ambulance service, has filled 19 of its 31 dispatcher positions. National standards say 90% of calls should be answered within 15 seconds. Marlow County met that goal in only five months of 2025.

## Mandatory overtime

Dispatchers told the Ledger they routinely work 16-hour shifts. Three said they had been ordered to stay on after a 12-hour night shift more than once a week.

"You can't do this job tired," said one dispatcher, who asked not to be named because she was not authorized to speak to reporters. "You're the first voice somebody hears on the worst day of their life."

## What the county is doing

On Tuesday the Board of Supervisors voted 4-1 to:

- raise starting pay from $19.40 to $23.50 an hour;
- pay a $3,000 bonus to new hires who complete training;
- hire two part-time call takers for weekend nights.

Center director Gloria Haines said the raises would make the county competitive with neighboring Ridgeway County, where six of her former dispatchers now work.

"We lost people to a ten-minute longer drive and three dollars more an hour," Haines said.

## How residents can help

Haines asked residents to keep the line clear for emergencies and to save the non-emergency number, 555-0144, in their phones for noise complaints and other problems. She also urged them to subscribe to the county's free emergency text alerts, which are sent out during wildfires and floods.

She also asked people not to hang up if they dial 911 by mistake. "Stay on the line and tell us it was an accident," she said. "Otherwise we have to call you back, and that's time we could spend on someone else."

Applications for the next training class close on April 30.
"""),

dict(id="h25-en-005", lang="en", tpl="joomla4", section="Community", date="2026-09-07", byline="Gwen Harker",
     title="Sixty dogs, one stubborn ewe: Langthwaite sheepdog trials return after seven years",
     sub="The trials on Wether Fell were last held in 2019, before the field's owner retired.",
     caption="A handler and her dog pen four Swaledale ewes on Wether Fell.", credit="Picture: Gwen Harker",
     body="""
Sixty-two handlers and their dogs competed at the Langthwaite sheepdog trials on Saturday, the first to be held in the village since 2019.

The trials stopped when farmer Bill Metcalfe, who had lent his field on Wether Fell for 40 years, retired and sold his flock. This year his neighbour, Ruth Alderson, offered a field and 30 of her own Swaledale ewes.

## Four sheep at a time

Each dog had twelve minutes to gather four sheep from the top of the field, drive them through two sets of hurdles and pen them at the bottom, with the handler allowed to give commands only by voice and whistle.

The open class was won by Dafydd Rees from Llanwrtyd and his dog Mist, who scored 91 points out of 100. The best local result came from 15-year-old Ella Harker of Low Row, who finished fourth in the novice class with her dog Jess.

"She's only two and she listens better than I do," Ella said.

## One ewe had other ideas

The afternoon's biggest cheer went to a ewe that jumped out of the pen three times before a dog called Taff finally talked her round.

"There's always one," said the judge, Alan Pickersgill. "That's sheep for you."

## Money for the school

About 700 people came through the gate. The organisers said the day had raised £4,200, which will be shared between:

- the village primary school's minibus fund;
- the Swaledale mountain rescue team;
- the upkeep of the village hall.

A date for next year's trials will be announced at the village hall's annual meeting in October.
"""),

dict(id="h25-en-006", lang="en", tpl="tilda", section="Our villages", date="2026-04-20", byline="Beth Coombes",
     title="Villagers buy the old post office and turn it into a community shop",
     sub="More than 300 people bought shares at £25 each. The shop opened on Saturday.",
     caption="The first customers queue outside the Thorncombe Community Shop.", credit="Photo: Beth Coombes",
     body="""
The village of Thorncombe has a shop again, eleven months after its post office closed.

The Thorncombe Community Shop opened on Saturday in the old post office building on Fore Street, which was bought by a cooperative of residents for £185,000.

More than 300 people bought shares at £25 each, and the rest came from a loan from a community business fund. The shop is run by a manager and two part-time staff, with 40 volunteers on the rota.

## Bread, stamps and cookies

The shop sells bread from the bakery in Chardstock, milk from a farm two miles away and cookies baked by pupils at the village school, who are raising money for a school trip to the coast.

It also has a post office counter, open three mornings a week.

"It is not just a shop," said volunteer Pam Hendy, 78. "For some people it's the only conversation they'll have all day."

## Opening day

The opening was announced in an Instagram post that had been shared more than 2,000 times by Saturday morning. A queue formed outside the door half an hour before the ribbon was cut.

"We sold out of bread by eleven," said the manager, Lewis Crabb. "Next week we'll order twice as much."

## Plans for the first year

The committee's plans for the first year include:

- a café corner with four tables;
- a weekly delivery round for housebound residents;
- longer opening hours in the summer.

Updates on the shop will go out in the parish newsletter, which is delivered to every house in the village.

"We'll see how it goes," Crabb said. "So far, so good."
"""),

dict(id="h25-en-007", lang="en", tpl="ghost", section="Science", date="2026-02-16", byline="Owen Pryor", low=0,
     title="Astronomers ask residents to switch off lights for two nights in dark sky bid",
     sub="Volunteers need a year of readings to show the Hallow Moors are dark enough.",
     caption="The Milky Way over Eskby, photographed in January.", credit="Photo: Hallow Astronomical Society",
     body="""
Amateur astronomers in the Hallow Moors have asked residents to turn off outdoor lights for two nights next month, as part of a bid to have the area named an international dark sky reserve.

The Hallow Astronomical Society needs a year of measurements to show that the night sky over the moors is dark enough. Volunteers have fixed twelve light meters to farm buildings and garden sheds, and take readings every clear night.

## Counting stars

On 18 and 19 March, the society wants as many people as possible to go outside at 9pm, find the constellation of Orion, and count the stars they can see inside it.

"If you can see more than 15 stars, that's a very good sky," said the society's secretary, Ravi Sandhu. "In a city you might see four or five."

Results can be sent in through the society's website or by text message.

## Lights out

The society has written to 1,400 households, asking them to:

- switch off outdoor lights they do not need;
- point security lights down rather than out;
- draw curtains after dark on the two count nights.

Three parish councils have already agreed to switch off street lights in village centres between midnight and 5am for a trial month.

## Not everyone is keen

Some residents say the trial has made them feel less safe. "I walk the dog late," said Marion Tate of Eskby. "I'd rather see where I'm going."

Sandhu said the society understood the concerns. "Nobody is asking anyone to sit in the dark," he said. "We are asking them to light the ground, not the sky."

A decision on the bid is expected in 2028.
"""),

dict(id="h25-en-008", lang="en", tpl="webflow", section="Business", date="2026-07-06", byline="Tamsin Greaves",
     title="Brewery that bakes dog biscuits from spent grain asks drinkers to buy shares",
     sub="Harbourside Brewing wants to raise £250,000 to buy the old net loft it rents.",
     caption="Nadia Okwu with a tray of spent-grain dog biscuits.", credit="Photo: Tamsin Greaves",
     body="""
A small brewery in Pelham Quay is asking its customers to become its owners.

Harbourside Brewing, which opened in a former net loft in 2021, launched a community share offer on Monday, aiming to raise £250,000 to buy the building it rents and install a second brewing kit.

Shares cost £1 each, with a minimum investment of £100. Every shareholder gets one vote at the annual meeting, however much they put in.

## From beer to biscuits

The brewery is best known locally for its side business: dog biscuits baked from the malted barley left over after brewing. The grain used to go to a pig farmer. Now about a third of it is mixed with peanut butter and egg and baked on site.

"The dogs don't care about the beer," said co-founder Nadia Okwu. "But they really care about the biscuits."

The biscuits are sold in 30 pet shops across the county and make up a fifth of the company's turnover.

## What the money is for

The brewery says the money will pay for:

- the purchase of the net loft from its current owner;
- a second 1,000-litre brewing kit;
- solar panels on the roof of the building.

## Risks spelled out

The offer document warns investors that they could lose all the money they put in, and that the shares cannot be sold on like those of a listed company.

Co-founder Ben Tregear said the brewery had been "very upfront" about the risks. "This isn't a get-rich-quick scheme," he said. "It's a way of keeping a brewery in the town."

The offer closes on 31 July. By Tuesday evening it had raised £61,300 from 402 people.

"We're a quarter of the way there," Tregear said.
"""),

dict(id="h25-en-009", lang="en", tpl="broadcaster", section="Environment", date="2026-03-19", byline="Hollie Brandt",
     title="Cliff-top village loses another three metres to the sea after winter storms",
     sub="Four more homes on Northcliff Road are now within 20 metres of the edge.",
     caption="The cliff edge behind Northcliff Road, Skelwick.", credit="Photo: Hollie Brandt",
     watch=["Drone footage: how far the cliff at Skelwick has moved since 2020",
            "Living at the edge: residents of Northcliff Road tell their story"],
     body="""
The cliffs at Skelwick lost up to three metres of land over the winter, according to new measurements by the district council, putting four more homes on Northcliff Road within 20 metres of the edge.

Council surveyors measure the cliff top twice a year at 42 fixed points. Their latest figures, published on Thursday, show the fastest erosion since records began in 2002.

## Homes at risk

Since 2014, eleven houses on the road have been demolished before they could fall. The council has told the owners of four more that their homes could be at risk within five years.

Retired teacher Maureen Voss has lived at number 18 for 31 years. The edge of the cliff is now at the end of her garden.

"I used to have a lawn and a vegetable patch," she said. "Now I have a fence and a warning sign."

## The sound of the cliff

Residents say they can hear the cliff moving during storms.

"Listen on a bad night and you'll hear the rocks going," said Voss's neighbour, Peter Lund. "It sounds like a lorry tipping gravel."

## What help is available

Under a government pilot scheme, homeowners whose properties are expected to be lost within 20 years can apply for:

- help with demolition costs of up to £6,000;
- a relocation grant of up to £10,000;
- advice on finding land to rebuild further inland.

The council says it will not build new sea defences at Skelwick, because they would speed up erosion further along the coast.

"We cannot hold this coastline," said council engineer Sunita Rao. "What we can do is help people move before the sea makes the decision for them."
"""),
]
