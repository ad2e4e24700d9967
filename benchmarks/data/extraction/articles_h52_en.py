# English stories for the fifty-second held-out part (h52-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h50_en.py (tpl: "bitrixportal" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (fuelprice, flujab, allotment), which
# are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h52-en-001", lang="en", tpl="bitrixportal", site="Ozernogorsk Today",
     section="Health and society", date="2026-10-06", byline="Anna Seleznyova",
     title="Flu vaccination points open in Ozernogorsk shopping centres",
     sub="Residents can get a free flu jab without an appointment at six shopping centres until the end of November.",
     caption="The vaccination point on the ground floor of the Sever shopping centre on Monday.", credit="Photo: Ozernogorsk Today",
     carry=["flujab"],
     look=[("dropcap", "Ozernogorsk residents can now"), ("factbox", "Where to get the jab"),
           ("br", "Doctors say the first wave")],
     body="""
Ozernogorsk residents can now be vaccinated against flu while they do their shopping. Mobile vaccination points opened on Monday in six shopping centres across the city and will work every day until 30 November.

The vaccine is free for all adults with a compulsory medical insurance policy. No appointment is needed, but people are asked to bring their passport and policy with them.

The regional health ministry said 212,000 doses had been delivered to the region this autumn, enough to vaccinate more than 60 per cent of the population.

## Where to get the jab

- Sever shopping centre, Lenin Avenue 44, from 10am to 7pm
- Raduga shopping centre, Stroiteley Street 3, from 11am to 8pm
- Yuzhny market pavilion, from 9am to 2pm on weekdays
- City polyclinics No. 1, 2 and 4, by appointment

Each point is staffed by a nurse and a doctor, who checks every patient's temperature and asks about allergies before the jab.

Last season the city vaccinated 118,000 people, and the number of hospital admissions with flu fell by a third compared with the year before.

Doctors say the first wave of flu usually reaches the region in the second half of December, so October and November are the best time to get protected.

Chief sanitary doctor Igor Bashkirov said queues at polyclinics had put many working people off in past years. "People told us they had no time to sit in a corridor for two hours. Now they can do it on the way home with the groceries," he said.

Children are vaccinated at school with their parents' written consent.
"""),

dict(id="h52-en-002", lang="en", tpl="wordpress", section="News", date="2026-05-19", byline="Declan Huxtable",
     title="Village garage's price cut leaves a queue down the high street",
     sub="Hollins Cross Service Station sold unleaded at 129.9p on Saturday, ten pence below anywhere else in the district.",
     caption="Cars queuing for the pumps at Hollins Cross on Saturday morning.", credit="Photo: Declan Huxtable",
     carry=["fuelprice"],
     look=[("dropcap", "Drivers queued for up to forty minutes")],
     body="""
Drivers queued for up to forty minutes at a village filling station on Saturday after its owner cut the price of petrol by ten pence a litre for a day.

Hollins Cross Service Station sold unleaded at 129.9p a litre from 7am until the tanks ran dry shortly after 4pm. The cheapest price anywhere else in the district that morning was 139.7p.

Owner Gareth Pimm, whose family has run the garage since 1968, said he wanted to show customers how much of the price was tax and how little went to the retailer. "I made nothing on Saturday. I didn't expect to. I wanted people to ask the question," he said.

**A queue to the church**

By 9am the queue stretched past the post office to the church gates, and a parish councillor asked the police to keep the road clear for the bus.

Some drivers came from more than twenty miles away. Sheila Barker, a carer who covers about 400 miles a week, said she had saved £7 on a tank. "That's my lunches for the week," she said.

**Prices still high**

Motoring groups say pump prices in rural areas are on average six pence higher than in towns, because small stations sell less fuel and pay more for deliveries.

Mr Pimm said he would not repeat the offer. "My wife says once is enough," he said.

The garage is open from 7am to 8pm, Monday to Saturday, and from 9am to 5pm on Sundays.
"""),

dict(id="h52-en-003", lang="en", tpl="amp", section="Community", date="2026-03-02", byline="Fiona Castleton",
     title="\"Nine years is a long time to wait for a patch of soil\"",
     sub="Kelmscombe's allotment waiting list has passed 300 names. We asked the society's secretary what can be done.",
     caption="June Ellery on her plot at Mill Lane allotments.", credit="Photo: Fiona Castleton",
     carry=["allotment"],
     look=[("bold", "How long is the wait?"), ("bold", "Why so long?"), ("bold", "Can people share a plot?"),
           ("bold", "What should the council do?"), ("bold", "Any last advice?")],
     body="""
June Ellery has been secretary of the Kelmscombe and District Allotment Society for fourteen years. The society's waiting list reached 312 names last month, the longest it has ever been.

How long is the wait?

About nine years for a full plot at Mill Lane, our biggest site. It's shorter at Cuckoo Meadow, perhaps four years, because people don't like the walk from the car park.

Why so long?

Since the pandemic everybody wants to grow their own. And people who get a plot don't give it up. We have members in their nineties who still come down every day.

Can people share a plot?

Yes, and we encourage it. We now split every plot that falls vacant into two halves. A half plot is plenty for a family. Most newcomers give up a full plot in the first year anyway, because they don't realise how much work it is.

What should the council do?

There is a field behind the cemetery that has been empty for twenty years. We have asked for it three times. It could take forty plots.

Any last advice?

Put your name down now, even if you're not sure. And read the newsletter: we list the spare seedlings every month, and you don't need a plot to come to the spring plant sale.

The council said it would consider the field at the cemetery as part of its review of open spaces this summer.
"""),

