# English stories for the ninetieth held-out part (h90-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h88_en.py (tpl: "webnode" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in); "carry" names the residue
# families a page must carry, among them the three families new in this part (compostbins, speedcameras,
# streetsweeping), which are placed only on stories where a real site would print them; "run_in" names a carried
# family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h90-en-001", lang="en", tpl="webnode", site="Ashworth Green Community News", kind="small",
     section="Village life", date="2026-04-11", byline="Pauline Strickland",
     title="Allotment society swaps bonfires for compost bays after smoke complaints",
     sub="Ashworth Green's allotment holders have agreed to stop burning waste and will build shared compost bays instead.",
     caption="Volunteers building the first compost bay at the Mill Lane allotments.", credit="Photo: Pauline Strickland",
     carry=["compostbins"],
     look=[("bold", "Nobody will miss the smoke."), ("italic", "\u201cIt was always the same three people"), ("br", "The first load of horse muck arrives on Friday.")],
     body="""
The bonfires at the Mill Lane allotments are finished. At its spring meeting the Ashworth Green Allotment Society voted 31 to 4 to ban burning on the site and to put the money from this year's plot rents towards three shared compost bays.

The decision follows two summers in which people living on Orchard Rise complained that washing hung out on a Saturday came back in smelling of wet leaves and old carpet.

Nobody will miss the smoke.

Society secretary Glyn Prothero said the bays, built from old pallets given by the builders' merchant on the Harlow road, would take everything from bean stalks to grass cuttings. Woody prunings will be shredded twice a year with a hired machine.

\u201cIt was always the same three people who lit fires, and everybody else who had to breathe it,\u201d he said.

Each bay holds about a cubic metre. Plot holders have been asked to chop material small, to turn the heaps once a month on a rota pinned inside the shed door, and to keep cooked food, meat and diseased plants out altogether.

Glyn said the finished compost would go back onto the plots free of charge, with the first batch expected by late autumn. Anyone who still has an incinerator bin is being asked to take it home.

The first load of horse muck arrives on Friday.
"""),

dict(id="h90-en-002", lang="en", tpl="wordpress",
     section="Villages", date="2026-06-03", byline="Darren Okafor",
     title="Brackenhurst residents time the traffic on the Oresby road with a borrowed radar gun",
     sub="A community speed watch group recorded 212 drivers over the limit in its first month.",
     caption="Speed watch volunteers on the Oresby road, Brackenhurst.", credit="Photo: Darren Okafor",
     carry=["speedcameras"],
     look=[("dropcap", "Four people in hi-vis jackets")],
     body="""
Four people in hi-vis jackets and a radar gun lent by the police have become a familiar sight on the Oresby road through Brackenhurst, where villagers say drivers treat the 30mph limit as a suggestion.

The village's new community speed watch group started in May. In its first month of hour-long sessions its members clocked 212 vehicles above 35mph, the point at which details are passed to the police. The fastest, a van on a Tuesday morning, was doing 58.

Every driver recorded gets a letter. A second letter within a year brings a visit from an officer, and a third can lead to prosecution.

Group organiser Helen Marsh, whose cottage sits on the bend by the war memorial, said the aim was not to catch people but to slow them down.

"Most of them are local. Some of them are our neighbours. When you see the brake lights come on as they spot us, that's the job done," she said.

The parish council has asked the county for a permanent flashing sign near the school, and for the road to be added to the list of sites visited by the mobile camera van. A decision is expected in the autumn.

The group meets on the first Monday of the month in the village hall and needs at least six more volunteers. Training takes an evening.
"""),

dict(id="h90-en-003", lang="en", tpl="ghost",
     section="Hollinsby", date="2026-11-09", byline="Sunita Ferreira",
     title="Parked cars leave Hollinsby sweeper mountains of leaves it cannot reach",
     sub="Residents on the Beacon estate are being asked to move their cars on cleaning days.",
     caption="Leaves piled along the kerb on Fernleigh Avenue.", credit="Photo: Sunita Ferreira",
     carry=["streetsweeping"],
     look=[("callout", "The sweeper can clear a street in twenty minutes")],
     body="""
Hollinsby's street sweeper has spent much of the autumn driving past the piles of leaves it was sent to collect, because the kerbs they lie against are lined with parked cars.

On the Beacon estate, where the avenues are planted with limes and horse chestnuts, crews say they managed to clean less than half of each street during October.

## A slippery month

Wet leaves left in the gutter block drains and turn the pavement into a skating rink. Two people have already reported falls on Fernleigh Avenue this month, one of them a pensioner who broke her wrist on the way to the post office.

The sweeper can clear a street in twenty minutes if the kerb is empty. With cars in the way, the crew has to get out and work round each one with rakes and a leaf blower, which takes three times as long.

## Letters through the door

The district council is now delivering letters to every house on the estate giving the day each street will be swept, and asking people to park on driveways or in the next street for the morning.

Councillor Amir Latif, who represents the ward, said nobody would be fined. "We are asking nicely. If half the cars move, we'll get twice as many leaves," he said.

Residents with a tree outside their house can also ask for a free leaf sack from the council offices on Station Road, open 9am to 4pm on weekdays.
"""),

