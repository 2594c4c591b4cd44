// Part One: Hailsham. The drive goes on into the dark, and Hailsham comes back the way Kathy tells it, out of
// order: Ruth and the guard, what the place was made of (Exchanges, Sales, collections, the woods), Madame in
// the courtyard, the pencil case (beat_pencil_case.ink), the lost corner, the tape and the dancing, Ruth's
// present, the pond, Miss Lucy in the rain, Miss Lucy taking it back, Ruth and Tommy, the last summer.
// Memories live in memories.ink. (Book: Part One, chapters 1 to 9.)

// The courtyard: what Kathy felt when Madame flinched from them. Read again in mem_tape (the doorway) and at
// the end of the drive.
LIST swarm_felt = swarm_thrill, swarm_cold, swarm_sorry
// The geography lesson: how Kathy held the joke that lost things end up in Norfolk. Read again in
// mem_replacement_tape and at the end of the drive.
LIST lost_corner_held = lc_only_a_joke, lc_half_believed, lc_a_comfort
// Ruth and Tommy: why Kathy carried Ruth's message. Read again in the last summer and at the end of the drive.
LIST go_between = gb_for_ruth, gb_for_tommy, gb_not_asked

=== part_one ===
# chapter: Part One: Hailsham
# place: car
# register: present
# light: dusk
# weather: rain
# ambience: car_rain
# music: none
In order, then. Though if I'm honest about order, it doesn't begin with Tommy's shirt at all. It begins with Ruth, and a horse that wasn't there.
{telling:
- everything: The donor would have wanted that too: all of it, from the first day, with nothing tidied away.
- best_of_it: That was one of the parts I didn't give the donor. I've been choosing which photographs go in the frame for so long I hardly notice I'm doing it.
- kept_back: That was one of the things I kept back from the donor. I'm not sure why. It's hardly a secret, a horse that wasn't there.
- else: I don't often tell anyone about the horses. They seem too small, somehow, and too much.
}
{shirt_story:
- about_tommy: I said the field was a story about Tommy, and it is. But Ruth is somewhere in every story from that place, usually near the edge of it, deciding where everyone else should stand.
- about_me: I said the field was a story about me, and I meant it. But you can't tell a story about me from those years without Ruth walking into it, sooner or later, and taking the best chair.
- else: Ruth is somewhere in every story from that place, near the edge of it, deciding where everyone else should stand.
}
The rain is thinning. Off to the left, past a line of poplars, there's a sports field with a pavilion at the far end of it, small and white, with a veranda under a low roof.
I slow down without meaning to. I always do.
Ours was greener, and nowhere near a road. But it's the shape of the thing, the roof coming down low over the benches, and something in me leans towards it like a plant at a window.
All right. Ruth, then, and the sandpit, and the horses.
-> mem_secret_guard ->
-> after_guard

= after_guard
# place: car
# register: present
# light: dusk
# weather: rain
# ambience: car_rain
# music: none
The poplars go by, and the pavilion with them, and the road bends away into a cutting.
At Dover, near the end, Ruth asked me out of nowhere whether I remembered the secret guard.
I told her I'd forgotten most of it. She laughed, which hurt her by then, and said that was a lie, that she'd forgotten none of it, and that she'd been a horrible little tyrant.
{guard_felt:
- guard_stung: I didn't tell her how much it had stung. By then it would only have been one more thing for her to carry, and she had plenty.
- guard_relieved: I said she had been, a bit, and that I'd been glad to be let off. She looked almost disappointed, as if she'd hoped I'd minded more.
- guard_understood: I said she'd only been seven, and frightened of something, and that we all had. She looked at me a long time after that, as though I'd given away more than I'd meant to.
- else: I said we'd all been a bit like that at seven. She didn't believe me, and she was right not to.
}
But I've run ahead again. I meant to tell you what Hailsham was like, the ordinary weeks of it, and instead I've told you about a plot that never existed.
Though perhaps that's not so far off, as a way in.
-> texture

