# English stories for the thirty-seventh held-out part (h37-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h36_en.py (tpl: "umbraco" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families this part places by subject (condolence, recipe,
# property), printed only on stories where a real site would print them.
ARTICLES = [
dict(id="h37-en-001", lang="en", tpl="umbraco", site="Calderbrook Evening Courier", section="Calderbrook news",
     date="2026-02-17", byline="Niamh Holroyd",
     title="Alf Pender, lifeboat coxswain who led 212 rescues, dies at 87",
     sub="He joined the Skelby crew at 17 and was awarded the bronze medal for a rescue in a force ten gale in 1979.",
     caption="Alf Pender at the Skelby lifeboat station in 1984.", credit="Picture: Skelby RNLI archive",
     carry=["condolence"],
     look=[("dropcap", "Alf Pender, who spent"), ("factbox", "His life in brief"), ("highlight", "Flags on the harbour wall")],
     body="""
Alf Pender, who spent 41 years on the Skelby lifeboat and was its coxswain for 19 of them, has died at the age of 87.

He died peacefully on Sunday at Ridgeway House care home, his family said, with his daughter Carol and his grandson Liam at his side.

Mr Pender went out on 212 rescues. The best known was in January 1979, when he took the lifeboat out in a force ten gale to a Dutch coaster that had lost its engine off Sker Point. All seven of her crew were brought ashore. He was awarded the institution's bronze medal for gallantry the following year.

## His life in brief

- Born in Skelby in 1938, the son of a crab fisherman
- Joined the lifeboat crew at 17 and became coxswain in 1977
- Bronze medal for gallantry, 1980
- Retired from the crew in 1996 and ran the station shop until 2015

Current coxswain Dean Marsland said Mr Pender had trained half the crew still serving today. "He never shouted. He just looked at you, and you did it properly the second time," he said.

Carol Pender said her father had never called himself brave. "He used to say the sea did the hard work, and he just had to be polite to it," she said.

Flags on the harbour wall were lowered to half mast on Monday morning. The station's crew will form a guard of honour at the funeral.

The funeral will be held at St Bride's Church, Skelby, on Friday 27 February at 11am. The family have asked for donations to the lifeboat station instead of flowers.
"""),

dict(id="h37-en-002", lang="en", tpl="cms", section="Food and drink", date="2026-10-06", byline="Martha Quigley",
     title="Baker shares the Marsh cake recipe kept secret for 90 years",
     sub="The Hollins family has baked the spiced fruit slice since 1936. Now anyone can try it at home.",
     caption="Ruth Hollins cutting a tray of Marsh cake at the Wharf Street bakery.", credit="Photo: Martha Quigley",
     carry=["recipe"],
     look=[("italic", "\"My grandad would have had a fit")],
     body="""
For 90 years the recipe for Marsh cake, the spiced fruit slice sold at Hollins' bakery on Wharf Street, was written in one notebook and kept in a biscuit tin above the ovens.

This week Ruth Hollins, the fourth generation of her family to run the bakery, decided to give it away.

"My grandad would have had a fit. But the town has been eating it since 1936, and I think it belongs to them by now," she said.

The decision came after the bakery was asked to make 600 slices for the town's Heritage Open Day. Ms Hollins said she wanted families to be able to bake it together at home, too.

This is the recipe as she gave it to us, for one tray of 16 slices:

- 250g plain flour
- 125g cold butter
- 100g soft brown sugar
- 200g currants and 50g mixed peel
- 1 teaspoon mixed spice and a pinch of nutmeg
- 1 egg and 4 tablespoons of milk

1. Rub the butter into the flour until it looks like breadcrumbs.
2. Stir in the sugar, fruit and spices, then the egg and milk.
3. Press into a lined tray and bake at 180C for 35 minutes.
4. Leave to cool in the tin before cutting.

Ms Hollins said the only part she had changed was the fat. "Grandad used lard. I have told people they can, if they are brave," she said.

The bakery will still sell the slices at £1.40 each, and it is keeping the notebook.
"""),

dict(id="h37-en-003", lang="en", tpl="portal", section="Property", date="2026-04-23", byline="Imran Shafiq",
     title="Plans for 240 homes on the old Ridley dairy site approved",
     sub="A third of the houses will be affordable, and the developer will pay £1.1m towards a new surgery.",
     caption="The empty Ridley dairy buildings on Mill Lane, Thornbury.", credit="Photo: Imran Shafiq",
     carry=["property"],
     body="""
Plans to build 240 homes on the site of the former Ridley dairy in Thornbury were approved by the district council's planning committee on Tuesday night.

The dairy closed in 2019 with the loss of 130 jobs, and its buildings on Mill Lane have stood empty since then.

The developer, Fellgate Homes, will build a mix of two-, three- and four-bedroom houses and a block of 24 flats. Eighty of the homes will be sold or rented at below market prices through a housing association.

## Surgery and school places

As part of the deal, Fellgate will pay £1.1 million towards a new doctors' surgery in the town and £640,000 for extra places at Thornbury Primary School.

Residents who objected said the town's roads could not cope. More than 300 letters of objection were sent to the council, most of them about traffic on Mill Lane at school times.

Councillor Janet Oduya, who chairs the committee, said the site had been "an eyesore for seven years" and the town needed homes its young people could afford. The plans were approved by eight votes to three.

## When building starts

Work on the first phase, of 90 homes, is due to start in the autumn. The developer expects the first residents to move in by the end of 2027.

The old dairy's clock tower will be kept and restored as part of the scheme.
"""),

dict(id="h37-en-004", lang="en", tpl="semantic", section="Business", date="2026-03-12", byline="Gareth Plowman",
     title="Biscuit factory to stop making cookies after 48 years",
     sub="The Kettering Road plant will make only crackers from June. No jobs will be lost, the company says.",
     caption="The Kettering Road biscuit factory in Dunstall.", credit="Photo: Gareth Plowman",
     low=0,
     body="""
Cookies have come off the production line at the Pallister biscuit factory in Dunstall every working day since 1978. In June, the last batch will be baked.

The company said on Wednesday that its chocolate chip and oat cookie lines would move to its larger plant in Wales, and that the Kettering Road site would make only crackers from the summer.

None of the factory's 310 staff will lose their jobs, the company said. Workers on the cookie line will be retrained to run a new cracker oven, which is being installed at a cost of £4 million.

Union representative Sandra Kilby said members had been worried for months. "People heard rumours and feared the worst. This is better news than most of us expected," she said.

The factory shop on Kettering Road, which sells broken biscuits by the bag, will stay open. Its manager, Pat Hinds, said cookies would still be on the shelves, brought in from the Welsh plant.

Dunstall's MP, Richard Amis, said he had been in contact with the company's managing director and welcomed the investment in the town.

Some residents said they would miss the smell. "On a baking day the whole of the Kettering Road smells of chocolate. Crackers will not be the same," said Beryl Hanson, who lives opposite the factory gates.

The company said it would share details of a farewell open day for staff and their families nearer the time.
"""),

dict(id="h37-en-005", lang="en", tpl="storybody", section="People", date="2026-07-29", byline="Siobhan Renwick",
     title="Forty years behind the counter: Dot Ashworth hands over the village shop",
     sub="Dot Ashworth has run the shop and post office in Lowther Green since 1986. On Saturday she retires.",
     caption="Dot Ashworth behind the counter of Lowther Green stores.", credit="Photo: Siobhan Renwick",
     look=[("bold", "How did you end up running"), ("bold", "What has changed most?"), ("bold", "Worst day?"),
           ("bold", "And the best?"), ("bold", "Who takes over?")],
     body="""
Dot Ashworth opened Lowther Green stores at six in the morning for 40 years. On Saturday she will close it for the last time as its owner. We asked her about four decades in a village shop.

How did you end up running a shop?

My husband saw it advertised in the paper and said it would be a quiet life. He was wrong about that for 40 years.

What has changed most?

The post office side. We used to pay out pensions to the whole village every Thursday, and there was a queue out of the door. Now it is mostly parcels people are sending back.

Worst day?

The floods in 2007. We had water up to the bread shelf, and we opened the next morning from trestle tables in the car park.

And the best?

Every Christmas Eve, when the village comes in for the last things they forgot. Sprouts, mostly.

Who takes over?

Kamal and Reena Bhatt, who live in the village. They are keeping the post office, and they have promised to keep the newspapers on the counter where people expect them.

Mrs Ashworth, 71, said she planned to spend her retirement walking and learning to play bowls. A leaving party will be held in the village hall on Saturday from 4pm, and everyone is welcome.
"""),

dict(id="h37-en-006", lang="en", tpl="magazine", section="Food and drink", date="2026-09-18", byline="Tobias Greenhalgh",
     title="The cheesemaker who went back to her grandmother's dairy",
     sub="Hannah Laycock gave up a job in London to make cheese on the farm where her family kept cows for a century.",
     caption="Hannah Laycock turning wheels of Fellside Blue in the maturing room.", credit="Photo: Tobias Greenhalgh",
     pull="I had never made anything that people queued for",
     carry=["recipe"],
     look=[("dropcap", "The maturing room at Fellside"), ("box", "Hannah's cheese scones")],
     body="""
The maturing room at Fellside Farm is cold, dark and smells faintly of mushrooms. On wooden shelves sit 300 wheels of cheese, each one turned by hand twice a week.

Hannah Laycock, 36, makes them all. Five years ago she was working in marketing in London. Then her grandmother, who had kept a dairy herd at Fellside since the 1950s, fell ill, and she came home to help.

"I only meant to stay a month. I found Gran's cheese notes in a drawer and started playing around with them," she said.

Her first cheese, a crumbly white, sold out at the Langstrothdale farmers' market in two hours. "I had never made anything that people queued for," she said.

She now makes three cheeses from the milk of 40 cows, and her blue, Fellside Blue, won a gold award at a national show last year. She employs two people and sells to 25 shops and restaurants.

The hardest part, she says, is that nothing can be hurried. A wheel of blue takes at least three months before it can be sold.

Hannah's cheese scones: rub 50g butter into 225g self-raising flour, stir in 100g grated Fellside White and 150ml milk, cut into eight rounds and bake at 220C for 12 minutes.

Her grandmother, now 91, still tastes every new batch. "She tells me when it is wrong. She is usually right," Ms Laycock said.

The farm shop at Fellside is open from Thursday to Sunday, 10am to 4pm.
"""),

dict(id="h37-en-007", lang="en", tpl="chunks", section="Sport", date="2026-05-11", byline="Callum Fairhurst",
     title="Ashby Vale clinch promotion with a last-day win at Cotterill Park",
     sub="A 3-1 win over Stanwick Rovers sends the club up to the Midland Premier Division for the first time.",
     caption="Ashby Vale players celebrate in front of their supporters at Cotterill Park.", credit="Photo: Callum Fairhurst",
     carry=["scores"],
     body="""
Ashby Vale will play in the Midland Premier Division for the first time in their 121-year history after beating Stanwick Rovers 3-1 at Cotterill Park on Saturday.

Vale needed a win to be sure of second place, and they were behind after nine minutes when Rovers striker Lewis Dunmore headed in from a corner.

**Turnaround before half-time**

Captain Joe Whitlock equalised with a low shot from the edge of the area on 32 minutes, and Ryan Oyelaran put Vale ahead four minutes later after the Rovers goalkeeper could only parry a free kick.

**Nerves in the second half**

Rovers pushed for an equaliser and hit the crossbar with 15 minutes left. Vale's substitute Kieran Moss settled the match in stoppage time, running half the length of the pitch before rolling the ball into an empty net.

A crowd of 1,140, the largest at Cotterill Park for more than 20 years, ran onto the pitch at the final whistle.

Manager Sean Hartigan said promotion was the reward for a squad made up almost entirely of players from the town. "Eleven of the lads came through our own youth team. That means more to me than the trophy," he said.

The club must now add floodlights and 150 covered seats to meet the league's ground rules. Chairman Phil Eaves said a fundraising appeal would start next week.
"""),

dict(id="h37-en-008", lang="en", tpl="sanity", section="Community", date="2026-01-14", byline="Lorna Battersby",
     title="Repair café opens in Hexworth with volunteers who fix things for free",
     sub="Toasters, bikes, jumpers and lamps: the café will meet once a month at the Methodist church hall.",
     caption="Volunteer Derek Mallinson repairs a table lamp at the repair café's trial session.", credit="Photo: Lorna Battersby",
     carry=["calendar"],
     look=[("dropcap", "Broken toaster? Wobbly chair?")],
     body="""
Broken toaster? Wobbly chair? A jumper with a hole in the elbow? From next month, Hexworth residents can bring them to a repair café and have them mended for free.

The café will meet on the first Saturday of every month at the Methodist church hall on Tanner Street. Volunteers with skills in electrics, sewing, woodwork and bicycles will fix what they can while visitors have a cup of tea.

The idea came from retired electrician Derek Mallinson, who said he had watched too many things go to the tip for want of a five-minute repair. "Half the kettles people throw away just need a new fuse," he said.

At a trial session in December, the volunteers mended 31 of the 40 items brought in, including a 1960s radio and a child's scooter.

There is no charge, though visitors can leave a donation for the church hall. Volunteers will show people how the repair is done, so that they can do it themselves next time.

The dates for the first half of the year are:

- Saturday 7 February, 10am to 1pm
- Saturday 7 March, 10am to 1pm
- Saturday 4 April, 10am to 1pm
- Saturday 2 May, 10am to 1pm

The organisers are still looking for volunteers, especially anyone who can repair laptops and phones. They can be contacted through the church office on 01632 960 574.
"""),

dict(id="h37-en-009", lang="en", tpl="hugo", section="Courts", date="2026-06-04", byline="Declan Royle",
     title="Landlord fined £12,000 for renting out flat with no working smoke alarms",
     sub="Magistrates heard that a family of four lived in the Garside Street flat for eight months without a fire escape route.",
     caption="The building on Garside Street, Northwick, where the flat is.", credit="Photo: Declan Royle",
     section_tag=True, choose={"section": 0},
     body="""
A landlord who let a flat in Northwick without working smoke alarms or a safe way out in a fire has been ordered to pay more than £12,000.

Graham Stott, 58, of Lindale Avenue, pleaded guilty at Northwick Magistrates' Court to five offences under housing safety regulations.

The court heard that council officers inspected the second-floor flat on Garside Street in October after a tenant complained about damp. They found that the only smoke alarm had no battery, that the fire door to the stairwell had been removed, and that the kitchen window, the only other way out, was screwed shut.

A family with two young children had been living there for eight months.

Prosecuting for the council, Ruth Akande said it was "a matter of luck" that no one had been hurt. The electrics in the flat were also found to be unsafe.

Mr Stott, who owns four other properties in the town, told the court he had not visited the flat for more than a year and had left repairs to the tenants. He has since carried out all the work the council asked for.

He was fined £9,000 and ordered to pay £3,240 in costs and a £200 victim surcharge.

The council's head of housing, Neil Fairclough, said tenants worried about the safety of their homes could contact the private housing team on 01632 960 882.
"""),
]
