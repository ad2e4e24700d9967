# English stories for the second held-out part (h2-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), times (live blog: one entry time per "## " heading),
# pull (magazine: a sentence of the story repeated as a pull quote), low (fixed residue count).
ARTICLES = [
dict(id="h2-en-001", lang="en", tpl="nextjs", section="Technology", date="2024-09-03", byline="Priya Nandakumar",
     title="Furniture chain fined £1.9m over cookie banner that hid the 'reject' button",
     caption="The retailer's flagship store in Leeds.", credit="Picture: Alamy",
     body="""
The data protection regulator has fined the furniture retailer Oakhollow £1.9m after finding that its website pushed millions of visitors into accepting advertising cookies they had never agreed to.

Investigators said the company's cookie banner showed a large "Accept all" button in the brand's orange, while the option to refuse was a grey line of text at the bottom of a second screen that most visitors never reached.

## Tracking before consent

The regulator also found that 14 tracking cookies were placed on a visitor's device as soon as the home page loaded, before the banner had even appeared. Data from those cookies was shared with three advertising networks.

"Consent has to be a real choice, and a choice is not real if one of the doors is hidden," said Martin Achebe, the regulator's deputy commissioner.

Oakhollow said it had "co-operated fully" and had rebuilt its consent tool in July so that "Reject all" sits next to "Accept all" on the first screen. It has 28 days to decide whether to appeal.

## Wider sweep

The fine is the largest yet in a sweep of the country's 200 busiest websites that began last autumn. Of the 53 companies that received warning letters, 41 changed their banners within a month, the regulator said.

Consumer groups welcomed the penalty but said it was small compared with the retailer's annual online sales of about £310m.

"Companies will keep gambling as long as the fine is cheaper than the profit," said Hollie Grant of the campaign group Fair Clicks.

The regulator said it would publish updated guidance on cookie walls, the pop-ups that block a page until a visitor agrees to tracking or pays, before the end of the year.
"""),

dict(id="h2-en-002", lang="en", tpl="regional", section="Media", date="2024-06-18", byline="Callum Reddish",
     title="Lowfield Herald scraps free articles and moves every story behind its paywall",
     caption="The Herald's offices on Castle Street.", credit="Picture: Lowfield Herald",
     body="""
The Lowfield Herald will stop offering free articles on its website from next month, making it one of the first regional dailies in the country to put every story behind a paywall.

Readers can currently view five articles a month before being asked to subscribe. From 1 July, anyone without a subscription will see only the headline and the first paragraph of each report, followed by a prompt to sign up.

Editor Joanne Kettering said the metered model had not worked. Fewer than one in 200 readers who hit the monthly limit went on to pay, she said, while most simply came back the following month.

"We were giving away the journalism that costs the most to produce and hoping people would feel guilty," she said. "They didn't, and I don't blame them."

## What stays free

The paper will keep some material outside the paywall:

- breaking news about fires, floods and road closures;
- public notices and planning applications;
- the free morning newsletter, which has 22,000 subscribers;
- obituaries and family announcements.

A digital subscription will cost £6 a month, or £60 a year, with a half-price rate for readers over 70 and students.

## Advertisers worried

Some local businesses said they feared the change would shrink the audience for their adverts. The owner of a garden centre in Marbury said traffic from the Herald's website had been "a useful trickle" of customers.

Media analyst Dev Sharma said the move was a gamble but a logical one. "Display advertising for local news has collapsed. Subscriptions are the only income line that is still growing for titles like this," he said.

The Herald said it would review the policy after six months.
"""),

dict(id="h2-en-003", lang="en", tpl="magazine", site="The Long Read", section="Culture", date="2024-11-07", byline="Eleanor Voss",
     title="The quiet eye: how a hospital porter became photographer of the year",
     caption="Amira Haddad at the awards ceremony in London.", credit="Photograph: Tom Bradley for The Long Read",
     pull="I never wanted a picture where people were performing for the camera",
     body="""
For eleven years Amira Haddad pushed beds and wheelchairs through the corridors of a hospital in Bradford. On Tuesday night she was named photographer of the year at the National Press Awards, beating staff photographers from every major newspaper in the country.

Her winning series, Night Shift, shows the hospital between midnight and six in the morning: a cleaner asleep on a plastic chair, a surgeon eating toast in a stairwell, a father holding a paper cup of tea outside the maternity unit.

"I never wanted a picture where people were performing for the camera," she said. "At 3am nobody performs. They are too tired."

## Learning on a borrowed camera

Haddad taught herself with a second-hand camera bought from a colleague for £40. She shot on her breaks and asked permission from everyone she photographed, often weeks later, when she brought them a print.

When the series first ran in a regional paper last year, every image carried the credit line Photo: Amira Haddad, and she says seeing her name in that small grey type was "better than any prize".

The judges called the work "patient, tender and completely without vanity". Sir Colin Mercer, who chaired the panel, said the series had reminded the industry "that access is earned, not demanded".

## What comes next

Haddad still works two shifts a week at the hospital. The award comes with £10,000 and a commission from the Royal Photographic Society, which she plans to use on a project about night bus drivers.

She has turned down two offers of staff jobs.

"I would have to stop being a porter, and then I would stop seeing these things," she said. "I am not leaving."
"""),

dict(id="h2-en-004", lang="en", tpl="cms", section="Business", date="2024-04-25", byline="Marcus Oyelaran",
     title="Brightlane shares plunge 18% after chipmaker cuts profit forecast",
     caption="Brightlane's plant in Newport.", credit="Image: Brightlane",
     body="""
Shares in Brightlane, the Welsh chip designer, fell 18% on Thursday after the company warned that annual profits would be a third lower than expected because carmakers have cut orders.

The stock closed at 412p, its lowest level since the company listed in 2021, wiping about £640m off its market value. Shares in two of its suppliers also fell sharply.

Brightlane now expects operating profit of between £95m and £105m for the year, down from guidance of £150m given in January. Revenue from its automotive division, which makes up about half of sales, dropped 27% in the first quarter.

Chief executive Sandra Ellwood said customers were working through large stockpiles built up during the shortages of 2022.

"This is an inventory problem, not a demand problem," she said.

## Analysts divided

Analysts who follow the company were split on how long the slump would last. Three of the eleven brokers that cover the stock cut their rating to "sell" on Thursday.

"Management said the same thing six months ago," said Oliver Brandt of Kestrel Securities. "Investors will want to see orders actually come back before they believe it."

Others said the sell-off was overdone. Nadia Farouk of Harcourt Capital said Brightlane's chips for heat pumps and solar inverters were still selling well and that the share price now valued the company "as if the car business were never coming back".

## Jobs protected

Ellwood said there were no plans to cut jobs at the Newport plant, which employs 1,300 people, and that the company would keep spending on research at the current rate.

The company will publish full-year results on 12 July.
"""),

dict(id="h2-en-005", lang="en", tpl="liveblog", section="UK", date="2024-10-12", byline="Live team",
     title="Storm Isolde live: thousands without power as 90mph gusts hit the west coast",
     caption="Waves break over the harbour wall at Porthcarrow.", credit="Photo: PA",
     times=["18:05", "17:20", "16:48", "15:30", "14:12"],
     body="""
## Evacuation centre opens in Porthcarrow

The council has opened the leisure centre in Porthcarrow as a rest centre for residents of the seafront terraces, where police have been going door to door this afternoon.

Not everyone is going. Marion Pettigrew, 81, has lived on Quay Row for 56 years and says she and her sister will sit the storm out upstairs.

"We are not leaving," she said.

## Power cuts rise to 38,000 homes

Western Grid says 38,000 homes are now without electricity, most of them in rural areas north of the estuary. The company says engineers cannot climb poles while gusts are above 50mph and warns that some customers may be without power until Monday.

## Rail services suspended

All trains west of Exford have been cancelled for the rest of the day after a tree fell on the line near Stannet. Network Rail says passengers should not attempt to travel and that tickets for today will be accepted tomorrow.

## Red warning extended

The Met Office has extended its red wind warning until 2am. Forecasters say the strongest gusts, possibly up to 95mph, are expected on exposed headlands between 8pm and midnight.

Coastguard teams are asking people to stay away from the seafront, saying that several people were seen filming waves on the promenade at Saltmouth this morning.

## Schools to close on Monday

Forty-two schools across the county will stay closed on Monday so that buildings can be checked for damage, the education authority has said. A full list will be published on its website on Sunday evening.
"""),

dict(id="h2-en-006", lang="en", tpl="storybody", section="World", date="2024-08-21", byline="Fiona Castellane",
     title="Family of sailor held abroad say they are 'in contact with officials every day'",
     caption="Daniel Whitcombe's mother and sister outside the Foreign Office.", credit="Photograph: Family handout",
     body="""
The family of a British sailor detained in a foreign port for more than three weeks say they are in contact with Foreign Office officials every day but still do not know what he has been accused of.

Daniel Whitcombe, 29, was second officer on the cargo ship Merrow Bay when it was boarded by coastguard officers on 28 July. The other crew members were released after four days. Whitcombe was not.

His mother, Susan Whitcombe, said she had spoken to him once, for three minutes, through an interpreter.

"He sounded calm, but he kept saying he didn't understand why he was still there," she said.

## Consular visits

The Foreign Office said it was providing consular support and was in contact with the local authorities. A consular officer has visited Whitcombe twice and said he was being held in a port police station rather than a prison.

The ship's owner, Tallis Maritime, said it had hired a local lawyer and believed the case related to "paperwork concerning the ship's previous cargo" rather than anything Whitcombe had done.

## Vigil at the harbour

On Sunday around 300 people gathered at the harbour in his home town of Brixwell for a vigil. His sister, Laura, read a letter he had written to his nephew before the voyage.

The family have set up camp outside the Foreign Office in London and say they will stay there until they have answers.

"We are not leaving," Laura Whitcombe said.

MPs from three parties have written to the foreign secretary asking for the case to be raised directly with the government concerned.
"""),

dict(id="h2-en-007", lang="en", tpl="regional", section="Local", date="2024-02-27", byline="Sophie Ardent",
     title="Seven libraries to close as council sets out £14m savings plan",
     caption="Hatherley library, one of the branches earmarked for closure.", credit="Picture: Sophie Ardent",
     body="""
Seven of the 19 public libraries in Westbury borough will close by the end of the year under a savings plan published by the council on Monday.

The authority needs to find £14m over two years and says its library service, which costs £6.2m a year to run, has to contribute £1.1m.

The branches that would close are:

1. Hatherley
2. Fenwick Road
3. Old Mill
4. St Anne's
5. Crossways
6. Barton Green
7. Dunmore Park

Four of the seven share buildings with community centres, and the council says those buildings will stay open. It has also proposed a mobile library that would visit each of the affected neighbourhoods once a week.

## 'Heart of the estate'

Campaigners say the closures will hit the poorest parts of the borough hardest. Five of the seven libraries are in wards where more than a third of children live in low-income households.

"For a lot of kids on this estate, the library is the only quiet, warm place with a computer," said Patience Okoro, who runs a homework club at Fenwick Road. "You can't do that on a bus."

Council leader Graham Tulley said no councillor wanted to close a library, but that the alternative was cutting care for older and disabled residents.

## How to have your say

A public consultation runs until 10 April. Residents can respond online, by post, or at drop-in sessions in each of the affected libraries. A final decision will be taken by the cabinet in June.
"""),

dict(id="h2-en-008", lang="en", tpl="wordpress", section="Media", date="2024-05-09", byline="Ruth Abernethy",
     title="News site switches off reader comments after moderators overwhelmed",
     caption="The Coastline Post newsroom in Saltmouth.", credit="Photo: Supplied",
     body="""
The Coastline Post, one of the largest independent local news sites in the south-west, has switched off reader comments on all of its stories, saying its two part-time moderators could no longer keep up.

From Monday, articles on the site no longer end with a comment box. Instead, a short line tells readers that comments are closed and invites them to send letters to the editor by email.

Editor Mark Tyndall said the site had received more than 61,000 comments last year, up from 18,000 in 2020. Stories about planning disputes, traffic schemes and asylum hotels regularly attracted several hundred comments each, many of them abusive.

"Our story about a new cycle lane had 412 comments and not one of them was about the cycle lane," he said.

## Readers split

The decision has divided the site's readers. Some said comment threads had become unreadable. Others said they were the only place where residents could challenge the council in public.

Former councillor Hugh Penrose, a regular commenter, said the Post was "shutting the door on its own community".

Tyndall said the most useful comments had often come from people with direct knowledge of a story, and that the site would try to reach them in other ways, including a monthly readers' panel and a "tell us more" form at the end of each article.

## Industry trend

Several national titles have closed or restricted comments in recent years, often limiting them to subscribers or to a small number of stories each day. Researchers at the University of Exeter found last year that fewer than 2% of readers ever posted a comment, but that a third of readers read them.
"""),

dict(id="h2-en-009", lang="en", tpl="semantic", section="Science", date="2024-07-15", byline="Ishaan Bhatt", low=0,
     title="Slowing turbine blades at dusk cuts bat deaths by two thirds, study finds",
     caption="A wind farm on the Lammermuir Hills.", credit="Photo: Ishaan Bhatt",
     body="""
Slowing wind turbine blades for a few hours after sunset on warm, still evenings could cut the number of bats killed by two thirds while costing operators less than 1% of their annual output, according to a three-year study.

Researchers from the University of Dunmere fitted acoustic detectors and thermal cameras to 24 turbines at four wind farms in northern England and southern Scotland. On half of the turbines, the blades were kept almost stationary whenever wind speeds were below six metres per second during the first four hours of darkness between May and September.

Searches by trained dogs found 71 dead bats beneath the control turbines over three summers, compared with 23 beneath the turbines whose blades were slowed.

## Why bats die

Bats are thought to be drawn to turbines because insects gather around the towers on warm nights. Many of those killed are not struck by the blades but suffer fatal injuries from the sudden drop in air pressure behind them.

"The good news is that bats fly when the wind is light, and light wind is exactly when turbines produce the least electricity," said lead author Dr Kirsty Laidlaw. "You give up very little power to save a lot of animals."

## Industry response

The study estimates that the lost generation would be worth about £4,000 per turbine per year at current prices. RenewableUK said operators were already using similar measures at sites with rare species and would study the findings.

The authors want planning authorities to make such limits a standard condition for new wind farms near woodland and rivers, where bat activity is highest.
"""),

dict(id="h2-en-010", lang="en", tpl="nextjs", section="Health", date="2024-03-19", byline="Gemma Liddell",
     title="City bans junk food adverts from buses, bus stops and trams",
     caption="An advertising panel at a tram stop in the city centre.", credit="Picture: Getty",
     body="""
Adverts for foods high in fat, salt and sugar will be banned from buses, trams and bus shelters across Greater Ashcombe from January, after transport chiefs voted in favour of the restrictions on Tuesday.

The ban covers burgers, fried chicken, sweets, chocolate, sugary drinks and most crisps. Adverts for restaurants and supermarkets will still be allowed as long as they do not show products that break the nutrition rules.

Ashcombe's director of public health, Dr Samuel Achterberg, said the city had some of the highest rates of childhood obesity in the country and that children saw the adverts every day on their way to school.

"If you travel to school past 20 adverts for doughnuts, that is not a free choice," he said.

## Revenue worries

The transport authority earns about £3.4m a year from advertising on its network. Officials estimate that up to £700,000 of that could be lost, although London, which introduced similar rules in 2019, found that most advertisers switched to healthier products rather than leaving.

Outdoor advertising companies opposed the plan. Their trade body said there was "no robust evidence" that such bans reduce obesity and that the lost income would have to be found elsewhere.

## Exemptions

Small independent businesses with fewer than 250 staff will be exempt, as will adverts that carry no product at all, such as brand logos on sponsorship boards.

The authority will publish guidance for advertisers in the autumn. Campaigners said they would now press the council to apply the same rules to billboards it owns next to schools and parks.
"""),
]
