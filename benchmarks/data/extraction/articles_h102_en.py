# English stories for the hundred-and-second held-out part (h102-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h100_en.py (tpl: "hashnode" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, tags, inset, body_caption, notes);
# "carry" names the residue families a page must carry, among them the three families new in this part
# (ticksafety, knifebins, suncream), which are placed only on stories where a real site would print them; "run_in"
# names a carried family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h102-en-001", lang="en", tpl="hashnode", site="The Lenn Valley Notebook", kind="small",
     section="Wildlife", date="2026-03-17", byline="Rosalind Tebbutt",
     title="Thermal cameras and flasks of tea: a night counting deer in Kestle Wood",
     sub="The country park's rangers think the fallow herd has grown by a third in five years.",
     caption="A ranger scans Kestle Wood with a thermal camera before dawn.", credit="Photo: Rosalind Tebbutt",
     tags=["Kestle Wood", "Lenn valley wildlife"],
     carry=["ticksafety"],
     look=[("highlight", "The count came to 412."), ("italic", "\u201cYou hear them before"), ("bold", "Nobody went home early.")],
     body="""
At a quarter past four on a Tuesday morning, nineteen of us stood in the car park at Kestle Wood Country Park stamping our feet and waiting for the rangers to hand out the clipboards.

The annual deer count has been run the same way since 2009: walkers spaced forty metres apart move slowly through each block of woodland, calling out every animal they see so that nothing is counted twice. What has changed is the kit. This year the park borrowed four thermal cameras from the county's fire service, and the difference was startling.

\u201cYou hear them before you see them, and now you see them before they hear you.\u201d

That was how head ranger Owen Pilkington summed it up as we crossed the first ride. On the small grey screen, deer that would have been invisible in the bracken showed up as bright white shapes, some lying down, most already moving away from us.

The count came to 412. Five years ago it was 309.

Most were fallow deer, the herd that escaped from the old Ashcombe estate in the 1950s, with a handful of roe along the stream and, for the first time, three muntjac near the visitor centre.

More deer means more browsing. The rangers say hazel and young oak are barely regenerating in the older parts of the wood, and the park's trustees will now consult on how many animals to cull this winter.

Nobody went home early.

The results and the consultation papers will be on display at the visitor centre from Saturday, open daily from 9am to 5pm.
"""),

dict(id="h102-en-002", lang="en", tpl="grav", site="Hollinsbeck Town Crier",
     section="Community", date="2026-02-09", byline="Desmond Ackroyd",
     title="Brindle Edge youth centre reopens with late nights and a boxing ring",
     sub="The centre shut in 2023. A youth worker who grew up on the estate now runs it.",
     caption="The refurbished sports hall at Brindle Edge youth centre.", credit="Photo: Desmond Ackroyd",
     tags=["Brindle Edge", "youth work"],
     carry=["knifebins"],
     look=[("factbox", "The centre in numbers")],
     body="""
For three years the youth centre on Brindle Edge was a boarded-up building with a padlock on the gate and a skip in the car park. On Friday night it was full again.

About ninety young people came through the doors for the reopening, most of them to try the boxing ring that now fills half the sports hall.

The centre closed in 2023 when the council's youth service lost its last grant. In the months that followed, police recorded a rise in robberies and fights among teenagers on the estate, and last spring a 16-year-old was seriously hurt outside the parade of shops on Corn Lane.

Kaylee Brough, who went to the centre herself as a child, now manages it for the Hollinsbeck Youth Trust. She said the plan was simple. "Open when young people actually want somewhere to go, which is late, and at weekends, and in the holidays."

## The centre in numbers

- £640,000 spent on the building, most of it from a national lottery grant
- 4 full-time youth workers and 11 volunteers
- open until 10pm on Fridays and Saturdays
- 2 boxing coaches from Hollinsbeck Amateur Boxing Club

Neighbours who had complained about noise in the past say they are willing to give it a chance. "I would rather hear them in there than out here," said Mavis Hurd, who has lived opposite for forty years.

Drop-in sessions for 11 to 18-year-olds run every evening except Sunday from 5pm.
"""),

