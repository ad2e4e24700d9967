# English stories for the hundredth held-out part (h100-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h98_en.py (tpl: "nicepage" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, watch, tags); "carry" names the
# residue families a page must carry, among them the three families new in this part (babyclinics, periodproducts,
# batrescue), which are placed only on stories where a real site would print them; "run_in" names a carried family
# whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h100-en-001", lang="en", tpl="nicepage", site="The Cotterhithe Lantern",
     section="Health", date="2026-05-12", byline="Marnie Colclough",
     title="Babies born in Cotterhithe again as maternity unit reopens",
     sub="The midwife-led unit at the Lydburn Community Hospital stopped taking births in 2024 when it ran short of staff.",
     caption="Midwife Priya Lauder in one of the unit's two birth rooms.", credit="Photo: Marnie Colclough",
     carry=["babyclinics"],
     look=[("dropcap", "The first baby born"), ("box", "What is different now"), ("highlight", "Since then it has run")],
     body="""
The first baby born in Cotterhithe for almost two years arrived at 4.12am on Sunday, weighing 7lb 3oz, in a room that still smelled of fresh paint.

Tilly Ashworth and her partner Callum had planned to drive the 31 miles to the county hospital. When the midwife-led unit at the Lydburn Community Hospital reopened for births a week earlier, they changed their minds.

"We were in and settled twenty minutes after my waters broke," Tilly said. "At three in the morning that is the difference between calm and panic on the bypass."

## Why it closed

The unit stopped taking births in March 2024 after four of its eleven midwives left within a few months and the health board said it could no longer guarantee a second midwife at every delivery.

Since then it has run antenatal and postnatal clinics only. Mothers who live more than an hour from the county hospital were offered an overnight room there from 37 weeks, which few took up.

## What is different now

The health board has recruited six midwives, two of them newly qualified at the university in Hallworth, and has set up an on-call rota shared with the county hospital so that two midwives are always available.

Head of midwifery Priya Lauder said the unit expected to deliver between 150 and 200 babies a year, about a third of the valley's births. Women with complications will still be booked at the county hospital.

Tours of the birth rooms are held on the first Saturday of the month at 10am; ring the unit on 01632 960 812 to book.
"""),

dict(id="h100-en-002", lang="en", tpl="nextjs",
     section="Education", date="2026-03-04", byline="Declan Fairweather",
     title="Lydburn valley secondary schools warn of deepest cuts in a decade",
     sub="Three head teachers have written to parents setting out what they will stop doing from September.",
     caption="Pupils leaving Cotterhithe Academy at the end of the school day.", credit="Photo: Declan Fairweather",
     carry=["periodproducts"],
     look=[("br", "Most of that rise")],
     body="""
Subscribe to any parents' group in Cotterhithe this week and you will find the same letter, shared again and again: three secondary head teachers in the Lydburn valley setting out the cuts they say they can no longer avoid.

The heads of Cotterhithe Academy, Pell's Cross High and Saltley Bridge School say their combined budgets for next year fall £1.3m short of what they need to keep staffing and services at this year's level.

Most of that rise comes from pay awards and energy bills.

Funding per pupil is going up by 2.1 per cent, the letter says, while costs are expected to rise by almost 6 per cent.

Among the changes planned from September are:

- larger classes in Years 10 and 11, with some groups of 33
- the end of the free breakfast club at Pell's Cross High
- one minibus instead of three for sports fixtures and trips
- counselling reduced from five days a week to two across the three schools

"None of these are things we want to do," said Rachel Ormesher, head of Cotterhithe Academy. "Every one of them lands hardest on the families with the least."

The county council said school funding was set nationally and that it had passed on every penny it received.

Parents can put questions to the three heads at a meeting in the Academy's sports hall on Thursday 19 March at 6.30pm.
"""),

dict(id="h100-en-003", lang="en", tpl="medium",
     section="Wildlife", date="2026-08-21", byline="Imogen Rudd",
     title="Volunteers count nine kinds of bat over Fernhallow Moss",
     sub="The reserve's first full bat survey found a species not recorded in the Lydburn valley for forty years.",
     caption="Volunteers with bat detectors on the boardwalk at Fernhallow Moss.", credit="Photo: Imogen Rudd",
     carry=["batrescue"],
     look=[("italic", "\u201cThe detector went quiet")],
     body="""
For six warm nights in July, forty volunteers stood on the boardwalks of Fernhallow Moss with headphones on and hand-held detectors pointed at the sky.

By the end of the month they had logged more than 11,000 bat calls and nine species, among them a barbastelle, a bat with a squashed face and ears that meet over its head, which had not been recorded in the Lydburn valley since 1986.

The survey was the first full count on the reserve since the wildlife trust bought the old peat workings in 2009 and began blocking the drainage ditches.

Ecologist Fraser Wadlow, who led it, said the wetter ground had brought back the insects that bats feed on. "A moss that was drying out twenty years ago is now one of the best feeding sites in the county," he said.

Common and soprano pipistrelles made up most of the calls. Daubenton's bats, which skim the water for insects, were heard over every pool.

\u201cThe detector went quiet, then this slow, soft clicking started, and we all looked at each other.\u201d

That was how volunteer Janice Eddowes described the night the barbastelle was picked up, just after 11pm near the old pump house.

The trust now hopes to find where the bat roosts. It is asking owners of old barns and woodland near the reserve to get in touch.

The results will be presented at Fernhallow village hall on Wednesday 9 September at 7.30pm. Entry is free.
"""),

