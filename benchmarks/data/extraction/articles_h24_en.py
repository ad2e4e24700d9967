# English stories for the twenty-fourth held-out part (h24-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template: "spip" is new in this part, the others are layouts of earlier parts),
# low (fixed residue count), only (fixed residue families), site (fixed site name), sub (standfirst /
# subtitle; shown by the templates that have one, never body), standfirst (the substack subtitle), notes
# (substack footnotes, marked "[^n]" at the end of a paragraph), pull (magazine pull quote: a piece of a
# story sentence, repeated by the template), times (liveblog entry times, newest first), wire (the wire
# item's update note, reporter, editor and slug), correction (the wording of the correction line, where a
# page carries one).
ARTICLES = [
dict(id="h24-en-001", lang="en", tpl="wire", section="Environment", date="2026-05-19", byline="Priya Chaudhary",
     title="UPDATE 1-Tarnwell Water fined 2.1 mln pounds over unreported sewage spills",
     sub="Magistrates heard that alerts from 41 river monitors had been switched off for 19 months.",
     caption="The river Leeth below Carlewick weir.", credit="BPS / Priya Chaudhary",
     wire=dict(note="(Adds company statement in paragraph 5, campaigners' reaction in paragraphs 7-8)",
               reporter="Priya Chaudhary", editor="Tom Hallworth", slug="BRITAIN-WATER/FINE (UPDATE 1)"),
     body="""
CARLEWICK, England, May 19 (BPS) - Tarnwell Water was fined 2.1 million pounds on Tuesday for failing to report more than 300 sewage spills into two rivers in northern England, one of the largest penalties of its kind imposed on a regional water company.

Magistrates in Carlewick heard that the company's monitors on the rivers Leeth and Awen recorded 317 spills between 2022 and 2024 that were never passed on to the Environment Agency, as the law requires.

Prosecutors told the court that staff in a control room in Carlewick had switched off automatic alerts from 41 monitors because they were "too noisy". The alerts stayed off for 19 months. District Judge Anita Rowe said the failures were "not a computer glitch but a habit".

The company pleaded guilty in March.

"We accept the court's decision in full," Tarnwell chief executive Graham Pike said in a statement. "Every spill should have been reported, and the people who swim and fish in these rivers had a right to know."

The company said it had since:

- reconnected all 41 monitors to the alert system;
- published live spill data on its website;
- moved reporting duties out of the control room to a separate team.

Campaign group Clean Leeth, which first raised the missing data in 2024, called the fine "a start". Its chair, Dev Mistry, said volunteers had found the gaps by comparing the company's public logbooks with their own readings at the river bank.

"We did the counting that the company should have done," Mistry said.

The fine will be paid by the company's owners and not added to customer bills, the industry regulator said.

Shares in Tarnwell's parent company, Hexley Group, fell 1.8 percent in early trading in London.
"""),

dict(id="h24-en-002", lang="en", tpl="liveblog", section="Weather", date="2026-01-27", byline="Live team",
     title="Storm Isolde live: power cuts, closed schools and trains cancelled across the county",
     sub="Gusts of up to 82mph were recorded overnight. An amber wind warning is in force until 6pm.",
     caption="A fallen tree blocks the road into Garth.", credit="Photo: Dafydd Rowlands",
     times=["16:20", "14:05", "12:30", "10:45", "08:10"],
     body="""
## Power back for most homes

Northern Grid says power has been restored to 11,200 of the 14,000 homes that lost it overnight. About 2,800 homes, most of them in the hill villages around Garth and Pennock, are still without electricity.

Engineers expect to reconnect most of them by tomorrow evening, but the company says a few isolated farms may have to wait until Thursday.

## Welfare centre opens in Garth

The county council has opened a welfare centre at Garth village hall, with hot food, phone charging and camp beds.

Anyone who cannot stay at home safely can contact the council's emergency line on 0300 555 0192, which will be staffed through the night.

## Trains cancelled until tomorrow

Northway Rail has cancelled all services between Pennock and Hawsley for the rest of the day after a tree came down across the line near Brannock tunnel.

A replacement bus is running every hour from both stations, but the operator warns that journeys will take at least twice as long.

## Thirty-four schools closed

Thirty-four schools have closed today, most of them in upland areas where roads are blocked. The full list is on the council's website and is being updated as head teachers report in.

Secondary schools in Hawsley and the town-centre primaries are open as normal.

## Gusts of 82mph overnight

Good morning. Storm Isolde brought gusts of up to 82mph to the county overnight, the strongest recorded at the Pennock Edge weather station since 2014.

The amber warning for wind stays in place until 6pm. Forecasters say the worst has passed, but heavy showers are expected this afternoon.
"""),

dict(id="h24-en-003", lang="en", tpl="magazine", section="Features", date="2026-04-11", byline="Miriam Achterberg",
     title="Forty years, 1,200 front doors: the postman who photographed his round",
     sub="Alan Brierley retired last spring. His pictures of the doors he knocked on are now a town archive.",
     caption="Alan Brierley with a box of prints at his home in Skelby.", credit="Photograph: Kwame Asante",
     pull="A door tells you who lives there before they open it",
     body="""
Alan Brierley delivered letters to the same 1,200 houses in Skelby for 40 years. For most of that time he also carried a camera.

He took his first photo of a front door in 1986, on a morning when the paint on number 14 Cobden Street was so fresh it was still tacky. "I thought: that colour won't last," he said. "And it didn't."

## A door a day

From then on, he photographed one door on his round every working day, always from the same spot on the pavement and always before 9am. When he reached the end of the list, he started again from the top.

By the time he retired last April, he had about 9,000 pictures, most of them on film. His wife, June, labelled every print with the address and the date.

"A door tells you who lives there before they open it," Brierley said. "New baby, new paint. Somebody poorly, the brass goes dull."

## From a shoebox to the library

The prints spent decades in shoeboxes in the Brierleys' spare room. Last year their granddaughter, a history student, began scanning them.

The town library has now agreed to keep the collection and put it online. Librarian Nadia Farouk said the pictures record changes that no official document captured, including:

- the switch from wooden doors to plastic ones in the 1990s;
- the disappearance of letterbox plates and boot scrapers;
- the arrival of doorbell cameras after 2015.

Residents who recognise their own door are already writing to the library with stories about the people who lived behind it.

## The last door

Brierley's final photograph, taken on his last day, is of the sorting office door. He has not picked up his camera since.

"I haven't got a round any more," he said. "So I don't know which door is next."
"""),

dict(id="h24-en-004", lang="en", tpl="substack", site="The Lantern Street Letter", section="Neighbourhood",
     date="2026-11-06", byline="Ffion Rhys-Adams",
     title="What I learned from a month of reading the corner shop noticeboard",
     standfirst="Forty-six cards, one tortoise and a lesson about who is not on the group chat",
     sub="Forty-six cards, one tortoise and a lesson about who is not on the group chat",
     caption="The noticeboard inside Patel's on Lantern Street.", credit="Photo: Ffion Rhys-Adams",
     notes=["I photographed each card and left the names out. Where a card carried a phone number, I have not printed it.",
            "Mrs Howells asked me to add that the lift is still on offer, on Thursdays, from the bus stop outside the library."],
     body="""
There is a cork board inside the door of Patel's on Lantern Street, between the lottery machine and the firelighters. I have been reading it for eleven years, and for the whole of October I counted what went on it.

In those 31 days, 46 cards went up. I wrote each one down.[^1]

## What people pin up

The cards fall into a few groups:

- lost and found pets, nine of them, including one tortoise;
- rooms to let and sofas to give away;
- offers of piano, maths and Welsh lessons;
- notices for two choirs, a quiz night and a funeral.

Mr Patel takes the cards down after four weeks unless someone asks him to leave them up. He charges nothing.

## Why it still works

Plenty of our street is on the residents' WhatsApp group, and some of it is on the neighbourhood app too. But when I asked people why they had chosen the board, the answer was nearly always the same: it reaches the people who are not online.

"My mother is 88. She hasn't got a phone she can read," said Gwen Howells, whose card offered a lift to the Thursday lunch club. "She reads the board every morning when she buys her paper."[^2]

The tortoise, by the way, turned up in a garden two doors down after three days.

## Next for the board

When I started this newsletter, fifty of you subscribed in the first week, most of you neighbours. Several of you have since asked whether the board could go online.

I asked Mr Patel. He said no. "Then nobody would come in," he said.
"""),

dict(id="h24-en-005", lang="en", tpl="regional", section="Court", date="2026-02-12", byline="Callum Freer",
     title="Bakery fined after selling factory-made cookies as 'baked on site every morning'",
     sub="Trading standards were called in after a customer spotted the same cookies at a motorway service station.",
     caption="Crumb & Co on Fore Street, Hawsley.", credit="Picture: Callum Freer",
     body="""
A Hawsley bakery has been fined £6,500 for selling cookies described as "baked on site every morning" that were in fact made in a factory 200 miles away.

Crumb & Co, on Fore Street, pleaded guilty at Hawsley Magistrates' Court on Wednesday to two offences under consumer protection law.

Trading standards officers began looking into the shop last summer after a customer noticed the same cookies, in the same wrapping, on sale at a motorway service station.

## Frozen dough from Kent

The court heard that the bakery bought frozen cookie dough from a wholesaler in Kent and baked it in a small oven behind the counter. Signs in the window and on the shop's website said the cookies were "made by hand, from scratch, right here".

Prosecutor Helen Akande said the shop charged £3.20 a cookie, about three times the wholesale price. "Customers were paying for a story, and the story was not true," she said.

## 'A mistake, not a con'

The bakery's owner, Lewis Darby, told the court he had taken over the business in 2023 and had not changed the signs left by the previous owner.

His solicitor said Darby had since removed the wording and now sold the cookies as "baked in store", which was accurate.

Magistrates fined the company £4,000 and ordered it to pay £2,500 in costs.

Outside court, Darby said the bread and cakes had always been made on the premises. "The cookies were the only thing we didn't make from scratch," he said. "That changes next month."
"""),

dict(id="h24-en-006", lang="en", tpl="weebly", site="Brackenfold Community Orchard", section="Orchard diary",
     date="2026-10-07", byline="Pauline Ashdown",
     title="Apple Day raises £1,860, and the new cider press passes its first test",
     sub="About 400 people walked up the lane on Saturday, our biggest turnout yet.",
     caption="Children take turns on the new cider press.", credit="Photo: Ray Tindall",
     body="""
Thank you to everyone who came to Apple Day on Saturday. We think about 400 people walked up the lane to the orchard, more than we have ever had, and the rain held off until the last pressing.

The day raised £1,860 for the orchard fund. That is enough to pay for the new hedge along the top field and for next year's insurance.

## The new press

Most of you will have seen the new cider press in action. It was built over the summer by Ray Tindall, who used oak from a fallen tree on the Hallam estate and the screw from an old press found in a barn at Wenlow.

It can press about 40 litres of juice an hour, twice as much as the old one, and the children were very keen to turn the handle.

## What we picked

This year's crop was smaller than last year's after the late frost in April. Our best trees were:

- the two Bramleys by the gate;
- the Ashmead's Kernel that Joan planted in 2012;
- the young Discovery trees along the stream.

Members share the harvest equally, and what is left over goes to the food bank on Mill Road.

## Adopt a tree

We still have six young trees looking for someone to adopt them. Adopting means helping with the pruning in February and the picking in September, and you get your name on a small slate sign.

If you would like to adopt one, contact Pauline at the Saturday work party or come along to the committee meeting on 4 November.
"""),

dict(id="h24-en-007", lang="en", tpl="storybody", section="Arts", date="2026-03-13", byline="Owain Pritchard",
     title="Council pays folk band £4,000 over song used in tourism video without permission",
     sub="The band's singer found out when her aunt sent her a link to the video.",
     caption="The Harbour Lamps performing at Pennock Folk Festival last summer.", credit="Photo: Bethan Lloyd",
     low=1, only=["correction"],
     correction="Correction: the first version of this report gave the band's name wrongly as The Harbour Lights.",
     body="""
Pennock Town Council has agreed to pay a local folk band £4,000 after using one of their songs in a tourism video without asking.

The two-minute video, made to promote the town's walking festival, was posted on the council's social media accounts in January and has been watched more than 60,000 times. The soundtrack was "Edge of the Moor", a 2019 song by The Harbour Lamps.

The band's singer, Carys Moffatt, said she found out when her aunt sent her a link. "I was pleased for about ten seconds," she said. "Then I realised nobody had asked us."

## Who owns the song

Moffatt wrote the song, and the band owns the copyright in the recording. Their lawyer wrote to the council in February asking for the video to be taken down or for a licence fee to be paid.

The council's clerk, Martin Oyelaran, said a volunteer had edited the video and had believed the song was free to use because it was on a public streaming site.

"That was wrong, and we have apologised," he said. "We have also changed how we check any music we use."

## A credit and a cheque

Under the agreement, the council will pay the band £4,000 and keep the video online with a credit to the band at the end.

Moffatt said the money would pay for the band's next recording. "It's a good video," she said. "I just wish they'd rung us first."
"""),

dict(id="h24-en-008", lang="en", tpl="cms", section="Education", date="2026-01-15", byline="Grace Oduya",
     title="School says phone lockers have halved lost-phone reports in a term",
     sub="Pupils at Brook Lane Academy hand in their phones before registration and collect them at 3.15pm.",
     caption="Numbered phone lockers in the entrance hall at Brook Lane Academy.", credit="Photo: Grace Oduya",
     body="""
A secondary school in Hawsley says reports of lost and stolen phones have halved since it began locking pupils' phones away during the school day.

Since September, pupils at Brook Lane Academy have put their phones in numbered lockers in the entrance hall before registration. They collect them at 3.15pm.

## Fewer arguments in the corridors

Head teacher Andrea Kowalczyk said staff had noticed a change within a few weeks. Lost-property reports involving phones fell from 38 in the autumn term last year to 17 this year, and incidents of online bullying reported to staff fell by about a third.

"The lunch hall is noisy again," she said. "That's a good sign. It means they're talking to each other."

The lockers cost £11,000, paid for from the school's own budget and a grant from the parents' association.

## Not everyone is convinced

Some parents worried that they would not be able to reach their children in an emergency. The school now has a dedicated phone line at reception for families, answered until 5pm.

Others said the change had simply moved the problem to the bus stop. "They're on their phones from the second they get them back," said one mother, who asked not to be named.

A survey in November asked parents to share their views. Of the 412 who replied, 71 per cent said they supported the lockers.

The school will share its figures with the county's other secondary schools at a meeting in June.
"""),

dict(id="h24-en-009", lang="en", tpl="gutenberg", section="Heritage", date="2026-06-24", byline="Isobel Whitcombe",
     title="Every page of the Wenlow Gazette since 1921 is now free to read online",
     sub="Twenty-six volunteers spent three years scanning 240,000 pages from the library's bound volumes.",
     caption="A volunteer turns the pages of a 1962 bound volume at Wenlow library.", credit="Photo: Wenlow Library",
     body="""
Every edition of the Wenlow Gazette, from its first issue in 1921 to its last in 2009, can now be read online free of charge after a three-year project by the town library.

Volunteers scanned about 240,000 pages from the library's bound volumes, many of which had become too fragile to handle. The archive can be searched by name, street or date.

## Volunteers did most of the work

The project was led by librarian Tom Ashcroft and a team of 26 volunteers, most of them retired. They worked in pairs, one turning the pages and one checking each scan.

"Some of the bindings had not been opened since the 1970s," Ashcroft said. "You could still smell the ink."

The work was paid for with a £48,000 grant from a heritage fund and donations from local businesses.

## A paper most of the town read

At its peak in 1962, about 21,000 households in Wenlow and the surrounding villages subscribed to the Gazette, more than one home in two. It closed in 2009 after its owners merged it into a larger regional title.

Readers have already found:

- their grandparents' wedding announcements;
- the 1947 flood, reported over six pages;
- a 1978 photo of a school nativity play, in which three readers have written in to say they appear.

The library is asking anyone who has copies of the missing editions from 1940 and 1941 to lend them for scanning.
"""),
]
