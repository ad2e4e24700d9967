# English stories for the twenty-ninth held-out part (h29-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields as in articles_h28_en.py: tpl (page template: "grav" is new in this part, the others are layouts
# of earlier parts), low, only, carry (residue families the page must carry: the three families new in this part,
# and the earlier ones that need a reason in the story, are only placed where a real site would put them), choose,
# avoid, site, sub, standfirst, pull, watch, tags (the grav article's tags), correction.
ARTICLES = [
dict(id="h29-en-001", lang="en", tpl="grav", site="The Carrowby Courier", section="News", date="2026-04-21",
     byline="Martha Elphick",
     title="Villagers launch share offer to buy the Drover's Rest",
     sub="The pub on Carrowby Green has been shut since the brewery put it up for sale in January.",
     caption="The Drover's Rest on Carrowby Green.", credit="Photo: Martha Elphick",
     tags=["Drover's Rest", "community shares", "Carrowby Green"],
     carry=["fundraiser"], choose={"fundraiser": 0},
     body="""
A group of Carrowby residents has launched a community share offer in an attempt to buy the Drover's Rest, the village's only pub, which closed in January.

The brewery that owns the building has agreed to hold off other buyers until 30 June while the group raises the £385,000 asking price.

## How the share offer works

The Drover's Rest Community Benefit Society is selling shares at £50 each. Its committee says a share is not an investment that will make anyone rich, but a stake in a village asset.

Under the rules of the offer:

- the smallest holding is one share and the largest is 400;
- every member gets one vote, however many shares they hold;
- interest of up to 3% a year may be paid once the pub is trading at a profit.

By Monday evening 212 people had pledged a total of £96,400.

## Why residents want it back

Committee chair Idris Fallowfield said the pub had been the place where the darts team met, where wakes were held and where newcomers learned everybody's names.

"When it shut, the village lost its front room," he said.

The group also hopes to apply for a £150,000 grant from a national fund for community-owned pubs. A public meeting on the plans will be held in St Cuthbert's church hall on Thursday 30 April at 7.30pm.
"""),

dict(id="h29-en-002", lang="en", tpl="amp", section="Motoring", date="2026-02-03", byline="Gemma Threlfall",
     title="Drivers fined after parking app switch goes wrong",
     sub="More than 300 penalty notices are being cancelled.",
     caption="Pay and display signs in the Fernley Road car park.", credit="Photo: Gemma Threlfall",
     low=1, only=["correction"],
     correction="Correction: this article originally said 380 penalty notices were being cancelled. The council has since confirmed the figure is 341.",
     body="""
More than 300 drivers who were fined in Hadleigh Cross car parks last month will have their penalties cancelled, after the council admitted a switch to a new parking app had gone wrong.

The council changed the app drivers use to pay for parking on 5 January. For nine days, payments made through the new app were not shown on the handheld devices used by civil enforcement officers.

As a result, 341 drivers who had paid were given penalty notices of £70.

## What drivers need to do

The council says nobody needs to appeal. All the affected notices will be cancelled automatically, and anyone who has already paid will get a refund within 28 days.

Drivers who were fined between 5 and 14 January and have not heard from the council by the end of February are asked to email the parking team with their vehicle registration.

## "Embarrassing"

The council's head of highways, Neville Aspinall, apologised.

"This was embarrassing, and we are sorry," he said. "People did the right thing and paid, and they were penalised for it."

Taxi driver Sunita Hallam, who was fined twice in one week, said she had been ready to take the council to a tribunal.

"I had the receipts on my phone. Nobody would listen," she said.
"""),

dict(id="h29-en-003", lang="en", tpl="chunks", section="Weather", date="2026-11-16", byline="Rhodri Sayce",
     title="Storm Orla tears roof off seafront shelter in Saltmarsh Bay",
     standfirst="Gusts of 81mph were recorded at the harbour overnight as the storm moved up the coast.",
     sub="Gusts of 81mph were recorded at the harbour overnight as the storm moved up the coast.",
     caption="The damaged shelter on the Esplanade at Saltmarsh Bay.", credit="Photo: Rhodri Sayce",
     carry=["weather", "developing"], choose={"weather": 0, "developing": 0},
     body="""
SALTMARSH BAY – Storm Orla tore the roof off a Victorian seafront shelter and brought down power lines across the district overnight, as gusts of up to 81mph were recorded at the harbour.

Nobody was hurt. Coastguard teams closed the Esplanade at about 2am after sections of the shelter's iron roof were blown onto the road.

About 2,600 homes were still without power on Monday morning, mostly in Upper Saltmarsh and the villages along the coast road.

## Roads and schools

Police say the coast road between Saltmarsh Bay and Kirkhaven is closed because of fallen trees. Three primary schools are shut for the day:

- Saltmarsh Bay Community Primary;
- St Aidan's Church of England Primary;
- Kirkhaven Primary.

## "Like a train going past"

Jean Marwood, 77, who lives opposite the shelter, said she had been woken by the noise.

"It sounded like a train going past the window, then there was a great crash," she said.

The shelter was restored by a volunteer group in 2019 at a cost of £64,000. Its chair, Dougie Penhale, said the group would start raising money again.

"We did it once, and we will do it again," he said.

Forecasters expect winds to ease by Monday afternoon, but further heavy rain is possible later in the week.
"""),

dict(id="h29-en-004", lang="en", tpl="drupal", section="Council", date="2026-06-30", byline="Priya Ledbetter",
     title="Council told to fix website after cookie consent complaint",
     sub="The data watchdog found the site set tracking cookies before visitors had agreed.",
     caption="Brackwater Civic Centre.", credit="Photo: Priya Ledbetter",
     carry=["toc"], choose={"toc": 0},
     body="""
Brackwater Borough Council has been told to change its website after the data protection regulator found it was placing advertising cookies on visitors' devices before they had given consent.

The council has until 31 August to make the changes. It will not be fined.

## What the complaint said

The investigation followed a complaint from a Brackwater resident, software tester Oliver Nkemelu, who noticed that the site loaded tracking code as soon as the home page opened.

"The banner asked me to choose, but the choice had already been made for me," he said.

## What the regulator found

The regulator's letter says three things were wrong:

- cookies from two advertising companies were set before a visitor clicked anything;
- the "reject" option was hidden behind a second screen;
- the privacy page had not been updated since 2021.

The council says the advertising code was added by a contractor to measure a tourism campaign and was never meant to stay on the site.

## What the council will change

A spokesperson said the tracking code had been removed on Friday and that a new consent banner, with "accept" and "reject" buttons of equal size, would go live in July.

"We take residents' privacy seriously and we have acted quickly," she said.

Mr Nkemelu said he was pleased but would check the site again in September.
"""),

dict(id="h29-en-005", lang="en", tpl="nextjs", section="Obituaries", date="2026-09-08", byline="Alasdair Penrose",
     title="Harbour mourns lifeboat coxswain who led 400 rescues",
     sub="Walter 'Wally' Trebilcock served on the Polmarrow lifeboat for 37 years.",
     caption="Wally Trebilcock at the lifeboat station in 2011.", credit="Photo: Polmarrow lifeboat station",
     carry=["condolence"], choose={"condolence": 0},
     body="""
Walter Trebilcock, who served on the Polmarrow lifeboat for 37 years and led more than 400 rescues as its coxswain, has died at the age of 81.

Known to everyone in the harbour as Wally, he joined the crew in 1966 as a 21-year-old fisherman and took the helm in 1979. He retired in 2003.

## A night in 1987

He was awarded a bronze medal for gallantry for a rescue in February 1987, when he took the lifeboat alongside a cargo ship that had lost its engine in a force 10 gale and lifted seven crew to safety.

His son, Jory, said his father rarely talked about it.

"He always said the medal belonged to the whole crew," he said.

## "He taught all of us"

The station's current coxswain, Tamsin Roskilly, said nearly every volunteer at Polmarrow had been trained by him or by someone he had trained.

"He taught all of us to respect the sea and to look after each other," she said.

Mr Trebilcock is survived by his wife, Morwenna, three children and seven grandchildren.

The funeral will be held at St Petroc's church on Friday 18 September at 11am. The family has asked for donations to the lifeboat station instead of flowers, and the crew will form a guard of honour on the quay.
"""),

dict(id="h29-en-006", lang="en", tpl="quintype", section="Data", date="2026-03-11", byline="Kieran Oyelaran",
     title="E-book loans overtake paper at Daneford libraries",
     sub="The library service now spends more on digital subscriptions than on printed books.",
     caption="The reading room at Daneford Central Library.", credit="Photo: Kieran Oyelaran",
     carry=["chart"], choose={"chart": 1},
     body="""
For the first time, people in Daneford borrowed more e-books and audiobooks than printed books from the county's libraries last year, according to figures published by the library service.

There were 412,000 digital loans in 2025, against 398,000 loans of printed books. Five years ago, digital loans made up just over a quarter of the total.

## Where the money goes

The figures also show that the library service spent £286,000 on digital subscriptions last year, more than the £251,000 it spent on printed stock.

Library managers say e-book licences cost more than paper copies and often expire after two years or 26 loans, after which the library must pay again.

"A paperback we buy once can be read for a decade. An e-book licence can run out in months," said head of libraries Frances Okonjo.

## Who is borrowing what

The most borrowed digital titles were:

- crime novels;
- audiobooks for children;
- cookery and travel guides.

Printed books remain more popular with children under 11 and with readers over 75.

Okonjo said the service had no plans to close branches. Visits to the county's 14 libraries rose by 6% last year, helped by homework clubs and free computer sessions.
"""),

dict(id="h29-en-007", lang="en", tpl="wordpress", section="Education", date="2026-05-27", byline="Rosalind Achebe",
     title="Pupils set out to raise £18,000 for a new school minibus",
     sub="Hartwell Primary's old bus failed its last safety test in March.",
     caption="Pupils at Hartwell Primary School with their fundraising thermometer.", credit="Photo: Rosalind Achebe",
     carry=["fundraiser"], choose={"fundraiser": 0},
     body="""
Pupils at Hartwell Primary School have set themselves the task of raising £18,000 for a new minibus, after the school's 14-year-old bus failed its safety test in March.

Without it, the school says, swimming lessons and sports fixtures in other villages have had to be cancelled or paid for with expensive coach hire.

## What the children have planned

The school council, made up of ten pupils, has drawn up a list of events for the summer term:

- a sponsored walk round Hartwell reservoir on 13 June;
- a cake sale at every parents' evening;
- a "swap shop" for outgrown uniform and toys.

The parents' association has also set up an online fundraising page, which had raised £4,230 by Tuesday.

## A request about photographs

Head teacher Connor Blakemore thanked families for their support but asked them not to share photographs of other people's children from the events on social media.

"We want everyone to enjoy the day, and we also want every family to feel safe," he said.

Year 6 pupil Amira, 10, who chairs the school council, said the walk was the part she was looking forward to most.

"It's five kilometres, and my grandad says he is doing it in his slippers," she said.
"""),
]