dict(id="h102-en-003", lang="en", tpl="movabletype",
     section="Coast", date="2026-06-26", byline="Harriet Quayle",
     title="Lifeguards back on Merrow Sands as summer season starts early",
     sub="A warm June has brought record crowds to the beach three weeks before the schools break up.",
     caption="Lifeguards setting out the red and yellow flags on Merrow Sands.", credit="Photo: Harriet Quayle",
     carry=["suncream"],
     body="""
Lifeguards returned to Merrow Sands on Saturday, three weeks earlier than planned, after a run of hot days brought more visitors to the beach in June than in the whole of last August.

The district council agreed on Thursday to pay for early patrols after the coastguard was called out four times in a single weekend, twice to children swept along the shore by the current near the groyne at the north end.

## Flags and zones

Two lifeguard units will now cover the main beach from 10am to 6pm every day until the middle of September. Swimmers are asked to stay between the red and yellow flags, and bodyboarders between the black and white ones.

Inflatables are banned when the orange windsock is flying, which the lifeguards say will be most afternoons when the wind turns offshore.

## Parking and buses

The seafront car park filled by half past ten on Sunday, and cars were left on verges along the coast road as far as Thurlow Quay. The council has opened the overflow field behind the caravan park and says extra buses will run on the 22 route at weekends.

Trader Ellis Marwood, who has run the kiosk by the slipway for 18 years, said he had sold out of ice cream twice before lunchtime.

"You can't complain about the weather," he said. "You can complain about the parking."

The lifeguard hut by the slipway also holds first aid supplies and a lost children point.
"""),

dict(id="h102-en-004", lang="en", tpl="tagdiv",
     section="People", date="2026-07-30", byline="Callum Etherington",
     title="Thirty-eight summers at the lido: an attendant hangs up her whistle",
     sub="Sheila Dobbin started work at the Lenn Gardens Lido in 1988. She has seen it closed, saved and reopened.",
     caption="Sheila Dobbin by the deep end of the Lenn Gardens Lido.", credit="Photo: Callum Etherington",
     tags=["Lenn Gardens Lido", "Hollinsbeck people"],
     carry=["suncream"],
     body="""
Sheila Dobbin was nineteen when she first climbed the lifeguard chair at the Lenn Gardens Lido. On Sunday, at 67, she will lock the turnstile for the last time as its senior attendant. We asked her about the job.

**How did you end up in a lifeguard chair?**

My mum saw the advert in the paper. I could swim, I needed a summer job, and I never left. That was 1988.

**What has changed at the lido since 1988?**

Everything and nothing. The water is warmer, because we have solar panels on the changing rooms now. People still jump in off the side when you tell them not to.

**And the hardest year?**

2011, when the council said it would close for good. We had a sit-in on the terraces. Two thousand people signed the petition in a week, and the friends' group took over the running of it the year after.

**Has anyone ever got into real trouble?**

Three times I have had to go in properly. Each time it was someone who thought they were a stronger swimmer than they were. All three walked out.

**What will you miss most about the lido?**

The first half-hour in the morning, when the water is flat and nobody else is here.

**And after Sunday?**

I am going to swim in it. I have never once been in as a customer.

The lido is open every day until 13 September, from 7am for early swimmers, and tickets for the leaving party on the terrace are free from the kiosk.
"""),