= texture
# place: hailsham_house
# register: memory
# light: day
# weather: clear
# ambience: room
# music: hailsham
# cast: students
Four times a year there was an Exchange. You brought whatever you'd made since the last one, paintings, poems, little clay things, and it was laid out in the hall for everyone to look over.
Then you bought with tokens what other people had made, and they bought yours, and the tokens went round and round like water in a mill.
A good drawing at an Exchange could make you somebody for a week. A poor one could follow you about for a term.
I've often thought it was the Exchanges that taught us what we were worth to one another. Not the guardians, not lessons. Whether anyone wanted to spend a token on you.
Tommy, I should say, never had much to put in. I'll come back to that.
The Sales were different. Once a month a van came up the drive, and the men unloaded crates at the back door, never coming further in, and by the afternoon the dining hall was full of the world outside.
Not the world itself, only what it had finished with. But we turned those things over as if they'd come from the moon.
Anything you bought went into your collection: the wooden chest under your bed, with your name on the lid and a lock you were trusted to keep the key to.
We'd show each other our collections, in the evenings, taking things out one at a time and putting them back. There wasn't much else at Hailsham that was yours alone.
The shoebox on the seat beside me is the same idea, I suppose. Grown up, and gone a bit soft at the corners.
And there were the woods. They rose up behind the house, beyond the last fence, dark even on a bright day, and every one of us knew the stories.
A boy, years before our time, whose football went over the fence, and who climbed after it. What came back, in the end, was the ball. # uncertain: Or it was a cricket ball, and a girl, in some tellings. The story changed with whoever was telling it; the ball always came back.
A face that looked out from between the trees on winter afternoons, at whoever was last to come in from the fields.
The guardians never told us the stories weren't true. I used to think that was carelessness. I'm less sure now that it was. # reflect: p1_woods_stories
And then there was Madame.
-> swarm

