// Part Two: the Cottages. Kathy in the car at night, and the two years between Hailsham and her training:
// arriving, the veterans and Keffers, the arm tap, Ruth's office, the news from Cromer, the Norfolk trip
// (beat_norfolk.ink), Tommy's animals, the bus shelter, asking Keffers to let her go, and the empty frame.
// (Book: Part Two, chapters 10 to 17.) The Cottages memories are in memories_cottages.ink.

// How Kathy thinks of the Cottages now, from the road. Read again on the last drive of Part Two.
LIST cottages_were = as_first_freedom, as_waiting_room, as_drifting_apart
// What Kathy felt about the veterans on the first afternoon. Read again in the arm tap and the news from Cromer.
LIST veterans_felt = feared_veterans, envied_veterans, watched_ruth_watch
// Why Kathy told Ruth where the arm tap came from. Read again in the bus shelter and in mem_animals.
LIST tap_told = tap_to_spare_her, tap_to_win, tap_for_tommy
// How Kathy took what Ruth said in the bus shelter. Read again at Keffers's van and on the last drive.
LIST shelter_heard = shelter_believed, shelter_heard_fear, shelter_let_pass
// Why Kathy asked Keffers to let her start training. Read again on the morning she leaves and the last drive.
LIST leaving_why = leave_to_get_away, leave_before_the_end, leave_to_be_useful

