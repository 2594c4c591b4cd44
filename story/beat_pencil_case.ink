// Beat A: the pencil case. Ruth's hinted gift, Kathy's bluff about the Sales register, Ruth's face, the weeks
// of amends, Midge's question in the art lesson, and the thread forward to the lost tape. Outcomes are fixed;
// the three stances (pencil_why, ruth_face, covering_why, declared in state.ink) colour the aftermath, the
// memories mem_pencil_case and mem_replacement_tape, and the epilogue. (Book: Part One, chapters 5 and 6.)

=== play_pencil_case ===
# chapter: The pencil case
# book: Part One, chapters 5 and 6
// By this point in Kathy's telling she has opened the box and told Tommy's shirt (the prologue).
~ keepsakes += polo_shirt
-> pencil_case_beat ->
-> END

=== pencil_case_beat ===
# place: hailsham_classroom
# register: memory
# light: day
# weather: rain
# ambience: classroom
# music: hailsham
# cast: students
The guard had been over for three years by then, and if you'd asked either of us we'd have said we'd forgotten all about it.
{guard_felt:
- guard_stung: I hadn't, quite. Some small, stubborn part of me was still walking past the back of the pavilion to check whether anyone was there.
- guard_relieved: I had, mostly. I'd been glad to put it down, and after a while I'd stopped noticing I was glad.
- guard_understood: I thought I'd understood it, and forgiven it, and at eight I suppose I had. But understanding a thing at eight is not the same as being finished with it.
- else: I hadn't, quite, though I'd have sworn I had.
}
We were ten, or just eleven, in the middle years of the juniors, and Ruth and I were as close as we'd ever been. # uncertain: Or we'd only just turned ten. It was the spring the juniors' radiators were mended, and I can't place that any better.
There was one rule at Hailsham nobody ever had to write down. Guardians did not have favourites, and guardians did not give presents.
Anything you owned, you'd made with your own hands, or swapped for at an Exchange, or bought at a Sale with tokens and had written in the register. That was the whole of how things came to you.
We understood it without anyone explaining, the way you understand that a floor will hold you.
And of all the guardians, the one we'd most have wanted to break that rule for us was Miss Geraldine.
It was a wet lunchtime, one of those when they kept us in. The radiators ticked, and the coats steamed on their pegs, and the windows had gone white at the corners.
# cast: ruth students
Ruth came in late. She didn't say anything. She walked to her desk and set something down on it, squarely, in the middle, and then she sat and looked out at the rain.
It was a pencil case. A zipped one, dark red, the shiny sort that's trying to look like leather, with two rows of little brass studs running round the edge.
It looked like nothing else in that room. Everything we had was slightly worn, slightly someone else's. This looked as though it had been polished every night by someone who loved it.
Within a minute there were four girls round her desk, and then six.
Ruth let them look. She didn't let them touch. When someone reached out, she moved it an inch, gently, the way you'd move a cup away from a baby.
"Where's it from?" # speaker: girl
"I can't say." Ruth ran her thumb along the studs. "I'm not allowed." # speaker: ruth
"Was it the Sale?" # speaker: girl
Ruth didn't answer that. She only smiled, a small smile, down at the case, and then lifted her eyes to the door that led through to the corridor, where Miss Geraldine's room was.
Nobody said the name. Nobody had to. That was how you knew it was the name that mattered.
By the end of the afternoon it was all round the juniors: Ruth had been given something, and by whom, and it was a secret, so everybody knew.
-> pc_suspicion