dict(id="h90-en-004", lang="en", tpl="magazine",
     section="Home and garden", date="2026-07-18", byline="Miriam Calloway",
     title="How one Wendle valley street learned to keep the rain",
     sub="Twenty-two houses on Quarry Row now catch almost every drop that falls on their roofs.",
     caption="Water butts lined up behind the terraced houses on Quarry Row.", credit="Photo: Miriam Calloway",
     pull="The garden doesn't know there's a hosepipe ban",
     carry=["compostbins"],
     look=[("dropcap", "There are 22 houses on Quarry Row"), ("box", "A typical roof in the valley sheds")],
     body="""
There are 22 houses on Quarry Row in Wendleford, and since last spring 20 of them have had at least one water butt fixed to the drainpipe at the back.

It started with Frances Oyelaran at number 9, a retired geography teacher who got tired of watching her runner beans wilt during the hosepipe ban of two summers ago while water poured off her roof into the drain.

She put a note through every door suggesting a bulk order. Eleven neighbours signed up within a week.

A typical roof in the valley sheds around 50,000 litres of rain a year, Frances worked out for anyone who would listen. Even a single 200-litre butt, emptied and refilled through the summer, will keep a vegetable bed going through most dry spells.

Now the street has a WhatsApp group that swaps tips on diverter kits, stands and lids that keep the mosquito larvae out. Two households have linked three butts together. One has buried a tank under the patio.

"The garden doesn't know there's a hosepipe ban," said Ken Adebayo at number 15, who grows dahlias for the village show and has not used tap water on them since May.

The water company says homes using stored rainwater on the garden can cut their summer use by up to a fifth. Frances is now helping two streets in Upper Wendle to do the same, and will give a talk at Wendleford library on Saturday 1 August at 2pm.
"""),

dict(id="h90-en-005", lang="en", tpl="sanity",
     section="Business", date="2026-02-24", byline="Callum Brierley",
     title="Last orders at the Oresby pie shop after 61 years on Tanner Street",
     sub="Brenda and Raymond Cole are retiring, and nobody has bought the business.",
     caption="Brenda Cole behind the counter on her final week.", credit="Photo: Callum Brierley",
     look=[("dropcap", "The queue outside Cole's on Tanner Street")],
     body="""
The queue outside Cole's on Tanner Street stretched past the bank on Saturday morning, as customers came for a last steak and kidney pie from the shop that has fed Oresby since 1965.

Brenda and Raymond Cole, both 74, are retiring. They put the business up for sale eighteen months ago, but nobody has made an offer they could accept, and the shop will close for good on Saturday 7 March.

Raymond's father opened the bakery after coming out of the army. Raymond started on the ovens at fifteen, and Brenda joined when they married in 1972.

In a typical week the shop still sells:

- around 1,400 meat and potato pies
- 300 pork pies, made to his father's recipe
- 90 custard tarts on a Friday alone
- a single Eccles cake to the same customer every day at 11

"We're not sad, we're tired," said Brenda. "You can't do four o'clock starts at our age, and we've had a lovely time."

Several regulars have asked for the pork pie recipe. Raymond says he has promised it to his granddaughter, who is training as a chef in Leeds, and that it will stay in the family.

The Coles will hold a thank-you afternoon for customers in the shop on the day it closes, from 1pm until the pies run out.
"""),

dict(id="h90-en-006", lang="en", tpl="quintype",
     section="People", date="2026-07-22", byline="Nadia Pembroke",
     title="Thirty years with a lollipop: Hollinsby crossing patrol hangs up her coat",
     sub="Gwen Hartley has seen three generations of children across Kiln Road.",
     caption="Gwen Hartley at the crossing on Kiln Road.", credit="Photo: Nadia Pembroke",
     look=[("highlight", "Gwen Hartley has stood at the crossing")],
     body="""
Gwen Hartley has stood at the crossing outside Kiln Road Primary School in Hollinsby every school morning and afternoon since September 1996. She retires at the end of this term, aged 71. We asked her about three decades in a white coat.

**How many children do you think you've crossed?**

I worked it out once with a calculator. It's somewhere over 400,000 crossings, but a lot of those are the same children twice a day. I've crossed children whose parents I crossed.

**Were drivers better or worse back then?**

Worse, if anything, in the nineties. Nobody thought twice about it. Now most of them slow down when they see the coat. It's the ones on their phones that frighten me.

**Any near misses at the crossing?**

Two. A lorry in the snow in 2010 that couldn't stop, and a lad on an electric scooter last year who went straight through. Nobody was hurt either time.

**And the weather?**

You stop noticing. I've had frostbite on my ears and sunburn on the same corner.

**So who takes over the lollipop?**

The council is still looking for someone to take over. I'll do my last afternoon on 17 July, and then I'm going to have a lie-in for the first time since the Spice Girls were in the charts.

Parents have organised a collection and a card, which can be signed at the school office until 15 July.
"""),

