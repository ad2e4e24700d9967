# English stories for the twelfth held-out part (h12-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), only (fixed residue families),
# site (fixed site name), sub (standfirst; shown by the sanity, blox, hugo and webflow templates, never body).
ARTICLES = [
dict(id="h12-en-001", lang="en", tpl="joomla4", section="Transport", date="2026-03-03", byline="Fiona Cartwright",
     title="Roads outside five primary schools to close at drop-off time",
     sub="Cameras will enforce the 'school streets' from the start of the summer term.",
     caption="Parents and children on Tanner's Lane outside Holbeck Primary.", credit="Photo: Dale Spencer",
     body="""
Roads outside five primary schools in Eastholme will be closed to through traffic for 45 minutes every morning and afternoon from the start of the summer term, the county council has confirmed.

The "school streets" will run from 8.30am to 9.15am and from 2.45pm to 3.30pm on school days. Drivers who enter without a permit will be sent a £70 penalty notice.

Highways officer Brendan Quayle said a six-month trial outside Holbeck Primary last year had cut the number of cars on Tanner's Lane at drop-off time by almost two thirds.

## Cameras, not cones

During the trial, volunteers stood at each end of the road with folding barriers. That will stop. Instead, number-plate cameras will be fixed to lamp posts at both ends.

Follow the school run on any weekday morning and the reason is plain enough, said Holbeck's head teacher, Nadia Ferris: cars parked across driveways, on the zigzags and, twice last winter, on the pavement outside the gate.

"We had a near miss every week. Now we don't."

The council said it had been in contact with every household on the affected roads since January. Under the scheme:

- residents and their carers can apply for a free permit;
- blue badge holders, buses and emergency vehicles are exempt;
- delivery drivers will be asked to avoid the closure times.

Not everyone is convinced. Graham Lutter, who runs a florist on Mill Road, said the closures would cost him morning trade. The council has promised to review the scheme after a year.
"""),

dict(id="h12-en-002", lang="en", tpl="wordpress", section="Courts", date="2026-01-20", byline="Owen Pritchard",
     title="Gas fitter jailed for faking safety certificates at 40 rented homes",
     sub="",
     caption="Harwood Crown Court.", credit="Photo: Simon Telfer",
     body="""
A gas fitter who sold fake safety certificates to landlords for more than two years has been jailed for three years and four months.

Darren Kellet, 46, of Westgate Road, Harwood, admitted 14 counts of fraud and two offences under the Gas Safety Regulations at Harwood Crown Court.

The court heard that he charged landlords £55 for each certificate, usually without entering the property. At least 40 homes in the town were covered by paperwork he had signed.

## Boiler "close to failing"

The scheme came to light in 2024 when a tenant in a flat on Brook Street smelled gas and called the emergency line. An engineer found a boiler with a cracked flue that had been passed as safe by Kellet six weeks earlier.

Read the certificates closely, prosecutor Helen Maddox told the court, and the mistakes were obvious: the same meter reading appeared on eleven of them, and two listed appliances that the flats did not have.

Gas Safe Register inspectors have since visited every address. They found:

- six boilers that had to be switched off immediately;
- nine homes without a working carbon monoxide alarm;
- one gas fire that had been disconnected years earlier.

Sentencing him, Judge Robert Aske said Kellet had put tenants at risk for the sake of a few hundred pounds a month.

"He gambled with people's lives."

Kellet, who has no previous convictions, was also banned from working on gas appliances. Two landlords who used him are being investigated by the council.
"""),

dict(id="h12-en-003", lang="en", tpl="sanity", section="Consumer", date="2026-02-17", byline="Priya Lakhani",
     title="Supermarket told to stop using facial recognition at self-checkouts",
     sub="Regulator says shoppers were never asked whether their faces could be scanned.",
     caption="Self-checkout tills at a Brightbasket store.", credit="Photo: Brightbasket",
     body="""
A supermarket chain has been ordered to switch off facial recognition cameras at the self-checkouts of 37 stores after the data protection regulator found that shoppers had not agreed to be scanned.

Brightbasket installed the cameras in 2024 to check the age of customers buying alcohol. The system estimated each shopper's age from their face and only asked for identification if it guessed they were under 25.

The regulator said the chain had relied on a small sign by the entrance that most people walked straight past.

"Walking into a shop is not consent to having your face analysed," its report said.

## Online shop also criticised

Investigators also looked at the chain's website. They found that its online shop set marketing cookies before customers had made any choice on the cookie banner, and that the "reject" option was hidden behind a second menu.

Brightbasket must now:

- turn off the age-estimation cameras within 30 days;
- delete all images and age estimates it still holds;
- rebuild its cookie banner so that refusing is as easy as accepting.

Read the small sign at the door of any of the stores and you would learn only that "technology is used to support age checks", said Colin Harte of the shoppers' group Checkout Watch, which first complained.

The chain said it would comply and that the cameras had been "well received by staff". It did not say whether it would appeal.

"We will go back to asking people for ID, as we always did."
"""),

dict(id="h12-en-004", lang="en", tpl="blox", section="Arts", date="2025-10-07", byline="Joel Rudd",
     title="Theatre launches £10-a-month pass for audiences under 26",
     sub="The Corn Exchange hopes to fill seats that go empty midweek.",
     caption="The auditorium of the Corn Exchange theatre.", credit="Photo: Lucy Bramwell",
     body="""
Young theatregoers will be able to see as many shows as they like at the Corn Exchange in Fellbridge for £10 a month under a scheme launched this week.

The pass is open to anyone aged 16 to 25 and covers every play, concert and comedy night in the main house, subject to availability. Holders can book up to two days before a performance.

Director Amira Collis said on average a third of seats were empty on Tuesday and Wednesday evenings.

"An empty seat earns us nothing. A young person in it might come back for forty years."

## How it works

Subscribe before the end of November and the first month is free, Ms Collis said. After that the pass can be cancelled at any time.

The theatre expects about 400 people to sign up in the first year. It will announce the remaining shows of the season in its newsletter next week.

Pass holders will also get:

- a free programme for each show;
- invitations to two dress rehearsals a year;
- a 20% discount at the theatre bar.

A similar scheme at a theatre in Leeswick signed up 1,200 members in its first six months, although its director has warned that many of them only came to the pantomime.

Student Kian Doherty, 19, who helped test the booking system, said he had been to four shows in a fortnight.

"I'd been twice in my life before that."
"""),

dict(id="h12-en-005", lang="en", tpl="nextjs", section="Education", date="2025-06-24", byline="Hannah Vickery",
     title="Sixth-formers' weather balloon reaches 34km and lands in a barley field",
     sub="",
     caption="Students from Priory Sixth Form College prepare the launch.", credit="Photo: Priory Sixth Form College",
     body="""
A weather balloon launched by students at Priory Sixth Form College climbed to almost 34 kilometres before bursting and parachuting back down into a barley field 140 miles away.

The six physics students spent eight months building the payload, a polystyrene box the size of a shoebox, and raised £640 for helium and a tracker.

The balloon left the college playing field at 10.12am on Saturday and was recovered just after 4pm near Thornby in Lincolnshire.

## Three kilometres out

Follow the balloon's track on the students' map and the line bends sharply north at about 12km, where the jet stream caught it.

"It came down 3km from where we said it would."

The team had been in contact with the farmer since Friday night, when their prediction first pointed at his land. He drove them into the field on a quad bike to collect the box.

The payload carried:

- two small cameras, one pointing down and one at the horizon;
- a thermometer, which recorded minus 52C;
- a pressure sensor and a GPS tracker.

The pictures show the curve of the Earth and, in one frame, the coast of the Wash.

Physics teacher Martin Greaves said the students had done nearly all of the work themselves, including the paperwork for air traffic control.

"My main job was driving the minibus."

The college plans to send the cameras up again next year with a younger group.
"""),

dict(id="h12-en-006", lang="en", tpl="cms", section="Health", date="2025-12-09", byline="Sunita Ghosh",
     title="Missed hospital appointments fall by a third after reminders in patients' own languages",
     sub="",
     caption="The outpatients' entrance at Aldersgate General Hospital.", credit="Photo: Aldersgate Hospitals Trust",
     body="""
The number of patients missing outpatient appointments at Aldersgate General Hospital has fallen by a third since the trust started sending text and voicemail reminders in 14 languages.

Until last spring, all reminders went out in English. Staff found that patients who did not speak it well were more than twice as likely to miss appointments as those who did.

The trust now asks for each patient's preferred language when they are referred. The most requested so far have been:

- Polish;
- Punjabi;
- Romanian;
- Urdu.

## Voicemails recorded by staff

Listen to the voicemails and most are in the voices of the hospital's own staff. About 60 nurses, porters and administrators volunteered to record the standard messages in their first languages.

Outpatients manager Teresa Oduya said that had made a bigger difference than expected.

"People trust a voice that sounds like home."

In the year to October, 8,900 appointments were missed, compared with 13,400 in the previous twelve months. The trust estimates that each missed appointment costs it about £120.

A post about the scheme on the hospital's Facebook page drew more than 300 comments, many of them from staff at other hospitals asking how it was done.

Patient Halina Nowak, 71, who has regular eye appointments, said she used to rely on her granddaughter to read the letters.

"Now the hospital rings me in Polish. I have not missed one."

The trust plans to add Arabic and Tigrinya next year.
"""),

dict(id="h12-en-007", lang="en", tpl="semantic", section="Sport", date="2026-01-13", byline="Craig Lumsden", low=0,
     title="Goalkeeper scores from his own area to earn Kelsey Town a replay",
     sub="",
     caption="Kelsey Town goalkeeper Sam Orrell.", credit="Photo: Kelsey Town FC",
     body="""
Kelsey Town goalkeeper Sam Orrell scored from inside his own penalty area in the sixth minute of stoppage time to earn his side a replay in the county senior cup.

Kelsey trailed Ashcombe Rovers 2-1 when Orrell launched a clearance from the edge of his six-yard box. The ball bounced once on the frozen pitch, over the head of the Ashcombe goalkeeper and into the net.

The 31-year-old, who works as a postman, said he had only been trying to find his centre forward.

"I'll take it. I won't pretend I meant it."

## A long wait for a goal

It was the first goal of Orrell's career in fifteen seasons of non-league football. His team-mates carried him off the pitch at the final whistle.

Ashcombe manager Leon Pask was less amused. He said the pitch should never have been passed as playable.

"It was like playing on a car park."

Ashcombe had led through goals from Jordan Mace and Eddie Clay either side of half-time before Kelsey pulled one back with twenty minutes left.

About 230 supporters were at the ground. Several filmed the goal on their phones, and a clip posted by the club had been watched more than 90,000 times by Sunday evening.

The replay will be played at Ashcombe's ground on Tuesday week. The winners will meet Brayford in the quarter-finals.

Orrell said he would be back in goal as usual.

"If it happens again, I'm retiring on the spot."
"""),

dict(id="h12-en-008", lang="en", tpl="storybody", section="Culture", date="2025-11-25", byline="Rhiannon Bevan",
     title="Museum names the photographer behind its best-known picket-line picture",
     sub="",
     caption="Edna Malloy's photograph of the Cwm Teg picket line, 1984.", credit="Photo: Edna Malloy",
     body="""
For almost forty years the caption beside the most famous photograph in the Valleys Mining Museum read "Photo: unknown". From this week it reads "Photo: Edna Malloy".

The black-and-white picture shows a line of miners' wives linking arms across the road outside the Cwm Teg colliery in the spring of 1984. It has been used on book covers, posters and a Christmas card.

The museum's curator, Gethin Probert, said staff had always assumed it was taken by a press photographer.

## A box of negatives

The breakthrough came when Ms Malloy's son, Rhys, brought a shoebox of negatives into the museum after her death last year. Among them was the original strip, with three frames taken seconds apart.

"She never said a word about it. Not once."

Share a picture in those days, Mr Probert said, and it could travel a long way without a name attached. Edna Malloy, then 29, had lent a print to a local strike newsletter, and it was copied from there.

The museum has checked the negatives with a conservator and with two women who are in the picture. Both remember Ms Malloy standing on a wall with a camera.

The new label will be unveiled on Saturday, when the museum will also show the other two frames for the first time.

Rhys Malloy said the family wanted her name on the wall rather than any money.

"She'd have been mortified, and then secretly very pleased."
"""),

dict(id="h12-en-009", lang="en", tpl="ghost", section="Notes", date="2026-02-02", byline="Tom Aldridge",
     title="Why the Harrow Brook Bulletin is going fortnightly",
     sub="",
     caption="The Bulletin's first printed issue, 2019.", credit="Photo: Tom Aldridge",
     body="""
From March, the Bulletin will land in your inbox every other Thursday instead of every week. I want to explain why, and what you will get in exchange.

When I started this newsletter six years ago, it had 140 readers and covered one parish council. It now has 4,800 readers and covers three councils, two planning committees and the magistrates' court.

I still write almost all of it myself, in the evenings.

## What is changing

Read back through last year's issues and you will see the problem. Too many weeks, the Bulletin was a list of agendas with a few lines on each. The stories that needed time got squeezed.

So here is what changes:

- the newsletter will arrive every second Thursday;
- each issue will carry one longer report;
- planning applications will move to a page on the website, updated weekly.

Nothing changes for paid subscribers, who will still get every issue, and the price stays at £4 a month. If you would rather stop, you can unsubscribe with one click at the bottom of any email.

"We would rather do fewer things properly."

That is what my co-editor Sue wrote when we discussed it, and I agree.

## Thank you

About 600 of you pay for the Bulletin. That pays for the court fees, the website and, this year for the first time, a few hours a week of help from a trainee reporter.

The first fortnightly issue goes out on 5 March.
"""),
]
