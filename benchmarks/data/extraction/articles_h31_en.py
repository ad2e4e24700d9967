# English stories for the thirty-first held-out part (h31-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**).
# Extra fields as in articles_h30_en.py: tpl (page template: "jannah" is new in this part, the others are layouts of
# earlier parts), low, only, carry (residue families the page must carry: the three families new in this part, and the
# earlier ones that need a reason in the story, are only placed where a real site would put them), choose, avoid,
# site, sub, standfirst, pull, watch, tags (the jannah article's tags), source (the jannah article's source line),
# correction; and two new ones:
#   kind   the kind of site that publishes the page when it is not a newspaper ("public": a council or town hall,
#          "small": a village or association website, "indie": an independent publication on a platform), which
#          decides which generic residue such a site would never print;
#   look   how the site's editor set some story blocks (story text, in the truth): [(style, opening words of the
#          block)], style one of dropcap (a drop-cap first letter or class), bold / italic (a whole paragraph set in
#          bold or italics), highlight (a highlighter span), box (a paragraph, or a subheading and its text, in a
#          highlighted box), factbox (a subheading and its list in a fact box), callout (a paragraph as a callout
#          card) and br (a paragraph typed after a line break inside the paragraph before it).
ARTICLES = [
dict(id="h31-en-001", lang="en", tpl="jannah", site="Dunmarsh Chronicle", section="Courts & Crime", date="2026-02-12",
     byline="Rachel Oyelaran",
     title="Former village hall treasurer jailed for taking £41,000",
     sub="Graham Pell moved money from the Saltby hall's savings into his own account in more than 200 transfers.",
     caption="Dunmarsh Crown Court, where Pell was sentenced on Wednesday.", credit="Photo: Dunmarsh Chronicle",
     tags=["Saltby village hall", "Dunmarsh Crown Court", "fraud by abuse of position"],
     carry=["legal"], avoid=["comments", "moderation"],
     look=[("dropcap", "A former treasurer"), ("box", "Found out by a grant application")],
     body="""
A former treasurer of Saltby village hall has been jailed for two years and four months after admitting taking more than £41,000 from the hall's accounts over six years.

Graham Pell, 58, of Mill Lane, Saltby, pleaded guilty at Dunmarsh Crown Court to one count of fraud by abuse of position.

The court heard that Pell moved money from the hall's savings account into his own between 2018 and 2024, in more than 200 separate transfers.

## Found out by a grant application

The thefts were discovered last spring, when the hall committee applied for a grant to repair the roof and was asked for three years of bank statements. Pell told the committee the statements had been lost in the post, and a new treasurer contacted the bank directly.

Prosecutor Amira Haddad said Pell had spent the money on holidays, online gaming and monthly subscriptions to streaming and dating apps, some of which he was still paying for when he was arrested.

"This was not one moment of weakness. It was a habit, and a village paid for it," she said.

## 'Deeply ashamed'

Defending, Owen Tregarth said his client had been gambling heavily since the death of his wife and was "deeply ashamed".

Pell has paid back £6,500. Judge Philippa Rowe said the rest would be dealt with at a confiscation hearing in the summer.

"You were trusted with money raised by pensioners' coffee mornings and children's sponsored walks," she told him.

The hall committee said it now needs two signatures for every payment, and pins its accounts to the noticeboard every quarter.

Committee chair Lynne Dacre said bookings had held up despite the case.

"People have been very kind. The roof still leaks, though," she said.
"""),

dict(id="h31-en-002", lang="en", tpl="broadcaster", site="North Tarn TV News", section="Business", date="2026-03-05",
     byline="Tom Ashdown",
     title="Heat pump maker to create 300 jobs at former Wexcombe bus depot",
     sub="Calder Thermal will spend £18m turning the empty depot into a factory and training centre.",
     standfirst="Calder Thermal will spend £18m turning the empty depot into a factory and training centre.",
     caption="The former bus depot on Fenwick Road, empty since 2021.", credit="Image: North Tarn TV",
     watch=["Inside the depot that could become a factory", "Sunita Rao on why the firm chose Wexcombe"],
     carry=["jobs"],
     body="""
A company that makes heat pumps is to create 300 jobs at a former bus depot in Wexcombe, in what the council called the biggest investment in the town for a decade.

Calder Thermal said it would spend £18m turning the depot on Fenwick Road into a factory and training centre, with production starting early next year.

The firm builds heat pumps at two smaller sites near Leeds and says demand has tripled since 2023.

## Who will be hired

About 200 of the jobs will be on the production line. The rest will be in engineering, warehousing and installer training.

Managing director Sunita Rao said applicants would not need to have worked in a factory before.

"If you can follow a drawing and you turn up on time, we will teach you the rest," she said.

The company is working with Wexcombe College on a twelve-week course for people who have been out of work. The first 40 places will open in September.

## An empty corner of town

The depot closed in 2021, when the bus operator moved to a new site on the ring road. Plans for flats there were dropped after a survey found the ground was soaked with diesel.

Council leader Derek Mensah said the plan "gives a tired corner of the town a future".

Some residents of Fenwick Road are worried about lorries. The firm says deliveries will be limited to daytime hours.

## Next steps for the depot

A planning application is expected in May. If it is approved, building work could start in the autumn.
"""),

dict(id="h31-en-003", lang="en", tpl="fusion", section="Politics", date="2026-06-18", byline="Priya Mistry",
     title="Council spent £2.4m on consultants in a year, audit finds",
     sub="Auditors say 23 contracts should have gone out to tender but did not.",
     standfirst="Auditors say 23 contracts should have gone out to tender but did not.",
     caption="Harlow Bridge civic centre.", credit="Photograph: Priya Mistry",
     carry=["documents"],
     look=[("factbox", "The main findings")],
     body="""
Harlow Bridge Borough Council spent £2.4m on outside consultants in a single year, much of it without the competitive tendering its own rules require, an independent audit has found.

The report, published on Tuesday, looked at 61 contracts awarded between April 2024 and March 2025. The auditors said 23 of them should have been put out to tender but were not.

## The main findings

- 23 contracts worth £1.1m were awarded without a tender;
- nine contracts were extended more than twice;
- one firm was paid £412,000 for work on the town centre plan.

The council's chief executive, Martin Coyle, said the authority accepted all 14 of the auditors' recommendations.

"Some of this was about speed during a difficult period. That is an explanation, not an excuse," he said.

## Opposition calls for inquiry

Opposition leader Fiona Blakey said residents would be "furious" to learn how much had been spent while libraries had their opening hours cut.

"People were told there was no money. It turns out there was money, just not for them," she said.

The audit found no evidence of fraud. It described record-keeping as "poor" and said some invoices could not be matched to any written contract.

The council's audit committee will discuss the report on 2 July. The meeting is open to the public and will be streamed on the council's website.

Residents can read the full report at the civic centre and send written comments to the committee before the meeting.
"""),

dict(id="h31-en-004", lang="en", tpl="ghost", section="Media", date="2026-04-09", byline="Hannah Kemble",
     title="Two former reporters launch a free weekly newsletter for the valley",
     sub="The Kelvale Letter reached 2,300 inboxes with its first issue.",
     caption="Megan Arkwright and Joe Pendry at the kitchen table they work from.", credit="Photo: Hannah Kemble",
     low=0,
     look=[("callout", "The pair say they"), ("br", "\"People want to know")],
     body="""
Two journalists who lost their jobs when the Kelvale Advertiser closed last year have launched a free weekly newsletter covering the valley's councils, courts and schools.

The Kelvale Letter goes out every Thursday morning. Its first issue, sent last week, reached 2,300 subscribers, most of whom signed up after a single post in a village Facebook group.

Founders Megan Arkwright and Joe Pendry spent a combined 41 years at the Advertiser, which stopped printing in March after 112 years.

## Free, for now

Anyone can subscribe for free. From the autumn, readers will be invited to take out a paid subscription of £5 a month, but the weekly letter itself will stay free.

"We'd rather have 5,000 readers than 500 paying ones," Ms Arkwright said. "The paid bit is for people who want to keep it going."

The pair say they will not sell advertising next to court reports or death notices, and their website sets no tracking cookies.

Mr Pendry said the most common request from readers so far had been a simple one.

"People want to know what the council decided, in plain English, without sitting through a four-hour meeting," he said.

## Share it, please

The founders are asking readers to forward the letter to neighbours rather than post screenshots on social media, so that new readers sign up for themselves.

Councillors from all three parties on the district council have welcomed the launch.

"The valley has had no local paper for a year. You notice it," said Cllr Ruth Sandoe.
"""),

dict(id="h31-en-005", lang="en", tpl="gutenberg", section="Community", date="2026-01-26", byline="Daniel Okafor",
     title="Pool reopens with app-only bookings, and not everyone is happy",
     sub="Orbury Leisure Centre's £3.2m refurbishment is finished, but older swimmers say the booking system shuts them out.",
     caption="The refurbished main pool at Orbury Leisure Centre.", credit="Photo: Daniel Okafor",
     look=[("dropcap", "Swimmers returned"), ("box", "Active Orbury said staff")],
     body="""
Swimmers returned to Orbury Leisure Centre on Monday after an eight-month refurbishment, but the reopening has been overshadowed by a row over how sessions are booked.

All swims must now be reserved in advance through the centre's new app, which also replaces paper membership cards. The operator, Active Orbury, says the change cuts queues at reception and shows how busy each session will be.

## 'I don't have a smartphone'

Some older swimmers say they have been shut out. Maureen Talbot, 79, has swum at the pool three mornings a week since 1988.

"I don't have a smartphone and I don't want one. I just want to swim," she said.

A petition asking the operator to keep a telephone booking line has been signed by 640 people.

Active Orbury said staff at reception would book sessions for anyone who asked, and that a phone line would open on weekday mornings from next month.

## A learner pool and new changing rooms

The refurbishment has replaced the changing rooms, the roof over the main pool and the filtration system. A new 12-metre learner pool will be used for lessons from April.

An adult swim now costs £5.20, up 40p. Monthly memberships, which include unlimited swims and use of the gym, stay at £32.

General manager Kwame Boateng said the centre had learned from its first week.

"We got the app right for most people and wrong for some. We're fixing that," he said.
"""),

dict(id="h31-en-006", lang="en", tpl="legacy-br", section="Planning", date="2026-03-17", byline="Stephen Marwood",
     title="Village's draft plan proposes 60 homes and a new surgery",
     sub="Hethersett Magna residents have until 28 April to comment on the neighbourhood plan.",
     caption="The water meadows east of St Peter's Church.", credit="Picture: S. Marwood",
     carry=["documents"],
     body="""
A draft plan for the future of Hethersett Magna proposes 60 new homes over the next 15 years, a new doctors' surgery and a ban on building on the water meadows east of the church.

The neighbourhood plan has been written over three years by 14 volunteers, working with the parish council and a planning consultant paid for by a government grant.

## Six weeks to comment

Residents have until 28 April to comment on the draft. Printed copies can be read at the village shop, on the library van and at the Red Lion, and comments can be posted or handed in at the parish office.

Steering group chair Stephen Ocampo said more than 400 people had filled in the first questionnaire in 2023.

"Almost everyone said the same two things: keep the meadows and get us a surgery," he said.

## Where the homes would go

The plan names three sites:

- land behind Orchard Close, for about 25 homes;
- the former garage on Norwich Road, for about 15;
- a field off Back Lane, for about 20, including six bungalows.

At least a third of the homes would have to be affordable, with priority for people who have a family connection to the parish.

If the plan passes an independent examination, it will go to a referendum of everyone on the electoral roll. A yes vote would make it part of the district's planning rules.
"""),

dict(id="h31-en-007", lang="en", tpl="portal", section="Health", date="2026-10-02", byline="Grace Mbeki",
     title="Hospital trust hires 120 nurses to fill winter gaps",
     sub="Most of the new nurses have been recruited from overseas.",
     caption="Northfold General Hospital.", credit="Photo: Grace Mbeki",
     carry=["jobs"],
     body="""
Northfold Hospitals NHS Trust has recruited 120 nurses, most of them from overseas, to fill vacancies that left some wards relying on agency staff for half of their shifts last winter.

The nurses, from India, the Philippines, Nigeria and Kenya, will start on wards at Northfold General and St Anne's in Castlegate over the next three months.

## Agency bill

The trust spent £14.6m on agency nurses last year, almost twice as much as two years earlier. Chief nurse Olufemi Adeyemi said the new recruits would cut that bill sharply.

"Agency nurses do a good job, but they don't know our patients or our wards. Permanent staff do," she said.

Each recruit will spend six weeks on an induction course before joining a ward, and will be paired with an experienced colleague for their first three months.

## Somewhere to live

The trust has leased 60 flats near the hospital for the new arrivals, who will pay below-market rent for their first year.

Mercy Wanjiku, who arrived from Nairobi last week, said she had been nervous about finding somewhere to live.

"I was told there would be a flat and a key waiting. There was. That mattered," she said.

The Royal College of Nursing welcomed the recruitment but said the trust also needed to hold on to the nurses it already had. One in ten left in the past year, it said.

The trust is still advertising 85 nursing posts, as well as jobs for healthcare assistants and midwives.
"""),

dict(id="h31-en-008", lang="en", tpl="hugo", section="Community", date="2026-09-14", byline="Nadia Holloway",
     title="Allotment society's photo competition draws 900 entries",
     sub="A marrow, a granddaughter and a worried look took the top prize.",
     caption="The winning picture: Hamid Sadeghi's granddaughter and the marrow.", credit="Photo: Hamid Sadeghi",
     carry=["calendar"],
     look=[("italic", "\"Two gardeners")],
     body="""
More than 900 photographs were entered in the Brayford Allotment Society's first photo competition, five times as many as the organisers had expected.

The competition was open to anyone who grows food in the town, whether on an allotment, in a garden or on a balcony. Entrants could send up to three photos in each of four categories.

## The winners

The overall prize went to Hamid Sadeghi, 67, for a picture of his granddaughter holding a marrow almost as long as she is.

"Two gardeners, one very proud, one slightly worried the marrow might win," the judges wrote.

The other winners were:

- best vegetable: Carol Dunne, for a row of frosted leeks;
- wildlife on the plot: Samuel Ortiz, for a hedgehog in a compost bin;
- under 16: Lily Mae Ward, 11, for a bee inside a runner bean flower.

## An exhibition at the library

All the shortlisted photos will be shown at Brayford Library from 3 to 24 October. The society hopes to sell prints of the winners to pay for a new water tank.

Society secretary Joan Abara said the judges had struggled to choose.

"We had photos taken on phones, on proper cameras and on one camera older than me," she said. "All of them were about the same thing: people who love growing."

Entrants keep the copyright in their photos. The society asked permission before using any of them in its newsletter.
"""),

dict(id="h31-en-009", lang="en", tpl="ucoz", site="Little Orrin Village", kind="small", section="Village news",
     date="2026-04-20", byline="Sue Whitlock",
     title="Chapel roof appeal reaches its target after a final push",
     sub="The last £3,100 came in over a single weekend.",
     caption="The Methodist chapel on Church Lane.", credit="Photo: Alan Hoskins",
     carry=["fundraiser"], choose={"fundraiser": 0},
     body="""
The appeal to repair the roof of Little Orrin's Methodist chapel has reached its £28,000 target, two months ahead of the deadline.

The last £3,100 came in over a single weekend, after the appeal committee held a sale of cakes, plants and books in the chapel yard and a quiz night at the Plough.

## 'Overwhelmed' by support

Appeal organiser Beryl Hoskins said the committee had been overwhelmed by the support.

"We had donations from people who moved away forty years ago, and from people who have never been inside the chapel," she said.

More than 230 households gave to the appeal, as did the parish council, two charitable trusts and the village bell-ringers, who handed over their fees from a year of weddings.

## The work

Slaters from a firm in Penbury will start in May. They will:

- strip and relay the slates on the north side;
- replace rotten timbers over the porch;
- fit new lead flashing around the chimney.

The chapel will stay open while the work is done, although the Sunday service will move to the village hall for three weeks in June.

Any money left over will go towards new guttering. The committee will publish the final accounts in the parish magazine.
"""),
]
