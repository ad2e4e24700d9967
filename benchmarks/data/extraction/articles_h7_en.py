# English stories for the seventh held-out part (h7-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), site (fixed site name),
# sub (standfirst; shown by the sanity and k2 templates, never body).
ARTICLES = [
dict(id="h7-en-001", lang="en", tpl="sanity", section="Motoring", date="2025-07-08", byline="Tamsin Odell",
     title="Parking app fined for tracking drivers after they had paid",
     sub="ParkSwift kept recording phone locations for up to six hours after a session ended.",
     caption="A ParkSwift sign in the Mill Lane car park, Hensford.", credit="Photo: Callum Breck",
     body="""
A parking app used in more than 90 towns has been fined £420,000 for collecting drivers' locations after their parking sessions had ended, the Information Standards Office said on Tuesday.

ParkSwift asked users to allow location access so that the app could find the nearest car park. The regulator found that the app went on recording where the phone was for up to six hours after the driver had paid and left.

The company said the data had been used "only in aggregate" to plan new car parks. The office said that was not what drivers had agreed to.

## A box that could not be unticked

Investigators found that the consent screen offered a single button, "Continue", and a link to a 14-page privacy notice. There was no way to use the app without allowing location access at all times.

"Consent has to be specific, and it has to be possible to say no," said Marcus Feld, the office's director of investigations. "Neither was true here."

ParkSwift must now:

- stop collecting location data once a session ends;
- delete the data it gathered that way since 2022;
- show a separate choice for background location, switched off by default.

The company said it would not appeal and had already released an update.

Drivers who want to check what was held about them can ask the company for a copy of their data free of charge.
"""),

dict(id="h7-en-002", lang="en", tpl="sanity", section="Community", date="2025-03-19", byline="Noel Garside",
     title="Tool library raises membership to £25 but keeps free tier",
     sub="The Brackley Road shed lends out 1,400 tools, from ladders to wallpaper steamers.",
     caption="Volunteer Ada Penrice checks a hedge trimmer back in at the Brackley Road shed.", credit="Photo: Hensford Tool Library",
     body="""
Hensford's tool library is to raise its annual membership from £15 to £25, the first increase since it opened in a converted bike shed six years ago.

The library lends out about 1,400 items, from ladders and drills to a wallpaper steamer that its volunteers say has been borrowed 212 times.

Its organisers said the rise was needed to cover insurance, which has more than doubled, and the cost of replacing worn-out batteries.

"Nobody likes putting a price up," said the library's coordinator, Ada Penrice. "But a cordless drill that nobody can charge is just a paperweight."

## Free for those who need it

Members on benefits, and anyone under 21, will still join for nothing. About one in five of the library's 630 members uses the free tier.

Subscribe for a year and the library works out cheaper than buying a single good drill, Penrice said, and most members borrow something at least once a month.

The most popular items last year were:

- a carpet cleaner, out for 41 weeks of the year;
- a pressure washer;
- a set of ladders long enough to reach a gutter.

Ray Loxley, 74, who borrows the hedge trimmer every spring and autumn, said he would happily pay the new price.

"It is still less than a tank of petrol."

The new rate applies to renewals from 1 May.
"""),

dict(id="h7-en-003", lang="en", tpl="k2", section="Coast", date="2025-08-14", byline="Ruth Anstey",
     title="Missing paddleboarder found safe on sandbank after nine hours",
     sub="Coastguard teams searched overnight along six miles of the Carrick estuary.",
     caption="The inshore lifeboat returns to Polwenna slipway on Thursday morning.", credit="Photo: Polwenna RNLI",
     body="""
A paddleboarder who was reported missing in the Carrick estuary on Wednesday evening has been found safe on a sandbank after nine hours.

The man, 34, from Truvale, set out from Polwenna beach at about 6pm and was expected back within the hour. His partner raised the alarm at 8.15pm when he had not returned.

Coastguard rescue teams from two stations, the Polwenna inshore lifeboat and a search helicopter covered about six miles of the estuary through the night.

## Found by torchlight

He was spotted at 3.10am by the lifeboat crew, who saw the light of a head torch on a sandbank near Gull Point. He had lost his board when the tide turned and had swum to the bank.

The coastguard said its operations centre had been in contact with his partner throughout the night and had called her as soon as he was found.

"He did the right thing by staying put," said the station officer, Derek Polglase. "Trying to swim for the shore in the dark would have been far more dangerous."

The man was checked by paramedics and did not need hospital treatment.

The coastguard urged paddleboarders to:

- carry a phone in a waterproof pouch;
- wear a leash and a buoyancy aid;
- tell someone when they expect to be back.

"He will not be going out at six in the evening again," his partner said.
"""),

dict(id="h7-en-004", lang="en", tpl="wordpress", section="Business", date="2025-02-11", byline="Imran Sheikh",
     title="Family bakery chain to close four shops as energy bills bite",
     caption="The Barlow's shop on Castle Street, one of the four due to close.", credit="Photo: Gemma Ruddock",
     body="""
Barlow's, the family bakery chain that has sold pasties in the Hensford valley since 1958, is to close four of its eleven shops next month.

The company said its energy bill for the central bakery had risen from £96,000 to £231,000 a year, and that the four shops were losing money even before the increase.

About 26 staff work in the shops that will close. The company said it would offer all of them jobs in its remaining branches.

"We are a bakery, so we cannot switch the ovens off at night and hope for the best," said the managing director, Clare Barlow, the founder's granddaughter.

## Shops on the high street

The closures are in Castle Street, Eastgate, the bus station and the Moorview retail park.

Read the accounts the company filed in January and the picture is clear enough: turnover rose by 4% last year, but profit fell by more than half.

Barlow said the chain had no plans to sell.

"My grandfather would have closed four shops to save seven," she said. "So that is what we are doing."

The remaining shops will extend their opening hours on Saturdays from April.
"""),

dict(id="h7-en-005", lang="en", tpl="cms", section="Education", date="2025-09-23", byline="Lydia Crouch",
     title="College drops exam fees for adults resitting maths",
     caption="Students in a maths class at Hensford College's evening centre.", credit="Photo: Hensford College",
     body="""
Adults who want to resit GCSE maths at Hensford College will no longer pay the £95 exam fee, the college said on Monday.

About 310 adults took maths at the college's evening centre last year. Staff said the fee had been the most common reason given by students who dropped out before the exam.

The change will cost the college about £18,000 a year, which it will cover from a fund set up by a local building firm.

"People come to us at 40 or 50 because they have been told they need the qualification for a promotion," said the head of adult learning, Simon Arkell. "They should not have to find £95 on top."

## Classes twice a week

The course runs on Tuesday and Thursday evenings from October to June. Students also get:

- a free scientific calculator;
- access to the college library;
- one-to-one help before the exam.

Follow the course through to the end and the pass rate is high, Arkell said: 71% of those who sat the exam last summer passed.

One of them, Janine Forde, a care worker, said she had failed maths three times at school.

"The fourth time, I had a teacher who did not make me feel stupid."

Enrolment opens on 29 September.
"""),

dict(id="h7-en-006", lang="en", tpl="nextjs", section="Science", date="2025-05-27", byline="Owen Marlais",
     title="Amateur astronomers spot rare nova from a back garden",
     caption="The telescope in Gwen Hallam's garden observatory at Lower Trenance.", credit="Photo: Gwen Hallam",
     body="""
Two amateur astronomers in Lower Trenance have been credited with the discovery of a nova, a sudden brightening of a star, in the constellation of Aquila.

Gwen Hallam, a retired pharmacist, and her neighbour Tom Pascoe spotted the new point of light on the night of 14 May while photographing the area from a shed in Hallam's garden.

They reported it to an international clearing house for discoveries within an hour. Professional observatories in Chile and Spain confirmed it the following night.

## A star that was not there before

Novae happen when a white dwarf star pulls gas from a companion until the gas ignites. The star can become thousands of times brighter within days.

"I checked the picture three times because I was sure it was a speck of dust on the camera," Hallam said.

Pascoe said they had taken more than 40,000 photographs of the sky since they started the project in 2019.

"This is the first one that was worth it."

Dr Priya Venn, an astronomer at the University of North Ashmere, said amateurs still found a large share of novae because they watched the sky night after night.

"Professional telescopes look very deep at very small areas," she said. "Amateurs look at a lot of sky, often."

The nova is expected to fade over the next few weeks.
"""),

dict(id="h7-en-007", lang="en", tpl="semantic", section="Farming", date="2025-04-02", byline="Helen Trask", low=0,
     title="Sheep farmers trial GPS collars instead of fences on the moor",
     caption="A ewe wearing a trial collar on Hensford Moor.", credit="Photo: Helen Trask",
     body="""
Six farms on Hensford Moor are testing GPS collars that keep sheep away from areas being restored, without putting up a single fence.

The collars play a sound when a sheep nears a boundary drawn on a farmer's phone. If it keeps walking, it feels a mild vibration. After a few days, the sheep learn to turn back at the sound.

The moor's conservation trust is paying for 400 collars as part of a project to let heather grow back on about 90 hectares of eroded peat.

"Fencing the moor would cost a fortune and spoil the view for everyone," said the trust's project officer, Nia Chiltern.

One farmer, Graham Vosper, was sceptical at first.

"I thought the sheep would ignore it. They did for about two days."

The trust said early results were encouraging: fewer than one sheep in fifty had crossed into the restored area since January.

Animal welfare inspectors will check the collars every three months during the two-year trial.
"""),

dict(id="h7-en-008", lang="en", tpl="storybody", section="Courts", date="2025-06-17", byline="Patrick Lunn",
     title="Drone photographer wins £6,000 from estate agent over harbour picture",
     caption="Hensford harbour from the air. The picture in the case is not shown.", credit="Photo: Stock image",
     body="""
An estate agent has been ordered to pay £6,000 to a drone photographer after using his picture of Hensford harbour in adverts for two years without permission.

Leon Carver took the photograph at sunrise in 2021 and published it on his website with the credit line "Photo: Carver Aerial, all rights reserved" underneath.

The agency, Quayside Homes, used it on property listings and a billboard on the bypass. It cropped out the credit.

## "Found it online"

At the small claims hearing, the agency's owner, Colin Ware, said a junior member of staff had found the picture online and assumed it was free to use.

District Judge Anita Moss said that was not a defence.

"A photograph on a website is not a gift to the world," she said. "The credit was there. It was cut off."

Carver said he had asked the agency twice to remove the picture or pay a licence fee before going to court.

Share a picture without asking, Carver said, and you take away the only thing a photographer has to sell. A good sunrise also takes planning: he had checked the tide tables and the weather for three weeks before that morning.

Ware said the agency had since removed the picture and now paid for its images.

"Lesson learned."
"""),

dict(id="h7-en-009", lang="en", tpl="amp", section="Transport", date="2025-10-06", byline="Bethan Holm",
     title="Night bus between Hensford and the coast to run all year",
     caption="The N7 at Hensford bus station.", credit="Photo: Carrow Valley Buses",
     body="""
A night bus between Hensford and the coast that was meant to run only in summer will now operate all year, its operator said.

The N7 leaves Hensford bus station every hour from 11pm to 4am and calls at eight villages on its way to Polwenna. It was launched in June as a trial for hospitality workers finishing late shifts.

Carrow Valley Buses said about 2,300 passengers had used it each month, twice the number it needed to break even.

"We assumed it would be empty by September," said the operator's commercial director, Stuart Penhale. "It was fuller in September than in June."

## Who uses it

A survey of passengers found that most were travelling home from work. Bar staff, care workers and hospital porters made up more than half of those who answered.

Listen to anyone on the last bus on a Friday, Penhale said, and you soon learn who keeps the town running at night.

Fares will stay at £3 for a single journey.

Kira Lowe, who works in a restaurant kitchen in Hensford, said the bus had changed her life.

"Before June, I paid £28 for a taxi home, three nights a week."

The winter timetable starts on 2 November.
"""),
]