dict(id="h100-en-004", lang="en", tpl="squarespace", site="Friends of Oakstead Green Park", kind="small",
     section="Park news", date="2026-07-02", byline="Gwen Harbottle",
     title="Long evenings, late picnics and a park that stays awake",
     sub="Why the Friends are asking for softer lighting by the lake this summer.",
     caption="The lake at Oakstead Green Park at dusk.", credit="Photo: Gwen Harbottle",
     carry=["batrescue"],
     body="""
If you have been in the park after nine on a warm evening this summer, you will have noticed that Oakstead Green has become a different place once the sun goes down.

Families stay on with picnics long after the playground empties. The bowls club has started playing evening ends. And over the lake, if you stand still for a minute, the bats come out.

We counted at least three kinds last Tuesday on our monthly walk round the water: pipistrelles darting along the path, a pair of larger bats high over the willows, and Daubenton's skimming the surface so close you could hear the splash.

That is the reason for the letter we sent to the council last month.

The bright white lamps put up along the lakeside path in the spring are lovely for walking home, but they light the water and the willows too. Bats avoid lit areas, and the trees by the boathouse are where they have roosted for as long as any of us can remember.

We have asked the council to fit shields to the four lamps nearest the water and to switch to a warmer light, as it has done in Fernhallow. The parks officer has agreed to come and look.

Thank you to everyone who signed our petition at the plant sale. We collected 212 names.

Our next evening walk leaves from the boathouse at 8.45pm on Tuesday 14 July. Bring a torch and share a photo if you get one.
"""),

dict(id="h100-en-005", lang="en", tpl="brightspot",
     section="News", date="2026-02-10", byline="Tobias Penhale",
     title="One in four Lydburn valley children now growing up in poverty",
     sub="New figures show the sharpest rise in the county, driven by rents and the cost of food.",
     caption="Shelves at the Cotterhithe community pantry on Mill Street.", credit="Photo: Tobias Penhale",
     carry=["babyclinics"],
     look=[("bold", "The pantry now opens four days a week.")],
     body="""
More than a quarter of children in the Lydburn valley are living in poverty once housing costs are taken into account, according to figures published today.

The research, carried out for a group of children's charities, puts the rate at 26.4 per cent, up from 19.8 per cent five years ago. That is the steepest rise of any area in the county.

**Rents and food**

The report's authors say the main causes are private rents, which have risen by almost a third in the valley since 2021, and the price of food.

Families with a child under five have been hit hardest. Many of them are working, the report says, often in seasonal jobs in farming and tourism.

At the community pantry on Mill Street in Cotterhithe, manager Sadie Trelawney says the queue on a Friday morning now includes people she would never have expected to see.

"We get nurses, we get delivery drivers, we get a lot of young mums with prams," she said. "Formula milk and nappies go first, every time."

The pantry now opens four days a week.

**What the district council plans**

Lydburn District Council said it had put £240,000 into its household support fund this winter and would publish a child poverty plan in the summer.

Councillor Bethan Yeo, who chairs the council's families committee, said: "These figures are a warning. We cannot fix rents on our own, but we can make sure every family knows what help is there."

The pantry on Mill Street is open Tuesday to Friday from 10am to 1pm.
"""),

dict(id="h100-en-006", lang="en", tpl="table",
     section="Council", date="2026-09-15", byline="Leah Kinsella",
     title="Free period products to be offered in every Lydburn library",
     sub="The scheme begins in October after a pilot at Cotterhithe library gave out 4,000 packs.",
     caption="A basket of period products at Cotterhithe library.", credit="Photo: Leah Kinsella",
     carry=["periodproducts"],
     body="""
Free period products will be available at all seven libraries in the Lydburn district from the start of October, the council has agreed.

The scheme follows a six-month trial at Cotterhithe library, where baskets of pads and tampons were left in the toilets and at the front desk for anyone to take without asking.

Library staff handed out or restocked more than 4,000 packs during the trial, far more than the council had expected. The most common users, staff said, were teenage girls after school and women in their twenties and thirties.

Councillor Anwen Probert, who proposed the scheme, said it would cost about £18,000 a year, paid for from the council's public health budget.

"For too many people in this district, a packet of pads is a choice against a meal," she said. "Nobody should miss school, work or a job interview because of that."

Some councillors asked whether the products would simply be taken in bulk. Library manager Stuart Pomfret said that had not happened during the trial. "People take what they need," he said. "We had one complaint in six months, and that was about the basket being empty."

The mobile library, which visits 23 villages, will carry supplies from November.

Schools in the district already receive free products through a national scheme, but head teachers say that supply often runs out before the end of term.
"""),