dict(id="h52-en-004", lang="en", tpl="table", section="Local", date="2026-08-11", byline="Oliver Stanforth",
     title="Mobile library back on the road after two years",
     sub="A converted delivery van will visit fourteen villages every fortnight.",
     caption="Librarian Kath Oduya with the new mobile library van.", credit="Photo: Oliver Stanforth",
     only=["correction"],
     correction="Correction: an earlier version of this story said the van would visit twelve villages. It will visit fourteen.",
     body="""
A mobile library is back on the road in the Fenwold villages, two years after the old van failed its safety test and was sold for scrap.

The new library is a converted electric delivery van, bought with £84,000 from the county council and a grant from a local charitable trust. It carries about 1,800 books, a shelf of large-print titles and audiobooks, and a laptop for people who need help with online forms.

It will visit fourteen villages every fortnight, stopping for between forty minutes and two hours in each.

Librarian Kath Oduya, who drives the van, said she had been overwhelmed by the welcome on its first week out. "In Thorpe Fenwold a lady was waiting with a flask of tea and a bag of books she'd had out since 2024. She said she'd been keeping them safe," she said.

Since the old van stopped, people in the villages have had to travel to the library in Saltney, a round trip of up to 26 miles. The bus service to Saltney runs twice a day.

Councillor Bryony Wethers, who campaigned to bring the service back, said the mobile library was about more than books. "For some people on these routes it is the only visitor they have all week," she said.

Timetables are posted in village halls and shops, and can be picked up from any county library.
"""),

dict(id="h52-en-005", lang="en", tpl="storybody", section="Health", date="2026-10-21", byline="Priya Lomasney",
     title="GP surgery opens on Saturdays to get ahead of winter",
     sub="Brockhurst Medical Practice will run flu clinics and extra appointments every weekend until February.",
     caption="Brockhurst Medical Practice on Station Road.", credit="Photo: Priya Lomasney",
     carry=["flujab"],
     look=[("highlight", "Last winter the practice turned away")],
     body="""
Brockhurst's largest GP surgery will open on Saturday mornings from this weekend, in an attempt to keep up with demand over the winter.

Brockhurst Medical Practice, which has 16,400 patients, will offer about 120 extra appointments each Saturday until the end of February, along with walk-in flu vaccination clinics.

Last winter the practice turned away more than 2,000 patients who rang for a same-day appointment in January alone. Many went to the emergency department in Saltney instead.

Practice manager Colin Ashdown said the Saturday sessions were paid for by the local health board. "It is not a permanent answer. But if we can see people before they become really poorly, we keep them out of hospital," he said.

The Saturday sessions will offer:

- Flu and covid vaccinations for eligible patients, without an appointment
- Blood tests and blood pressure checks
- Appointments with a GP or a nurse practitioner, booked in advance
- Medication reviews for patients with asthma and diabetes

The practice is also asking patients to use its online form for routine requests such as repeat prescriptions, to free up the phone lines for those who need to speak to someone urgently.

Patient group chair Linda Morcombe said people would welcome the change. "The phone queue at eight o'clock in the morning has been the biggest complaint for years," she said.

The surgery will be open from 8.30am to 12.30pm on Saturdays. Patients can book by phone on weekdays or through the practice website.
"""),

dict(id="h52-en-006", lang="en", tpl="semantic", section="Leisure", date="2026-06-06", byline="Hattie Brennan",
     title="Lido reopens after a winter of volunteer repairs",
     sub="Friends of Ridgebury Lido spent 4,000 hours fixing the pool's tiles, pumps and changing huts.",
     caption="Swimmers in Ridgebury Lido on its opening morning.", credit="Photo: Hattie Brennan",
     low=0,
     look=[("italic", "\"The water was fourteen degrees")],
     body="""
Ridgebury's open-air lido welcomed its first swimmers of the summer on Saturday after volunteers spent the winter repairing it.

The 1930s pool closed last September when its filtration pumps failed. The town council, which owns it, said it could not afford the £190,000 repair bill and warned that the lido might not open again.

The Friends of Ridgebury Lido, a group of about sixty swimmers, offered to do much of the work themselves. Over seven months they replaced 2,600 cracked tiles, repainted the changing huts and raised £58,000 towards new pumps, which were fitted by a contractor in April.

"The water was fourteen degrees and nobody cared," said the group's chair, Maureen Tolley, who swam the first length at 7am.

The council has agreed to pay for lifeguards and running costs this season. Entry is £4.50 for adults and £2 for children, and season tickets are on sale at the kiosk.

Retired plumber Desmond Akers, 77, who spent most of February under the pool in the plant room, said it had been worth every hour. "I learned to swim here in 1956. I wasn't going to let it go," he said.

The lido will be open from 7am to 7pm every day until 13 September.
"""),

