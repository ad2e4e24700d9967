# English stories for the tenth held-out part (h10-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), only (fixed residue families),
# site (fixed site name), sub (standfirst; shown by the sanity, blox and webflow templates, never body).
ARTICLES = [
dict(id="h10-en-001", lang="en", tpl="webflow", section="Environment", date="2025-05-13", byline="Harriet Lowden",
     title="Volunteers' river samples point to microplastic hotspot below sewage works",
     sub="Eighteen months of monthly sampling on the River Alder.",
     caption="Alder Watch volunteers filtering a sample at Coppice Bridge.", credit="Photo: Alder Watch",
     body="""
Water samples collected by volunteers along the River Alder have found microplastic levels nine times higher below the Wrexley sewage works than upstream of it, according to results published on Tuesday.

Forty members of the Alder Watch group took monthly samples at twelve points over eighteen months. The samples were filtered and counted by a laboratory at Westmarch University, which checked a fifth of them twice.

Most of the particles were fibres of the kind shed by synthetic clothing in washing machines, the researchers said.

## A pattern, not a one-off

Dr Imogen Salter, who led the laboratory work, said the difference between the upstream and downstream sites appeared in every month of the study.

"One bad sample you can argue with. Eighteen months of them, less so."

Listen to the people who fish this stretch, said the group's co-ordinator, Paul Henney, and they will tell you the water has changed in the last decade.

The water company said it had been in contact with the volunteers throughout the project and would study the findings. It said the works met its current permit, which does not set any limit for microplastics.

## What the group wants

Alder Watch is calling for:

- a limit on microplastics in the works' next permit;
- filters on all new washing machines sold in the UK;
- a second year of funded laboratory testing.

The group's next sampling day is on 14 June. New volunteers are asked to bring wellingtons.
"""),

dict(id="h10-en-002", lang="en", tpl="wordpress", section="Consumer", date="2025-09-09", byline="Marcus Whitlow",
     title="Supermarket told to ask shoppers before using loyalty data for health adverts",
     sub="Regulator says a line about 'personalised offers' did not cover guesses about customers' health.",
     caption="A Fairway Foods store in Kelsworth.", credit="Photo: Dan Ruddock",
     body="""
A supermarket chain has been ordered to stop using its loyalty-card records to target shoppers with adverts for slimming products and diabetes tests unless they have given their consent.

The data regulator found that Fairway Foods had sorted 310,000 customers into "health interest" groups based on what they bought, then sold advertising aimed at those groups to other companies.

Customers agreed to the loyalty scheme's terms when they signed up, but the regulator said a line about "personalised offers" did not cover guesses about their health.

"Buying a pack of sugar-free biscuits is not the same as telling us you have diabetes," the decision says.

## Cookies and the app

The ruling also covers the chain's app, which placed advertising cookies on phones before users had seen the consent screen. Fairway must now:

- delete the health groups within 60 days;
- ask loyalty members separately before any health-related targeting;
- show the cookie choices before the app sets any cookies.

Read the chain's statement and there is no apology: it says the scheme "helped customers find products relevant to them" and that it will comply with the order.

Consumer group Fair Basket said shoppers should check their settings in the app.

"Most people thought they were signing up for money off their milk."

The regulator did not issue a fine, but said it could do so if the deadline was missed.
"""),

dict(id="h10-en-003", lang="en", tpl="blox", section="Business", date="2025-03-20", byline="Shona Pirrie",
     title="Garage chain moves mechanics to four-day week without cutting pay",
     sub="Owner says the old hours left vacancies unfilled for almost a year.",
     caption="Mechanics at Tully Motors' Eastgate branch.", credit="Photo: Iain Moffat",
     body="""
A family-owned chain of seven garages has moved its 64 mechanics to a four-day week without cutting their pay, saying it could no longer recruit staff on the old hours.

Tully Motors, which has branches across the county, trialled the change at two garages last year. Owner Graham Tully said the number of jobs completed there rose slightly, because mechanics took fewer days off sick.

"We had adverts up for eleven months and got two applications. Since we put 'four days' in the advert, we've had forty."

## Longer days

Staff now work four ten-hour shifts instead of five eight-hour ones. The garages stay open six days a week, with rotas arranged so that each branch has enough cover.

Apprentice Kayleigh Orr, 19, said the extra day off meant she could finish her college course without losing wages.

"I'd have packed it in otherwise."

Not everyone is convinced. A rival garage owner, who asked not to be named, said customers would notice longer waits for repairs.

Tully said bookings were running two days ahead, the same as before the change. Office staff will move to the new pattern in September.

Follow the numbers, he added, and the case makes itself: overtime costs at the two trial garages fell by a third.
"""),

dict(id="h10-en-004", lang="en", tpl="sanity", section="Sport", date="2025-07-24", byline="Rhys Amberley",
     title="Badgers dig up cricket outfield days before county cup final",
     sub="Thirty volunteers turned out with spades and sieves.",
     caption="Volunteers repairing the outfield at Oldacre.", credit="Photo: Oldacre CC",
     body="""
Members of Oldacre Cricket Club spent the weekend filling holes in their outfield after badgers dug up large parts of it, five days before the club is due to host the county cup final.

Groundsman Terry Vane, who has looked after the ground for 31 years, said he found "what looked like a ploughed field" when he arrived on Saturday morning.

The animals were digging for grubs in the turf, he said. Badgers are protected by law, and the club cannot move them without a licence.

## A race against the clock

About thirty volunteers turned up with spades, sieves and bags of topsoil. A local turf supplier gave 200 square metres of rolls free of charge.

"I've never seen so many people who normally avoid the roller," said club captain Ashok Menon.

The county board inspected the ground on Tuesday and said the final could go ahead as planned, provided there was no more damage.

Share the load, Vane said, and the job is done in a weekend. He has put up an electric fence around the square for the rest of the week.

A wildlife charity said the club had acted correctly by leaving the sett alone and offered to advise on deterrents.

Oldacre, who last reached the final in 2011, play Hatherley Park on Sunday. Gates open at 10am.
"""),

dict(id="h10-en-005", lang="en", tpl="nextjs", section="Science", date="2025-02-11", byline="Philippa Norcott",
     title="Tree rings date farm barn to the 1420s, a century older than thought",
     sub="Oak beams were felled in the winter of 1424-25.",
     caption="The barn at Carrow's Farm, near Kelsworth.", credit="Photo: Beth Carrow",
     body="""
A timber barn on a working farm near Kelsworth has been dated to the 1420s, making it about a hundred years older than historians believed and one of the oldest farm buildings in the region.

Researchers took thin cores from nine of the barn's oak beams and matched the pattern of their growth rings against a reference record built from other dated buildings. The youngest ring showed the trees were felled in the winter of 1424–25.

The barn had been listed as "early 16th century" since a survey in 1971. A print from that survey, still in the county archive, carries the stamp "Photo: County Buildings Record, 1971" and a pencilled note guessing its age from the style of the roof.

## Green timber

Oak was usually used within a year or two of felling, said dendrochronologist Dr Lewis Arnott, so the barn was almost certainly built in the 1420s.

"The wood tells you when the tree died. Carpenters didn't wait around."

The farm's owners, Beth and Rob Carrow, said they had always suspected the barn was old but were amazed by the result.

"We keep the tractor in it."

The couple have applied for a grant to repair the roof. The barn will be open to visitors on two heritage weekends in September.
"""),

dict(id="h10-en-006", lang="en", tpl="cms", section="Courts", date="2025-06-26", byline="Dominic Haigh",
     title="Driver jailed for killing cyclist while watching football on his phone",
     sub="Van driver admitted causing death by dangerous driving.",
     caption="Kelbourne Crown Court.", credit="Photo: Court News Service",
     body="""
A delivery driver who was watching a football match on his phone when he struck and killed a cyclist has been jailed for six years.

Marek Dunleavy, 38, of Sandholme Road, Hallbridge, admitted causing death by dangerous driving at Kelbourne Crown Court.

The court heard that Dunleavy's van was travelling at 47mph on the A614 in October when it hit Alan Fothergill, 61, a retired teacher who was cycling home from his allotment.

Phone records showed a live stream had been playing for eleven minutes before the crash.

## "He never saw him"

Prosecutor Hannah Lyle said dashcam footage showed Dunleavy looking down at the phone, which was mounted below the steering wheel, for about four seconds before the impact.

"He never saw him. He was watching a penalty."

Read to the court by his daughter, Mr Fothergill's family statement described him as "the kind of man who fixed everyone's bike but his own".

Judge Margaret Oyelaran said the driver had made "a deliberate choice, repeated every time he looked down".

Dunleavy was also banned from driving for nine years. His barrister said he was "consumed with shame" and had written to the family.

Police said the case showed why they had been stopping delivery vans to check for phones mounted out of the driver's line of sight.
"""),

dict(id="h10-en-007", lang="en", tpl="semantic", section="Community", date="2025-11-04", byline="Gwen Askew", low=0,
     title="Village post office reopens in the church vestry",
     sub="Counter opens two mornings a week at St Oswald's.",
     caption="The new counter in the vestry at St Oswald's.", credit="Photo: Much Hendle Parish Council",
     body="""
Residents of Much Hendle can post parcels and collect pensions in the village again after a post office counter opened in the vestry of St Oswald's church.

The village lost its post office two years ago when the shop that housed it closed. Since then, people without cars have had to take two buses to reach the nearest branch.

The counter is open on Tuesday and Friday mornings and is run by a postmaster who covers three other villages on the other days.

Churchwarden Felicity Brand said the parish council and the diocese had agreed to let the room at a nominal rent.

"It was used for storing hymn books. Now it's the busiest room in the building."

## Coffee while you wait

Volunteers serve tea and coffee in the nave on opening days, and a table of secondhand books raises money for the church roof.

Pensioner Harold Keeble, 87, said he had not been to the nearest town on his own since he stopped driving.

"Now I can do it all in one morning and be home for lunch."

The arrangement will be reviewed after a year. Post office officials said similar counters had opened in two village halls and a pub in the county.
"""),

dict(id="h10-en-008", lang="en", tpl="storybody", section="Health", date="2025-10-01", byline="Samira Kohli",
     title="Pharmacies to treat sore throats without GP appointment in pilot",
     sub="Twenty-four pharmacies will take part from next month.",
     caption="Pharmacist Nisha Dhanda at her shop in Brookfield.", credit="Photo: County Health Board",
     body="""
People with sore throats, earache and sinus pain will be able to get treatment, including antibiotics where needed, from 24 pharmacies in the county without seeing a GP under a pilot starting next month.

Pharmacists taking part have been trained to examine patients and use a checklist to decide whether an infection is likely to be bacterial. Most patients will be advised on rest and over-the-counter remedies.

Health officials said about one in six GP appointments in winter were for minor infections that a pharmacist could safely handle.

## Worries about antibiotics

Some doctors have raised concerns that prescribing could rise. The local medical committee said it would watch the figures closely.

"We are not against it. We want to see the numbers," said its chair, Dr Owen Gallagher.

Pharmacist Nisha Dhanda, whose shop in Brookfield is in the pilot, said patients already came to her first.

"Half my mornings are spent telling people to go to the GP. Now I can help them instead."

Subscribe to the health board's text alerts and you will get a list of the pharmacies taking part, officials said; the list will also be on display at surgeries.

The pilot runs until March and will be extended across the county if it works.
"""),

dict(id="h10-en-009", lang="en", tpl="ghost", section="Community", date="2025-12-16", byline="Jo Pennington",
     title="A year of the community fridge: what 14 tonnes of food taught us",
     sub="Notes from the volunteers at the Cornmarket hall.",
     caption="The community fridge at the Cornmarket hall.", credit="Photo: Cornmarket Fridge volunteers",
     body="""
A year ago this week we plugged in a secondhand fridge at the back of the Cornmarket hall and put a sign on it. Since then, by our best count, about 14 tonnes of food have passed through it.

Most of it comes from two supermarkets, a bakery and the allotments on Mill Road, which send us their surplus in summer. The rest is from people clearing their cupboards before a holiday.

Share what you can, take what you need: that is the only rule on the door, and it has worked better than we expected.

## What we got wrong

We thought the fridge would be used mostly by families on low incomes. It is, but it is also used by students, pensioners and people who simply hate waste, and we are glad of that.

We also underestimated the cleaning. Food safety rules mean the fridge has to be checked and logged twice a day, and the rota now has 38 volunteers on it.

One of them, Clive, has not missed a shift.

"It's the best hour of my day, honestly."

## What's next

In the spring we want to add a second fridge and a freezer, if we can find somewhere to put them. If you have space, or an old freezer in working order, get in touch.

Thank you to everyone who has brought, taken or cleaned.
"""),
]