=== part_two ===
# chapter: Part Two: the Cottages
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: none
The mist thinned out a few miles back, and the sky has cleared the way it only does over flat country, right down to the hedges.
Off to the left there's a farm with its barns turned into houses: glass where the cart doors used to be, and little lamps set along the track like a runway.
People pay a great deal for places like that now. When I lived in one, most of the glass was cracked, and you wore your coat to bed from October on.
I didn't tell the donor about the Cottages. He'd asked for Hailsham, and Hailsham was what I gave him.
But I can't tell one without the other, not honestly. Hailsham was where we were kept. The Cottages were where we were let out, a little way, to see how far the string went.
I was sixteen when we went. There were eight of us from Hailsham that year, and none of us knew, quite, what we were supposed to do when we got there.
Nobody told us. It wasn't a secret, I don't think. It was more that the answer was so plain to everyone else it didn't seem worth saying out loud.
When I think of the Cottages now, from here, what they seem to me is
* [the first place we were free, or near enough. # stance: cottages_were.as_first_freedom]
    ~ cottages_were = as_first_freedom
    Nobody rang a bell for us. Nobody counted us in at night. We could walk to the village and back and explain ourselves to no one but Keffers, and he didn't want to know.
    It's a small kind of freedom, I know. It was the only size they made it in.
* [a waiting room, a warm one, with the door shut. # stance: cottages_were.as_waiting_room]
    ~ cottages_were = as_waiting_room
    Two years of sitting where we'd been put and pretending we'd chosen the chair.
    We read and argued and fell out and made up, and all the while, under everything, we were listening for our names.
* [the place where the three of us started coming apart. # stance: cottages_were.as_drifting_apart]
    ~ cottages_were = as_drifting_apart
    Ruth and Tommy and I went there together and left it separately, and I've spent a long time since working out where the threads gave.
    I don't think it was any one place. But if you made me point, I'd point at a seaside town in Norfolk.
- The road runs dead straight here for miles. I'll start where we started: a minibus at a farm gate, and eight of us climbing down into the wind.
-> arrival

= arrival
# place: cottages_yard
# register: memory
# light: golden
# weather: wind
# ambience: wind
# music: cottages
# cast: students
The Cottages had been a farm once, and in places it still thought it was one.
There was the farmhouse, where the kitchen was and most of the bedrooms, and round the yard a ring of barns and sheds and old stables that somebody had made into rooms, more or less.
The more or less was the part you noticed in winter. Draughts came up through the floorboards, the paraffin heaters gave off more smell than warmth, and there was frost on the inside of the glass.
We arrived early in the autumn. # uncertain: Or at the very end of the summer. The big chestnut by the gate hadn't made up its mind either, which is how I've always pictured it.
# cast: keffers students
Keffers met us in the yard. He was the caretaker, if that's the word: an old man in a waxed coat who came in a muddy van two or three times a week. # sound: gravel
He saw to the boiler, and the heaters, and the drains, and wrote things down in a notebook he kept in his breast pocket and never let anyone see.
He looked at the eight of us standing by our bags, and then at the sky, as though we were weather he'd been warned about and hadn't wanted.
"Heaters go by the rota. Logs aren't for burning before October. Anything breaks, it goes in the book." # speaker: keffers
That was most of what he said to us that first day and, now I come to think of it, most of what he said to us in two years.
We were a little afraid of him, at first. Later we decided he was the sort of man who was afraid of us, and somehow that made it easier, though it shouldn't have. # reflect: p2_keffers_afraid
The veterans were another matter. There were a dozen or so of them, a year or two older than us, from places we'd never heard of, with names that didn't sound like anywhere.
They watched us arrive from the farmhouse steps and from the top of the old wall, and the ones on the wall didn't get down.
We found out later they'd been waiting for us for weeks. Hailsham had a reputation among them, it seemed, though none of us could have told you what for.
# cast: chrissie rodney ruth kathy
Chrissie and Rodney came over first. Chrissie was tall, and bent down to talk to you, as though you were a child or she was very interested, and you couldn't always tell which.
Rodney wore the same green jumper every day I knew him, with leather patches at the elbows, and he drummed his fingers on every surface he passed, as if checking it was still there.
"Hailsham," Chrissie said, as though she were trying the word for size. "We've heard all about you lot." # speaker: chrissie
Ruth smiled at her in a way I'd never seen before: a smile that said she'd heard about Chrissie too, and had been looking forward to this.
What I felt, that first afternoon, watching them on their wall, was
* [fear. They knew things we didn't. # stance: veterans_felt.feared_veterans]
    ~ veterans_felt = feared_veterans
    They knew how the heaters lit and where the bus stopped and which stairs in the farmhouse creaked. It felt as though they must know everything else as well.
    I kept close to Ruth for the whole of that first month. It was a long time before I sat on that wall.
* [envy. They were so easy, so unhurried. # stance: veterans_felt.envied_veterans]
    ~ veterans_felt = envied_veterans
    They lounged. That's the only word for it. Nobody had ever lounged at Hailsham; there had always been somewhere you were meant to be.
    I wanted to know how you learned to sit like that, as if the wall belonged to you and not the other way round.
* [curiosity, mostly about Ruth, watching them. # stance: veterans_felt.watched_ruth_watch]
    ~ veterans_felt = watched_ruth_watch
    She was studying them already, the way she'd once studied Miss Geraldine: how they held their mugs, where they looked when they laughed.
    I only noticed because I was doing the same thing to her. I still do, I suppose, in my head.
- We had rooms across the landing from each other in the farmhouse, Ruth and I, and she unpacked before she'd so much as sat on the bed.
# cast: ruth kathy
The last thing out of her bag was a small gilt frame she'd had from a Sale years before. There was nothing in it. Not even the card of a sunny harbour it must have come with.
She stood it on the windowsill, facing the room.
"What's that for?" I asked her. # speaker: kathy
"Something worth putting in it," she said. "You'll see." # speaker: ruth
I'll come back to that frame. It's in the box on the seat beside me, and there's still nothing in it.
-> gestures

= gestures
# place: cottages_kitchen
# register: memory
# light: night
# weather: rain
# ambience: room
# music: cottages
# cast: students
The farmhouse had a television in the room off the kitchen, and most evenings the veterans sat in front of it in their coats, with their feet on the fender.
There were things about them we copied before we knew we were copying: saying "cheers" for thank you, walking as though we were in no hurry to get anywhere.
{veterans_felt ? envied_veterans: I copied more than most, if I'm honest. I'd wanted that ease since the first afternoon, and I went after it the way you'd go after a bus.}
{veterans_felt ? feared_veterans: Even I did it, afraid of them as I was. Perhaps that was why: if you sounded like them, they might stop looking at you.}
{veterans_felt ? watched_ruth_watch: Ruth copied fastest. I'd seen it coming from the first afternoon, and I still wasn't ready for how good she was at it.}
There was one thing I didn't understand until that winter. The couples among the veterans had a way of saying goodbye, when one of them was going out and the other was staying.
A pat on the arm, just above the elbow, and a little half-turn away. Never quite a kiss. As if to say: I know, I know, I'll see you.
# cast: chrissie rodney ruth tommy
Chrissie did it to Rodney at the kitchen door. Then, inside a month, I saw Ruth do it to Tommy, exactly the same, down to the turn.
One evening I sat down with the veterans to watch a programme, an American one, about a family who owned a ranch and argued a good deal on their staircase. # uncertain: Or it was about lawyers, and the arguing was on the courthouse steps. What I'm sure of is the goodbye.
The husband was going out to do something he shouldn't, and his wife touched his arm, just there, and turned away, and the music came up.
I looked round the room. The veterans were watching it as if they'd never seen it before. Everybody in that house was saying goodbye like people in a programme, and not one of them knew.
# cast: ruth kathy
I didn't say anything that night. A few days later, walking back from the village with Ruth along the lane, I did.
I told her, as kindly as I knew how, that the thing she did to Tommy's arm came off the television. That it was something actors did and people didn't, and she might not want to look as though she'd learned it.
Ruth walked on a good while without answering. Then she stopped by the gate into the yard and looked at me as if she'd found something on her shoe.
"Is that what you do all evening? Sit there taking notes on everybody?" # speaker: ruth
"At least I'm having a go. You just watch. You've always just watched." # speaker: ruth
# cast: kathy
She went in ahead of me. I stayed by the gate with my hands in my pockets, feeling I'd won, and not liking what I'd won.
Why did I tell her? I've turned it over more often than I'd like.
* [To spare her looking foolish in front of the veterans. # stance: tap_told.tap_to_spare_her]
    ~ tap_told = tap_to_spare_her
    That was the reason I gave myself walking up the lane, and it wasn't false. I didn't want anybody laughing at her.
    Though I notice, telling it now, that nobody had laughed. I'd been the only one who'd seen.
* [To win something back from her, even a point. # stance: tap_told.tap_to_win]
    ~ tap_told = tap_to_win
    Ruth had been ahead of me at the Cottages from the first day: which veterans to sit with, how to laugh at their jokes.
    Here was one thing I'd noticed and she hadn't. I wanted her to know that I'd noticed it.
* [Because it was Tommy's arm she was patting. # stance: tap_told.tap_for_tommy]
    ~ tap_told = tap_for_tommy
    I don't know that I'd have minded, if it had been anybody else's arm. I didn't let myself think about that, then.
    I'm letting myself think about it now, on an empty road, which is safer.
- For a long time I told this as a story in which I was right and Ruth sulked.
I tell it differently now. We'd grown up with nobody to copy but the guardians, and the guardians only ever showed us the half of themselves that faced our way. # reflect: p2_arm_tap
Ruth had found some people who seemed to know how to be grown up together, and she was learning it the only way we knew how: by watching, and doing it back.
I'd been doing exactly the same thing. I was only quieter about it, and I called it noticing.
-> drive_one

= drive_one
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: none
A lorry comes up behind me and sits on my bumper with its lights full in the mirror, then swings out and goes past with a long shudder.
A couple of years ago, leaving a donor at a centre in the Midlands, I caught myself doing it: a pat on his arm, just there, as I told him I'd be back on Thursday.
I don't know where I'd got it. From Ruth, I suppose, who got it from Chrissie, who got it from a woman on a staircase who was only pretending in the first place.
I stopped doing it after that. Then, a while later, I noticed I'd started again, and this time I let it be.
There's a page in the box, folded in four, gone soft as cloth along the creases. It used to be pinned to a wall above Ruth's bed. # closeup: office_advert
~ keepsakes += office_advert
-> mem_office ->
-> the_news

= the_news
# place: cottages_kitchen
# register: memory
# light: night
# weather: wind
# ambience: room
# music: cottages
# cast: chrissie rodney ruth kathy
It was that spring that Chrissie and Rodney came back from their trip. # uncertain: Or it was nearer the summer. Rodney had his sleeves pushed up, I remember that, and he never did in the cold.
They'd been away two days up the coast, in Norfolk, and they came back in a borrowed car with sand in the footwells and the look of people carrying news.
They didn't give it at once. They waited until the kitchen was full after supper, with the kettle going and the windows black and Keffers's van long gone down the lane.
Then Rodney drummed on the table, and Chrissie laid her hand over his to stop him, and said they'd seen something in Cromer that Ruth ought to know about.
"An office," Rodney said. "On the main street. Glass all along the front. Like that picture of yours, Ruth. Just like it." # speaker: rodney
"And there was a woman in it," Chrissie said, and left a pause, the way you'd hold a door for someone. "Fifty or so. At a desk by the window. She looked like you, Ruth." # speaker: chrissie
"Older, obviously. But you. We both thought so, didn't we, Rod." # speaker: chrissie
I should say something about possibles, in case you grew up somewhere they weren't much talked about.
We all believed, without anyone ever having said so in so many words, that each of us had been copied from somebody out there: somebody with an ordinary life, who'd never heard of us.
The veterans called them possibles. If you found yours, the thinking went, you'd see something of what you were. Some people said you'd see more: the life you might have had.
Nobody agreed on what it would tell you. Everybody agreed it would be something.
Ruth didn't say anything at first. She put her mug down very carefully, as if it were full to the brim, which it wasn't.
{
    - veterans_felt ? feared_veterans:
        I remember thinking Chrissie had been saving this up, and that it was a present I didn't trust. Veterans didn't give you things for nothing. I'd decided that in my first week, and I hadn't changed my mind.
    - veterans_felt ? envied_veterans:
        I remember being jealous, which is a strange thing to own up to. The veterans had gone off to the sea by themselves and come back with something for Ruth, and nothing for me.
    - else:
        I watched Ruth's face, the way I always did, and saw it go quite still, the way it had over a pencil case a long time before.
}
"We could go," Rodney said. "I can get the car again. The five of us. Make a day of it." # speaker: rodney
The five of us meant Ruth and Tommy and me. I've never been sure why I was asked. I think Ruth wanted a witness. I think Chrissie wanted the three of us because we were from Hailsham.
She'd been wanting something from Hailsham since the afternoon we arrived. I didn't find out what until we were sitting in a café in Cromer, with the sea at the bottom of the street.
# cast: ruth
Late that night I passed Ruth's door, and it was open a crack, and she was standing at the window holding the little frame in both hands. Not looking at it. Only holding it.
-> drive_two

= drive_two
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: none
A sign comes up for the coast, and I let it go by. I'm not going that way tonight.
People always think Norfolk is further off than it is. It isn't far from anywhere, really. It's only that nothing goes through it on the way to somewhere else.
That's how we got the idea, as children, that lost things ended up there. I'll come to that. It was Tommy who remembered it, not me, which still surprises me a little.
-> norfolk_trip ->
-> after_norfolk

= after_norfolk
# place: cottages_kitchen
# register: memory
# light: day
# weather: clear
# ambience: room
# music: cottages
# cast: kathy
Ruth took the page down from above her bed in the week after Cromer.
{
    - window_seen ? saw_a_future:
        I thought of her at that window, seeing a whole life waiting behind the glass, and I understood why she couldn't go on sleeping under a picture of it.
    - window_seen ? saw_a_stranger:
        She'd seen a stranger through that glass, and I suppose after that the office in the picture belonged to strangers too.
    - window_seen ? saw_a_mirror:
        She'd looked into that window and found herself looking back, and I don't think she could face doing it again every night before she turned the light out.
    - else:
        I never asked her why. I didn't need to.
}
I found it the next morning in the kindling basket by the stove, folded small, with one corner already torn off to light something. I put it in my pocket. I couldn't have told you why.
The frame went face down on her windowsill. It stayed like that for the rest of the time I was there.
Ruth was careful with me for a while after Cromer, and with Tommy a good deal less careful.
He'd told me on the front, walking back to the car, that he'd started drawing again. It was weeks before he showed me what, and I'll come to that in a moment.
-> drive_three

= drive_three
# place: car
# register: present
# light: night
# weather: fog
# ambience: car_night
# music: none
I've pulled into a lay-by to drink the last of the tea from the flask. There's mist lying in the field beyond the hedge, flat as a sheet, and the engine ticking as it cools.
The drawing is in the box, in an envelope of its own, because I'm afraid of the pencil rubbing off on the others. # closeup: animal_drawing
It's smaller than a playing card. You'd have to hold it very close to see what it is, and even then you'd only be guessing.
~ keepsakes += animal_drawing
-> mem_animals ->
-> after_animals

= after_animals
# place: bus_shelter
# register: memory
# light: dusk
# weather: rain
# ambience: rain
# music: cottages
# cast: ruth kathy
Things were different between the three of us after that, though from the outside I don't suppose anyone would have noticed.
{
    - animals_silence ? silent_afraid_of_ruth:
        Tommy was friendly enough with me, in the yard and the kitchen. But he'd started standing a little further off, as though he'd measured how much of Ruth I was afraid of and was keeping out of range.
    - animals_silence ? silent_wanting_ruth:
        Ruth and I were easy with each other again, the way I'd wanted. I'd paid for it with Tommy's notebook, and it turned out I'd paid too much.
    - animals_silence ? silent_too_slow:
        I kept meaning to say something to Tommy, something that would take back the sink and the tea towel. Every day I didn't, it got harder to find the beginning of.
    - else:
        Tommy was friendly enough with me. But he'd stopped coming to find me, and I'd stopped expecting him to.
}
One evening in late spring Ruth and I walked down to the village for stamps, and on the way back it came on to rain, and we ran for the bus shelter at the end of the lane.
It was an old concrete shelter with a corrugated roof that the rain came down on like gravel, and a timetable behind scratched perspex that nobody at the Cottages had ever trusted.
We sat on the bench with our shoulders touching, the way we used to on the pavilion steps, and for a minute it was almost like that.
Then Ruth said she'd been meaning to tell me something. For my own sake, she said.
"Tommy's fond of you, Kathy. Anyone can see that. But he doesn't see you like that. Not as a girlfriend. He never would." # speaker: ruth
"He's said so. To me. I'm only telling you so you don't go and make a fool of yourself hoping." # speaker: ruth
I told her I'd never thought about it. That wasn't true, and Ruth knew it wasn't, and we both looked out at the rain as if the bus might come after all.
{tap_told ? tap_to_win: I've wondered since if this was the arm tap come back round to me: something I'd said to win a point, and Ruth paying it back with interest, at her own choosing.}
{tap_told ? tap_for_tommy: I thought of that walk up the lane, and what I'd told her about his arm, and understood she'd known why I'd said it better than I had.}
{tap_told ? tap_to_spare_her: I'd once told Ruth something for her own good, by a gate, in the same voice. I recognised it now from the other side.}
{outburst_felt ? pity_for_ruth: I'd felt sorry for her once that year, outside a gallery in Cromer. I didn't, in that shelter. Or I did, and it was buried too deep to reach.}
{outburst_felt ? angry_at_ruth: I'd been angry with her in Cromer, for speaking for all of us. Here she was speaking for Tommy, and I was angrier, and I said nothing again.}
{outburst_felt ? saw_herself: In Cromer I'd heard her say aloud what I'd only thought. Here it was again: a thing I'd been afraid of for months, spoken in her voice, with the rain drumming over it.}
What I did with what she'd said was
* [believe her. Why would she make it up? # stance: shelter_heard.shelter_believed]
    ~ shelter_heard = shelter_believed
    She was his girlfriend. She'd know. That was how I reasoned it, and I put the thing I'd been hoping for away, carefully, somewhere I wouldn't come across it by accident.
* [hear how frightened she was, underneath. # stance: shelter_heard.shelter_heard_fear]
    ~ shelter_heard = shelter_heard_fear
    It was the voice she'd used outside the gallery, only quieter. She wasn't warning me off. She was holding on to something in the dark with both hands. # reflect: p2_shelter_fear
    I knew that. It didn't make it any easier to hear.
* [not let it land. I let it go straight through me. # stance: shelter_heard.shelter_let_pass]
    ~ shelter_heard = shelter_let_pass
    I looked at the timetable and read the times of buses I'd never catch, one after another, until the words were only words.
    It was a trick I'd learned at Hailsham. I was very good at it by then.
- The rain eased off after a while. We walked back up the lane not talking, and at the gate Ruth patted my arm, just above the elbow, and went in.
-> asking_keffers

= asking_keffers
# place: cottages_yard
# register: memory
# light: day
# weather: fog
# ambience: wind
# music: cottages
# cast: keffers kathy
It was a week or so after the shelter that I went out to Keffers's van. # uncertain: Or nearer a month. I've made it shorter in the telling because it felt short, like stepping off a wall.
He was sitting in the driver's seat with the door open and his notebook on the steering wheel, eating a sandwich out of its paper.
I told him I wanted to start my training. That I'd like to go as soon as they'd have me.
He stopped chewing. He looked at me properly, which I don't think he'd ever done before, as if he were trying to work out which one I was.
"You're sure about that." # speaker: keffers
It wasn't quite a question, so I didn't quite answer it. I said yes.
He licked his pencil and wrote something in the notebook, slowly, in capitals. Then he said they'd send for me in a few weeks, and went back to his sandwich.
That was all it took. Two years at the Cottages, and the end of them fitted on one line of a caretaker's notebook.
Why I did it, I could give you a different answer each time I tell it. Tonight the answer is
* [to get away from the two of them, before it got worse. # stance: leaving_why.leave_to_get_away]
    ~ leaving_why = leave_to_get_away
    I couldn't sit across the kitchen table from them every night and keep my face the way it needed to be. Not for another year.
* [because the Cottages were ending for all of us anyway. # stance: leaving_why.leave_before_the_end]
    ~ leaving_why = leave_before_the_end
    People were going off to their training every few weeks by then. I wanted to go when I chose, rather than wait to be the last one standing in the yard.
* [because I wanted, for once, to be of use to someone. # stance: leaving_why.leave_to_be_useful]
    ~ leaving_why = leave_to_be_useful
    Being a carer was a thing you could be good at. I'd never been good at anything that counted. I thought I might be, at that.
    I was right, as it turned out. I've sometimes wished I hadn't been.
- {shelter_heard ? shelter_believed: I'd taken Ruth at her word in the bus shelter, and this was where her word led: a van door, a pencil, my name in capitals.}
{shelter_heard ? shelter_heard_fear: I knew Ruth had been frightened in that shelter. I think I was going partly so she could stop being frightened of me.}
{shelter_heard ? shelter_let_pass: I'd let what Ruth said go straight through me. But it had to come out somewhere, and it came out here, at a van door, in a voice that sounded very calm.}
# cast: tommy kathy
Tommy heard from somebody else before I could tell him. He came and found me in the yard and said, "You'd have told me, though. Wouldn't you." # speaker: tommy
I said of course I would. We stood there a while, not saying any of the things there were to say, and then Keffers's van started up and we both watched it go.
-> leaving

= leaving
# place: cottages_yard
# register: memory
# light: day
# weather: clear
# ambience: wind
# music: cottages
# cast: kathy
I left on a bright cold morning, with my bag in the yard and the car that was taking me waiting at the gate with its engine running. # uncertain: Or it was raining, and I've given it sun. I've done that with a few mornings I didn't like.
{
    - leaving_why ? leave_to_get_away:
        I'd wanted to get away from them, and now that I was going I kept looking up at the farmhouse windows to see if either of them was watching me do it.
    - leaving_why ? leave_before_the_end:
        I'd told myself I was going before the place could end around me. Standing in the yard, it felt like the end anyway, only quicker.
    - else:
        I'd told myself I was going to be of use. That morning I didn't feel useful. I felt like something being posted.
}
# cast: tommy kathy
Tommy came down and carried my bag to the car, and said he'd see me, and I said he would.
Ruth didn't come down. I'd said goodbye to her the night before, on the landing, and it had been polite, which was worse than anything.
But when Tommy lifted my bag into the boot, I saw what was lying on top of it: Ruth's little gilt frame, with nothing in it. # closeup: empty_frame
No note. She must have put it there while I was having breakfast. # uncertain: Or it was inside the bag, wrapped in my jumper, and I only found it that night. I've told it both ways, and both feel true.
It was the second time Ruth had sent me off somewhere with something of hers in my luggage. The first had been a pencil case, wrapped in a sock.
~ keepsakes += empty_frame
I held it in my lap in the back of the car, all the way to my first course. I kept looking at the empty space in it, and what I kept seeing there was a woman in an office in Cromer.
-> mem_possible ->
-> last_drive

= last_drive
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: none
The mist has lifted off the fields. There's a moon now, not much of one, and the road shining under it where the rain hasn't dried.
{
    - cottages_were ? as_first_freedom:
        I called the Cottages a kind of freedom, earlier. I still think it was one. It's only that you don't find out the size of a freedom until somebody asks for it back.
    - cottages_were ? as_waiting_room:
        I called the Cottages a waiting room, earlier. I'd add now that we did more in that waiting room than most people do in houses they've chosen.
    - else:
        I said earlier the three of us came apart at the Cottages. That's true. What I didn't say is that we'd each keep a piece of the other two, whether we meant to or not.
}
{
    - leaving_why ? leave_to_get_away:
        I drove away from them for years after that. It's strange to think how much of that driving ended up bringing me back.
    - leaving_why ? leave_before_the_end:
        I thought I was leaving before the end. I know now the end was a good deal further off than that, and a good deal closer.
    - else:
        I wanted to be of use. I have been, I think. It's what I'm doing now, on this road, at this hour.
}
{
    - shelter_heard ? shelter_believed:
        I believed what Ruth told me in that shelter for a long time. Longer than I'd like you to know.
    - shelter_heard ? shelter_heard_fear:
        I knew, even then, that Ruth was frightened in that shelter. I didn't know yet that she'd spend years carrying what she said there.
    - else:
        What Ruth said in the shelter went straight through me, or so I told myself. It turned up again years later, as these things do, still in one piece.
}
{
    - found_tape_meant ? tommys_gift:
        The tape from Cromer is in the box under the frame. I don't play it much. I don't need to, to know who paid for it.
    - found_tape_meant ? myth_came_true:
        The tape from Cromer is in the box under the frame. I still half believe it was waiting there for me, in the lost corner, all those years.
    - found_tape_meant ? just_chance:
        The tape from Cromer is in the box under the frame. Chance, I decided it was. I've held on to it anyway, which tells you how much I trust my own decisions.
    - else:
        The tape from Cromer is in the box under the frame, where it's been since I left.
}
I didn't see Ruth or Tommy for a long while after that morning. Years, as it turned out. There's a lot of road in between, and most of it looks like this.
-> part_three
