"""Figures from sport, technology, science, markets and wire copy, labelled by hand
(issue 16): units, ranges with the unit said once, multipliers and ratios, odds,
compound durations and race times.

    python benchmarks/units_figures.py     # writes benchmarks/data/numbers_units.jsonl

Families: sport, technology, science, markets (sentences written here in those styles),
timebank (sentences of TimeBank 1.2, stored as text) and wire (Reuters-21578: document
id and the offsets of a sentence in the article's text only; the sentence is read from
the corpus with numbers_bench.py --reuters, and each figure is named by its own
characters, as frames.jsonl does). The labels were written from reading the sentence,
not from any extractor's output. Conventions: a time is in the unit said (a compound
one or a race time in its smallest unit, "3:07:35" in seconds); a range keeps its hedge
words in its text; a multiplier word is unit "times"; "one in five" and "nine times out
of ten" are percent; odds are unit "odds", value the fraction; a unit that is meant but
not said ("another 100,000 to 200,000") is None.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsroom_figures import B, H, M, P, R, T  # noqa: E402  (the label makers of the first set)

OUT = Path(__file__).parent / "data" / "numbers_units.jsonl"

SPORT = [
    ("Smith's 100m national record of 9.91secs was set in Lagos.", [P("100m", 100, "m"), P("9.91secs", 9.91, "second")], []),
    ("She pulled away over the final 200m to win by two seconds.", [P("200m", 200, "m"), P("two seconds", 2, "second")], []),
    ("Bolt ran 9.58secs in Berlin in 2009.", [P("9.58secs", 9.58, "second")], ["2009"]),
    ("He won the 400m hurdles in 47.1 seconds.", [P("400m", 400, "m"), P("47.1 seconds", 47.1, "second")], []),
    ("The Kenyan won the marathon in 2:03:59, the fastest time this year.", [P("2:03:59", 7439, "second")], []),
    ("Her winning time of 3:07:35 was a course record.", [P("3:07:35", 11255, "second")], []),
    ("He clocked 3:43.13 for the mile.", [P("3:43.13", 223.13, "second")], []),
    ("She finished the 1500m freestyle in 15 minutes 20.48 seconds.", [P("1500m", 1500, "m"), P("15 minutes 20.48 seconds", 920.48, "second")], []),
    ("The stage covered 187km through the Alps.", [P("187km", 187, "km")], []),
    ("The climb took two hours and 15 minutes.", [P("two hours and 15 minutes", 135, "minute")], []),
    ("Farah took the 10,000m title by 0.3secs.", [P("10,000m", 10000, "m"), P("0.3secs", 0.3, "second")], []),
    ("The 50m freestyle final was won in 21.3 seconds.", [P("50m", 50, "m"), P("21.3 seconds", 21.3, "second")], []),
    ("The club paid a £60m transfer fee for the striker.", [P("£60m", 60 * M, "GBP")], []),
    ("United have won nine times out of ten at home this season.", [P("nine times out of ten", 90, "percent")], []),
    ("The favourite, at 6/4, was beaten by a 33/1 outsider.", [P("6/4", 1.5, "odds"), P("33/1", 33, "odds")], []),
    ("Bookmakers make him the 11/8 favourite for the title.", [P("11/8", 1.375, "odds")], []),
    ("The jockey rode three, four or perhaps five winners a day.", [R("three, four or perhaps five", 3, 5)], []),
    ("He was banned for six to eight weeks.", [R("six to eight weeks", 6, 8, "week")], []),
    ("The winger has scored twice as many goals as last season.", [P("twice", 2, "times")], []),
    ("The team's wage bill has doubled since 2019.", [P("doubled", 2, "times")], ["2019"]),
    ("She threw the javelin 68.5 metres.", [P("68.5 metres", 68.5, "m")], []),
    ("His jump of 8.95m has stood since 1991.", [P("8.95m", 8.95, "m")], ["1991"]),
    ("He ran the last 100m in 9.2 seconds.", [P("100m", 100, "m"), P("9.2 seconds", 9.2, "second")], []),
    ("Attendance was 52,000, and 6,000 fans travelled 300 miles.", [P("52,000", 52000), P("6,000", 6000), P("300 miles", 300, "mi")], []),
    ("The defender signed a deal worth £200,000 a week.", [P("£200,000", 200000, "GBP")], []),
    ("Their lead was cut to 12 points with eight games left.", [P("12", 12), P("eight", 8)], []),
    ("The sprinter's top speed was 44.72km/h.", [P("44.72km/h", 44.72, "km/h")], []),
    ("He completed the 42.2km course in two hours, one minute and 9 seconds.", [P("42.2km", 42.2, "km"), P("two hours, one minute and 9 seconds", 7269, "second")], []),
    ("The relay team shaved 0.4 seconds off the world record.", [P("0.4 seconds", 0.4, "second")], []),
    ("The boxer weighed in at 76.2kg.", [P("76.2kg", 76.2, "kg")], []),
    ("The 200m Olympic final was run in 19.62 seconds.", [P("200m", 200, "m"), P("19.62 seconds", 19.62, "second")], []),
    ("She won the 800m world title by more than a second.", [P("800m", 800, "m")], []),
    ("The swimmer broke the 100m backstroke record twice.", [P("100m", 100, "m")], []),
    ("Ticket prices for the final rose between 10 and 15 per cent.", [R("between 10 and 15 per cent", 10, 15, "percent")], []),
    ("The cyclist averaged 41.2 km/h over the 35km time trial.", [P("41.2 km/h", 41.2, "km/h"), P("35km", 35, "km")], []),
    ("The injury will keep him out for two or three months.", [R("two or three months", 2, 3, "month")], []),
    ("The horse is a 5/2 shot with most bookmakers.", [P("5/2", 2.5, "odds")], []),
    ("He has scored 14 goals in 20 games, more than doubled his tally.", [P("14", 14), P("20", 20), H("more than doubled", 2, "at_least", "times")], []),
    ("The pool is 50 metres long and 25 metres wide.", [P("50 metres", 50, "m"), P("25 metres", 25, "m")], []),
    ("She finished in 2:21:11, a minute ahead of her rival.", [P("2:21:11", 8471, "second")], []),
]

TECHNOLOGY = [
    ("It is a 1.5GB download.", [P("1.5GB", 1.5, "GB")], []),
    ("The phone has 256mb of memory and a 2.4GHz chip.", [P("256mb", 256, "MB"), P("2.4GHz", 2.4, "GHz")], []),
    ("The file is one gigabyte.", [P("one gigabyte", 1, "GB")], []),
    ("Customers were promised 8Mbps broadband.", [P("8Mbps", 8, "Mbit/s")], []),
    ("Rural lines manage 0.5-2 megabits a second.", [R("0.5-2 megabits a second", 0.5, 2, "Mbit/s")], []),
    ("The new fibre service offers 1Gbps to 300,000 homes.", [P("1Gbps", 1, "Gbit/s"), P("300,000", 300000)], []),
    ("The laptop ships with 16GB of RAM and a 512GB drive.", [P("16GB", 16, "GB"), P("512GB", 512, "GB")], []),
    ("The chip runs at 3.2 GHz and draws 65 watts.", [P("3.2 GHz", 3.2, "GHz"), P("65 watts", 65, "W")], []),
    ("Mobile data use doubled in two years.", [P("doubled", 2, "times"), P("two years", 2, "year")], []),
    ("The company shipped 4.2 million handsets, a threefold rise.", [P("4.2 million", 4.2 * M), P("threefold", 3, "times")], []),
    ("Download speeds average 35.4Mbps, twice the national figure.", [P("35.4Mbps", 35.4, "Mbit/s"), P("twice", 2, "times")], []),
    ("The battery lasts between 12 and 14 hours.", [R("between 12 and 14 hours", 12, 14, "hour")], []),
    ("The update is 750MB.", [P("750MB", 750, "MB")], []),
    ("A single mast covers about 2km.", [H("about 2km", 2, "approx", "km")], []),
    ("The service stores 20 petabytes of video.", [P("20 petabytes", 20, "PB")], []),
    ("The firm sold 231 million phones, up 6 per cent.", [P("231 million", 231 * M), P("6 per cent", 6, "percent")], []),
    ("The display refreshes at 120Hz.", [P("120Hz", 120, "Hz")], []),
    ("It costs $999 for the 128GB model.", [P("$999", 999, "USD"), P("128GB", 128, "GB")], []),
    ("Teenagers spend two or three hours a day online.", [R("two or three hours", 2, 3, "hour")], []),
    ("The outage lasted six to eight hours.", [R("six to eight hours", 6, 8, "hour")], []),
    ("The processor has 8 cores running at 2.8GHz.", [P("8", 8), P("2.8GHz", 2.8, "GHz")], []),
    ("Streaming in 4K needs 25 megabits per second.", [P("25 megabits per second", 25, "Mbit/s")], ["4"]),
    ("Prices of memory chips halved last year.", [P("halved", 0.5, "times")], []),
    ("The phone weighs 187 grams.", [P("187 grams", 187, "g")], []),
    ("Half of users never change their password.", [P("Half", 50, "percent")], []),
    ("Shares of the chipmaker rose 12% to $48.20.", [P("12%", 12, "percent"), P("$48.20", 48.2, "USD")], []),
    ("Its 1TB plan costs £9.99 a month.", [P("1TB", 1, "TB"), P("£9.99", 9.99, "GBP")], []),
    ("The firm employs 1,200 engineers in Bangalore.", [P("1,200", 1200)], []),
    ("Sales of the console tripled to 9 million units.", [P("tripled", 3, "times"), P("9 million", 9 * M)], []),
    ("The network reaches 98.5% of the population.", [P("98.5%", 98.5, "percent")], []),
    ("A 10Gbps link joins the two data centres.", [P("10Gbps", 10, "Gbit/s"), P("two", 2)], []),
    ("The old modem managed 56 kbps on a good day.", [P("56 kbps", 56, "kbit/s")], []),
    ("The headset's screens run at 90Hz and weigh 500 grams.", [P("90Hz", 90, "Hz"), P("500 grams", 500, "g")], []),
    # a change from one figure to another, the unit said once (not a range: "rose from")
    ("Upload speeds rose from 10 to 20 megabits per second.", [P("10", 10, "Mbit/s"), P("20 megabits per second", 20, "Mbit/s")], []),
    ("The app was downloaded 3.5 million times in a week.", [P("3.5 million", 3.5 * M)], []),
]

SCIENCE = [
    ("The glacier has retreated 1.2km since 1950.", [P("1.2km", 1.2, "km")], ["1950"]),
    ("Temperatures reached 48.8C in Sicily.", [P("48.8C", 48.8, "degC")], []),
    ("The telescope's mirror is 6.5 metres across.", [P("6.5 metres", 6.5, "m")], []),
    ("The probe has travelled 6.4 billion kilometres.", [P("6.4 billion kilometres", 6.4 * B, "km")], []),
    ("Sea levels rose 3.7mm a year over the decade.", [P("3.7mm", 3.7, "mm")], []),
    ("The quake struck at a depth of 10km.", [P("10km", 10, "km")], []),
    ("Emissions must be halved by 2030.", [P("halved", 0.5, "times")], ["2030"]),
    ("The vaccine was 95% effective in a trial of 43,000 people.", [P("95%", 95, "percent"), P("43,000", 43000)], []),
    ("The asteroid is 340 metres wide and will pass within 31,000km of Earth.", [P("340 metres", 340, "m"), P("31,000km", 31000, "km")], []),
    ("The patient's temperature was 39.5 degrees Celsius.", [P("39.5 degrees Celsius", 39.5, "degC")], []),
    ("Arctic ice cover fell to 3.74 million square kilometres.", [P("3.74 million square kilometres", 3.74 * M, "km2")], []),
    ("The drug cut deaths by a third.", [P("a third", 100 / 3, "percent")], []),
    ("Wind speeds reached 160mph, twice the strength of last year's storm.", [P("160mph", 160, "mph"), P("twice", 2, "times")], []),
    ("The hydrogen line lies at 1.42 gigahertz.", [P("1.42 gigahertz", 1.42, "GHz")], []),
    ("The rover drove 28 metres on Tuesday.", [P("28 metres", 28, "m")], []),
    ("Rainfall was three times the monthly average.", [P("three times", 3, "times")], []),
    ("About one in four species is threatened.", [H("About one in four", 25, "approx", "percent")], []),
    ("The island lies 1,600km off the coast.", [P("1,600km", 1600, "km")], []),
    ("Carbon dioxide levels hit 421 parts per million.", [P("421 parts per million", 421, "ppm")], []),
    ("The ozone hole covered 26 million sq km.", [P("26 million sq km", 26 * M, "km2")], []),
    ("The mission will last two or three years.", [R("two or three years", 2, 3, "year")], []),
    ("Each sample was heated for 8 minutes 12.3 seconds.", [P("8 minutes 12.3 seconds", 492.3, "second")], []),
    ("The meteorite weighed 1.2 tonnes.", [P("1.2 tonnes", 1.2, "t")], []),
    ("Antarctic sea ice shrank by 11% in a decade.", [P("11%", 11, "percent")], []),
    ("The eruption sent ash 15km into the sky.", [P("15km", 15, "km")], []),
    ("The bridge's main span is 1,991 metres.", [P("1,991 metres", 1991, "m")], []),
    ("Scientists drilled 3,768 metres into the ice.", [P("3,768 metres", 3768, "m")], []),
    ("The lake is 1,642m deep.", [P("1,642m", 1642, "m")], []),
    ("Sunlight takes 8 minutes 20 seconds to reach Earth.", [P("8 minutes 20 seconds", 500, "second")], []),
    ("The coral reef stretches 2,300km.", [P("2,300km", 2300, "km")], []),
    ("The virus survived between two and three days on plastic.", [R("between two and three days", 2, 3, "day")], []),
    ("The crater is 180km wide and 20km deep.", [P("180km", 180, "km"), P("20km", 20, "km")], []),
    ("Nine out of 10 samples were contaminated.", [P("Nine out of 10", 90, "percent")], []),
    ("The comet travels at 66 kilometres per second.", [P("66 kilometres per second", 66, "km/s")], []),
    ("Ocean heat content has quadrupled since the 1990s.", [P("quadrupled", 4, "times")], []),
    ("The animals were tracked over 1,200 miles.", [H("over 1,200 miles", 1200, "at_least", "mi")], []),
    ("The tallest tree measured 115.9 metres.", [P("115.9 metres", 115.9, "m")], []),
]

MARKETS = [
    ("Gilt yields rose a quarter of a percentage point.", [P("a quarter of a percentage point", 0.25, "percentage_point")], []),
    ("The Bank of England raised rates by 0.25 percentage points to 5.25%.", [P("0.25 percentage points", 0.25, "percentage_point"), P("5.25%", 5.25, "percent")], []),
    ("Brent crude rose $1.20 to $84.50 a barrel.", [P("$1.20", 1.2, "USD"), P("$84.50", 84.5, "USD")], []),
    ("The FTSE 100 fell 1.2% to 7,412 points.", [P("1.2%", 1.2, "percent"), P("7,412", 7412)], ["100"]),
    ("The company's shares doubled in value after the results.", [P("doubled", 2, "times")], []),
    ("Profits more than tripled to £45m.", [H("more than tripled", 3, "at_least", "times"), P("£45m", 45 * M, "GBP")], []),
    ("The fund manages $2-3 billion for pension schemes.", [R("$2-3 billion", 2 * B, 3 * B, "USD")], []),
    ("Analysts expect growth of 2 to 2.5 per cent.", [R("2 to 2.5 per cent", 2, 2.5, "percent")], []),
    ("Inflation halved to 3.2% over the year.", [P("halved", 0.5, "times"), P("3.2%", 3.2, "percent")], []),
    ("Gold climbed 0.8% to $2,034 an ounce.", [P("0.8%", 0.8, "percent"), P("$2,034", 2034, "USD")], []),
    ("The merger is worth €12.5bn including debt.", [P("€12.5bn", 12.5 * B, "EUR")], []),
    ("Revenue rose 14% to ¥1.2 trillion.", [P("14%", 14, "percent"), P("¥1.2 trillion", 1.2 * T, "JPY")], []),
    ("Bond yields have risen threefold since March.", [P("threefold", 3, "times")], []),
    ("The central bank cut rates by 50 basis points.", [P("50 basis points", 50, "basis_point")], []),
    ("Six out of 20 economists polled expect a cut.", [P("Six out of 20", 30, "percent")], []),
    ("Copper rose to $9,800 a tonne, twice the price of 2016.", [P("$9,800", 9800, "USD"), P("twice", 2, "times")], ["2016"]),
    ("The bank will cut between 1,000 and 1,500 jobs.", [R("between 1,000 and 1,500", 1000, 1500)], []),
    ("Oil output fell to 9.8 million barrels per day.", [P("9.8 million barrels per day", 9.8 * M, "bbl/d")], []),
    ("Its market value has halved to $40bn.", [P("halved", 0.5, "times"), P("$40bn", 40 * B, "USD")], []),
    ("The index has returned 7.5% a year for two decades.", [P("7.5%", 7.5, "percent"), P("two decades", 2, "decade")], []),
    ("Mortgage rates jumped to 7.08%, the highest in 20 years.", [P("7.08%", 7.08, "percent"), P("20 years", 20, "year")], []),
    ("Wheat futures rose 4 cents to $6.12 a bushel.", [P("4 cents", 0.04, "USD"), P("$6.12", 6.12, "USD")], []),
    ("Retail sales grew three or four per cent.", [R("three or four per cent", 3, 4, "percent")], []),
    ("Ten-year Treasury yields rose 12 basis points to 4.31%.", [P("12 basis points", 12, "basis_point"), P("4.31%", 4.31, "percent")], []),
    ("The bank cut its key rate by half a percentage point to 4%.", [P("half a percentage point", 0.5, "percentage_point"), P("4%", 4, "percent")], []),
    ("The yield spread narrowed by three quarters of a point.", [P("three quarters of a point", 0.75, "percentage_point")], []),
    ("Nine times out of ten the index rises in December.", [P("Nine times out of ten", 90, "percent")], []),
    ("The stock has fallen 40% in six to eight weeks.", [P("40%", 40, "percent"), R("six to eight weeks", 6, 8, "week")], []),
    ("The company expects to save £30m-£40m a year.", [R("£30m-£40m", 30 * M, 40 * M, "GBP")], []),
    ("Trading volumes were twice the daily average.", [P("twice", 2, "times")], []),
    ("The takeover values each share at 450p.", [P("450p", 4.5, "GBP")], []),
    ("Output rose 0.3% in March and 0.5% in April.", [P("0.3%", 0.3, "percent"), P("0.5%", 0.5, "percent")], []),
    ("Losses widened to $1.1bn from $600m.", [P("$1.1bn", 1.1 * B, "USD"), P("$600m", 600 * M, "USD")], []),
]

# TimeBank 1.2 sentences (file stem), stored as text
TIMEBANK = [
    ("APW19990122.0193", "But The Buffalo News reported Friday that the hair was in a packet, with at least two bullets, that was found buried in the ground more than 50 feet from a tree where police believe the sniper stood and fired.",
     [H("at least two", 2, "at_least"), H("more than 50 feet", 50, "at_least", "ft")], []),
    ("APW19990607.0041", "Kopp wears eyeglasses, walks with a slight limp, is 5 feet, 10 inches tall and weighs 150 to 175 pounds.",
     [R("150 to 175 pounds", 150, 175, "lb")], []),
    ("NYT19990419.0515", "The rifle was discovered April 8 buried one foot below the ground, about 200 feet behind Slepian's house.",
     [P("one foot", 1, "ft"), H("about 200 feet", 200, "approx", "ft")], ["8"]),
    ("AP900816-0139", "Reports attributed to the Japanese foreign ministry said Saudi Arabia told U.S., European and Japanese oil companies of a 15-20 percent cutback in its oil supply in September.",
     [R("15-20 percent", 15, 20, "percent")], []),
    ("APW19980213.1380", "Police confirmed Friday that the body found along a highway in this municipality 15 miles south of San Juan belonged to Jorge Hernandez, 49.",
     [P("15 miles", 15, "mi")], []),
    ("APW19980219.0476", "Howes' team was clearing mines 17 kilometers (10 miles) from Angkor Wat, the fabled 11th century temple that is Cambodia's main tourist attraction, when it was attacked.",
     [P("17 kilometers", 17, "km"), P("10 miles", 10, "mi")], ["11th"]),
    ("APW19980322.0749", "Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in a shed in Dundalk, 50 miles (80 kms) south of Belfast.",
     [H("more than 1,300 pounds", 1300, "at_least", "lb"), P("600 kgs", 600, "kg"), P("50 miles", 50, "mi"), P("80 kms", 80, "km")], []),
    ("APW19980322.0749", "The crucible is Portadown, 30 miles (50 kms) southwest of Belfast, where Orangemen march each July from their rural church back downtown.",
     [P("30 miles", 30, "mi"), P("50 kms", 50, "km")], []),
    ("APW19980626.0364", "The fine is twice the donation, as provided for under German party financing laws.",
     [P("twice", 2, "times")], []),
    ("NYT19980212.0019", "There were four or five people inside, and they just started firing.",
     [R("four or five", 4, 5)], []),
    ("VOA19980331.1700.1533", "It's between two to six days for every one of the sickest patients across the country.",
     [R("between two to six days", 2, 6, "day")], []),
    ("WSJ910225-0066", "The Americans say their battle plans call for operating against forces inside Iraq as far north as the city of Basra, about 30 miles north of Kuwait.",
     [H("about 30 miles", 30, "approx", "mi")], []),
    ("wsj_0136", "Oshkosh Truck Corp., Oshkosh, Wis., estimated earnings for its fourth quarter ended Sept. 30 fell 50% to 75% below the year-earlier $4.5 million, or 51 cents a share.",
     [R("50% to 75%", 50, 75, "percent"), P("$4.5 million", 4.5 * M, "USD"), P("51 cents", 0.51, "USD")], ["30"]),
    ("wsj_0165", "Depending upon how many warrants and options are exercised prior to completion of the transaction, Heritage would issue between 1.8 million and 2.35 million preferred shares, a Heritage spokesman estimated.",
     [R("between 1.8 million and 2.35 million", 1.8 * M, 2.35 * M)], []),
    ("wsj_0184", "The program, available to Upjohn employees 55 years old or older, could increase an individual's retirement benefits 10% to 20%.",
     [R("10% to 20%", 10, 20, "percent")], []),
    ("wsj_0184", "According to Upjohn's estimates, only 50% to 60% of the 1,100 eligible employees will take advantage of the plan.",
     [R("50% to 60%", 50, 60, "percent"), P("1,100", 1100)], []),
    ("wsj_0313", "Ocean Drilling said it will offer 15% to 20% of the contract-drilling business through an initial public offering in the near future.",
     [R("15% to 20%", 15, 20, "percent")], []),
    ("wsj_0348", "Meanwhile, Ogden Corp., which also has interests in building maintenance and management, reported third-quarter net income of $27.1 million, or 67 cents a share, more than twice the $13.5 million, or 34 cents a share, a year earlier.",
     [P("$27.1 million", 27.1 * M, "USD"), P("67 cents", 0.67, "USD"), H("more than twice", 2, "at_least", "times"), P("$13.5 million", 13.5 * M, "USD"), P("34 cents", 0.34, "USD")], []),
    ("wsj_0376", "Some analysts have said Courtaulds' moves could boost the company's value by 5% to 10%, because the two entities separately will carry a higher price earnings multiple than they did combined.",
     [R("5% to 10%", 5, 10, "percent"), P("two", 2)], []),
    ("wsj_0520", "Nashua immediately responded by strengthening a poison-pill plan and saying it will buy back up to one million of its shares, or 10.4% of the 9.6 million outstanding.",
     [H("up to one million", 1 * M, "at_most"), P("10.4%", 10.4, "percent"), P("9.6 million", 9.6 * M)], []),
    ("wsj_0568", "That is at the high end of the range of 7,000 to 8,000 employees that Unisys said a month ago would be laid off.",
     [R("7,000 to 8,000", 7000, 8000)], []),
    ("wsj_0585", "Intel told analysts that the company will resume shipments of the chips within two to three weeks.",
     [R("two to three weeks", 2, 3, "week")], []),
    ("wsj_0585", "LIN Broadcasting surged 4 5/8 to 112 5/8; LIN and BellSouth sweetened their merger agreement.",
     [P("4 5/8", 4.625), P("112 5/8", 112.625)], []),
    ("wsj_0610", "Maxwell said he wouldn't be surprised if, over the next two years or so, General Mills' share increased to 30% or more.",
     [H("two years or so", 2, "approx", "year"), H("30% or more", 30, "at_least", "percent")], []),
    ("NYT19980206.0460", "The rate for adult women rose 0.4 percent, to 4.4 percent.",
     [P("0.4 percent", 0.4, "percent"), P("4.4 percent", 4.4, "percent")], []),
    ("NYT19981025.0188", "More than 80 percent of counties in this country have no abortion provider.",
     [H("More than 80 percent", 80, "at_least", "percent")], []),
    ("NYT19990505.0443", "Investigators unearthed a rifle buried one foot below ground 200 feet behind the Slepian home.",
     [P("one foot", 1, "ft"), P("200 feet", 200, "ft")], []),
    ("wsj_0568", "Debt has risen to around $4 billion, or about 50% of total capitalization.",
     [H("around $4 billion", 4 * B, "approx", "USD"), H("about 50%", 50, "approx", "percent")], []),
    ("wsj_0292", "Sales rose 6.7% to $4.27 billion from $4 billion.",
     [P("6.7%", 6.7, "percent"), P("$4.27 billion", 4.27 * B, "USD"), P("$4 billion", 4 * B, "USD")], []),
]

# Reuters-21578 (train): document id, the sentence's [start, end) in the article's text,
# its figures (named by their own characters) and the numbers in it that are none
WIRE = [
    ("reut2-006#6432", 0, 148, [P("420,000 barrels per day", 420000, "bbl/d")], ["18", "1"]),
    ("reut2-006#6956", 401, 515, [R("30 to 40 mln dlrs", 30 * M, 40 * M, "USD")], []),
    ("reut2-010#10273", 375, 445, [P("doubled", 2, "times")], ["1988"]),
    ("reut2-010#10996", 460, 574, [P("79", 79), P("30 minutes", 30, "minute")], []),
    ("reut2-005#5345", 963, 1027, [R("2.75 to 2.80 dlrs", 2.75, 2.8, "USD")], []),
    ("reut2-011#11135", 413, 522, [R("25 to 100 pct", 25, 100, "percent")], []),
    ("reut2-003#3453", 0, 236, [H("at least 200,000 tonnes", 200000, "at_least", "t"), R("100,000 to 200,000", 1e5, 2e5),
                                P("128,089 tonnes", 128089, "t")], ["11", "1986"]),
    ("reut2-008#8627", 1404, 1628, [P("0.2 pct", 0.2, "percent"), P("119.3 billion yuan", 119.3 * B, "CNY")], ["1986", "1985"]),
    ("reut2-007#7873", 891, 1000, [R("at least 12 to 14 months", 12, 14, "month")], []),
    ("reut2-014#14716", 133, 265, [P("5,000 tonnes", 5000, "t")], []),
    ("reut2-011#11426", 325, 486, [P("a third", 100 / 3, "percent"), P("eight mln stg", 8 * M, "GBP"),
                                   R("30 to 35 mln dlrs", 30 * M, 35 * M, "USD")], []),
    ("reut2-013#13622", 211, 382, [H("some 240 km", 240, "approx", "km")], ["0940", "0040"]),
    ("reut2-002#2186", 0, 236, [P("3.2 pct", 3.2, "percent"), P("113,275 tonnes", 113275, "t"), P("109,767", 109767),
                                P("18.7 pct", 18.7, "percent"), P("119,967 tonnes", 119967, "t"), P("147,537", 147537)], ["1986", "1985"]),
    ("reut2-000#626", 0, 227, [P("1.08 ounces", 1.08, "oz"), P("4.2 feet", 4.2, "ft"), P("200 feet", 200, "ft")], []),
    ("reut2-010#10489", 0, 167, [P("55,000 tonnes", 55000, "t"), P("30,000 tonnes", 30000, "t")], []),
    ("reut2-003#3762", 227, 454, [P("8-3/4 pct", 8.75, "percent"), R("between 25 and 5,000 stg", 25, 5000, "GBP")], []),
    ("reut2-004#4386", 0, 160, [P("20,000 barrels per day", 20000, "bbl/d")], []),
    ("reut2-014#14728", 738, 832, [P("478,394 ounces", 478394, "oz"), P("265,925 ounces", 265925, "oz")], ["1986"]),
    ("reut2-002#2823", 405, 588, [P("600 miles", 600, "mi")], []),
    ("reut2-011#11638", 202, 378, [P("seven", 7), P("0.185 ounce", 0.185, "oz"), P("1.8 ounces", 1.8, "oz"),
                                   P("118 feet", 118, "ft"), P("25 feet", 25, "ft")], []),
    ("reut2-010#10289", 0, 171, [R("11 to 12 pct", 11, 12, "percent"), P("15,596 billion won", 15596 * B, "KRW")], ["1988"]),
    ("reut2-014#14721", 129, 319, [P("74 dlrs", 74, "USD"), P("75 dlrs", 75, "USD"), P("225,000 tonnes", 225000, "t")], []),
    ("reut2-005#5811", 295, 396, [R("15 to 17 billion dlrs", 15 * B, 17 * B, "USD")], ["1986"]),
    ("reut2-012#12378", 390, 517, [P("doubled", 2, "times"), P("30.74 pct", 30.74, "percent"), P("320 mln dlrs", 320 * M, "USD")], []),
    ("reut2-013#13670", 922, 1039, [R("1,408 to 1,411 dlrs", 1408, 1411, "USD")], []),
    ("reut2-001#1984", 210, 457, [R("four to six degrees", 4, 6, "deg"), P("1,000 km", 1000, "km"), R("five to six degrees", 5, 6, "deg")],
     ["0620", "0920"]),
    ("reut2-009#9416", 0, 148, [P("35 acres", 35, "acre"), P("15 miles", 15, "mi")], []),
    ("reut2-005#5631", 1997, 2122, [R("as much as 10 to 15 pct", 10, 15, "percent")], []),
    ("reut2-010#10059", 0, 232, [H("more than doubled", 2, "at_least", "times"), P("11.5 billion dlrs", 11.5 * B, "USD")], []),
    ("reut2-010#10908", 233, 474, [P("325,000", 325000), R("28.00 to 31.00 dlrs", 28, 31, "USD")], ["27", "23"]),
    ("reut2-011#11243", 1070, 1291, [P("nine pct", 9, "percent"), P("16.60 billion marks", 16.6 * B, "DEM")], ["1986"]),
    ("reut2-000#942", 1091, 1209, [R("14 or 15 billion marks", 14 * B, 15 * B, "DEM")], []),
    ("reut2-001#1539", 932, 1172, [P("five-fold", 5, "times"), R("between 7,000 and 8,000", 7000, 8000)], ["1987"]),
    ("reut2-004#4039", 0, 222, [P("100,000 barrels per day", 100000, "bbl/d"), P("310,000", 310000)], []),
    ("reut2-009#9130", 776, 1007, [R("20 to 25 pct", 20, 25, "percent")], []),
    ("reut2-005#5119", 776, 978, [H("up to 140,000 barrels a day", 140000, "at_most", "bbl/d"), P("50,000 bpd", 50000, "bbl/d")], []),
    ("reut2-000#562", 919, 1003, [], ["1900"]),
    ("reut2-008#8964", 879, 1014, [P("25.88 dlrs", 25.88, "USD"), P("13.90 dlrs", 13.9, "USD")], ["1985"]),
    ("reut2-011#11830", 1727, 1827, [H("just under 200 tonnes", 200, "at_most", "t")], []),
]


def rows() -> list[dict]:
    out = []
    for family, items in (("sport", SPORT), ("technology", TECHNOLOGY), ("science", SCIENCE),
                          ("markets", MARKETS)):
        for i, (text, figures, ignore) in enumerate(items, 1):
            out.append({"id": f"{family[:2]}{i:03d}", "family": family, "source": "own", "text": text,
                         "figures": figures, "ignore": ignore})
    for i, (stem, text, figures, ignore) in enumerate(TIMEBANK, 1):
        out.append({"id": f"tu{i:03d}", "family": "timebank", "source": f"timebank:{stem}.tml",
                    "text": text, "figures": figures, "ignore": ignore})
    for i, (doc, start, end, figures, ignore) in enumerate(WIRE, 1):
        out.append({"id": f"rw{i:03d}", "family": "wire", "source": "reuters", "doc": doc,
                    "start": start, "end": end, "text": None, "figures": figures, "ignore": ignore})
    return out


def main() -> None:
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["figures"]) for r in rows())
    print(f"wrote {OUT} ({len(rows())} sentences, {n} figures)")


if __name__ == "__main__":
    main()