dict(id="h102-en-005", lang="en", tpl="substackpub", site="The Ashcombe Post", kind="small", notes=[],
     section="Village", date="2026-05-06", byline="Nell Garside",
     title="The dog field is open, and Ashcombe has never been so sociable",
     sub="Notes from a fortnight of muddy paws on the common.",
     caption="Dogs off the lead in the new fenced field on Ashcombe Common.", credit="Photo: Nell Garside",
     carry=["ticksafety"],
     body="""
Subscribe to the Ashcombe dog walkers' group chat and you will find it has changed in the last fortnight: fewer photographs of lost tennis balls and far more of dogs running in circles with their ears inside out.

The reason is the new fenced field at the top of Ashcombe Common, which the parish council opened on the last Saturday in April after two years of meetings, one petition and a very long argument about gates.

It is about the size of two football pitches, with a double gate at the lane end, two benches, a water trough and a bin that is, I can report, emptied on Mondays and Thursdays.

I have been up there most mornings with Biscuit, who is eleven and mostly interested in the bin. Other regulars include a greyhound called Duchess who has finally been able to run properly, and a spaniel whose name nobody knows because her owner only ever shouts "No!"

There are rules, pinned to the gate. One dog walker at a time per group of three dogs. Clear up after them. If your dog does not come back when called, keep it on the long lead.

The parish council's chair, Trevor Lumb, told me the field cost £14,300, most of it for the fencing, and that the grass will be cut every three weeks through the summer.

The common beyond the fence is as wild as ever, with long grass and bracken along the paths, so keep an eye on your dog's coat when you get home.

See you up there. Biscuit will be by the bin.
"""),

dict(id="h102-en-006", lang="en", tpl="astro", site="Lenn Valley Ledger",
     section="Crime and justice", date="2026-04-14", byline="Priya Venkataraman",
     title="Police appeal for witnesses after teenager stabbed near Hollinsbeck bus station",
     sub="The 17-year-old is in a stable condition. Officers want to trace a group seen running towards Mill Wharf.",
     caption="A police cordon on Station Approach in Hollinsbeck.", credit="Photo: Priya Venkataraman",
     tags=["Hollinsbeck", "knife crime"],
     carry=["knifebins"],
     look=[("italic", "\u201cSomebody on that bus saw")],
     body="""
Police are appealing for witnesses after a 17-year-old boy was stabbed near Hollinsbeck bus station on Saturday evening.

The boy was found with a wound to his leg on Station Approach shortly after 7.40pm. He was taken to hospital in Lenmouth, where his condition is described as stable.

Officers want to trace a group of four or five young people seen running from the bus station towards Mill Wharf a few minutes earlier. Two were wearing dark tracksuits and one had a grey backpack.

The number 22 bus from Merrow Sands was pulling in at the time, and detectives believe passengers may have seen what happened from the top deck.

\u201cSomebody on that bus saw something, even if they don't think it matters.\u201d

Detective Inspector Rhian Coggins said the attack did not appear to be random and that the victim and the group were probably known to each other.

It is the third stabbing involving a teenager in Hollinsbeck since January. In February the town's community safety partnership set up a youth violence panel, bringing together the police, schools, the youth trust and two mosques and three churches in the town centre, and agreed to fund outreach workers at the bus station on Friday and Saturday evenings.

Those workers were not on duty on Saturday because the funding has not yet been paid, the partnership confirmed.

Anyone with information can call police on 101, quoting incident 0926 of 11 April, or contact Crimestoppers anonymously.
"""),

dict(id="h102-en-007", lang="en", tpl="wordpress", low=0,
     section="Music", date="2026-03-30", byline="Gareth Ollerenshaw",
     title="Hollinsbeck Silver Band wins its section at the regional contest",
     sub="The band had not finished in the top three for more than twenty years.",
     caption="Hollinsbeck Silver Band on stage in Lenmouth.", credit="Photo: Gareth Ollerenshaw",
     body="""
Hollinsbeck Silver Band has won the third section of the regional brass band championships, its first title at the contest since 2003.

Twenty-six players, the youngest twelve and the oldest eighty-one, performed the set piece at the Winter Gardens in Lenmouth on Saturday afternoon and were placed first out of fourteen bands by the adjudicator.

**Months of Tuesday nights**

The band has rehearsed in the upstairs room of the Railway Tavern every Tuesday since November, and added Sunday mornings in March. Musical director Fiona Cragg, who took over in 2022 when the band had only fifteen members, said the test piece was the hardest it had tackled in years.

"The slow movement has a cornet solo that most third-section bands would dread," she said. "Our principal cornet is sixteen and she played it like she had been doing it for decades."

That cornet player, Maddie Rennison, is in her first year at the sixth form college. She joined the band's learner group at nine.

**On to the finals**

The win means Hollinsbeck will represent the region at the national finals in Cheltenham in September. The band needs to raise about £6,000 for coach travel, hotel rooms and new music.

Its treasurer, Keith Arnott, said the band would hold a fundraising concert and cake stall at St Hild's church hall.

"We have never had to find this kind of money in such a short time," he said. "But we have never had this much of a reason to."

The concert is on Saturday 25 April at 7pm, tickets £8 at the door, with under-16s free.
"""),