= swarm
# place: hailsham_house
# register: memory
# light: day
# weather: wind
# ambience: wind
# music: hailsham
# cast: madame
She came two or three times a year, from outside, a thin, upright woman in smart dark clothes, and she took away the best of our work for what we called the Gallery.
Nobody knew where the Gallery was, or who went there. It didn't matter. To have something taken was the highest thing that could happen to you at Hailsham.
Nobody could say who'd first called her Madame. It was simply her name, the way the pond was the pond. # uncertain: Laura swore it started the day Madame corrected a guardian in the corridor, in an accent none of us could place. I've never known whether to believe her.
It was Ruth, naturally, who said Madame didn't like us. Not disliked us, exactly. Ruth's word for it was that she couldn't stand to be near us.
We didn't believe her. So Ruth said we'd prove it.
The plan was very simple. Six or seven of us would wait in the courtyard on a morning when Madame was due. When she got out of her car, we'd all walk straight at her, in a bunch, chattering, as if we hadn't seen her.
And then, at the last moment, we'd part, and flow round her on both sides like a stream round a post, and see what she did.
We were eight. It seemed a very good plan.
# cast: students madame
She came across the courtyard with her bag under her arm, and we set off towards her, talking about nothing at the tops of our voices.
She stopped dead. She didn't cry out, or step back, or say a word. But she drew herself in, her arms tight against her sides, as if something she couldn't name had brushed against her hand in the dark.
We poured past her on both sides, and I was close enough to see her face. It was only for a moment. It was long enough.
She wasn't cross. I think we'd have known what to do with cross. She was doing everything she could not to let us touch her.
# cast: students
Then we were past, and she went on towards the house, walking a little too fast, and we stood in a knot by the steps and nobody said anything at all.
We'd been right. It should have felt like winning.
* [It did feel like a game we'd won, for about a minute. # stance: swarm_felt.swarm_thrill]
    ~ swarm_felt = swarm_thrill
    Somebody giggled, and then we all did, and we ran off round the side of the house, shrieking, as if we'd stolen something.
    It was only at lunch, when nobody wanted to talk about it, that the minute ran out.
* [It felt like missing a stair in the dark. # stance: swarm_felt.swarm_cold]
    ~ swarm_felt = swarm_cold
    You know the feeling: you put your foot down for a step that everyone agreed was there, and there's nothing, and your whole body lurches before you've even understood why.
    That's what it was like. Something we'd all been standing on, without knowing it, simply wasn't there.
* [I felt sorry, and didn't know for whom. # stance: swarm_felt.swarm_sorry]
    ~ swarm_felt = swarm_sorry
    Sorry for Madame, perhaps, who'd had to walk through us. Sorry for us, who'd made her. I couldn't have told you which, and I'm not much clearer now.
- It's a strange thing to find out, at eight, that a grown woman can be afraid of you without your having done anything at all. # reflect: p1_madame_recoil
We didn't have words yet for what we were. But we'd learnt something of the shape of it that morning, the way you learn the shape of a room in the dark, by walking into the furniture.
-> to_pencil

= to_pencil
# place: car
# register: present
# light: dusk
# weather: clear
# ambience: car_night
# music: none
A lorry comes the other way, and for a second the whole car is full of its lights, and then it's dark again, darker than before.
The rain's stopped. I turn the wipers off, and the quiet that comes in after them is a different quiet.
I said Ruth and I were friends again by the summer after the guard, and that's true. We were friends the way you are at that age, without thinking about it much, the way you don't think about your own hands.
But the next thing I have to tell you is one I've gone over more than almost anything else from those years, and I still haven't got to the bottom of it.
It's a small thing. A pencil case.
-> pencil_case_beat ->
-> after_pencil

= after_pencil
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: none
That's the pencil case. I've told it as straight as I can. Whether I've told it fairly is a different question, and not one I can answer from the inside.
The box is open beside me now. I didn't open it; the lid must have slid when I braked at the lights. The studs catch the orange from the street lamps.
There's a signpost coming up with the names of towns to the east on it. The road doesn't go east, not really. It turns south in a mile or two.
But east is enough. East is Norfolk, and Norfolk, for anyone from Hailsham, means Miss Emily with her long wooden pointer, and a map with a bit missing.
-> lost_corner

= lost_corner
# place: hailsham_classroom
# register: memory
# light: day
# weather: clear
# ambience: classroom
# music: hailsham
# cast: emily students
Miss Emily was our head guardian. Mostly we saw her at assembly, tall and straight at the front of the hall, telling us something we'd forget by lunch.
But for one term, I never knew why, she took our geography.
She had a great roll-down map of England, yellowed along the edges, and she'd pinned to it, county by county, postcards of places: a cathedral, a harbour, a hill with a white horse cut into it.
She'd go round the counties with her pointer, tapping each card, telling us about the rivers and the towns and what they made there, and we'd look at the little coloured pictures and try to imagine them.
I don't think any of us expected to see those places. I don't think we thought about it either way. It was like being read a story about another country that happened to be ours.
One afternoon her pointer came round to the bulge on the right-hand side, the part that sticks out into the sea. There was no postcard on it.
Miss Emily stopped there, and looked at it, as if she'd only just noticed.
"Norfolk," she said. "I'm afraid I've nothing much to show you there. It sits out on its own, you see. No one goes through it on the way to anywhere else." # speaker: emily
"It's rather a lost corner, Norfolk." # speaker: emily
And she moved on to Suffolk, and its churches, and that would have been the end of it.
Except that at Hailsham we had a lost property room, up on the second floor, where anything left lying about ended up in the end: one glove, odd plimsolls, a jumper with no name in it.
And within a week someone had put the two together. If Norfolk was England's lost corner, then that was where all the country's lost things must go.
Laura said it first, I think. # uncertain: Or one of the boys did, and Laura only said it loudest. Laura usually said things loudest.
A glove dropped on a train in Manchester, a ring that went down a drain in Bristol. Sooner or later they all washed up in Norfolk, on shelves, in rows, waiting for someone to come.
It was a joke, and we knew it was a joke. We'd say it about anything. Lost your ruler? Norfolk. Lost your temper? Gone to Norfolk, I expect.
* [It was only ever a joke, and a good one. # stance: lost_corner_held.lc_only_a_joke]
    ~ lost_corner_held = lc_only_a_joke
    I laughed at it as hard as anyone. It was the sort of joke that made a place feel like yours, because nobody outside would ever get it.
* [Some part of me half believed it, for years. # stance: lost_corner_held.lc_half_believed]
    ~ lost_corner_held = lc_half_believed
    I knew it wasn't true. But there's knowing, and there's the picture that sits in your head, and the picture was a long shelf by the sea, with everything on it.
* [It was a comfort: nothing was ever really gone. # stance: lost_corner_held.lc_a_comfort]
    ~ lost_corner_held = lc_a_comfort
    It meant that nothing you lost was lost. It was only somewhere else, being kept. I didn't know yet how much I'd want that to be true.
- I'm telling you this now because of the tape. I'll need Norfolk later, you see. We all did, in the end, one way or another.
It was that same spring, or near it, that I bought the tape. # closeup: tape
~ keepsakes += tape
-> mem_tape ->
-> after_tape

= after_tape
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: none
I should be honest with you. The tape in the box on the seat isn't that tape.
The one from the Sale went, a couple of months after the afternoon in the dorm. The one I have now came to me a long time later, in another way, and I'll tell you about it when I get there.
It's the kind of thing I'd rather tell you in its place. If I tell it now it'll sound like a trick, and it wasn't.
And there's a second tape in the box, beside it, with a cracked case. That one I've never played through, not once. # closeup: replacement_tape
~ keepsakes += replacement_tape
-> mem_replacement_tape ->
-> road_two

= road_two
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: none
The next years come back less tidily. Eleven, twelve, thirteen: they're more like weather than like events, a long run of terms with a few days standing up out of them.
You've had one of those days already: Tommy on the field, in his blue shirt. After that, the teasing didn't stop all at once, but it began to go out of things, the way the heat goes out of a bath.
The pavilion I passed earlier is still with me, the way a tune stays after the radio's off.
* [Let the pavilion come back.]
    -> mem_pavilion ->
    -> pond_lead
* [Keep my eyes on the road.]
    I keep my eyes on the road. There'll be other pavilions. There always are.
    -> pond_lead

= pond_lead
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: none
It was that summer, I think, that Tommy stopped me on the path down to the pond. # uncertain: Or it was the one after. He'd already stopped losing his temper, and that was the summer it stopped, so it must have been.
-> mem_pond ->
-> after_pond

= after_pond
# place: car
# register: present
# light: night
# weather: fog
# ambience: car_night
# music: none
There's mist coming up off the fields now, lying in the low parts like milk in a saucer.
Tommy and I talked about that afternoon again, years later, at Kingsfield. He said he'd been so relieved at the time that he'd hardly heard the part about her shaking.
I said I'd hardly heard anything else. He laughed, and said that was the difference between us, and he was probably right.
Miss Lucy didn't keep her anger for Tommy alone, as it turned out. The next time she let it out, a whole crowd of us were there to hear it.
-> mem_lucy_rain ->
-> after_rain

= after_rain
# place: hailsham_house
# register: memory
# light: dusk
# weather: rain
# ambience: rain
# music: hailsham
What I remember most about the weeks after the pavilion is what stopped.
There'd always been jokes, among us, about donations. Someone would cut their hand, say, and someone else would tell them to take care of it, it wasn't theirs to waste. That sort of thing. We'd laugh.
After the rain, nobody made those jokes any more. Nobody decided to stop. They just stopped, the way birds stop singing before a storm.
{rain_heard:
- rain_not_news: It wasn't that we'd learnt anything new. It was that we couldn't pretend any longer that we hadn't been told.
- rain_first_time: For me, at least, it was like a door that had always been painted to look like the wall, and now someone had opened it and let the cold in.
- rain_watched_faces: I went on watching faces, the way I had under the veranda. Nobody's face gave anything away. That was what gave it away.
- else: None of us said why. We didn't need to.
}
And I found, in those weeks, that I'd started thinking again about Madame in the doorway, and the pillow, and the tears.
{madame_first:
- she_pitied_me: I'd decided she was sorry for me. Now I wondered if she'd been sorry about something much larger, and I'd only been standing in front of it.
- she_could_not_bear_it: I'd decided she couldn't bear to watch. After the pavilion, I thought I knew what she couldn't bear. I was wrong about that, too, but it was years before I learned how.
- i_did_not_decide: I'd decided not to decide, back then. Now the question came and sat on the end of my bed at night, whether I wanted it or not.
- else: I didn't know then what she'd seen. I only knew that I had started to wonder.
}
Not long after, walking past Room Twenty-Two on my way to the library, I saw Miss Lucy through the glass panel in the door.
She was alone at a desk, bent over an exercise book, and she was scribbling across the pages, hard, in great dark loops, so hard I could hear the pencil from the corridor.
She didn't look up. I went on down the corridor as if I hadn't seen anything, which is what we did, at Hailsham, when we'd seen something.
-> lucy_reversal

= lucy_reversal
# place: hailsham_fields
# register: memory
# light: day
# weather: wind
# ambience: wind
# music: hailsham
# cast: tommy kathy
It was Tommy who told me what came next. We were sixteen by then, in our last year, and he caught me by the far hedge after games.
Miss Lucy had called him in, he said. Into Room Twenty-Two, on his own.
She'd told him that she'd been wrong, three years before, on that path. She should never have said it didn't matter whether he was creative. It did matter. His art mattered, and he should start trying again, properly.
"She wouldn't say why," Tommy said. "I asked, and she just said it was important, and that I'd have to take her word for it." # speaker: tommy
"Was she shaking again?" # speaker: kathy
"No. That was worse, somehow. She was dead calm. Like she'd been told to say it." # speaker: tommy
He looked out over the field, at nothing, and I saw that he'd been given the thing back that he'd spent three years putting down, and that he'd no idea now where to carry it.
{pond_took:
- pond_glad: At the pond I'd been glad for him, because someone had let him off. Now she'd taken it back, and he stood there holding both halves of it, and I couldn't be glad about anything.
- pond_uneasy: The unease I'd felt at the pond came back, only now it had a reason. Whatever had been wrong behind her calm then was still wrong. It had only changed its mind.
- pond_jealous: At the pond I'd been jealous that she'd picked him. Now I'd have given a great deal for her never to have picked him at all, either time.
- else: I didn't know what to tell him. I'm not sure there was anything true that would have helped.
}
A week or two later, Miss Lucy was gone.
There was no assembly, no goodbye. One morning there was somebody else at her desk in Room Twenty-Two, and nobody told us where she'd gone, and we knew better than to ask. # reflect: p1_lucy_gone
-> ruth_and_tommy

= ruth_and_tommy
# place: hailsham_pond
# register: memory
# light: golden
# weather: clear
# ambience: summer_field
# music: hailsham
# cast: kathy ruth
Ruth and Tommy had been a couple for the best part of a year by then. At Hailsham that was a long time; people noticed it, the way you'd notice an old tree.
And that spring they split up. Everyone knew before I did, which was odd, since I was the one who spent most time with both of them.
Nobody could say quite why. Ruth said it was Tommy. Tommy didn't say anything, which people took to mean it was Ruth.
After about a week of it, Ruth came and found me on the steps of the house and sat down beside me, closer than she needed to.
She wanted them back together, she said. But she couldn't be the one to say so; it had to come from outside. Would I talk to him? I was the one he'd listen to.
# cast: kathy tommy
So I found Tommy down by the pond, sitting on the same flat stones as before, and I told him Ruth was ready to have him back, if he'd only make the first move.
He listened. He threw a stone into the reeds. For a moment it seemed to me he was going to say something else, something that wasn't about Ruth at all.
# cast: kathy
Then he said all right, he'd think about it, and he got up and walked back to the house.
* [I did it for Ruth. She'd asked me, and that was that. # stance: go_between.gb_for_ruth]
    ~ go_between = gb_for_ruth
    She was my oldest friend. She'd asked me for something, and I was good at giving Ruth what she asked for; I'd had years of practice.
* [I did it for Tommy. He seemed lost without her. # stance: go_between.gb_for_tommy]
    ~ go_between = gb_for_tommy
    That's what I told myself. He was wandering about like someone who'd mislaid his coat. I thought he'd be happier back where he'd been.
* [I didn't ask myself why. I was careful not to. # stance: go_between.gb_not_asked]
    ~ go_between = gb_not_asked
    There was a question underneath it all, and I walked round it the way you walk round a hole in the floor. I'm still walking round it, I sometimes think.
- They were back together inside a fortnight, and everyone said how good they were together, and I said so too. # reflect: p1_go_between_unsaid
Years later, in a car, by the side of a road, Ruth would say something to me about that spring. I'm not ready to tell it yet. I'll come to it.
-> last_summer

= last_summer
# place: hailsham_fields
# register: memory
# light: golden
# weather: clear
# ambience: summer_field
# music: hailsham
# cast: ruth tommy kathy
And then it was our last summer.
We knew we'd be leaving. We'd known for years, the way we knew everything. Some would go to the Cottages, some to other places with names we'd barely heard, and after that, well, after that was after that.
The guardians gave us lists, and we chose, or thought we chose, and there was a great deal of talk about who was going where and with whom.
Ruth was going to the Cottages. So was Tommy. So was I. # uncertain: Or I put down the Cottages because Ruth had, and only found out later that I'd chosen it. I honestly couldn't tell you which came first.
I think we were kinder to each other, that last summer, than we'd ever been. Or I'm remembering it kind. It's hard to tell, from this distance, which is the summer and which is the remembering. # reflect: p1_last_summer
{rain_heard:
- rain_not_news: Nobody talked about Miss Lucy, or the pavilion. We'd known it all along, we told ourselves, and there was no need to go over it.
- rain_first_time: I'd lie on the grass after supper and look up at the sky going pale, and think about the veranda, and the rain, and then make myself think about something else.
- rain_watched_faces: I went on watching faces. Everybody looked happy. I've wondered since how many of them were watching mine.
- else: Nobody talked about what came after. There was too much summer left.
}
{go_between:
- gb_for_ruth: Ruth and Tommy walked about with their arms linked, and Ruth kept glancing round to make sure I'd seen, and I always had.
- gb_for_tommy: Tommy seemed happier, as I'd hoped. Most days I believed he was.
- gb_not_asked: I kept busy. I'm very good at keeping busy. It's one of the things that makes a good carer.
- else: Ruth and Tommy walked about with their arms linked, and I walked beside them, or a little behind.
}
The week we left, Ruth pushed the pencil case into my bag without a word, as I've said. I found it at the Cottages, wrapped in a sock.
# cast: kathy
On the last morning I walked down as far as the pond on my own, and stood for a while, and came back up. I didn't look back from the van. I've always been glad I didn't.
I've never been back. I don't go looking for it, on these roads. I've heard things, over the years, and I'll come to them, but I've never gone looking.
-> drive_on

= drive_on
# place: car
# register: present
# light: night
# weather: fog
# ambience: car_night
# music: none
The mist has thickened in the dips, and I've slowed right down. There's nobody on the road but me.
The box has tipped over on the seat. The tapes have slid to one side, and the pencil case is on top of the shirt, where I'd never have put it.
{lost_corner_held:
- lc_only_a_joke: Lost things, Norfolk. It's still a good joke. I still find myself making it, to donors who've never heard of Hailsham, and they look at me kindly, the way you'd look at someone humming to herself.
- lc_half_believed: I half believed in that shelf by the sea for years. I'm not sure I've entirely stopped.
- lc_a_comfort: Nothing is ever really gone. I've said that to myself on roads like this one more often than I'd admit, and some nights it's almost enough.
- else: Lost things, Norfolk. I still think it, now and then, when something goes.
}
{swarm_felt:
- swarm_thrill: We thought we'd won, that morning in the courtyard. It's taken me a long while to work out what the game was.
- swarm_cold: That missed stair in the courtyard: I've felt for it, in the dark, more times than I could count since.
- swarm_sorry: I still don't know whom I was sorry for in the courtyard. I've a better idea than I did.
- else: I think about Madame in the courtyard more than I'd expect to.
}
{go_between:
- gb_for_ruth: I did a great many things for Ruth, over the years. Carrying that message was the first of them I'd take back, if you could take things back.
- gb_for_tommy: I told myself I did it for Tommy. It's the kind of thing you tell yourself at sixteen, and it holds for a surprisingly long time.
- gb_not_asked: I never asked myself, that spring, why I carried Ruth's message. I'm asking now, on an empty road, at night, which is where these questions like to come.
- else: I carried Ruth's message, that spring, and I'd carry it again. I think I would.
}
We left Hailsham that autumn. Some of us went one way and some another. Ruth and Tommy and I, and a few others from our year, went to the Cottages.
And that, as the donor would have said, is another place altogether.
-> part_two
