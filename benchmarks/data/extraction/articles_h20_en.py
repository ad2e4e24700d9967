# English stories for the twentieth held-out part (h20-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**, "[^n]" footnote mark at the
# end of a paragraph on the substack page).
# Extra fields: tpl (page template: "dle" is new in this part, the others are layouts of earlier parts),
# low (fixed residue count), only (fixed residue families), site (fixed site name), sub (standfirst /
# subtitle; shown by the templates that have one, never body), standfirst (substack), times (liveblog),
# notes (substack footnotes), wire (wire item: update note, reporter, editor, slug), correction (the
# wording of the correction line, where a page carries one).
ARTICLES = [
dict(id="h20-en-001", lang="en", tpl="liveblog", section="News", date="2026-07-14", byline="Live desk",
     title="Bridgwick water main burst live: 4,000 homes without supply",
     sub="A 24-inch main burst under Kingsway before dawn, cutting water to Eastfield and Hollins Park.",
     caption="Water rising through the road surface on Kingsway this morning.", credit="Photo: Bridgwick Sentinel reader",
     times=["15:55", "13:20", "11:05", "09:40", "06:30"],
     body="""
## Supply back to most of Eastfield by evening, company says

Haverley Water says about 3,100 of the 4,000 affected homes should have running water again by 7pm, once the repaired main has been flushed and tested.

Some customers may notice cloudy or discoloured water at first. The company says this is harmless and should clear if the cold tap is run for a few minutes.

"We are nearly there," said its operations director, Ruth Okafor.

## Bottled water stations open

Bottled water is being handed out at three places until 9pm:

- the car park of Eastfield Leisure Centre;
- St Barnabas Church Hall on Mill Road;
- the Co-op on Harcourt Street.

Follow the company's service updates page for the latest list. Staff are also delivering bottles to customers on the priority services register, including people who need water for medical equipment at home.

## Kingsway closed at the Orchard Lane junction

Kingsway is closed in both directions between the Tesco roundabout and Orchard Lane while engineers dig down to the pipe. Buses on routes 12 and 14 are diverted via Parkside, adding about a quarter of an hour to journeys.

## Two primary schools shut for the day

Eastfield Primary and St Anne's Infants have closed because they cannot keep their toilets working. Parents were told by text shortly after 8am.

One father, collecting his daughter's PE bag from the gate, said: "We found out when we got here."

## Main bursts under Kingsway

A 24-inch water main burst under Kingsway at about 4.30am, flooding the road and cutting supply to homes across Eastfield, Hollins Park and part of the town centre.

Residents reported water rising through the tarmac "like a fountain". The company said it was in contact with the council's highways team about damage to the road surface.
"""),

dict(id="h20-en-002", lang="en", tpl="nextjs", section="Community", date="2026-05-19", byline="Tamsin Rowe",
     title="Libraries to stop posting their printed newsletter after 41 years",
     sub="About 2,300 households still get the quarterly leaflet through the door.",
     caption="The reference room at Calderbrook Central Library.", credit="Photograph: Tamsin Rowe",
     body="""
Calderbrook's libraries will stop printing and posting their quarterly newsletter in September, ending a tradition that began in 1985, when the first issue was typed up on a borrowed typewriter in the reference room.

About 2,300 households still receive the four-page leaflet through the letterbox. It lists author visits, children's rhyme times and the opening hours of the eight branches, and costs the council around £9,000 a year to print and deliver.

## Going digital, with a catch

The newsletter will become an email, sent on the first Monday of each quarter. Under data protection rules the council cannot simply move postal readers onto the mailing list: each of them will have to give their consent, either by ticking a box on a reply card or by signing up online.

"We can't just take someone's address and start emailing them," said Janet Fairlie, the libraries manager. "People have to say yes."

## Printed copies will not vanish completely

Readers who do not use email will still be able to pick up a copy at:

- every branch library's front desk;
- the three council customer service centres;
- the mobile library, on its fortnightly rounds.

Subscribe, unsubscribe or change your details at any branch, the council said, and staff will help anyone who finds the online form confusing.

## 'It's how I know what's on'

Not everyone is happy. Dorothy Pim, 84, who has read every issue since the first, said the leaflet was the only way she heard about talks at her branch.

"I don't want another email," she said. "I want something I can pin on the fridge."

The council says it will review the change after a year.
"""),

dict(id="h20-en-003", lang="en", tpl="regional", section="Courts", date="2026-03-11", byline="Liam Cheverton",
     title="Wedding photographer wins £7,400 after hotel used her pictures in adverts",
     sub="Eleven images appeared in brochures and paid social media posts without a licence.",
     caption="Ravensholme Hall, where the wedding took place in 2023.", credit="Picture: Liam Cheverton",
     body="""
A wedding photographer from Hallam Vale has been awarded £7,400 after a country house hotel used eleven of her photographs in its brochures and online adverts without paying for them.

Megan Thirlwell, 36, took the pictures at a wedding at Ravensholme Hall in 2023. She later found them on the hotel's website, in a printed brochure and in paid social media adverts promoting the venue for weddings.

## What the court decided

At the small claims track of the Intellectual Property Enterprise Court, District Judge Anne Mossop ruled that the hotel had infringed Ms Thirlwell's copyright. The couple had given the hotel their blessing to share the photos, the judge said, but the couple did not own the copyright and could not give permission for commercial use.

The award covers:

- a licence fee for each image, based on Ms Thirlwell's usual rates;
- an extra sum because the pictures were used in paid adverts;
- her court fees.

## 'It's my living'

Ms Thirlwell said she had asked the hotel three times to take the pictures down or pay for them before she went to court.

"Photographers get told it's good exposure," she said. "Exposure doesn't pay the mortgage."

The hotel's general manager, Simon Ainscough, said the images had been supplied by the couple and staff had believed they were free to use.

"We have changed how we handle photos from guests," he said.

Photo credits are now printed under every picture in the hotel's new brochure, he added.

## Advice for couples

The Guild of Wedding Photographers says couples who want to share their pictures with a venue should check their contract first. Most photographers will grant a licence for a small fee if they are asked.
"""),

dict(id="h20-en-004", lang="en", tpl="substack", site="The Saltmere Letter", section="Media", date="2026-04-27",
     byline="Gwen Lovibond",
     title="Why this newsletter is staying free",
     standfirst="A reader asked whether the council reports are going behind a paywall. The short answer is no",
     sub="A reader asked whether the council reports are going behind a paywall. The short answer is no",
     caption="The public gallery at Saltmere town hall.", credit="Photo: Gwen Lovibond",
     notes=["The reader was Graham from Tidewell Road, who also asked why I always sit on the left at meetings. Light, mostly.",
            "The first note goes out with the June issue. It will be one line and a small pie chart."],
     body="""
When I started this newsletter three years ago I promised myself I would never put the council meeting reports behind a paywall. This week a reader asked whether I was about to break that promise, so here is a straight answer: no.[^1]

There are now 4,180 of you on the list. About 260 pay £4 a month or £40 a year, and that money covers my time at meetings, the train fares to County Hall and the cost of requesting documents.

## Why not charge everyone?

Paywalls work for some writers. I don't think one would work for a town of 19,000 people, and I don't think it should. If the only account of a planning decision is locked away, the people it affects most are the least likely to read it.

Subscribe, pay, or just read: all three are fine with me.

## What paying supporters get

Nothing that free readers miss out on in the news itself. Paid supporters get:

- a monthly call where we go through the next month's agendas;
- early notice of the questions I plan to ask at meetings;
- a vote on which long piece I work on next.

## What's new from next month

From next month I'll add a short note at the end of each issue saying how many paying supporters there are and what the money paid for. You should know.[^2]

"It's the cheapest local paper I've ever bought," one supporter told me at the farmers' market. I'm putting that on a mug.

If you can't pay, forward this to one person who lives here. That helps more than you might think.
"""),

dict(id="h20-en-005", lang="en", tpl="weebly", site="Pennock Hill Community Orchard", section="Orchard news",
     date="2026-09-18", byline="Ros Halloran",
     title="Apple Day is back on 4 October, and we need pressers",
     sub="Bring your own apples and go home with juice.",
     caption="Last year's pressing team in the old orchard.", credit="Photo: Pennock Hill Community Orchard",
     body="""
Our apple press is back from its winter service and Apple Day is on Saturday 4 October, from 11am to 3pm, in the orchard behind Pennock Hill allotments.

Last year more than 600 people came through the gate and we pressed about 900 litres of juice. This year we're hoping to beat that, but only if enough of you turn up to help.

## What's happening

On the day there will be:

- juice pressing from your own apples (bring clean bags, not buckets);
- an apple identification table run by the county fruit group;
- a scything demonstration at 1pm;
- cakes, soup and the famous chutney stall.

## Volunteers needed

We need about 20 people to run the press in shifts. You don't need any experience, just sensible shoes and a willingness to get sticky.

"It's the best day of the year and the messiest," says our chair, Ros Halloran.

## If you'd rather not be photographed

One of our members will be taking pictures for the website. If you'd rather you or your children weren't photographed, tell her at the gate and she'll give you a green sticker. We won't post pictures of anyone wearing one.

The orchard newsletter goes out after every work party, so if you'd like to hear about the next one, add your name to the list at the cake stall.
"""),

dict(id="h20-en-006", lang="en", tpl="semantic", section="Health", date="2026-06-02", byline="Marcus Delaney",
     title="Saturday operating lists cut hip and knee waits by three months",
     sub="Dunmore General now runs two full theatres every Saturday.",
     caption="A theatre team at Dunmore General Hospital.", credit="Photo: Dunmore Hospitals NHS Trust",
     low=0,
     body="""
Patients at Dunmore General Hospital are waiting almost three months less for hip and knee replacements than they were a year ago, after surgeons began operating on Saturdays.

The hospital's median wait for a joint replacement fell from 41 weeks in April last year to 29 weeks this April, according to figures published by the trust on Tuesday.

## How the Saturday lists work

Two theatres that used to stand empty at weekends now run a full day of operations every Saturday. Each list handles four patients, all chosen because they are otherwise healthy and can usually go home within two days.

The trust says the scheme has three parts:

1. surgeons, anaesthetists and theatre nurses volunteer for the extra shifts and are paid overtime;
2. patients are assessed and given physiotherapy exercises before their operation;
3. a ward bay is kept free for Saturday patients until Monday.

## Patients' verdict

Keith Braund, 71, a retired postman, had his right hip replaced on a Saturday in March. He was walking with one crutch within a week.

"I'd have had it done on Christmas Day," he said.

## Will it last?

The scheme costs about £1.2 million a year, mostly in overtime. The trust's medical director, Dr Leila Ansari, said it was cheaper than paying private hospitals to take patients, which is what the trust did until 2025.

But she warned that it depends on staff giving up their weekends. "Goodwill is not a long-term workforce plan," she said.

The trust is in contact with two other hospitals in the region that want to copy the model.
"""),

dict(id="h20-en-007", lang="en", tpl="storybody", section="Sport", date="2026-08-10", byline="Nia Pritchard",
     title="Kestrel Point Women reach county cup final for the first time",
     sub="A 17-year-old's unbeaten 58 sank the holders.",
     caption="Priya Haldane hits the winning six against Ashby Magna.", credit="Photo: Kestrel Point CC",
     body="""
Kestrel Point Women will play in the county cup final for the first time in the club's 112-year history after beating the holders, Ashby Magna, by four wickets on Sunday.

Chasing 163 in 40 overs, they were struggling at 71 for 5 before 17-year-old Priya Haldane and captain Jo Wetherell put on 84 for the sixth wicket.

Haldane finished on 58 not out, including the six over midwicket that won the match with eleven balls to spare.

"I just shut my eyes and swung," she said.

## From six players to three teams

The women's section was started in 2019 by Wetherell and five friends who had played at school. They trained in the nets on Thursday evenings and borrowed kit from the men's second XI.

The club now runs three women's and girls' teams and has 58 registered players. Its under-13 girls' side won its league last summer.

## Final at the county ground

The final will be played at the county ground on Sunday 31 August. The club is running a coach for supporters and says seats can be booked at the bar.

Wetherell said the team would prepare as it always had:

- two training sessions a week;
- a friendly against the county's development side;
- fish and chips after the last session.

"We're not going to change anything now," she said. "It's got us this far."

Ashby Magna's captain, Sam Kerridge, said the better side had won on the day. "They deserved it. We'll be back next year."
"""),

dict(id="h20-en-008", lang="en", tpl="squarespace", site="Brindle Lane Bakehouse", section="From the bakehouse",
     date="2026-01-22", byline="Hannah Corless",
     title="Changes to the bread subscription from March",
     sub="Pause any week, pick your day, and pay a little less per loaf.",
     caption="Friday's sourdough cooling on the racks.", credit="Photo: Brindle Lane Bakehouse",
     body="""
From the first week of March we're changing the way our bread subscription works, and we wanted to explain why before the emails go out.

At the moment about 140 of you pay upfront for a loaf a week, collected from the shop on Fridays. It has worked well, but we throw away too much bread when people can't make it in, and we've run out of sourdough for walk-in customers three Fridays in a row.

## What's changing

The new subscription will:

- let you pause any week, as long as you tell us by Wednesday evening;
- offer a choice of collection on Friday or Saturday morning;
- cost £4.20 a loaf instead of £4.50, because we'll waste less.

You don't need to do anything yet. We'll write to every subscriber in February with a link to choose your day.

## Why now?

Flour has gone up by a third in two years, and the electricity bill for the ovens has nearly doubled. We'd rather change how we work than keep putting prices up.

"Every loaf we bin is money and flour gone," says Hannah, who has baked here since we opened.

## Thank you for sticking with us

When we opened in 2019 we didn't know if anyone would pay for bread in advance. More than half of our subscribers have been with us since the first year, and some of you have never missed a Friday.

Subscribers who want to cancel can do so at any time, with no notice period.
"""),

dict(id="h20-en-009", lang="en", tpl="wire", section="Business", date="2026-11-12", byline="Fiona Gallacher",
     title="UPDATE 1-Island airline Skerry Air grounds planes after cracks found in engine brackets",
     caption="A Skerry Air aircraft at Stromay airfield.", credit="CPA Pictures",
     wire=dict(note="(Adds union comment in paragraph 7, health board in paragraph 9)", reporter="Fiona Gallacher",
               editor="Tom Reddaway", slug="BRITAIN-AIRLINES/SKERRY (UPDATE 1)"),
     body="""
STROMAY, Scotland, Nov 12 (CPA) - Skerry Air, the small airline that links five Scottish islands to the mainland, suspended all flights on Wednesday after engineers found cracks in engine mounting brackets on two of its three aircraft.

The airline said it had grounded the planes as a precaution while the manufacturer examines the parts, and that it did not expect flights to resume before Monday at the earliest.

About 40 flights a week are affected, most of them lifeline services carrying patients to hospital appointments, pupils returning to school hostels and mail.

"Safety has to come first, even when the consequences for island communities are serious," chief executive Alasdair Munro said in a statement.

The state-owned ferry operator said it would add two extra sailings a day on the Stromay route and hold space on every crossing for patients with hospital appointments.

The cracks were found during a scheduled inspection on Tuesday night, the airline said. Neither aircraft had reported any problem in flight.

The pilots' union said its members were being kept informed. "The checks did their job," union representative Kirsty Lang said.

Islanders said the timing was poor, with the first winter storms forecast for the weekend.

The regional health board said it was in contact with the airline about 60 patients whose appointments fall in the next week and would arrange video consultations where possible.

Skerry Air, which carried about 71,000 passengers last year, is owned by the regional council and receives an annual subsidy of 6.8 million pounds.
"""),
]