dict(id="h52-en-007", lang="en", tpl="ghost", site="Stanmoor Road Residents' Association", kind="small",
     section="News", date="2026-02-14", byline="Rosa Mbeki",
     title="Community fridge saves a tonne of food in its first year",
     sub="The fridge outside St Barnabas church hall has been filled and emptied almost every day since last February.",
     caption="Volunteers restocking the community fridge on Thursday.", credit="Photo: Rosa Mbeki",
     look=[("callout", "If you would like to help")],
     body="""
Our community fridge outside St Barnabas church hall is a year old this week, and the volunteers who look after it have been counting.

Since it opened last February, 1,040 kilos of food that would otherwise have been thrown away has gone through the fridge. Most of it comes from two supermarkets on the high street, the bakery on Stanmoor Road and people's own kitchens.

Anyone can take food, and nobody is asked why. On a typical day the fridge is restocked at around five o'clock and empty again by nine.

Volunteer coordinator Tendai Osei said she had been surprised by who uses it. "Students, pensioners, a taxi driver on his break. One man comes every Friday for bread for the ducks and leaves a tray of cookies for everybody else," she said.

The fridge has had its problems. The first one broke in August, and in November somebody took the shelves. A local electrician donated a new fridge and fitted a lock for the plug.

The association would now like to add a cupboard for tins and dry food next to it.

If you would like to help, we need volunteers to check the fridge and clean it for an hour once a week. Please contact Tendai through the association's email, and share this with anyone you think might want to join us.
"""),

dict(id="h52-en-008", lang="en", tpl="nextjs", section="Sport", date="2026-11-09", byline="Craig Ollerton",
     title="Callowmere Town through to the FA Cup first round for the first time",
     sub="A late header from centre-back Jordan Ives beat League Two opposition's reserves in front of 2,100 fans.",
     caption="Jordan Ives celebrates his winning goal at Meadow Park.", credit="Photo: Craig Ollerton",
     carry=["scores"],
     look=[("bold", "Callowmere Town 2 Ashworth Rovers 1"), ("highlight", "The draw for the first round")],
     body="""
Callowmere Town 2 Ashworth Rovers 1

Callowmere Town will play in the first round of the FA Cup for the first time in the club's 119-year history after a dramatic win at Meadow Park on Saturday.

Centre-back Jordan Ives headed the winner from a corner in the 88th minute, sending most of the 2,100 crowd, the largest at the ground since the 1970s, on to the pitch.

The visitors had taken the lead through Kieran Dace after twenty minutes. Callowmere's top scorer Ashley Renfrew equalised with a shot from the edge of the area just before half-time.

Manager Neil Farrant, who works as a postman during the week, said his players had earned the result. "We were second best for an hour. But these lads don't stop running. They never have," he said.

Ives, a 31-year-old plasterer, said he had barely seen the ball. "I shut my eyes and went for it. My dad was in the stand, so that's made his year," he said.

The club said the win was worth about £41,000 in prize money, which would go towards new floodlights.

The draw for the first round will be made on Monday evening. Callowmere's chairman said the club would sell tickets for the next round in advance for the first time.
"""),

dict(id="h52-en-009", lang="en", tpl="gutenberg", section="What's on", date="2026-07-03", byline="Sophie Maitland",
     title="Thornleigh Show returns with sheepdogs, vintage tractors and a dog show",
     sub="The agricultural show, cancelled last year because of flooding, is back on 25 and 26 July.",
     caption="Sheepdog trials at the Thornleigh Show in 2024.", credit="Photo: Thornleigh Agricultural Society",
     carry=["calendar"],
     look=[("dropcap", "The Thornleigh Show is back"), ("box", "Tickets cost £12 for adults")],
     body="""
The Thornleigh Show is back this month, a year after the showground was left under water and the event was called off for only the second time since the war.

The two-day agricultural show will be held on 25 and 26 July at Home Farm, on higher ground to the north of the village, instead of its traditional site on the riverside meadows.

Organisers expect around 18,000 visitors across the weekend.

## On the showground

Sheepdog trials, the heavy horse parade and the county's largest display of vintage tractors will all return, along with more than 300 classes for livestock, vegetables, baking and handicrafts.

There will be a dog show on both days, open to any dog, with classes for the waggiest tail and the dog most like its owner.

## Getting there

Parking is free in the fields next to the showground. A shuttle bus will run every twenty minutes from Thornleigh station.

Show secretary Alan Brierley said moving to Home Farm had been a gamble. "We couldn't take the risk of another wet summer. The farmer has been very generous, and the views are better," he said.

Tickets cost £12 for adults and £5 for children, with under-fives free. They are £2 cheaper when bought online before 20 July.
"""),
]