dict(id="h90-en-007", lang="en", tpl="semantic",
     section="Environment", date="2026-09-05", byline="Rhys Templeman",
     title="Wendle river clean-up hauls out two trolleys, a safe and 40 bags of rubbish",
     sub="More than ninety volunteers turned out for the biggest clean-up on the river in ten years.",
     caption="Volunteers lifting a shopping trolley from the Wendle at Mill Bridge.", credit="Photo: Rhys Templeman",
     look=[("italic", "\u201cWe opened it on the bank with everyone watching.")],
     body="""
More than ninety volunteers waded into the river Wendle on Sunday for the biggest clean-up on the river in a decade, working a two-mile stretch from Mill Bridge down to the weir at Oresby.

By mid-afternoon they had filled 40 bags and pulled out two shopping trolleys, a pushchair, a set of traffic cones, half a garden bench and a small metal safe.

**The safe was empty**

It was spotted by twelve-year-old Theo Marchetti, who was helping his mother with a litter picker near the footbridge and thought it was a rock until he tapped it.

\u201cWe opened it on the bank with everyone watching. There was nothing in it but silt and a very surprised crayfish,\u201d said organiser Abigail Rowntree of Friends of the Wendle.

Police were told and said it did not match any reported theft.

**Plastic is still the biggest problem**

Most of what was collected was small: bottle tops, crisp packets, wet wipes and the plastic stems of cotton buds that come through the sewage works after heavy rain.

The group will send its figures to the water company and to the Environment Agency. Abigail said she would like to see the count fall year on year.

The next clean-up is on Sunday 4 October. Volunteers should meet at Mill Bridge car park at 10am and bring wellies and gloves.
"""),

dict(id="h90-en-008", lang="en", tpl="amp",
     section="Community", date="2026-05-14", byline="Lorna Abernethy",
     title="Brackenhurst bake sale raises enough for a new defibrillator",
     sub="Villagers sold cakes, cookies and scones over three weekends.",
     caption="The bake sale table outside St Oswald's church.", credit="Photo: Lorna Abernethy",
     low=0,
     body="""
Cookies, it turns out, can save lives. Three weekends of cake stalls outside St Oswald's church in Brackenhurst have raised \u00a31,860, enough to buy a public defibrillator and the heated cabinet to keep it in.

The idea came from Martin Oduya, a retired paramedic who moved to the village two years ago and was surprised to find that the nearest machine was four miles away at the golf club.

"In a cardiac arrest every minute without a shock cuts the chance of survival. Four miles is far too far," he said.

Forty-three people baked for the stalls. Bestsellers were lemon drizzle, chocolate chip cookies and a coffee and walnut cake made by 92-year-old Edna Fairclough, which sold out within ten minutes on each of the three Saturdays.

The defibrillator will be fixed to the wall of the old telephone exchange on Church Street, where there is power for the cabinet. It will be registered with the ambulance service, so that a caller can be directed to it and given the code for the box.

Martin will run a free session on how to use it, and on chest compressions, in the village hall on Wednesday 10 June at 7pm. Places are limited to thirty, and can be booked through the parish clerk.
"""),

dict(id="h90-en-009", lang="en", tpl="cms",
     section="Heritage", date="2026-03-19", byline="Graham Ashdown",
     title="Hollinsby's Victorian bandstand to be restored with lottery money",
     sub="The cast-iron bandstand in Wendle Park has been fenced off since 2019.",
     caption="The bandstand in Wendle Park, fenced off since 2019.", credit="Photo: Graham Ashdown",
     only=["correction"],
     correction="Correction: we first reported that the bandstand was made in Glasgow in 1884. It was cast in Falkirk in 1887.",
     body="""
The cast-iron bandstand in Hollinsby's Wendle Park, fenced off for seven years after rust was found in its roof supports, is to be restored with a \u00a3286,000 grant from the National Lottery Heritage Fund.

The bandstand was cast in Falkirk in 1887 and brought to Hollinsby by rail in pieces, paid for by a public subscription to mark Queen Victoria's golden jubilee.

For most of the last century it hosted brass bands on summer Sunday afternoons. The Hollinsby Colliery Band played there every August bank holiday until the pit closed in 1985.

The restoration will see the roof taken down and sent to a foundry in the West Midlands, where missing pieces of the decorative frieze will be recast from surviving sections. The timber floor will be replaced and the building repainted in its original colours, which paint scrapings suggest were dark green and cream, not the blue it has been since the 1970s.

Jean Ferris, who chairs the Friends of Wendle Park, said the group had been raising money for the application since 2021 through quizzes and a sponsored walk.

"My grandmother danced in front of that bandstand on VE Day. We wanted it to be there for another century," she said.

Work is expected to start in September and take about nine months. The council hopes to hold a reopening concert in summer 2027.
"""),
]
