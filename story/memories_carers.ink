// Memories from the carer years (Part Three). Each is a tunnel: the story enters it with `-> mem_x ->` and it
// returns with `->->`; the chest opens it again through `recall` (state.ink). A memory that `depends` on
// knowledge reads differently once the reader has it: the events stay the same; what Kathy makes of them does
// not. (Book: Part Three, chapter 19.)

// At the boat: what Kathy thinks she is looking at.
LIST boat_seen = boat_like_hailsham, boat_like_us, boat_only_a_boat
// In the lay-by: what Kathy does with Ruth's apology.
LIST apology_taken = forgave_ruth, not_yet_forgiven, knew_already

=== mem_boat ===
# memory: The boat in the marsh
# keepsake: boat_postcard
# place: marsh_boat
# age: 28
# depends: ruth_apology
# register: memory
# light: golden
# weather: clear
# ambience: wind
# music: carers
# cast: ruth tommy kathy
{knowledge ? ruth_apology:
    For a long time I thought the boat was the point of that day. I know better now. It was only the place Ruth had to reach before she could turn round.
- else:
    {mem_boat > 1: I've walked out to that boat a good many times since, in my head. It never gets any nearer the water.}
}
We left the car on a verge where the lane simply gave up, beside a footpath sign leaning so far over that it pointed mostly at the ground.
The path went first into a stand of thin trees, birch and something scrubbier, and the earth under them was black and soft and pulled at our shoes.
Ruth found it hard going. She wouldn't take my arm. She took Tommy's when he held it out, and I walked a little behind them with the bag and the flask.
It was strange, watching the backs of them together again. They'd been a couple for so long at the Cottages that my eyes still expected it, even when the rest of me knew better.
Halfway through the trees there was a fence: barbed wire strung between posts, and a place where someone before us had trodden the bottom strand down into the mud.
Tommy held the wire up, with his boot on one strand and his hand on the other, and Ruth bent and went through slowly, the way you lower yourself into cold water.
For a second, when she thought neither of us was watching, her face showed what it had cost her. Then it was put away again, and she was brushing at her coat.
I went through last. I caught my sleeve on a barb and left a few threads of blue wool behind. # uncertain: Or it was Tommy who caught his sleeve, and I only remember the threads.
Then the trees stopped, all at once, and there was the marsh.
It went out flat and pale to the edge of everything: tufted grass, reeds, thin channels of water holding the sky like strips of tin.
And a sky over it so big that the three of us, standing at the edge of the wood, must have looked like something somebody had forgotten to tidy away.
The boat was a little way out, sitting in the mud at a tilt, as if it had leaned over to listen to something and never straightened up.
It had been painted once, blue above and white below. You could still tell where. The rest had come away in long pale scabs, the way paint does on anything left out long enough.
The cabin had lost its roof. The low sun went straight in and lay at the bottom, on a few inches of rainwater and a rope gone green.
There was a bird standing in one of the channels near the bow, grey and perfectly still. # uncertain: Or it was a post, and I've put a heron there since, because it seemed to want one.
Nobody said anything for a long while. Ruth was breathing hard from the walk, and we let her, and listened to the reeds.
{boat_seen:
- boat_like_hailsham: What I thought, looking at it, was that this was what Hailsham must look like now. I still think so, every time I come back here.
- boat_like_us: What I thought, looking at it, was that it was us: run aground, and left where it stopped. I've never managed to see it any other way since.
- boat_only_a_boat: What I thought, looking at it, was that it was only a boat. It's harder to think that each time I come back. I try.
- else: What I thought, looking at it, was
}
* {not boat_seen} [that this was what Hailsham must look like now. # stance: boat_seen.boat_like_hailsham]
    ~ boat_seen = boat_like_hailsham
    Grass through the floor of the pavilion. Water standing in the long corridor. The paint going, and nobody left who'd remember what colour it had been.
    I didn't say it. I didn't need to. When I looked at Ruth, I could see she was somewhere with a pond in it.
* {not boat_seen} [that it was us: run aground, and left for people to come and look at. # stance: boat_seen.boat_like_us]
    ~ boat_seen = boat_like_us
    Somebody had made it for a purpose, and used it, and when the water went away they'd simply left it where it was.
    People drove out from the villages on a Sunday to stand where we were standing, and said wasn't it sad, and drove home for their tea.
* {not boat_seen} [that it was only a boat, and I was glad of something that was only itself. # stance: boat_seen.boat_only_a_boat]
    ~ boat_seen = boat_only_a_boat
    I'd spent years with everything standing for something else: a pencil case, a song, a drawing of an animal. Here was a boat, stuck in the mud, being a boat.
    I found that a relief, though I couldn't have told you why.
+ ->
- Ruth took the postcard out of her coat and held it up against the real thing, shutting one eye, the way you'd check a picture was hanging straight.
"It's better in the picture," Tommy said. # speaker: tommy
And Ruth laughed, properly, for the first time that day. It came out of her as if it had been waiting somewhere near the top.
It was Tommy who told us about Chrissie. He'd heard it at Kingsfield: she'd completed, during her second donation.
Ruth said she'd heard too, weeks before, and hadn't known how to bring it up. We stood with that for a bit. I thought of Chrissie in the café at Cromer, leaning forward over the table, so certain we were keeping something from her.
We were gentler with each other out there than we'd been since we were children. I don't think any of us could have said why. Or we could have, and didn't. # reflect: p3_boat_gentleness
When we turned to go, Ruth held out the postcard to me.
"You have it," she said. "I've seen the real one now. I don't need it." # speaker: ruth
{knowledge ? ruth_apology:
    I took it as a small thing, that afternoon. Now I think it was the first of two things she'd brought to give me that day, and the easier one.
- else:
    I put it in my pocket without looking at it. I didn't think it meant anything much. It's one of the few things I've been wrong about in the right direction.
}
{mem_boat > 1: I put the postcard back in the box. It always goes in the same place, standing up against the side, the picture facing in.}
->->

=== mem_address ===
# memory: Ruth's apology
# keepsake: address_slip
# place: car
# closeup: none
# age: 28
# depends: no_deferrals
# register: memory
# light: dusk
# weather: clear
# ambience: car_night
# music: carers
# cast: tommy ruth
{knowledge ? no_deferrals:
    I know now what the address on that slip was worth, in the end. I'll tell this the same way regardless. She didn't know, and that matters.
- else:
    {mem_address > 1: I've gone back to that lay-by more often than to most places I've really been.}
}
The lay-by was a strip of gravel behind a line of hawthorn, with a litter bin and a view over a field gone bronze in the last of the light.
Ruth had asked me to stop there. She'd been quiet since the marsh, and I'd put it down to tiredness, or feeling sick. I've been a carer a long time, and that's what it usually is.
I turned the engine off. It ticked for a while as it cooled. Tommy was in the front beside me; Ruth was in the back, and when she spoke it was to the backs of our heads.
"I want to say something. And I want you both to let me get to the end of it, because if you stop me I won't start again." # speaker: ruth
Neither of us turned round. I watched her in the mirror. She was looking at her hands.
"I kept you two apart. All that time. That's the worst of what I did, and I did plenty." # speaker: ruth
~ knowledge += ruth_apology
"I could see it at the Cottages. Before that, even. And I told you, Kath, that he'd never see you that way. I knew it wasn't true when I said it." # speaker: ruth
"I'm not asking you to forgive me. I'm not even sure I'd want you to; it'd be too easy, and you'd do it, and I'd have got away with it again." # speaker: ruth
I started to say something. I think it was going to be that it didn't matter. She leaned forward and put her hand flat on the back of my seat.
"Don't. Don't make it all right for me. You always did that, and I always let you." # speaker: ruth
Then she found something in her coat pocket and passed it forward between the seats: a slip of paper, folded small, with an address on it in the rounded hand she'd had since she was eight.
It was Madame's address. Ruth had spent months getting it, asking carers who knew carers, never saying what it was for.
"You should go. Both of you. Ask her for a deferral. If anybody ever had a case, it's you two. It's the one thing I can think of to do instead of just saying sorry." # speaker: ruth
Tommy made a small sound, not quite a laugh. He said it was a bit late for all that now, surely.
"It isn't," Ruth said. "It isn't too late. Promise me you'll try." # speaker: ruth
{apology_taken:
- forgave_ruth: I forgave her before she'd finished. I've gone over it since, and I still think that was the right speed.
- not_yet_forgiven: I couldn't forgive her yet, sitting there. That came later, and not in this lay-by.
- knew_already: None of it was news to me. Hearing her say it was.
}
* {not apology_taken} [I forgave her, there and then, before she'd even finished. # stance: apology_taken.forgave_ruth]
    ~ apology_taken = forgave_ruth
    It happened without my deciding it, the way your hand closes when something's put in it. Whatever she'd kept from me, she was giving back, and I couldn't have refused it if I'd tried.
* {not apology_taken} [I couldn't forgive her yet. I wanted to, and couldn't. # stance: apology_taken.not_yet_forgiven]
    ~ apology_taken = not_yet_forgiven
    Part of me sat in that car doing sums: the years, the weekends, the way he'd look at her and then away. I'm not proud of it. But I'd be lying if I said the sums weren't there.
* {not apology_taken} [I'd known all along. It was only hearing her say it. # stance: apology_taken.knew_already]
    ~ apology_taken = knew_already
    None of it was news. What was new was Ruth saying it out loud, in her own voice, with nowhere to hide it afterwards. I hadn't known how much I'd been waiting for that.
+ ->
- I held the slip of paper in my lap. Tommy reached over and put his hand on top of mine, slip and all, and left it there. # reflect: p3_ruth_amends
Nobody said anything else for a while. A lorry went by on the road and rocked the car a little, and the field went on getting darker.
{knowledge ? no_deferrals:
    She'd given us the only thing she had, and it turned out to be nothing at all. That doesn't make the giving any smaller. If anything, I think it makes it bigger.
- else:
    It seemed to me then that Ruth had handed us a door. I didn't let myself think about what might be on the other side of it. Not that night.
}
->->
