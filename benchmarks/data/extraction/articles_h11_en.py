# English stories for the eleventh held-out part (h11-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), only (fixed residue families),
# site (fixed site name), sub (standfirst; shown by the hugo, sanity and blox templates, never body).
ARTICLES = [
dict(id="h11-en-001", lang="en", tpl="hugo", section="Local", date="2026-02-10", byline="Tamsin Yeoward",
     title="Allotment waiting list passes 600 as council halves new plots",
     sub="Some residents have waited seven years for a patch of ground.",
     caption="Plot holders at the Fenwick Road site on Saturday.", credit="Photo: Greta Holm",
     body="""
The waiting list for council allotments in Brackenholt has passed 600 names for the first time, and the council says it will now split every plot that falls vacant into two halves.

A full plot at the town's five sites measures about 250 square metres. Half plots will cost £38 a year instead of £76, and water will still be included.

Parks manager Lynne Ostler said the average wait had grown from two years in 2019 to almost five. Some people at the bottom of the list had been told to expect seven.

"Most new tenants tell us a full plot is more than they can manage anyway."

## Mixed feelings on site

Not everyone agrees. Dennis Carrow, who has worked the same plot at Fenwick Road since 1988, said half plots would be too small for potatoes and fruit bushes.

Follow the path past the water troughs and you can see the problem, he said: three of the plots there have been left to brambles for a year while the council chased the tenants.

The council says it will tighten its rules so that neglected plots can be taken back sooner. Under the new rules, tenants will:

- get a first warning after one growing season without cultivation;
- have 28 days to respond before the plot is offered to someone else;
- be able to ask for a half plot instead of giving the whole plot up.

The changes start in April. Residents can check their place on the list by calling the parks office.
"""),

dict(id="h11-en-002", lang="en", tpl="wordpress", section="Courts", date="2025-11-18", byline="Ravi Chandler",
     title="Dog groomer sacked by text message wins unfair dismissal claim",
     sub="",
     caption="The Pampered Paws salon on Quarry Street.", credit="Photo: Neil Ashdown",
     body="""
A dog groomer who was sacked by text message two days after asking for a written contract has won her claim for unfair dismissal.

An employment tribunal in Norbridge found that Kayleigh Brough, 27, had been dismissed because she asked for her legal rights, and ordered the salon's owner to pay her £9,840.

Ms Brough had worked at the Pampered Paws salon for three years, grooming up to eight dogs a day. She told the tribunal that she had never been given a contract or a payslip that showed her holiday pay.

## "Don't bother coming in"

Read out at the hearing, the owner's message said: "Don't bother coming in Monday. It's not working out."

The owner, Sharon Dilley, told the tribunal that Ms Brough had been late several times and had upset customers. She produced no notes or warnings to support this.

Employment judge Andrew Pellow said the timing spoke for itself.

"She asked for a contract on the Friday and was gone by the Sunday."

The tribunal heard that Ms Brough's union had been in contact with the salon twice before the claim was lodged, without reply.

Ms Brough, who now works at a veterinary practice, said she was relieved. "I loved the dogs. I just wanted a piece of paper."

Ms Dilley did not attend the final day of the hearing and could not be reached for comment.
"""),

dict(id="h11-en-003", lang="en", tpl="sanity", section="Consumer", date="2025-09-30", byline="Hollie Marsden",
     title="Letting agent fined for passing tenants' details to removal firms",
     sub="Regulator says a pre-ticked box on the tenancy form was not consent.",
     caption="The offices of Keystone Lettings in Arnsby.", credit="Photo: Keystone Lettings",
     body="""
A letting agent has been fined £42,000 for passing the phone numbers and moving dates of more than 5,000 tenants to removal and broadband companies, which paid it for each name.

The Information Commissioner's Office said Keystone Lettings, which manages about 2,200 homes in the East Midlands, had relied on a pre-ticked box at the bottom of its tenancy application form.

"A box that someone else has ticked for you is not consent," the regulator said in its notice.

Tenants started complaining in 2024, when several said they had received sales calls within hours of signing a lease.

## Cookies on the portal

The investigation also found that the agent's tenant portal set advertising cookies as soon as it was opened, before users could accept or refuse them. Keystone has since changed the portal.

Share your number with a letting agent, said Maya Sewell, one of the tenants who complained, and you should not expect five companies to ring you the same afternoon.

"I was still standing in the flat when the first one called."

Keystone said it had ended the arrangements with the companies and had written to every tenant affected. The firm must also:

- delete all data it shared without valid consent;
- give tenants an unticked choice on all new forms;
- report back to the regulator within three months.

The fine is the largest the regulator has issued to a letting agent this year.
"""),

dict(id="h11-en-004", lang="en", tpl="blox", section="Sport", date="2025-10-21", byline="Jordan Keel",
     title="Girls' rugby team trains under car headlights after floodlight failure",
     sub="Parents line up their cars along the touchline on Tuesday nights.",
     caption="Cars light the pitch at Marlpit Lane during training.", credit="Photo: Sophie Radcliffe",
     body="""
For the past six weeks, the under-15 girls of Ollerton Vale rugby club have trained by the light of their parents' cars.

The club's two floodlights failed in early September, and an electrician has told the committee that the cabling under the pitch needs to be replaced. The quote came to £18,000.

So every Tuesday evening, parents park along the touchline at Marlpit Lane and leave their headlights on for an hour and a half.

"It's not ideal, but nobody has missed a session," said coach Becky Laird.

## Grant application

The club has now applied to the county sports fund for most of the cost and hopes to hear by Christmas. A quiz night and a sponsored walk have raised a further £2,300.

Subscribe to the club's updates and you will have seen the fundraising total every week, said club secretary Mark Tennant, who posts it on Sunday evenings.

The girls' team was only started two years ago, with nine players. It now has 31, and reached the county plate final last season.

Captain Evie Marsh, 14, said the team had grown used to the arrangement.

"You just don't run towards the cars."

Parents have been asked to bring their cars again next week. The club said it would pay for fuel for anyone who asks.
"""),

dict(id="h11-en-005", lang="en", tpl="nextjs", section="Science", date="2025-07-15", byline="Alastair Venn",
     title="Glow-worm colony found on disused railway cutting",
     sub="",
     caption="A female glow-worm on the Hatherley cutting.", credit="Photo: Hatherley Wildlife Group",
     body="""
Volunteers counting moths on a disused railway line have found one of the largest glow-worm colonies recorded in the county.

Members of the Hatherley Wildlife Group counted 214 glowing females along a 600-metre stretch of the old branch line on a single night in late June. The previous county record, set in 2011, was 88.

Glow-worms are beetles. The wingless females climb grass stems on summer nights and light up the end of their bodies to attract flying males.

## Why the cutting suits them

Dr Priya Menon, an ecologist at Kestwood University, said the cutting had the three things the insects need: damp grass, plenty of snails for the larvae to eat, and no street lights.

"Light pollution is the big one. They simply can't be seen by the males."

Listen to the volunteers describe the first night and it sounds like a small miracle: group leader Tom Gadsby said he had walked the line for ten years without seeing a single one.

The cutting is owned by a rail heritage trust, which has plans to reopen part of the line for steam trains.

The trust said it was in contact with the wildlife group and would take the colony into account.

"Nobody wants to be the railway that switched off the glow-worms," said its chairman, Neville Oakes.

The group will repeat the count next summer. It has asked walkers not to use torches on the path.
"""),

dict(id="h11-en-006", lang="en", tpl="cms", section="Transport", date="2026-01-13", byline="Farah Quayle",
     title="Rail operator to refund season-ticket holders after month of cancellations",
     sub="",
     caption="Passengers wait at Coldharbour station.", credit="Photo: Lewis Dunmore",
     body="""
Passengers with season tickets on the Coldharbour line will get a month's fare back after one in five trains was cancelled in December.

Westvale Rail said the refund would be paid automatically to everyone who held an annual or monthly season ticket during the month, about 11,000 people. Holders of weekly tickets will have to apply.

The operator blamed a shortage of drivers and a fault on six of its newer trains, which were taken out of service for repairs.

"We let our passengers down badly and we are sorry," managing director Craig Hollins said.

## Passengers' group unimpressed

The Coldharbour Line Users' Group said the refund was welcome but did not solve the problem. Its chair, Angela Pryde, said trains were still being cancelled this week.

"A refund is nice. A train is nicer."

Subscribe to the operator's email alerts, she added, and you will get a message telling you the 07:42 is cancelled at 07:39.

The group wants the operator to:

- publish how many drivers it is short each week;
- add carriages to the remaining peak trains;
- run a replacement bus when more than two trains in a row are cancelled.

Westvale Rail said 14 trainee drivers would qualify by the end of March. The six faulty trains are expected back in service in February.
"""),

dict(id="h11-en-007", lang="en", tpl="semantic", section="Health", date="2025-12-02", byline="Megan Trowbridge", low=0,
     title="Care home choir for people with dementia records its first album",
     sub="",
     caption="Members of the Rosemead Singers during a recording session.", credit="Photo: Rosemead House",
     body="""
A choir of care home residents living with dementia has recorded an album of the songs they sing every week, and will give copies to their families at Christmas.

The Rosemead Singers, who meet every Thursday at Rosemead House in Eastcombe, recorded twelve songs over two afternoons in the home's lounge. A local studio lent the microphones and mixed the recordings for free.

The songs range from wartime ballads to two Beatles numbers. The choir's oldest member, Winifred Pask, is 98.

## Words that come back

Activities co-ordinator Lauren Biggs, who started the choir in 2022, said some members who rarely speak can sing every word of a song they learned as children.

"You see people come back to themselves for three minutes."

Research suggests that musical memories are often spared longer than other memories in people with dementia, and many care homes now use singing as part of daily life.

Ray Pask, Winifred's son, said hearing the recording had moved him.

"That is my mum's voice as I remember it."

The home has made 80 copies of the album. It hopes to sell more at its spring fair to pay for a keyboard.
"""),

dict(id="h11-en-008", lang="en", tpl="storybody", section="Business", date="2025-08-26", byline="Owen Tregear",
     title="Cider maker brings back returnable glass bottles",
     sub="",
     caption="Returned bottles at the Penhallow cider works.", credit="Photo: Penhallow Cider",
     body="""
A Cornish cider maker is bringing back returnable glass bottles for the first time since the 1970s, charging customers a 20p deposit that they get back when they return the empty.

Penhallow Cider, which employs 23 people near Truro, has bought a second-hand washing line from a German brewery. It can clean 3,000 bottles an hour.

The firm said each bottle could be refilled about 25 times, and that the change would cut its glass bill by a third once enough bottles were coming back.

## Pubs and farm shops first

The scheme starts with 42 pubs and farm shops in Cornwall, which will collect the empties in crates and hand them to the firm's drivers when they deliver.

Managing director Jenna Trewin said supermarkets were not part of the plan for now.

"We need the bottles to come home. That's easier when we know where they've gone."

The company has been in contact with two other cider makers about sharing the same bottle shape, so that a bottle returned to one could be washed and used by another.

Share the cost, said Ms Trewin, and the system makes sense even for small producers.

Customers will be able to spot the new bottles by a raised apple on the shoulder. The first ones go on sale next month.
"""),

dict(id="h11-en-009", lang="en", tpl="ghost", section="Archive", date="2026-03-03", byline="Isobel Fairhurst",
     title="Who are these people? Help us name the faces in our photo archive",
     sub="",
     caption="A 1962 carnival float on Church Street, from the archive.", credit="Photo: Bramley Gazette archive",
     body="""
When the Bramley Gazette closed in 2004, its photo archive went into forty boxes in a garage. This spring, we are putting all of it online, and we need your help.

There are about 9,000 prints and negatives, dating from 1948 to the paper's last edition. Around a third have a name or a date written on the back. The rest have nothing.

Volunteers have spent two winters scanning them at the library. The first 1,500 pictures go up on our website this week.

## How you can help

Every picture has a box underneath where you can tell us who is in it, where it was taken or roughly when. You do not need to be a paid subscriber to do this.

Many of the prints carry the stamp of the paper's long-serving photographer on the back: "Photo: D. Whitcombe, Bramley Gazette". We are keeping those stamps in the scans.

We will check every suggestion before adding it. Please tell us:

- names, if you are sure of them;
- the street or building;
- anything you remember about the day.

Read the comments on the first batch and you will already find a few reunions. One reader recognised her grandfather in a 1955 picture of a bowls team.

"I'd never seen him young."

The next 1,500 pictures will go up in April.
"""),
]