dict(id="h102-en-008", lang="en", tpl="storybody",
     section="Business", date="2026-01-22", byline="Joanna Threlfall",
     title="Thurlow Quay villagers buy their shop and post office",
     sub="More than 300 people put money into the community share offer.",
     caption="The shop and post office on the quay at Thurlow.", credit="Photo: Joanna Threlfall",
     look=[("bold", "The shop will stay open seven days a week."), ("br", "It is, she said, the only shop")],
     body="""
Thurlow Quay's only shop and post office has been bought by the people who use it.

A community share offer launched in October raised £212,000 from 318 investors, most of them living within three miles of the quay. The smallest shareholding is £50, the largest £5,000, and every shareholder gets one vote whatever they put in.

The owners, Gordon and Lynne Pascoe, had run the shop for 27 years and wanted to retire. For eighteen months they could not find a buyer.

Lynne Pascoe said she cried when the final figure was read out at the village hall.

It is, she said, the only shop between the estuary and the main road.

The shop will stay open seven days a week.

The new community society plans to:

- keep the post office counter open six days a week
- stock more food from farms and bakers in the Lenn valley
- put a coffee machine and two tables by the window
- take on a paid manager and a rota of volunteers

The society's chair, Martin Trewhella, said the business had turned a small profit every year and that the share money would pay for the building and stock, with £18,000 set aside for a new freezer and refrigerated counter.

The handover takes place on Monday 2 February. Anyone who wants to volunteer behind the counter can leave their name on the list by the till or follow the shop's progress in the village magazine.
"""),

dict(id="h102-en-009", lang="en", tpl="legacy-br", low=0, only=["correction"],
     correction="Correction: this story first said the new parking charges begin on 1 May. They begin on 1 June.",
     section="Transport", date="2026-04-03", byline="Stuart Maclennan",
     title="Parking charges coming to Merrow Sands seafront",
     sub="Free parking on the front ends this summer after 40 years.",
     caption="The seafront car park at Merrow Sands.", credit="Photo: Stuart Maclennan",
     body="""
Drivers will have to pay to park on Merrow Sands seafront for the first time in forty years under plans approved by the district council.

From 1 June, parking in the seafront car park and along the promenade will cost £1.50 an hour or £7 for the day between 9am and 6pm, from April to October. Parking will stay free in the winter months.

The council says the charges will raise about £190,000 a year, which it will spend on the beach toilets, the promenade railings and the lifeguard service.

Residents of Merrow Sands will be able to buy an annual permit for £25. Blue badge holders will park free.

Traders on the front are divided. Ivy Carlyon, who owns the beach shop, said the charge would drive away families who come for a couple of hours after school. "Seven pounds is a lot when you have just spent forty on chips and buckets," she said.

Others welcomed the money for the toilets, which were closed for most of last August after a pipe burst.

Councillor Neil Hosking, who chairs the council's coast committee, said the authority had no choice. "The beach costs more to look after every year and the money has to come from somewhere," he said. "We have tried to keep it as fair as we can for people who live here."

The council will put up signs and pay machines in May. Payments can also be made by phone.
"""),
]
