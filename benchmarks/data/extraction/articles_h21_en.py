# English stories for the twenty-first held-out part (h21-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template: "elementor" is new in this part, the others are layouts of earlier parts),
# low (fixed residue count), only (fixed residue families), site (fixed site name), sub (standfirst /
# subtitle; shown by the templates that have one, never body), pull (magazine pull quote: a sentence of the
# story, repeated by the template), times (liveblog entry times, newest first), watch (broadcaster video
# caption and "watch" link), correction (the wording of the correction line, where a page carries one).
ARTICLES = [
dict(id="h21-en-001", lang="en", tpl="magazine", section="Features", date="2026-04-16", byline="Harriet Quenby",
     title="Second act: the ballet company where nobody is under 60",
     sub="Silver Pointe rehearses twice a week in a church hall. In June it dances at the Lyceum.",
     caption="Dancers of Silver Pointe at a Tuesday rehearsal in St Luke's hall.", credit="Photograph: Dev Mistry",
     pull="We are trying to be the best seventy-year-old dancers we can be.",
     body="""
On Tuesday mornings the hall at St Luke's smells of floor polish and instant coffee. By ten o'clock, twenty-two dancers are holding the backs of folding chairs, which serve as a barre, and waiting for the piano to start.

The youngest member of Silver Pointe is 61. The oldest, Margaret Ashdown, turns 88 in the summer and still does the whole warm-up without sitting down.

"I stand at the back so nobody sees me wobble," she said.

## From pupils' mothers to a company

The company was set up in 2019 by Helena Brook, a former soloist who taught ballet in the town for thirty years. The mothers of several of her old pupils kept asking whether there was a class for them.

"I thought six people would come," she said. "Thirty-one turned up, and two of them brought their husbands."

Follow the class from the back of the hall and you notice how little of it is gentle. There are pliés, tendus and slow balances, and Brook corrects feet and shoulders as she would with any student.

"Nobody here is trying to be nineteen again," she said. "We are trying to be the best seventy-year-old dancers we can be."

## The Lyceum in June

In June the company will perform a 20-minute piece at the Lyceum Theatre as part of the town's arts festival, and rehearsals have gone up to three a week.

The members have had to raise £2,400 for costumes, lighting and the hire of the stage. So far they have:

- held two coffee mornings;
- sold a calendar of rehearsal photographs taken by a member's grandson;
- asked the festival for a small grant.

## 'It keeps me upright'

Doctors increasingly recommend dance for balance and memory in later life, and several members said they had joined after a fall.

"It keeps me upright, in every sense," said Peter Yeoh, 74, one of three men in the group.

Ashdown has her own way of putting it. "People call this our second act," she said. "It's the best act I've had."
"""),

dict(id="h21-en-002", lang="en", tpl="table", section="Business", date="2026-02-05", byline="Graham Pelling",
     title="Banking hub to open in Wexcombe town hall after last branch closes",
     sub="The shared counter will be staffed every weekday, with a different bank in the community room each day.",
     caption="The town hall on Wexcombe's market square, where the hub will open.", credit="Picture: Graham Pelling",
     body="""
Wexcombe will get a shared banking hub in the town hall from April, six months after the town's last bank branch closed its doors.

The hub will be open five days a week. A counter for customers of most high street banks will be staffed by Post Office workers, while a community room will host a different bank each day.

## What the hub will offer

Customers will be able to:

- pay in and take out cash;
- pay bills and cheques;
- see a member of staff from their own bank on its set day.

The closure of the last branch in October left the town of 11,000 people without a bank for the first time since 1874. The nearest branch is now 14 miles away, in Holbury.

## Traders' relief

Shop owners said the lack of somewhere to pay in takings had become a daily headache.

"I've been driving to Holbury twice a week with the till money in a carrier bag," said Sunita Brar, who runs a hardware shop on Bridge Street.

The town council said it had been in contact with the banks since the closure was announced and had offered the town hall rent-free for the first year.

Read the small print, though, and the hub is only guaranteed for an initial two years. Campaigners want a longer commitment.

"Two years is a start," said the mayor, Councillor Ian Duffy. "We want it for good."
"""),

dict(id="h21-en-003", lang="en", tpl="cms", section="Work", date="2026-05-12", byline="Alison Kerrigan",
     title="Home care workers must be paid for travel time between visits, tribunal rules",
     sub="The ruling could affect thousands of carers who are paid only for the time they spend in clients' homes.",
     caption="A home care worker on her rounds in Stallbridge.", credit="Photograph: Alison Kerrigan",
     low=0,
     body="""
An employment tribunal has ruled that a home care company broke minimum wage law by paying its staff only for the time they spent inside clients' homes.

The case was brought by 23 carers employed by Brightwell Home Support, which provides visits to about 400 older and disabled people across Stallbridge and the surrounding villages.

## Unpaid hours on the road

The carers told the tribunal they often spent two or three hours a day driving between appointments, sometimes on rural roads where the gap between two visits was shorter than the journey.

Once that time was counted, Employment Judge Carol Fenwick found, several of the workers had been paid well below the legal minimum.

"Travel between visits is work," she said in her judgment. "It is not a break."

## Back pay and new rotas

Brightwell has been ordered to:

- recalculate the pay of every carer employed since April 2022;
- pay any shortfall within 90 days;
- record travel time on staff rotas from next month.

Brightwell's managing director, Nigel Oduya, said the firm accepted the ruling but warned that councils paid care providers too little to cover travel.

"The money simply isn't there," he said.

The GMB union, which supported the claim, said it was now talking to carers at four other agencies in the county.

One of the claimants, Deborah Hale, 52, had kept a notebook of every journey for two years.

"I wrote down every mile. I'm glad I did."
"""),

dict(id="h21-en-004", lang="en", tpl="hugo", site="The Ashcombe Counter", section="Data", date="2026-06-09",
     byline="Nikhil Varsani",
     title="We mapped every public bench in Ashcombe. One in three needs fixing",
     sub="Readers helped us find 412 benches. Here is what state they are in, and who is responsible for them.",
     caption="A bench on the Esplanade missing two of its slats.", credit="Photo: Ashcombe Counter reader",
     body="""
Over six weeks this spring, readers of our newsletter walked, wheeled and cycled around Ashcombe and told us about every public bench they could find. Between them they logged 412.

For each one we asked for a photo, a location and a simple judgement: fine, worn or broken.

## What we found

Of the 412 benches:

- 271 were in good condition;
- 98 were worn but safe to sit on;
- 43 were broken, with missing slats, loose legs or no seat at all.

Worn and broken benches together make up 34% of the total, or roughly one in three.

The worst area was the Brookside estate, where 11 of 19 benches were broken. The best was the seafront, where most benches were replaced in 2023.

## Who owns them

Working out who is responsible was harder than counting. Benches belong to the borough council, the town council, housing associations, churches and, in 38 cases, to nobody we could identify.

The borough council said it was in contact with the town council about taking over the unclaimed benches.

"We didn't know some of these existed," a spokesperson admitted.

## Why benches matter

For people who cannot walk far, a bench every few hundred metres decides whether a trip to the shops is possible at all. Age UK Ashcombe says several of its members now avoid Brookside for that reason.

"If there's nowhere to sit, I don't go," said Joan Ferris, 81.

Share the map with anyone who uses the benches in your street: it is free to use, and we will keep updating it as repairs are made.

Our full data set, including the photographs readers sent in, is on our data page.
"""),

dict(id="h21-en-005", lang="en", tpl="medium", site="Friends of Hatherley Lido", section="Club news", date="2026-07-03",
     byline="Clare Whitlow",
     title="Why we now ask before taking photos at the lido galas",
     sub="A change to our photography policy, and what it means for parents, swimmers and volunteers.",
     caption="Young swimmers on the starting blocks at last summer's gala.", credit="Photo: Friends of Hatherley Lido",
     body="""
For years, anyone with a phone could stand on the poolside at our summer galas and take pictures. This year that is changing, and we want to explain why.

After last August's gala, a photo of two young swimmers appeared on a stranger's public social media account. Their parents had not agreed to it, and it took the family several weeks to have it removed.

## What we will do differently

From this season:

- only the two photographers named on our website may take pictures from the poolside;
- parents will be asked for written consent when they register a child to swim;
- swimmers whose parents say no will wear a green wristband, so the photographers know to leave them out.

Parents can still film their own children from the spectator stand.

"We're not banning cameras," said our chair, Bob Latimer. "We're asking people to think."

## Is this what the law requires?

Partly. Data protection rules treat a clear photo of a person as their personal data, and we use gala pictures in our newsletter and on the noticeboard. Consent is the simplest lawful basis for that, and it can be withdrawn at any time.

We took advice from the county swimming association, which has been in contact with several clubs facing the same question.

## Photos you can still get

Listen to the parents who asked us for this, and one point comes up again and again: they still want pictures. So the club's photographers will upload the gala photos to a private album for registered families within a week.

Subscribe to our email updates if you want the gala dates and the consent form as soon as they are ready.

"Nobody's missing out," Bob said. "It's just done properly now."
"""),

dict(id="h21-en-006", lang="en", tpl="joomla4", section="Sport", date="2026-08-14", byline="Shaun Maddox",
     title="Tug of war: Brindley Heath farmers pull their way to the world championships",
     sub="Eight pullers and a coach from a village of 600 will compete in the Netherlands in September.",
     caption="The Brindley Heath team training in a field behind the Plough.", credit="Picture: Shaun Maddox",
     body="""
A tug of war team from Brindley Heath, a village of about 600 people, has qualified for the world outdoor championships after winning the national title at the weekend.

The eight pullers, most of them dairy and sheep farmers, beat teams from Kent and Northern Ireland in the 640kg final of the national championships in Shropshire.

"We pull the same way we work," said captain Tom Venables. "Slowly, and we don't let go."

## Training behind the pub

The team trains three evenings a week in a field behind the Plough, pulling against a tractor fitted with a hydraulic brake. Coach Mary Fenn, whose father pulled for England in the 1970s, times every session.

Weight matters, because a team must not exceed its class limit, so the week before a competition is spent:

- weighing in every morning;
- cutting out bread and beer;
- avoiding the chocolate cookies the village shop bakes on Fridays.

## Raising the fare

The world championships take place near Arnhem in September. The trip will cost about £9,000 for travel, accommodation and entry fees.

The club has set up an online fundraising page and has been in contact with local businesses about sponsorship. A feed merchant in Leekton has already pledged £1,500.

"Nobody thought a village team could get this far," said Fenn. "Now they'll have to believe it."

The Plough will show the final on a big screen if the team gets that far.
"""),

dict(id="h21-en-007", lang="en", tpl="liveblog", section="Politics", date="2026-05-08", byline="Politics team",
     title="Morrowby council election count live: independents take control",
     sub="Votes from all 18 wards are being counted at the leisure centre. Turnout was 36%.",
     caption="Counting staff at Morrowby Leisure Centre shortly after midnight.", credit="Photo: Kerry Lamb",
     times=["04:52", "03:40", "02:15", "23:30", "22:05"],
     body="""
## Independents take control of the council

With 16 of 18 wards declared, the Morrowby Independents have 19 of the council's 36 seats, enough for a majority whatever happens in the last two wards.

Their leader, Sandra Okoye, said the result was a vote for getting the basics right: bins, roads and the library.

"People want their town back," she said.

## Recount in Harbour ward

A recount has been called in Harbour ward, where only four votes separate the Green candidate and the sitting Conservative councillor.

"It's the closest council election count I've seen in thirty years," said the returning officer, Janet Rowe.

Follow the recount with us: officials say it should take about an hour.

## First results in

The first two wards to declare were Eastcliff and Millgate, both gained by the Independents from Labour.

Turnout across the district was 36%, down from 39% four years ago.

## Count under way

Counting began at 10.30pm at Morrowby Leisure Centre. Staff are sorting ballot papers into bundles of 50 before they are counted by hand.

The candidates and their agents are watching from behind a rope at the side of the sports hall.

## Polls have closed

Polling stations across the district closed at 10pm. Postal votes made up 31% of the ballots received.

Before counting starts, a few things to know:

- 18 wards and 36 seats are up for election;
- Labour has run the council since 2018;
- results are expected between 2am and 5am.
"""),

dict(id="h21-en-008", lang="en", tpl="nextjs", section="Education", date="2026-03-19", byline="Georgia Blake",
     title="Secondary school locks pupils' phones in pouches for the whole day",
     sub="Parents at Hollins Vale Academy were split when the policy was announced. Six months on, teachers say lessons are calmer.",
     caption="A pupil locks her phone into its pouch at the start of the school day.", credit="Photograph: Georgia Blake",
     body="""
Since September, every pupil at Hollins Vale Academy has started the school day by locking their phone into a magnetic pouch, which stays shut until the final bell.

The school, which has 1,150 pupils aged 11 to 18, says the results after six months are clear: fewer behaviour incidents, fewer arguments that start online and spill into the corridors, and a noisier canteen.

"They talk to each other at lunch again," said the headteacher, Martin Sowerby.

## How the pouches work

Each pupil keeps their own pouch, which cost the school £18. It can only be opened with a magnet fixed to the wall by the exits.

Staff can unlock a phone during the day if:

- a pupil needs it for a medical app, such as a glucose monitor;
- a parent has given consent for a specific reason agreed in advance;
- there is an emergency.

## Parents divided

Not every family was convinced. When the policy was first proposed, about a third of the parents who answered the school's survey were against it, mostly because they wanted to reach their children on the way home.

Subscribe to the school's text alerts, the head told them, and you will hear about any problem before your child does.

Some parents remain unhappy. Karen Doyle, whose son is in Year 9, said she did not like being unable to message him during the day.

## The figures

The school says recorded behaviour incidents fell by 38% in the autumn term compared with the year before, and reports of online bullying fell from 41 to 12.

Pupils are less sure. "It was annoying for about a week," said Amira, 14. "Now I forget it's there."
"""),

dict(id="h21-en-009", lang="en", tpl="storybody", section="Wales", date="2026-09-02", byline="Huw Madoc",
     title="Wartime bomber emerges from shrinking reservoir after dry summer",
     sub="The wreck of a Wellington that crashed in 1943 has been exposed for the first time since the valley was flooded.",
     caption="Parts of the aircraft's frame visible on the exposed reservoir bed.", credit="Photo: Huw Madoc",
     body="""
The remains of a Second World War bomber have appeared on the bed of Llyn Cadarn reservoir after water levels fell to their lowest point in more than 30 years.

The Vickers Wellington crashed into the valley during a night training flight in February 1943, killing three of its six crew. The valley was flooded to create the reservoir four years later, and the wreck has been under water ever since.

"A wartime bomber just sitting there on the mud – you don't forget a sight like that," said Eirlys Pugh, who spotted it while walking her dog.

## Recovery not planned

The Ministry of Defence said it was in contact with the water company and local police, and reminded the public that the crash sites of military aircraft are protected by law.

People must not:

- remove any part of the wreck;
- walk on the exposed reservoir bed, which can be soft and dangerous;
- fly drones over the site without permission.

## A village remembers

Listen to the older residents of Pennant and you will find several who still remember the night the aircraft came down. Gwilym Rees, now 94, was 11 at the time.

"We heard the engines stop," he said. "Then nothing."

Relatives of the pilot, Flight Sergeant Alan Corbett, live in Lincolnshire. His niece, Sheila Marsh, said the family had been sent photographs of the wreck by a local historian.

"It's strange, after all these years, to see it," she said.

Water levels are expected to rise again with the autumn rain, and the wreck should be covered by November.
"""),
]
