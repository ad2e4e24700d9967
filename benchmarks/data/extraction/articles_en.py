# English stories for the newsflow extraction set. Fictional; written for newsflow.
ARTICLES = [
dict(id="en-001", lang="en", section="Local", date="2024-02-14", byline="Hannah Pryce",
     title="Council approves bus route overhaul after marathon budget session",
     caption="Buses at the Westgate interchange on Tuesday morning.", credit="Photo: Staff photographer",
     body="""
Councillors in Eastmere approved a sweeping overhaul of the town's bus network late on Tuesday night, ending a budget session that ran for almost seven hours and included two adjournments.

The plan merges eleven existing routes into seven, introduces a ten-minute service on the main corridor between the hospital and the rail station, and withdraws evening buses from three villages that councillors said were carrying fewer than four passengers per trip.

## Villages left without evening service

Residents from Holm Cross and Little Barrow had packed the public gallery. Several held handwritten signs asking the council to "keep the 42 running". Parish councillor Deborah Lane told the meeting that older residents would be cut off from the town after 7pm.

"People here do not have a second car, and taxis are not an option on a pension," she said.

The cabinet member for transport, Raj Patel, said the authority had to choose between spreading a shrinking subsidy thinly or running a frequent service where most people travel. He promised a demand-responsive minibus, bookable by phone, for the affected villages from September.

## What happens next

The new timetable will be published in May and the changes take effect on 1 July. The operator, Eastmere Coaches, said it would recruit around fifteen additional drivers for the main corridor.

Opposition councillors voted against the plan, arguing that the consultation had been too short. Their amendment to delay the decision by three months was defeated by 23 votes to 17.
"""),

dict(id="en-002", lang="en", section="Courts", date="2024-03-05", byline="Tomasz Riedel",
     title="Top court rules cookie banners must make 'reject' as easy as 'accept'",
     caption="The court building in Luxembourg.", credit="Photo: AFP",
     body="""
Websites that make it harder to refuse cookies than to accept them are breaking the law, the European Union's highest court ruled on Tuesday, in a judgment that could force thousands of publishers and online shops to redesign their consent banners.

The case was brought by a consumer group against an online retailer whose banner offered a large green "Accept all" button, while visitors who wanted to refuse tracking had to open a settings page and untick more than forty boxes one by one.

The judges found that consent obtained in this way was not "freely given". A user must be able to reject cookies with the same number of clicks as accepting them, the court said, and the refusal option must be just as visible.

> Consent that is extracted through fatigue is not consent within the meaning of the regulation.

The ruling does not ban cookie banners or tracking as such. Cookies that are strictly necessary for a website to work, such as those that remember the contents of a shopping basket, still do not require consent.

## Reaction from industry

Advertising trade bodies said the decision would reduce revenue for smaller news sites that rely on personalised ads. Privacy campaigners welcomed it as overdue.

"For years people have clicked 'accept' simply to make the pop-up go away," said Ines Falk of the consumer group that brought the case. "That era is now over."

National data protection authorities are expected to issue guidance within months. Companies that do not comply face fines of up to four percent of global turnover.
"""),

dict(id="en-003", lang="en", section="Business", date="2024-01-22", byline="Oliver Marsh",
     title="Regional daily raises subscription price for second time in a year",
     caption="The newspaper's printing works on the edge of the city.", credit="Photograph: Company handout",
     body="""
The Northern Evening Gazette is raising the price of its digital subscription from £7.99 to £9.99 a month, the second increase in twelve months, as the publisher tries to offset falling print advertising.

Print subscribers will also pay more. A seven-day home delivery package rises to £28 a month from March, while the Saturday-only edition goes up by 40p.

In a letter to readers published on Monday, editor Caroline Stubbs said the paper had lost almost a third of its advertising income since 2020 and that subscriptions now paid for most of its reporting.

"Every journalist in our newsroom is funded by the people who subscribe," she wrote. "We know this is a difficult time for household budgets, and we have not taken this decision lightly."

## Newsletter strategy

The publisher said it would keep its free morning newsletter, which has around 60,000 sign-ups, and use it to introduce readers to paid content. Anyone who subscribes before the end of February will keep the old price for six months.

Media analyst Priya Nandakumar said regional titles were caught between rising paper and energy costs and readers who are reluctant to pay for local news online.

"The ones that survive will be the ones that convince readers that nobody else will cover the council meeting or the magistrates' court," she said.

The Gazette currently has about 21,000 digital subscribers. The company did not say how many it expected to lose as a result of the price rise.
"""),

dict(id="en-004", lang="en", section="Science", date="2024-04-11", byline="Dr Amelia Ortiz",
     title="Microbes found in deep-sea vents survive on hydrogen alone",
     caption="A remotely operated vehicle collecting samples at 2,400 metres.", credit="Image: Ocean Research Institute",
     body="""
A community of microbes living in hydrothermal vents on the floor of the Pacific Ocean can survive using nothing but hydrogen gas and carbon dioxide, according to research published on Thursday.

The microbes were collected at a depth of 2,400 metres by a remotely operated submarine during an expedition last spring. Back in the laboratory, the team grew them in sealed vessels that contained no organic material at all.

"We kept expecting them to run out of something and die," said the study's lead author, marine biologist Kofi Mensah. "They never did. They built everything they needed out of gas."

The finding matters for the search for life elsewhere in the solar system. Similar chemistry is thought to occur in the oceans beneath the icy crusts of Saturn's moon Enceladus and Jupiter's moon Europa, where hydrogen has been detected in plumes of water vapour.

> If life can get started with so little here, the odds of finding it in those hidden oceans look rather better than they did.

The researchers also identified a previously unknown enzyme that the microbes use to capture carbon. Industrial chemists have shown interest in it, because it works at temperatures that would destroy most biological catalysts.

Other scientists urged caution. Dr Lena Hartmann, who was not involved in the study, said laboratory conditions could not fully recreate the pressure and chemistry of a vent, and that the results would need to be repeated by an independent group.

The team plans to return to the site next year with equipment that can run experiments on the sea floor itself.
"""),

dict(id="en-005", lang="en", section="Sport", date="2024-05-19", byline="Gareth Holloway",
     title="Castleford Wanderers edge thriller to lift first cup in 31 years",
     caption="Wanderers captain Sione Taufa lifts the trophy.", credit="Photo: PA",
     body="""
Castleford Wanderers ended a 31-year wait for silverware on Saturday, beating Redbridge 24-22 in a cup final that was decided by a penalty kick with two minutes left on the clock.

Fly-half Ewan McCready, who had missed two straightforward attempts in the first half, held his nerve from 35 metres out to send the travelling supporters into raptures.

Redbridge had led 22-14 with a quarter of an hour remaining after a superb individual try from winger Jonah Abiola, who beat four defenders on a run from his own half.

But Wanderers struck back almost immediately. Replacement scrum-half Tom Ashby sniped over from close range, and McCready's conversion brought the gap down to one point before Redbridge were penalised for going off their feet at a ruck.

"I just tried to forget the first two," McCready said afterwards. "The boys kept telling me the next one was the only one that mattered."

## Captain's farewell

For Wanderers captain Sione Taufa, who is retiring at the end of the season, it was a fitting finish. The 34-year-old lock made 19 tackles and won three lineouts on the Redbridge throw.

Head coach Martin Beale said the victory belonged to the whole town.

"We will do what is needed to come back and do this again," he said. "But tonight we are going to enjoy it."

The Wanderers squad will parade the cup through Castleford town centre on Monday afternoon.
"""),

dict(id="en-006", lang="en", section="Culture", date="2024-06-03", byline="Felicity Anand",
     title="Exhibition puts agency photographers behind the lens in the spotlight",
     caption="Visitors at the opening of the exhibition.", credit="Photo: Gallery handout",
     body="""
Most newspaper readers never look at the small line of text beneath a picture. A new exhibition at the Riverside Gallery wants to change that.

"Photo: Reuters" brings together 120 images taken over five decades by news agency photographers, whose names usually appear only as an agency credit, if at all. Each print is hung alongside the name of the person who took it, their age at the time, and a short account of how the picture was made.

Curator Samuel Okafor said the title was chosen deliberately. "For most of the public, a line like 'Photo: Reuters' or 'AA Photo' is just furniture," he said. "But behind every one of those credits is a person who was standing in the rain, or in the smoke, making a decision in a fraction of a second."

## From floods to football

The pictures range from floods in Bangladesh and the fall of the Berlin Wall to a goalkeeper's despair at a penalty shoot-out. A separate room is devoted to photographers who were injured or killed while working.

The exhibition also explains how agencies operate. Photographers file images to an editing desk, where captions are checked and the pictures are sent to thousands of newspapers, broadcasters and websites around the world within minutes.

- A single agency can distribute more than 2,000 news pictures a day.
- Most are used without the photographer's personal name.
- Freelancers supply a growing share of the images from conflict zones.

Retired photographer Margaret Ellison, whose image of a collapsing tower block opens the show, said she was moved to see her own name on the wall.

"For forty years I was a credit line," she said. "Today I am a photographer."

The exhibition runs until 14 September. Entry is free.
"""),

dict(id="en-007", lang="en", section="Local", date="2024-01-08", byline="Niamh Doherty",
     title="Flood-hit residents told they may not return home for weeks",
     caption="Sandbags outside homes on Mill Lane.", credit="Photo: Reuters",
     body="""
Residents of more than 200 homes in the riverside district of Aldbury have been told they may not be able to return for several weeks after the River Ouse burst its banks on Sunday.

Water reached a depth of more than a metre in some streets. Fire crews used boats to reach people who had stayed upstairs overnight, and a rest centre was opened at the town's leisure centre.

"We will do what is needed," he said.

The words came from the council leader, Graham Whitby, who visited the rest centre on Monday morning. He promised that emergency payments of £500 per household would be made by the end of the week.

Not everyone was reassured. Pensioner Joyce Atherton, who has lived on Mill Lane for 40 years, said it was the third time her home had flooded since 2015.

"They said that last time," she said.

The Environment Agency said the river peaked at 5.2 metres overnight, the highest level ever recorded at the Aldbury gauge. A flood barrier promised after the 2015 floods has not yet been built; the agency said construction was due to start in the spring.

## Advice for residents

Officials urged people not to walk or drive through flood water and to check on elderly neighbours. Anyone returning to a flooded property should have electrics checked by a qualified engineer before switching them on.

"It is going to be a long clean-up," said fire service area manager Kevin Osei. "Please be patient."

More rain is forecast for Thursday.
"""),

dict(id="en-008", lang="en", section="Courts", date="2024-07-16", byline="Rachel Kimura",
     title="Authors' copyright case against AI developer allowed to proceed",
     caption="Writers gathered outside the court.", credit="Image credit: AP",
     body="""
A group of novelists suing an artificial intelligence company for using their books without permission can take their case to trial, a High Court judge ruled on Monday.

The authors claim that the company, Larkspur AI, copied tens of thousands of copyrighted novels to train its text-generating software. Larkspur had asked the court to strike out the claim, arguing that training a model did not amount to reproducing the works.

Mr Justice Hallam rejected that argument. He said it was at least arguable that making complete digital copies of the books, even temporarily, was an infringement of copyright.

The judge noted that many of the books carried the standard notice "All rights reserved" on their opening pages, and that Larkspur had not sought a licence from any of the publishers.

"The defendant may well have a defence at trial," he wrote. "But it is not so obvious that the claim should be stopped at this stage."

## A test case

Lawyers say the case is being watched closely by publishers, musicians and newspapers, many of which are considering similar action.

The authors' group includes three winners of major literary prizes. Their spokesperson, crime writer Beatrice Lowe, said the ruling was "a good day for anyone who makes things for a living".

Larkspur said in a statement that it respected creators and believed its technology was lawful. "We will continue to defend our position robustly," the statement said.

The trial is expected to take place next year.
"""),

dict(id="en-009", lang="en", section="World", date="2024-03-28", byline="Youssef Haddad",
     title="Mediators report progress in ceasefire talks as aid convoys wait at border",
     caption="Lorries queue at the crossing point.", credit="AA Photo",
     body="""
Negotiators meeting in the Gulf said on Thursday that they had made "meaningful progress" towards a ceasefire, as dozens of aid lorries remained stuck at a border crossing waiting for permission to enter.

Officials from three mediating countries have been shuttling between delegations for four days. A diplomat familiar with the talks, who spoke on condition of anonymity, said the sides had agreed on the sequencing of a prisoner exchange but were still divided over the withdrawal of troops from two towns.

The talks are the most serious attempt in months to halt fighting that has displaced hundreds of thousands of people. Aid agencies warn that food and medical supplies are running dangerously low.

"Every day these lorries wait is a day children go without," said Mariam Saleh, regional director of a humanitarian organisation. "We need the crossing open now, not after the next round of talks."

## Regional pressure

Several governments in the Middle East have increased pressure on both sides to agree a deal before the start of the holiday period. Foreign ministers from the region are due to meet on Sunday.

The United Nations envoy said a ceasefire would have to be followed quickly by a political process.

> A pause in the shooting is the beginning, not the end. Without a plan for what comes next, we will be back here within months.

Neither delegation commented publicly on Thursday. A further round of talks is scheduled for next week.
"""),

dict(id="en-010", lang="en", section="Business", date="2024-05-09", byline="Daniel Forsyth",
     title="Central bank holds rates but signals cut could come in summer",
     caption="The central bank's headquarters.", credit="Photo: Bloomberg",
     body="""
The central bank kept its main interest rate at 5.25 percent on Thursday, but gave the clearest signal yet that borrowing costs could start falling within months.

The monetary policy committee voted seven to two to hold rates. The two dissenting members wanted an immediate cut of a quarter of a percentage point.

In its quarterly report, the bank said inflation was likely to fall close to its two percent target in the spring, helped by lower energy prices, before rising slightly again later in the year.

Key points from the announcement:

- The main rate stays at 5.25 percent, its highest level in sixteen years.
- Inflation is forecast to be 2.1 percent by June.
- Economic growth this year is expected to be 0.5 percent, up from an earlier forecast of 0.25 percent.
- Two of nine committee members voted for a cut.

Governor Helen Achterberg told a press conference that the committee needed "a little more evidence" that wage growth was slowing before it could act.

"We are not there yet," she said. "But we are getting closer."

Financial markets now expect the first cut in June or August. Mortgage lenders have already begun trimming the rates on fixed deals in anticipation.

Business groups urged the bank to move quickly. The chief economist of the national chamber of commerce said firms were delaying investment because of high borrowing costs.
"""),

dict(id="en-011", lang="en", section="Technology", date="2024-08-21", byline="Chloe Bennett",
     title="Social network bans 14,000 accounts linked to coordinated campaign",
     caption="The company's offices in San Francisco.", credit="Photo: Reuters",
     body="""
The social network Chirrup said on Wednesday it had banned more than 14,000 accounts that it said were part of a coordinated campaign to spread false claims about next month's election.

The accounts posed as ordinary voters, shared each other's posts and urged users to "follow for the real story", according to a report published by the company's integrity team. Many used profile pictures generated by artificial intelligence.

Chirrup said the network was run from a handful of commercial marketing firms and had accumulated around 2.3 million followers before it was taken down.

"These accounts were not real people sharing real opinions," said the company's head of trust and safety, Marcus Lindqvist. "They were a business."

## How the network operated

The report describes a simple playbook. Accounts would share a misleading video on Facebook and other platforms, then use dozens of linked profiles on Chirrup to make it trend. Some posts asked users to share on WhatsApp to get around moderation.

Researchers at an independent disinformation monitoring group said they had tracked parts of the same network for months and welcomed the removal, but questioned why it had taken so long.

"If we could see this from the outside with a laptop, the platform could see it from the inside," said researcher Anika Sharma.

Chirrup said it had also removed 300 accounts that were reposting the network's content on other sites, and had shared its findings with the electoral commission.

The company faces an inquiry by regulators over its handling of political content.
"""),

dict(id="en-012", lang="en", section="Science", date="2024-07-02", byline="Ravi Menon",
     title="Heatwaves now three times as likely, study of city temperatures finds",
     caption="A thermometer in the city centre shows 38C.", credit="Photograph: PA Wire",
     body="""
Extreme heatwaves of the kind that struck southern Europe last summer are now three times more likely than they were in the 1980s, according to an analysis of temperature records from 120 cities.

The study, published in a peer-reviewed climate journal, compared daily maximum temperatures over four decades. It found that the number of days above 35C had risen in almost every city studied, with the sharpest increases in the Mediterranean and central Europe.

Cities are particularly exposed because concrete and asphalt absorb heat during the day and release it at night, a phenomenon known as the urban heat island effect. In some districts night-time temperatures never fell below 25C during the worst weeks.

The authors recommend several measures for city governments:

1. Plant trees along main streets and in school playgrounds.
2. Paint roofs and pavements in lighter colours.
3. Open air-conditioned public buildings as cooling centres.
4. Set up early warning systems to alert older residents.

"None of this is expensive compared with the cost of doing nothing," said co-author Professor Elena Vasquez. "Heat kills quietly. It does not knock down buildings, so it does not get the attention a storm does."

Health officials estimate that tens of thousands of people died as a result of extreme heat in Europe last summer, most of them elderly.

The study did not attempt to forecast future temperatures, but the authors said the trend was consistent with projections from climate models.
"""),

dict(id="en-013", lang="en", section="Sport", date="2024-06-30", byline="Lucy Carrington",
     title="Teenage qualifier stuns second seed on grass",
     caption="Maya Lindgren celebrates match point.", credit="Photo: Getty Images",
     body="""
Seventeen-year-old qualifier Maya Lindgren produced the biggest shock of the tournament so far on Saturday, beating second seed Daria Volkova 6-4 3-6 7-5 on an overcast Centre Court.

Lindgren, ranked 212th in the world, had never won a match at a tour-level event before this week. She saved three break points at 5-5 in the deciding set before breaking Volkova's serve with a backhand pass down the line.

"I honestly did not think about the score," Lindgren said, still clutching her racket during the on-court interview. "I just tried to hit every ball like it was practice."

Volkova, who reached the final last year, struggled with her serve throughout and made 41 unforced errors. She paid tribute to her opponent but admitted that she had been troubled by a shoulder problem.

"She played without fear," Volkova said. "That is what you do at seventeen. I remember it."

Lindgren's coach, her uncle Per Lindgren, said the family had borrowed money to pay for her travel to the qualifying event. Her victory on Saturday guarantees her prize money of more than £100,000.

The Swede will face the unseeded American Jordan Ellis in the fourth round on Monday. Ellis has not dropped a set in the tournament so far.

Organisers said ticket resale queues for Monday's matches had grown sharply within an hour of Lindgren's win.
"""),

dict(id="en-014", lang="en", section="World", date="2024-02-27", byline="Sophie Lang",
     title="Family of detained aid worker calls for her release",
     caption="A photograph of Clare Whitfield held by her sister.", credit="Photo: Family handout",
     body="""
The family of a British aid worker detained abroad for almost three weeks have called on the government to do more to secure her release.

Clare Whitfield, 46, was arrested at an airport on 8 February as she tried to leave the country after a two-month posting with a medical charity. No charges have been announced.

Her sister, Joanna Whitfield, said the family had received only one phone call from her since the arrest.

"She was in contact with the embassy in the first few days, and then it all went quiet," she said. "We do not know where she is being held or whether she has a lawyer."

The Foreign Office said it was providing consular assistance and was "in contact with the local authorities". It did not say when officials had last seen Ms Whitfield.

## Charity suspends operations

The charity she worked for, Medics Without Walls, has suspended its work in the country while it seeks clarification. In a statement it said Ms Whitfield had been running a clinic for mothers and newborn babies and had "no involvement in politics of any kind".

Friends describe her as a dedicated nurse who had worked in refugee camps in three continents.

"She went there to help people. That's all she ever does," said former colleague Dr Femi Adeyemi.

More than 40,000 people have signed a petition calling for her release. Her local MP is due to raise the case in Parliament on Wednesday.
"""),

dict(id="en-015", lang="en", section="Local", date="2024-09-12", byline="Tom Bradshaw",
     title="Carnegie library reopens after three-year restoration",
     caption="The restored reading room.", credit="Photo: Council handout",
     body="""
Brackley's Carnegie library reopened to the public on Saturday after a three-year restoration that saved the Grade II listed building from closure.

Hundreds of people queued along Station Road before the doors opened at 10am. Among the first through the door was 92-year-old Doris Kemp, who joined the library as a girl in 1939.

"I have borrowed thousands of books in here," she said. "I thought I would never see it open again."

The building had been shut in 2021 after inspectors found serious damage to the roof and water leaking into the reading room. The £3.4 million project was paid for by a heritage grant, the town council and a public appeal that raised £260,000.

## A building for more than books

Along with the restored reading room and its original oak shelving, the library now has a children's area, a small café, free computers and a room that community groups can book.

Head librarian Alison Reyes said the library had been designed to be used by people who might not think of themselves as readers.

"A library is one of the last places you can go without being expected to spend money," she said. "That matters more than ever."

The library will be open six days a week. Volunteers are still needed for a homework club on weekday afternoons.
"""),

dict(id="en-016", lang="en", section="Technology", date="2024-10-03", byline="Imogen Clarke",
     title="Newsletter platform cuts a fifth of staff as growth slows",
     caption="The company's co-founders at a conference last year.", credit="Photo: Handout",
     body="""
Postbox, the newsletter platform used by thousands of independent writers, is cutting about 20 percent of its workforce, the company announced on Wednesday.

The San Francisco-based startup said around 45 jobs would go, mainly in sales and marketing. Chief executive Leah Okonjo said the company had hired too quickly during a boom in paid newsletters and now needed to "live within our means".

Postbox allows writers to send newsletters to subscribers and charge for premium editions, taking a ten percent cut of subscription revenue. It says it has more than three million paying subscriptions across its platform.

But growth has slowed sharply this year. Some of the platform's best-known writers have moved to rivals offering lower fees, and several high-profile newsletters have closed.

"The easy years are over," said media analyst Tobias Grant. "Everyone who was going to sign up for a newsletter on a whim has already done it. Now readers are looking at their bank statements and asking which ones they actually open."

## Writers reassured

The company said the cuts would not affect payments to writers or the tools they use to manage subscribers. It also plans to launch a cheaper bundle that lets readers subscribe to several newsletters for a single monthly fee.

Freelance journalist Amara Diallo, who earns most of her income from a weekly Postbox newsletter about African tech, said she was not planning to leave.

"My readers subscribe to me, not to the platform," she said. "If I had to move tomorrow, I would take my mailing list with me."

Postbox raised 65 million dollars from investors in 2021.
"""),

dict(id="en-017", lang="en", section="Health", date="2024-11-18", byline="Marcus Obi",
     title="Hospital waiting lists fall for first time in two years",
     caption="Staff at St Anne's hospital.", credit="Photo: PA",
     body="""
The number of patients waiting for planned hospital treatment has fallen for the first time in two years, official figures published on Thursday show.

About 7.4 million treatments were waiting to be carried out at the end of September, down from 7.5 million the month before. Health officials said the fall was due to extra weekend operating lists and the opening of new surgical centres dedicated to routine procedures such as hip replacements and cataract surgery.

However, the figures also show that more than 300,000 patients have been waiting longer than a year, and performance in accident and emergency departments worsened.

Only 71 percent of patients were seen within four hours in A&E last month, against a target of 95 percent. Ambulance response times for heart attacks and strokes averaged 42 minutes, more than twice the 18-minute goal.

## Winter pressures ahead

Hospital leaders warned that the improvement could be short-lived. Flu cases are already rising, and many hospitals are full, with patients who are well enough to leave unable to do so because there is no care available for them at home.

"We are going into winter with almost no slack in the system," said Dr Anita Kowalczyk, who chairs a group representing hospital trusts.

The health secretary called the figures "a turning point" and said more funding would be announced before Christmas.

Patient groups said the numbers hid big differences between regions. In some areas, people needing gynaecology treatment are waiting more than two years.
"""),

dict(id="en-018", lang="en", section="Environment", date="2024-04-25", byline="Fergus Dalton",
     title="Offshore wind farm approved despite fishing industry objections",
     caption="Turbines at an existing wind farm off the coast.", credit="Photo: AFP/Getty Images",
     body="""
The government has approved one of the largest offshore wind farms in Europe, overruling objections from fishing groups who say it will damage some of the most productive grounds in the North Sea.

The Dogger West project will have up to 190 turbines and generate enough electricity to power around two million homes when it is completed in 2030. Construction is expected to create 1,500 jobs, many of them at ports on the east coast.

Energy minister Claire Hadley said the decision was a "major step" towards the country's goal of producing most of its electricity from renewable sources by the end of the decade.

Fishermen's organisations said they had not been properly consulted. They argue that the turbines and the cables connecting them to shore will close off areas used by trawlers for generations.

"They talk about jobs on land, but what about the jobs at sea?" said skipper Alan Moffat, whose family has fished out of Grimsby for four generations.

## Conditions attached

The approval comes with conditions. The developer must pay into a fund to support fishing communities, limit noisy piling work during the spawning season, and monitor the effect on seabirds, including puffins and kittiwakes.

Environmental groups gave a cautious welcome. They said offshore wind was essential to tackling climate change, but that marine wildlife needed stronger protection as more projects are built.

The developer, Northsea Renewables, said it would begin onshore work next year.
"""),

dict(id="en-019", lang="en", section="Courts", date="2024-12-06", byline="Gemma Whitcombe",
     title="Man found guilty of killing neighbour in boundary dispute",
     caption="Leeds Crown Court.", credit="Photo: Staff",
     body="""
A retired engineer has been found guilty of murdering his neighbour during a long-running dispute over a garden fence.

Peter Holroyd, 67, struck Anthony Greaves with a spade outside their semi-detached homes in Horsforth in April. Mr Greaves, 58, died in hospital two days later.

The jury at Leeds Crown Court took just under five hours to reach a unanimous verdict after a two-week trial.

The court heard that the two men had argued for more than three years about the position of a fence between their gardens. Police had been called to the street eleven times, and both men had complained to the council.

Holroyd told the jury that he had acted in self-defence after Mr Greaves came at him with a hammer. But no hammer was ever found, and a neighbour who witnessed the attack said Mr Greaves had been walking away when he was struck.

In a statement read outside court, Mr Greaves's widow, Linda, said her husband had been "a gentle man who just wanted a quiet life".

"No fence is worth a life," she said.

Detective Inspector Sarah Moorcroft said disputes between neighbours could escalate in ways nobody expected. She urged people in similar situations to seek mediation at an early stage.

Holroyd will be sentenced on 20 December. The judge told him he faced a mandatory life sentence.
"""),

dict(id="en-020", lang="en", section="Markets", date="2024-10-29", byline="Alastair Wong",
     title="Shares in retailer slump after profit warning",
     caption="A branch of the retailer in central London.", credit="Photo: Bloomberg",
     body="""
Shares in the department store group Harcourt & Vale fell by almost 30 percent on Tuesday after the company warned that annual profits would be far lower than expected.

The retailer blamed a warm autumn, which hit sales of coats and knitwear, and higher wage costs. It now expects pre-tax profit of between £40 million and £45 million, compared with the £70 million that analysts had forecast.

It was the biggest one-day fall in the company's share price since it floated on the stock market in 1996.

Chief executive Fiona Marchetti said the business remained "fundamentally sound" and that Christmas trading would be crucial.

"We will do what is needed," she said.

Analysts who follow the company were less optimistic. Several cut their price targets for the shares, and one said the warning raised questions about whether the chain could afford to keep all 48 of its stores open.

"Share on the high street has been leaking away to online rivals for a decade," said retail analyst Victoria Hale. "A bad autumn just exposes it."

## Wider pressure on retailers

Harcourt & Vale is not the only retailer to warn about the weather. Two other clothing chains have reported weaker sales in October.

The wider stock market was little changed, with the main index closing up 0.2 percent. Shares in other retailers fell slightly in sympathy.

The company will publish full-year results in March.
"""),
]