= pc_suspicion
# place: hailsham_house
# register: memory
# light: day
# weather: rain
# ambience: room
# music: hailsham
# cast: students
I'd been at the last Sale. We all had; nobody missed a Sale.
They set the tables out in the dining hall, end to end, and the crates from outside were emptied onto blankets, and we went along them in a slow jostling line, touching everything.
Other people's things, mostly. Jumpers with darned elbows, toys missing a piece, a tin with a picture of a lighthouse and nothing in it. Whatever the world outside had finished with.
At the far end sat two of the monitors with the register, a fat green book ruled in columns, and everything anyone bought was written into it: your name, the thing, the tokens.
Anybody could ask to look at the register. Hardly anybody ever did. There was nothing in it you didn't already know.
And I was fairly sure I'd seen a case like Ruth's on that blanket, in between a hairbrush with half its bristles gone and a box of odd buttons. # uncertain: Or I'd only seen one like it, in brown, and wanted it to be the same. I've never been able to settle which.
Whether I was sure, I honestly can't tell you now. What I can tell you is that it got under my skin in a way it had no right to.
Every time I saw her touch those studs, every time one of the girls glanced at the corridor door and then at Ruth, something in me tightened another turn.
Why did it matter so much to me? I've had twenty years and more to work that out, and I'm still not certain.
* [Because it wasn't true, and that seemed to matter. # stance: pencil_why.the_truth]
    ~ pencil_why = the_truth
    There was an order to Hailsham, and I liked it. Tokens, the register, the rules nobody wrote down. Things were what they were.
    Ruth was bending that, and the other girls were letting her, and it seemed to me that someone ought to set it straight.
    That's the reason I'd have given you then, and it isn't a bad one. I'm just not sure it was the whole of it.
* [Because I envied her, even for something made up. # stance: pencil_why.envy]
    ~ pencil_why = envy
    Even a made-up gift was a gift. Ruth had found a way to be chosen, and she'd found it on her own, and I hadn't thought of it first.
    If I couldn't be singled out, then I didn't much want her to be either. That's as plainly as I can put it, and it isn't pretty.
    I'd like to say I didn't know that at the time. I think I knew it perfectly well, and called it something else.
* [Because I wanted her to need me. # stance: pencil_why.to_be_needed]
    ~ pencil_why = to_be_needed
    Since the guard, Ruth had always been the one who decided. Who sat where, who was in, who wasn't.
    If I knew the truth about the pencil case and kept quiet about it, then for once she'd owe something to me. I'd be holding a piece of her.
    I didn't put it to myself like that. But when I look back, that's the shape it has.
- Whatever it was, I didn't do anything about it straight away. I waited, the way you wait for a wave you've seen coming from a long way out.
-> pc_bluff

= pc_bluff
# place: hailsham_pond
# register: memory
# light: golden
# weather: wind
# ambience: wind
# music: none
# cast: ruth kathy
It came a few days later, on the path down to the pond, just the two of us, walking back from somewhere I can no longer remember.
The rain had stopped, but the wind was still shaking water off the trees in sudden handfuls, and the path was all puddles with the sky in them.
We'd been talking about the next Sale, what might come, whether there'd be any good tapes this time.
And I said, lightly, as if it were nothing, that I'd been looking through the register from the last one.
"It's funny, what people buy," I said. "I read the whole thing. Page after page." # speaker: kathy
I let that sit. I didn't mention the pencil case. I didn't need to.
I hadn't been anywhere near the register. I'd never once asked to see it. It was a bluff, and a small one, and it went in like a splinter.
Ruth didn't answer. She walked three or four more steps, and then she stopped, and looked out over the water.
Her face went very still, the way a pond goes still when the wind drops, and then something happened underneath the stillness that I've never forgotten.
Her mouth went tight at one corner. Her eyes filled, and didn't spill. For a second she looked about six years old.
What was in her face? I've had a long time to decide, and I still go back and forth.
* [Shame. She'd been found out, and by me. # stance: ruth_face.her_shame]
    ~ ruth_face = her_shame
    The colour came up from her collar in a slow red tide. She looked at the water rather than at me.
    It wasn't the shame of having told a lie. It was a worse kind: the shame of having been seen wanting something, out loud, in front of everyone.
* [Fear, of what I might do with it. # stance: ruth_face.her_fear]
    ~ ruth_face = her_fear
    Her eyes went to my face and away, and then back along the path behind us, checking who else might have heard.
    She was working it out, I think: what it would cost her, if I told. How many of the girls would laugh, and which ones, and for how long.
* [Anger, though she swallowed it down. # stance: ruth_face.her_anger]
    ~ ruth_face = her_anger
    For a second her jaw set and she looked at me as if she'd have liked to push me into the pond, and watch me come up covered in weed.
    Then it went under, the way a stone goes under. I could almost see the rings spreading out after it.
- Then Ruth turned away from the water and said, in a perfectly ordinary voice, "Are you doing anything for the Exchange? You should do the chestnut trees again. Everybody liked the chestnut trees." # speaker: ruth
So we talked about the chestnut trees. We walked all the way back up to the house talking about the chestnut trees.
And all the way up I could feel the thing I'd done walking along beside us, like a third girl neither of us would look at.
-> pc_regret

= pc_regret
# place: hailsham_dorm
# register: memory
# light: night
# weather: clear
# ambience: room
# music: hailsham
I didn't have to wait for bedtime to be sorry. I was sorry before we'd reached the house.
Because I knew, you see. We all knew. It wasn't only Ruth who lay awake making up stories about Miss Geraldine.
Every one of us had some version of the same daydream: that one of the guardians would single us out, quietly, with some small sign that we mattered to them more than the others. # reflect: p1_pencil_secret_sign
A word in a corridor. A hand resting on a shoulder for one second longer than it needed to. Something given, that nobody else had been given.
Mine, if you want to know, was that Miss Geraldine would stop me on the stairs one day and say she'd kept a drawing of mine, and looked at it sometimes.
That was all. That was the whole of it. I must have had that conversation with her a hundred times, on those stairs, and never once outside my own head.
Ruth had only done what the rest of us did, and made it into something you could hold in your hand. And I'd taken it off her.
That night the dormitory was very quiet. Ruth's bed was next to mine, and she lay with her back to me.
{ruth_face:
- her_shame: I thought of the red coming up her neck on the path, and I wished with all my heart that I'd looked at the water too, and let her have the pond to herself.
- her_fear: I knew she was awake. I knew she was lying there listening, for what I'd do, for whom I'd tell. And I couldn't think how to tell her I wouldn't, without saying what I'd done.
- her_anger: I could feel the anger she'd swallowed, still there in the dark between our beds, like heat off a stove that's been turned off.
- else: I knew she was awake, and she knew I was.
}
Some time after the last of the whispering had died away, I heard the zip of the pencil case go, very slowly, under her blanket. Then, just as slowly, it closed again.
-> pc_amends

= pc_amends
# place: hailsham_house
# register: memory
# light: day
# weather: clear
# ambience: room
# music: hailsham
# cast: kathy ruth
I set about undoing it. Undoing a thing is always harder than doing it, as I expect you've found.
I couldn't take back what I'd said by the pond. I couldn't even mention it. So I did the only thing left, which was to tell Ruth's story for her, better than she'd dared to.
If Miss Geraldine came into the common room, I'd say, not too loudly, that it was funny how she always looked for Ruth first. Had anyone else noticed?
If Ruth was asked to hand out the paper in art, I'd catch someone's eye, and raise my eyebrows a little, and look away.
It wasn't hard. The girls wanted to believe it. What Ruth's story had been short of was somebody else to believe it out loud, and I had plenty of belief to spare.
Ruth saw what I was doing. She never said a word about it, and I didn't expect her to. But she started saving me the seat beside her again, and at breakfast she'd push the jam across before I asked.
It went on for about a month, this quiet work of mine. # uncertain: Or most of a term. It felt long at the time, but most things did at ten.
And then, one afternoon in art, Midge asked her question.
-> pc_midge

= pc_midge
# place: hailsham_classroom
# register: memory
# light: day
# weather: clear
# ambience: classroom
# music: hailsham
# cast: midge ruth kathy
We were painting jars that afternoon. Three glass jars on a cloth, with the light coming through them onto the table in wobbly green shapes. I can see the shapes now, better than I can see the jars.
Midge was at our table. She was a solid, sensible girl who asked questions the way other people cleared their throats, without seeming to notice she was doing it.
The pencil case was out on the table beside Ruth's water pot. Midge had been looking at it for a while.
"Where did you get that, Ruth? Really, I mean." # speaker: midge
The table went quiet. Not silent, because somebody was still rinsing a brush, but quiet enough.
"Was it the Sale? I don't remember it at the Sale. I'm only asking." # speaker: midge
Ruth opened her mouth, and for a second nothing came out of it. I saw her glance at me. Only a glance, so quick nobody else would have caught it.
And I knew that she was waiting to see what I'd do. Whether the pond was about to come out, here, over the jars, in front of everyone.
I put my brush down. I looked at Midge as if she'd said something rather silly, and rather rude.
"It wasn't from any Sale," I said. "Some of us know where it came from. We're just not supposed to say." # speaker: kathy
And then I let my eyes go, for no longer than a heartbeat, to the door into the corridor.
Midge looked at the door too, and then at the case, and then, slowly, at Ruth. Her face went through several things, and settled on something that might have been envy and might have been respect. With Midge it was hard to tell.
"Oh," she said. "Sorry. I didn't know." # speaker: midge
That was all. The brush went on rinsing. Somebody asked for the yellow. Ruth began to paint again, very carefully, the green light on the cloth.
Under the table her foot found mine, and pressed it, once.
Why did I do it? That's the question I come back to, more than the bluff, more than her face.
* [Guilt. I owed her, and this was how I paid. # stance: covering_why.from_guilt]
    ~ covering_why = from_guilt
    I'd made a hole, by the pond, and every day since I'd been shovelling earth back into it. Midge's question was just one more spadeful.
    It's not a noble reason. But I don't think it's a bad one either, to pay back what you've taken, even if the person you took it from can never say thank you.
* [Kindness. I couldn't bear to see her hurt again. # stance: covering_why.from_kindness]
    ~ covering_why = from_kindness
    I'd seen her face on the path. I didn't want to see it again, not in front of the whole table, not over a few jars.
    Whatever it was I'd felt on the path by the pond, it had gone, and what was left was simply that I loved her and didn't want her hurt. That was all, and it was enough.
* [Because a shared secret was a pleasure of its own. # stance: covering_why.for_the_secret]
    ~ covering_why = for_the_secret
    Midge didn't know. The table didn't know. Only Ruth and I knew the truth of that pencil case, and now we knew it together, behind everyone's backs.
    It was like the guard again, I suppose. A plot only we were in on. Except that this time I wasn't the one left standing behind the pavilion. This time I was inside it.
- Whatever my reasons were, it worked. Nobody asked about the pencil case again, not seriously, for as long as we were at Hailsham. # reflect: p1_pencil_covering
-> pc_after

= pc_after
# place: hailsham_fields
# register: memory
# light: golden
# weather: clear
# ambience: summer_field
# music: hailsham
# cast: ruth kathy
By the summer, Ruth and I were friends again, properly, and the pencil case was just a pencil case on her desk, with a little ink on one corner.
But I've carried that spring about with me ever since, and it doesn't sit the same way every time I pick it up.
{pencil_why:
- the_truth: I'd wanted the truth. Well, I had it now, and there was nothing at all I could do with it except hide it. It turned out the truth was the one thing nobody in that story needed.
- envy: The envy went, or went somewhere I couldn't see it any more. It's hard to go on envying someone after you've watched their eyes fill up over a pond.
- to_be_needed: I'd wanted her to need me, and she did. What I hadn't bargained for was how heavy it would be. It felt less like holding power than like carrying something breakable across a crowded room.
- else: I never did work out why I'd needed to catch her out. I only know I was sorry the moment I had.
}
{ruth_face:
- her_shame: Whenever the case came out, I'd remember the red climbing up her neck, and I'd make sure to look at something else first, so she'd never have to see me remembering.
- her_fear: For a while she watched me, the way you watch a dog you aren't sure of. I made certain she saw me doing nothing, day after day, until she stopped watching.
- her_anger: The anger went, in the end. Though once or twice, years later, at the Cottages, over something else entirely, I'd catch a flicker of it in her look, and know exactly where I'd seen it first.
- else: We never spoke about the pond. Not then, and not for years.
}
{covering_why:
- from_guilt: And the guilt? I'd like to tell you I paid it off. I'm not sure you ever do. You just stop counting.
- from_kindness: I'd like to think the kindness was what she remembered, afterwards, and not the bluff. I think it may have been both.
- for_the_secret: And the secret stayed ours. There's nobody left now to share it with, and I find I still keep it, out of habit, as if someone might ask.
- else: Whatever I'd meant by it, we'd come through.
}
I've sometimes wondered what would have happened if I'd let it out, at the art table, in front of Midge and the jars. Ruth would have got over it, probably. Children do.
But I don't think we'd have been quite the same, after. And I don't think she'd have done what she did about my tape. # reflect: p1_pencil_tape_thread
I'll come to the tape. It's the next thing, more or less, and she's at the heart of it, though you wouldn't think so at first.
I have the pencil case still. Ruth pushed it into my bag the week we left Hailsham, without a word about why, and I never asked.
~ keepsakes += pencil_case
It's in the box on the seat beside me now. The studs have gone dull, and the zip sticks at the corner, the way it always did. # closeup: pencil_case
-> mem_pencil_case ->
->->