dict(id="h100-en-007", lang="en", tpl="cms", low=0,
     section="People", date="2026-10-01", byline="Hal Sturgess",
     title="The lock-keeper of Saltley Bridge hangs up his windlass",
     sub="Norman Pilling has worked the locks on the Lydburn Navigation since 1990.",
     caption="Norman Pilling at Saltley Bridge top lock.", credit="Photo: Hal Sturgess",
     body="""
Norman Pilling has opened and closed the gates at Saltley Bridge for 36 years. On Friday he will work his last boat through and hand the keys of the lock cottage to his successor.

We met him on the balance beam of the top lock, where he has stood in every kind of weather since 1990.

**How many boats have you worked through?**

I kept a tally for the first ten years and gave up at 40,000. It must be more than double that now.

**What has changed on the water?**

When I started it was working boats and a few hire cruisers. Now it is people living aboard, paddleboarders, families who have never been near a canal. That is all good. The water was nearly dead in the seventies.

**Your worst day on the lock?**

The flood of 2007. The river came over the towpath and into the cottage. We lived upstairs for three months.

**And your best day?**

My daughter's wedding. She came down the cut in a narrowboat covered in ribbons, and I worked her through the lock myself.

**What will you miss about Saltley Bridge?**

The mornings. Mist on the water, a heron on the bottom gate, and nobody about.

**What comes next?**

My wife wants to go on a cruise. A proper one, with a swimming pool. I have told her I will think about it.

The canal trust is holding a farewell tea for Norman at the lock cottage on Saturday from 2pm. Everyone is welcome.
"""),

dict(id="h100-en-008", lang="en", tpl="portal",
     section="Villages", date="2026-06-23", byline="Orla Mulcaster",
     title="Pell's Cross village hall roof to be replaced before winter",
     sub="The parish council has agreed to pay for the work after tiles fell during February's storms.",
     caption="Scaffolding around Pell's Cross village hall.", credit="Photo: Orla Mulcaster",
     correction="An earlier version of this story said the roof would cost \u00a384,000. The figure agreed by the parish council is \u00a348,000.",
     look=[("factbox", "The roof in numbers")],
     body="""
The leaking roof of Pell's Cross village hall will be replaced in September, after the parish council agreed to cover the cost from its reserves.

The hall has been partly closed since February, when storms blew dozens of slate tiles off the north side of the building and water came through the ceiling above the stage.

The parish council voted by six to one on Monday evening to spend £48,000 on a new roof, using money it had been setting aside for a new play area.

## The roof in numbers

- 1,900 slates, many of them reused from the old roof
- £48,000 agreed by the parish council
- £6,500 raised by the hall committee's coffee mornings and quiz nights
- six weeks of work, starting on 7 September

Hall committee chair Lorna Bickerstaff said the decision was a huge relief. "We have had the toddler group, the keep-fit class and the film club all squeezed into the small room since the winter," she said.

The one councillor who voted against, Dennis Whitlow, said the play area had been promised to families for three years and should not be delayed again.

The parish council says it will apply for a lottery grant for the play area in the autumn.

The hall's small room stays open throughout the work. Bookings can be made with the hall secretary on 01632 960 447.
"""),

dict(id="h100-en-009", lang="en", tpl="semantic", only=["correction"],
     section="Business", date="2026-04-08", byline="Rhys Tattersall",
     title="Fernhallow farm shop reopens six months after fire",
     sub="The Haworth family rebuilt the shop in the old cart shed with help from neighbours.",
     caption="The rebuilt farm shop at Lower Fernhallow Farm.", credit="Photo: Rhys Tattersall",
     correction="This story has been corrected: the fire happened in October 2025, not September as we first reported.",
     body="""
The farm shop at Lower Fernhallow Farm reopened on Saturday, six months after a fire destroyed the building and most of its stock.

The fire started in a chest freezer late one night in October and spread through the timber building in less than an hour. Nobody was hurt, but the shop, its till and two years of the family's records were lost.

Owner Kath Haworth said she had thought at first that the business was finished. "We stood in the yard at two in the morning watching it go, and I said to my husband, that's it, we're done," she said.

Within a week, neighbours had offered to help clear the site. A fundraiser set up by the village pub raised £9,200, and a joiner from Pell's Cross fitted out the farm's old cart shed at cost.

The new shop is twice the size of the old one. It sells the farm's own lamb and beef, eggs and vegetables, along with bread from the bakery in Cotterhithe and cheese from two dairies in the valley.

There is also a small café with six tables, which Kath's daughter Ellie will run.

"People kept asking where they could get a cup of tea after buying their meat," Kath said. "Now they can."

The shop is open Wednesday to Sunday from 9am to 5pm. For orders, contact the farm on 01632 960 388.
"""),
]
