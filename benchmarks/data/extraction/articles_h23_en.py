# English stories for the twenty-third held-out part (h23-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template: "contao" is new in this part, the others are layouts of earlier parts),
# low (fixed residue count), only (fixed residue families), site (fixed site name), sub (standfirst /
# subtitle; shown by the templates that have one, never body), pull (magazine pull quote: a piece of a
# story sentence, repeated by the template), times (liveblog entry times, newest first), correction (the
# wording of the correction line, where a page carries one).
ARTICLES = [
dict(id="h23-en-001", lang="en", tpl="newspack", site="The Sauk Valley Beacon", section="Education",
     date="2026-03-10", byline="Hannah Okafor",
     title="District pauses AI essay-grading tool after teachers say it marked down English learners",
     sub="Teachers at two middle schools found the software gave lower scores to students who write in short, simple sentences.",
     caption="An eighth-grade English class at Cedar Ridge Middle School.",
     credit="Luis Arredondo / The Sauk Valley Beacon",
     body="""
The Sauk Valley School District has stopped using an artificial intelligence tool that helped teachers grade student essays, after teachers at two middle schools found it consistently gave lower scores to students who are still learning English.

The district began a trial of the software, called GradeWise, in September. Teachers at Cedar Ridge and Lincoln middle schools used it to produce a first score and written feedback on each essay, which they then reviewed and could change.

## What the teachers noticed

In January, three English teachers at Cedar Ridge compared the tool's scores with their own for 240 essays. The gap was largest for students in the district's English-learner program, whose scores from the software were on average almost a full letter grade lower.

"It liked long sentences and fancy words," said Maria Esquivel, who led the comparison. "Some of my best arguments came from kids who write in short, plain English."

The teachers shared their findings with the district's curriculum office, which suspended the trial on Feb. 27.

## Parents were not asked

Several parents said they learned about the tool only when the school app sent a notification about the pause. The district says it told families about the trial in its September newsletter, but that newsletter went out only in English.

About 1,100 students are in the English-learner program, and their families speak more than 30 languages at home.

"Pausing it was the right call," said school board member Tom Rasmussen. "But nobody should find out from a push notification."

## Rescoring by hand

The curriculum office says it will:

- rescore by hand every essay the tool graded this year;
- present the teachers' comparison at the board meeting on March 24;
- ask families, in their home languages, before starting any new trial.

Read the teachers' report and one line stands out: the tool "never once asked what the student was trying to say."

"We're not against the technology," Esquivel said. "We're against grading a child by the length of his sentences."
"""),

dict(id="h23-en-002", lang="en", tpl="hugo", site="The Marlbridge Tally", section="Transport", date="2026-06-05",
     byline="Ruth Kamara",
     title="We timed 312 journeys on the number 7 bus. One in five arrived on time",
     sub="Volunteers rode the route for six weeks with stopwatches, notebooks and the operator's own app open.",
     caption="A number 7 bus waits at the lights on Castle Street.", credit="Photo: Ruth Kamara",
     body="""
For six weeks this spring, eleven volunteers rode the number 7 bus between Marlbridge station and the Fenwick estate with a stopwatch and a notebook. Between them they timed 312 journeys.

The route is timetabled to take 34 minutes from end to end. Only 63 of the journeys we timed, about one in five, reached the last stop within two minutes of the timetable.

## What we measured

Each volunteer noted four times on every trip:

- when the bus left the first stop;
- when it reached the hospital;
- when it reached the Fenwick Road shops;
- when it reached the end of the route.

We also wrote down what the operator's app said the arrival time would be at each of those stops. Its countdown was wrong by more than five minutes on 41 per cent of the journeys.

## Where the time goes

Most of the delay builds up on a single stretch: the half mile along Castle Street, where buses share one lane with delivery vans. On a typical weekday morning the bus lost eight minutes there.

"I used to think the drivers were late," said Denise Ogundipe, one of our volunteers, who takes the 7 to work. "They're not. They're stuck."

## What the operator says

We have been in contact with Westway Buses since April. The company said it recognised the problem on Castle Street and had asked the council for a bus lane in 2024.

"We'd love a bus lane," a spokesperson said. "Castle Street is where our timetable goes to die."

The council said a study of the street would be finished by the autumn.

Download the app and you would never guess any of this: on the screen, the 7 is nearly always "due". Our full spreadsheet, with every journey and every note, is on our [data page](https://example.org/data/bus-7).

"One in five isn't a timetable," Ogundipe said. "It's a raffle."
"""),

dict(id="h23-en-003", lang="en", tpl="joomla4", section="Community", date="2026-05-04", byline="Gareth Pryce",
     title="Eighty-four tractors, one moor road and £11,400 for the air ambulance",
     sub="The village's first charity tractor run since before the pandemic took four hours and crossed eleven cattle grids.",
     caption="Tractors leave Hollinsby showground at the start of the run.", credit="Picture: Gareth Pryce",
     body="""
Eighty-four tractors, the oldest built in 1947, rolled out of Hollinsby showground on Sunday morning for the village's first charity tractor run since before the pandemic.

The 26-mile route took them through five villages and over the top of Brack Moor before returning to the showground for a hog roast. By Monday evening the organisers had counted £11,400 for the Dales Air Ambulance.

## Why the air ambulance

The run was organised by farmer Sue Metcalfe, whose husband Alan was flown to hospital by the air ambulance in 2024 after his quad bike overturned on a steep field.

"Twenty-two minutes from the call to the hospital," she said. "By road it would have been well over an hour."

The charity receives no regular government money and needs about £4.2 million a year to keep its two helicopters flying.

## Fees, buckets and a hog roast

The total is made up of:

- £4,200 in entry fees of £50 per tractor;
- £3,900 from collection buckets along the route;
- £2,100 from the hog roast and the cake stall;
- £1,200 through an online donation page set up by Metcalfe's granddaughter.

Donations can still be made through that page until the end of the month, Metcalfe said, and an agricultural merchant in the village has promised to match the last £500.

## A long, slow queue

Drivers kept to about 12mph, which meant a queue of cars behind them on the moor road. Most motorists took it well, the organisers said, and several stopped to put money in the buckets.

Follow the route on a map and you can see why it took four hours: there are eleven cattle grids and one very narrow bridge.

"The bridge was the scary bit," said 17-year-old Josh Kirkby, who drove his grandfather's 1962 Fordson. "I had about two inches either side."

Metcalfe said the run would be back next year. "Same tractors, same moor road," she said. "Maybe a bigger bucket."
"""),

dict(id="h23-en-004", lang="en", tpl="medium", site="Linford Park Residents' Association", section="Community",
     date="2026-02-02", byline="Paul Whitcombe",
     title="Why we're changing the rules of our residents' Facebook group",
     sub="After a difficult winter, the committee has agreed new moderation rules. Here is what changes and why.",
     caption="The Linford Park estate from the community centre roof.", credit="Photo: Paul Whitcombe",
     body="""
The Linford Park Residents' Association Facebook group started in 2017 with 40 members. It now has just over 3,800, which is more people than live on the estate.

Most days it works well. People find lost cats, lend each other ladders and warn their neighbours about the bin collection. But this winter, three long arguments about parking and one about the new play area turned nasty, and two of our volunteer moderators stepped down.

## The new rules

From 1 March, the committee has agreed that:

- new members must answer two questions, including which street they live on;
- posts will be checked by a moderator before they appear;
- comments will be switched off on any post about a named neighbour;
- anyone who is removed can ask the committee to look at it again.

We know the second rule will slow things down. A post may take a few hours to appear, especially at weekends.

## Why we're doing it

Moderating the group is unpaid. Our four moderators were spending about ten hours a week between them reading comments, and some of what they read was upsetting.

"I joined to help with lost dogs," said Keith Adeyemi, who moderated the group for five years. "Not to referee a war about parking spaces."

We have been in contact with two other residents' groups in the city that brought in similar rules last year. Both said complaints fell within a month.

## A WhatsApp group for urgent things

For anything urgent, such as a burst water main or a missing child, we are also starting a WhatsApp group for our street representatives, so that news travels quickly without waiting for a moderator.

Share your views at our open meeting in the community centre on 19 February at 7pm. Everyone who lives on the estate is welcome, whether or not they use Facebook.

"It's still your group," said our chair, Anita Brennan. "We just want it to feel like a neighbourhood again."
"""),

dict(id="h23-en-005", lang="en", tpl="liveblog", section="News", date="2026-07-18", byline="Morwenna Hicks",
     title="Tall ships parade live: 38 ships leave Carrick Quay as crowds line the harbour",
     sub="The Parade of Sail marks the start of the race to Brest.",
     caption="Crowds on the North Quay steps watch the first ships leave.", credit="Photo: Tariq Osei",
     times=["12:10", "11:45", "11:20", "10:40", "10:05"],
     body="""
## Last ship clears the harbour mouth

The Morwenna, a 1911 Cornish schooner and the smallest ship in the fleet, has just cleared the harbour mouth, bringing the parade to an end almost exactly two hours after it began.

The harbour master's office says all 38 ships are now at sea and heading for the race start off Pendower Head.

"That's the lot," said harbour master Colin Treharne. "Now we tidy up."

## Ferry services back to normal

Carrick Ferries says its crossings to St Aubyn will restart at 1.30pm. Passengers who missed the noon sailing can use their tickets on any crossing today.

Listen for the ferry horn before you head down to the slipway: the company says it will sound it twice when the first boat is ready to board.

## Crowd numbers

Police estimate that about 45,000 people are watching from the quays, the castle walls and the cliff path. That is roughly four times the town's population.

The busiest spots right now are:

- the North Quay steps;
- the castle walls above the harbour;
- the cliff path towards the lighthouse.

The lifeboat station slipway has been closed to the public.

## Big ships towed out

The three largest ships, the Dutch barque Oosterwind, the Polish full-rigger Zorza and the Irish brigantine Saoirse Óg, are being towed out by harbour tugs, because there is not enough room for them to turn under sail.

"I've watched every parade since 1986 and this harbour has never looked better," said Gwen Pascoe, 81, who has a folding chair on the castle wall.

## Parade under way

Good morning and welcome to our live coverage of the Tall Ships Parade of Sail. The first ship, the training brig Endeavour Spirit, left her berth at 10.02am.

Turn on notifications in the harbour's Tall Ships app if you want an alert as each ship passes the castle. The app also shows where every ship is on a map.
"""),

dict(id="h23-en-006", lang="en", tpl="magazine", section="Health", date="2026-04-25", byline="Imogen Lacey",
     title="Between two languages: a night with the hospital's volunteer interpreters",
     sub="When the phone line takes too long, 58 volunteers in blue tabards step in.",
     caption="Halina Wójcik in the emergency department at Westfield General.", credit="Photograph: Imogen Lacey",
     pull="I translate the fear first. Then the symptoms.",
     body="""
At ten past eleven on a Tuesday night, Halina Wójcik's phone buzzes in the pocket of her blue volunteer's tabard. A woman has arrived at the emergency department at Westfield General with chest pains, and she speaks only Polish.

Wójcik, 63, a retired bookkeeper, is one of 58 volunteer interpreters on the hospital's list. Between them they speak 27 languages, from Arabic and Tigrinya to Latvian and British Sign Language.

## How the service works

The hospital pays for professional interpreters, by phone and in person, for appointments that can be booked ahead. But at night the agency's phone line can take 40 minutes to find someone who speaks a less common language.

The volunteers fill that gap. Each has passed a language test, a day of training on medical vocabulary and a course on confidentiality. They are not allowed to interpret:

- when a patient is asked to consent to surgery;
- when a doctor gives a diagnosis of serious illness;
- in mental health assessments.

For those, the hospital must wait for a qualified interpreter.

## 'Someone did it for her'

Wójcik says the words are the easy part. "Most people, when they see someone who speaks their language, they cry a little," she says. "I translate the fear first. Then the symptoms."

The woman with chest pains turns out to have a torn muscle, not a heart attack. Wójcik sits with her until her son arrives from Swindon at half past one.

The service's coordinator, staff nurse Obinna Eze, keeps in contact with the volunteers through a rota app and a group chat. The hardest part, he says, is filling night shifts. "Everybody wants to help," he says. "Not everybody wants to help at 3am."

## Machines and people

The hospital has tried translation apps on tablets in the emergency department, and some doctors use them for simple questions. Eze says they are fine for "Where does it hurt?" and not much else.

"An app can translate the words," Wójcik says. "It cannot hold a hand."

She has done 212 shifts in four years. Asked why, she shrugs. "When my mother was ill in Kraków, someone did it for her."

"Between two languages," she says, "somebody has to stand."
"""),

dict(id="h23-en-007", lang="en", tpl="table", section="Local government", date="2026-09-22", byline="Simon Achebe",
     title="Tribunal backs reporter who was barred from council's planning briefings",
     sub="Notes of six private meetings with developers must now be published.",
     caption="Northmoor District Council's offices on Bridge Street.", credit="Picture: Simon Achebe",
     body="""
A local newspaper reporter who was refused entry to a series of council planning briefings should have been let in, an information tribunal has ruled.

Jess Harrow, who covers Northmoor District Council for the Northmoor Echo, was turned away from six "pre-application briefings" last year, at which developers presented their plans to councillors before submitting them formally.

## Closed doors

The council said the meetings were informal and did not need to be held in public. When Harrow asked for the notes of the meetings under the Freedom of Information Act, she was refused again.

The tribunal disagreed. It said councillors had discussed "matters of real public interest", including a 900-home estate on the edge of Northmoor, and that the notes must be published within 28 days.

"The public has a right to know what their councillors are told, and by whom," the decision says.

## What the ruling means

The council must now:

- publish the notes of all six briefings;
- tell reporters and the public when future briefings take place;
- pay £2,400 towards the newspaper's legal costs.

The Echo's editor, Dev Mistry, said the newsroom had spent more than a year on the case. "We are a team of five reporters," he said. "This took a lot of our time, but it mattered."

Read the decision in full and it is clear the tribunal was not impressed by the council's argument that the notes were only "drafts".

A council spokesperson said it would "reflect carefully" on the ruling and had not decided whether to appeal.

"I just wanted to sit at the back and take notes," Harrow said. "That's what reporters do."
"""),

dict(id="h23-en-008", lang="en", tpl="k2", section="Sport", date="2026-04-11", byline="Rob Tennant",
     title="Darts: Kingsmere Arms win county league after twelve-year wait",
     sub="Captain Lorraine Pugh took the title with a 104 checkout in the last leg of the last match.",
     caption="The Kingsmere Arms team with the league trophy at the Corn Exchange.", credit="Photo: Rob Tennant",
     body="""
The Kingsmere Arms have won the Wexdale County Darts League for the first time in twelve years, beating the defending champions, the Railway Tavern, 7-5 on a tense final night at the Corn Exchange.

The title came down to the last leg of the last match, when Kingsmere's captain, Lorraine Pugh, finished on double 16 for a checkout of 104.

## A team of regulars

The Kingsmere side has eight players aged between 19 and 71. Six of them have played together for more than a decade, and four work shifts at the same bakery.

"We practise on Tuesdays after the quiz," said Pugh, a school cook. "Nothing fancy. We just turn up."

The youngest player, Callum Reece, won four of his five singles games this season. He learned the game from his grandfather, who still plays for the pub's second team.

## How the final went

The Railway Tavern led 5-3 after the first eight games. Kingsmere then won four in a row:

- Reece beat Wayne Hollis 3-1;
- Tom and Bev Lacey won the mixed pairs 3-2;
- Harold Dunn, 71, took his singles 3-0;
- Pugh won the deciding game 3-2.

About 300 supporters packed into the hall, and the pub laid on a coach for those who wanted to carry on the celebrations back in Kingsmere.

## Next season

The league is looking for new teams for next season, which starts in September. The Railway Tavern's captain, Hollis, said his side would be back. "They waited twelve years," he said. "We can wait one."

Following the final, the league gave a lifetime award to Dunn, who has played in it since 1971.

"I didn't think I'd see Kingsmere win the league again," Dunn said. "I thought I'd have to wait another twelve years."
"""),

dict(id="h23-en-009", lang="en", tpl="amp", section="Business", date="2026-08-27", byline="Priya Nandakumar",
     title="Free cookie for an email address? Watchdog says bakery chain broke marketing rules",
     sub="A pre-ticked box signed 61,000 customers up to marketing emails.",
     caption="A Butterworth's bakery on the high street in Kettleby.", credit="Photo: Priya Nandakumar",
     body="""
A bakery chain that gave customers a free cookie in exchange for their email address broke the rules on marketing emails, the information watchdog has found.

Butterworth's, which has 42 shops across the Midlands, ran the offer for eight months last year. Customers scanned a code at the till, typed in their email address and were given a voucher for a cookie of their choice.

## A box already ticked

What many customers did not realise was that the same form signed them up to the chain's marketing emails. The box agreeing to this was already ticked.

The watchdog said a pre-ticked box was not valid consent, and that tying a free cookie to marketing emails meant customers were not making a free choice. It has ordered the company to stop emailing the 61,000 people who signed up through the offer unless they agree again.

"A cookie is a very nice thing," the decision says. "It is not a substitute for consent."

## The cookie banner, too

The investigation also looked at the Butterworth's website. It found that the site set advertising cookies before visitors had clicked anything on its cookie banner.

Butterworth's now has to:

- delete the email addresses collected through the offer, unless people sign up again;
- remove the pre-ticked box from all its forms;
- fix its cookie banner within 30 days.

## The company's response

The chain said it accepted the findings and had never sold anyone's details. Its marketing director, Fiona Clegg, said the newsletter had been popular with customers.

"People liked the newsletter," she said. "But we should have asked properly."

Subscribe to the newsletter today and you will see a new form, with an empty box and the words "only if you want to".

The free cookie offer is still running. "You can have the cookie without the emails," Clegg said. "That's how it should have been from the start."
"""),
]
