// Beat C: the visit to Madame in Littlehampton, the drive back in the dark, and the field.
// (Book: Part Three, chapters 21 and 22.) Outcomes are fixed; the choices are stances: what Kathy sees in
// Madame's face, what she lets herself feel at "no deferrals", which question she asks first (or whether she
// asks at all: everything is answered either way), and whether, in the field, she is holding on or letting go.

// Which question Kathy asks Miss Emily first, or whether she stays silent and lets her tell it her own way.
LIST madame_asked = asked_gallery, asked_closing, asked_lucy, asked_nothing

// The beat on its own, for chapter select and the classroom: Kathy holds everything the story has given her
// by now, and knows what Part Three has told her before Littlehampton.
=== play_madame ===
# chapter: The visit to Madame
# book: Part Three, chapters 21 and 22
~ keepsakes += (pencil_case, tape, replacement_tape, polo_shirt, office_advert, empty_frame, animal_drawing, boat_postcard, address_slip)
~ knowledge += (lucy_truth, hailsham_closed, ruth_apology)
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: carers
Kathy is Tommy's carer now, at Kingsfield. Ruth has completed. Before she did, she gave them Madame's address, and made them promise to ask for a deferral.
Next comes the visit to Madame and the drive home in the dark. It touches on organ donation and death, on harsh talk about where the students come from and what they are, and it ends with a man in great distress in a field. # content_note: organ donation, death, grief, derogatory talk about the students' origins, distress
* [Read on]
    -> visit_to_madame ->
* [Read a short summary instead # summary]
    -> visit_to_madame_summary ->
- -> END

=== visit_to_madame ===
# place: littlehampton
# register: memory
# light: dusk
# weather: wind
# ambience: town
# music: carers
# cast: tommy kathy
We got to Littlehampton in the early evening, after Tommy's tests. The doctors had kept him longer than they'd said, and he was tired, though he'd have denied it.
I parked on the front, where I'd parked before, and we walked a little way along the green to get the car out of our legs.
The wind had dropped. The sea was flat and pewter-coloured, and somebody was closing up a kiosk, pulling down a shutter with a long hooked pole.
Tommy had the drawings in a card folder under his arm. He'd chosen six, in the end, and then taken one out, and then put it back. # uncertain: Or it was seven; he changed his mind so often that afternoon I lost count.
We bought tea in polystyrene cups and sat on a bench with our backs to the town, and for a few minutes we were two people at the seaside, and nothing else.
{scouting_why:
- scout_to_spare_him: I'd come here alone to spare him a wasted journey. Sitting beside him now, I saw there'd never been any sparing him this. He'd have come on his own if I hadn't.
- scout_to_keep_hope: I'd sat in this street before and kept the hope safe by not knocking. Now it was going to be taken out and looked at, and I found my hands weren't steady on the cup.
- scout_to_see_first: I'd had my look at her, the first time, from behind a windscreen. It hadn't made me feel any stronger. If anything, it had made me feel as if I'd been spying on someone at a funeral.
- else: I'd been to the street once before, on my own, and watched her go in. I hadn't told Tommy how long I'd sat there afterwards.
}
It was Tommy who saw her first.
# cast: tommy kathy madame
He didn't say anything. He put his cup down on the bench and touched my arm, and when I looked up she was there: across the road, walking away from us, a small woman in a grey coat, going up towards the houses.
We followed her. It wasn't a decision. We were simply up and walking, a little way behind, the way you'd follow a tune you half remembered.
And all the while I was thinking of Cromer: of the five of us trailing along a pavement after a woman who might have been Ruth's possible, pretending to look in shop windows.
{window_seen:
- saw_a_future: Ruth had followed that woman as if she were following a door into her own life. I wondered, going up that street, whether I was doing the same.
- saw_a_stranger: That had come to nothing: a stranger, close up, with a stranger's face. I told myself this was different, because this time we knew exactly who we were following. I wasn't sure that made it better.
- saw_a_mirror: At Cromer, Ruth had gone looking for herself in somebody else's face. Going up that street after Madame, I had the odd feeling we were going to find ourselves in hers.
- else: We hadn't found what we were looking for that day. I tried not to think about it.
}
-> gate

= gate
# place: littlehampton
# register: memory
# light: dusk
# weather: wind
# ambience: town
# music: carers
# cast: madame kathy tommy
She stopped at the low wall of the white house and felt in her bag for her keys. That's when I called out to her.
I don't remember what I said. Something like "Excuse me," I think, or just "Madame," the name we'd always used, though it was never a name. # uncertain: Or I said nothing at all, and it was the sound of our steps that turned her round.
She turned, and looked at us, and her whole body went still.
It was the look I remembered from Hailsham, from the day we'd crowded round her on the path to see what she'd do. Cold. Wary. As if something with too many legs had run across her shoe.
She looked at Tommy's face, and then at mine, and then at the folder under his arm. She didn't say anything.
"We were at Hailsham," I said. "Kathy H. And this is Tommy. We wondered if we might talk to you. We won't keep you long." # speaker: kathy
At the word Hailsham, something moved across her face. It went too quickly to name, then. I've had a long time to name it since.
* [It was fear. The same fear as on the path, when we were girls. # stance: madame_face.madame_afraid]
    ~ madame_face = madame_afraid
    She was afraid of us. Still, after all those years, with the two of us grown and tired and standing politely at her gate. I'd thought, somehow, she'd have got over it.
* [It was pity. As if she already knew why we'd come. # stance: madame_face.madame_pitying]
    ~ madame_face = madame_pitying
    It was the look you give someone who's come a long way to the wrong address. She knew, I think, before I'd said another word, and was sorry for it.
* [It was both at once, the one laid over the other. # stance: madame_face.madame_both]
    ~ madame_face = madame_both
    Fear underneath, and pity spread over the top of it, the way you'd put a cloth over something on a table you didn't want the guests to see. I saw them both, and I couldn't have said which was the cloth.
- Whatever it was, it passed. She opened the gate and held it for us, and stood well back as we went through. # reflect: p3_madame_at_the_gate # sound: gravel
"Come inside," she said. "Quickly, please." # speaker: madame
-> front_room

= front_room
# place: madame_room
# register: memory
# light: dusk
# weather: clear
# ambience: room
# music: carers
# cast: kathy tommy madame
The front room was dim and crowded, as if the furniture of a much bigger house had been squeezed into it. Heavy chairs, a dark sideboard, a clock that didn't tick so much as clear its throat.
The curtains were half drawn. There was a smell of furniture polish and something else, something medical, that I recognised from work before I knew I had.
There was a small watercolour by the door: a pond, with reeds bending over it. I'd swear it was one of ours. # uncertain: Or it was just a pond, painted by someone who'd never heard of us, and I wanted it to be ours.
Madame pointed us to the sofa and sat down facing us on a hard chair, her knees together, her bag still on her lap.
Beyond her, a door stood half open into another room, where a lamp was lit. I heard something move in there, a creak, like a chair taking someone's weight. # reflect: p3_the_next_room
"So," Madame said. "You have come from Hailsham." # speaker: madame
I'd practised what to say in the car. I'd practised it for weeks, if I'm honest. When it came to it, it all came out at once, like coins from a jar.
I said that we'd heard there was a way for students who were truly in love to be given a little longer. A few years, before they started donating, or between. A deferral.
I said that Tommy and I believed we were those people. That we'd known each other since we were small. That we hadn't come to waste her time.
Madame didn't answer me. She turned her head, very slightly, towards the half-open door, as if she were listening for somebody's opinion.
Then Tommy opened his folder.
-> theory

= theory
He explained it the way he'd explained it to me on the walk back through Cromer, years before, only slower, and with the drawings laid out on the low table between us.
The Gallery, he said. What it was for. That if you had a person's pictures and poems from when they were small, all through the years, you'd be able to see inside them. What they were really like.
And then, if two people came and said they were in love, you'd be able to tell, wouldn't you, from what they'd made. Whether they matched. Whether it was real or something they'd talked themselves into.
{theory_held:
- believed_it: I'd believed him, that day in Norfolk, completely. Sitting in that front room I found I still did, a little, the way you go on believing in a step in the dark after your foot has found there isn't one.
- doubted_it: I'd doubted it in Norfolk, and I doubted it now. But I'd come all this way with him, and I sat there and nodded, because it was his, and he'd carried it for years.
- wanted_to_believe: I'd wanted to believe it in Norfolk, and I'd gone on wanting to, all those years, the way you keep a coin in your pocket you know won't spend.
- else: I'd heard him explain it before. I'd never been sure what I thought of it. I wasn't sure then.
}
"I didn't do much, back at Hailsham," Tommy said. "I know that. But I've been doing these since. They're late, I know they're late. But they're me." # speaker: tommy
He pushed the drawings a little way towards her. Tiny animals, scaled and hinged and wound up with little keys, every line gone over twice.
{new_animals:
- anim_tiring: In that room, under her eyes, I could see how tired they were. Each one looked as if it had been got up a flight of stairs.
- anim_forcing: Laid out there, they looked like someone raising his voice. I wanted to put my hand over them.
- anim_pleading: Every one of them was looking up at her. I hadn't seen it so clearly at Kingsfield. Here, there was no mistaking who they'd been made for.
- else: They were beautiful, and laboured, and somehow out of breath.
}
Madame looked at them for a long time without touching them. Then she looked at the door again.
"You think this," she said, not to us. "You hear? This is what they think." # speaker: madame
And from the next room a voice said: "Yes, Marie-Claude. I heard." # speaker: emily
-> emily

= emily
# music: none
There was a soft sound of wheels on carpet. The door opened the rest of the way. # sound: door
# cast: kathy tommy madame emily
Miss Emily came in, in a wheelchair, pushing herself along with hands that were all knuckle. A rug over her knees. Her hair gone white, cut short, and brushed.
She was smaller than I'd thought a person could get and still be her. But the voice was the same, and so was the way she looked at you, as if you were a sentence she was about to correct.
"Kathy H.," she said. "And Tommy D. I remember you both. You were a worry, Tommy, for a while. And you, Kathy. You were always watching." # speaker: emily
She came to a stop beside Madame's chair. Madame didn't look at her, but she moved her bag from her lap to the floor, as if making room.
"I heard what you asked," Miss Emily said. "I'll answer it first, because everything else can wait, and that can't. There are no deferrals." # speaker: emily
~ knowledge += no_deferrals
"There never were. Not at Hailsham, not anywhere. I'm sorry. I know what it must have cost you to come." # speaker: emily
"It's a rumour. It comes round every few years, among students, like a cold. Couples used to turn up at Hailsham asking. Now, now and again, they find their way here." # speaker: emily
"And you knew," Tommy said. "All that time. You knew people were hoping for it, and you never said." # speaker: tommy
"What would you have had us say?" Miss Emily said, and not unkindly. "That it wasn't so? Some of them were happy, believing it. It didn't cost anybody anything." # speaker: emily
I sat very still. The clock cleared its throat.
* [What I let myself feel was anger, at last, and nowhere to put it. # stance: no_deferrals_felt.felt_anger]
    ~ no_deferrals_felt = felt_anger
    It came up from somewhere under my ribs, hot and surprising. At her, for letting it go round. At Ruth, even, for the slip of paper. At myself, most of all, for driving him here.
    I held it in my lap, the way Madame had held her bag. I'd had a lifetime's practice.
* [What I let myself feel was nothing. A kind of white quiet. # stance: no_deferrals_felt.felt_numb]
    ~ no_deferrals_felt = felt_numb
    It was like the moment after you've dropped something made of glass, before you look down. I could hear everything in the room very clearly, and none of it seemed to have anything to do with me.
* [What I let myself feel was only Tommy, and what this would do to him. # stance: no_deferrals_felt.felt_for_tommy]
    ~ no_deferrals_felt = felt_for_tommy
    I didn't look at her. I looked at him. He was staring at the drawings on the table, and his jaw had set in a way I remembered from a playing field, a long time before.
    Whatever I felt, I could feel later. That's the first thing they teach you, as a carer, and the last thing you forget.
- -> questions

= questions
# music: carers
There was so much I wanted to ask her that for a moment none of it would come.
* [Ask what the Gallery was really for. # stance: madame_asked.asked_gallery]
    ~ madame_asked = asked_gallery
    -> ask_gallery
* [Ask why Hailsham closed. # stance: madame_asked.asked_closing]
    ~ madame_asked = asked_closing
    -> ask_closing
* [Ask what happened to Miss Lucy. # stance: madame_asked.asked_lucy]
    ~ madame_asked = asked_lucy
    -> ask_lucy
* [Ask nothing. Let her tell it her own way. # stance: madame_asked.asked_nothing]
    ~ madame_asked = asked_nothing
    -> unasked

= unasked
I didn't ask anything. Tommy didn't either. I think we'd both used up our asking on the one question, and had nothing left over.
Miss Emily looked from one of us to the other. Then she nodded, very slightly, as though we'd passed some test I hadn't known was being set, and began to talk.
She began with Hailsham, and how it ended. I think it was the part she'd most been wanting to tell somebody.
-> ask_closing

= more_questions
{
- ask_gallery && ask_closing && ask_lucy: -> afraid
- madame_asked == asked_nothing: -> she_goes_on
}
* {not ask_gallery} [Ask about the Gallery.]
    -> ask_gallery
* {not ask_closing} [Ask why Hailsham closed.]
    -> ask_closing
* {not ask_lucy} [Ask about Miss Lucy.]
    -> ask_lucy

= she_goes_on
{not ask_gallery: -> ask_gallery}
-> ask_lucy

= ask_gallery
{
- madame_asked == asked_gallery: I asked her about the Gallery. Of everything, it was what we'd come about, really; the deferral had only been the door we'd hoped it opened.
- madame_asked == asked_nothing: She came to the Gallery without my asking, as if she'd known all along it was the thing that had brought us.
- else: Then I asked about the Gallery. Tommy's drawings were still on the table between us, and I couldn't leave them lying there unexplained.
}
"The Gallery," Miss Emily said. "Yes. Marie-Claude's Gallery. I expect you spent years wondering." # speaker: emily
"It was never for choosing among you. Nobody was ever going to look at your pictures and decide which of you should have longer. That was your idea, not ours." # speaker: emily
"We took your work because it was the only evidence we had. Not of your talent. Of whether there was anybody there at all." # speaker: emily
~ knowledge += gallery_truth
"You have to understand what people thought of you, out there. Most of them didn't think of you at all, if they could help it. And the ones who did had decided you were something grown in a dish. Tissue. A supply." # speaker: emily
"So we'd take your paintings and your poems round to anyone who'd let us in: bishops, a minister once, people with money and a conscience." # speaker: emily
"And we'd lay them out on a table, like Tommy's there, and say: look at these. Now tell me nobody made them." # speaker: emily
"It worked, for a while. Some of them came away shaken. That was all we wanted. That they should be shaken." # speaker: emily
Tommy was looking at his animals. He put one finger on the edge of the nearest, as if it might blow away.
"So it wasn't about us," he said. "Any of it." # speaker: tommy
"It was entirely about you," Miss Emily said. "Only not in the way you hoped. I'm sorry for that, too." # speaker: emily
{madame_asked == asked_gallery: I'd asked about the Gallery first because I'd thought it was the secret at the middle of everything. It was, in a way. It was only that the secret was smaller and sadder than any of the ones we'd invented for it.}
-> more_questions

= ask_closing
{
- madame_asked == asked_closing: I asked her why Hailsham had closed. I'd heard it from Laura on a wall above a motorway, and I'd never heard anybody say why.
- madame_asked == asked_nothing: "You'll have heard we closed," she said. "You'll have wondered why. Nobody ever tells students why; it isn't thought necessary." # speaker: emily
- else: I asked her why Hailsham had closed. It seemed a small question, after the others. It wasn't.
}
"You have to go back a long way," Miss Emily said. "To after the war, when all the breakthroughs came at once, one after another, faster than anyone could think about them." # speaker: emily
"Suddenly illnesses that had been a sentence were something you recovered from. People were so grateful, and so frightened of going back, that they very sensibly decided not to ask where any of it came from." # speaker: emily
"And where it came from was you. Children kept out of sight, in the big state homes, in rooms with no pictures on the walls. Most of you still are." # speaker: emily
"Hailsham was a protest against that. Us and a few places like us. We wanted to show that if you were brought up decently, with books and art and a bit of kindness, you'd grow up as decent as anybody. For a while, people listened." # speaker: emily
"Then there was a scientist called Morningdale. He wasn't content with what the rest of them were doing. He wanted to offer people children who'd be better than their own: cleverer, stronger, a cut above." # speaker: emily
"It came out, and there was an uproar, and he was stopped. But it had frightened people, you see. It reminded them what you were, or what they'd decided you were. After that, nobody wanted to be seen paying for your poetry." # speaker: emily
"The money went, one patron at a time. Each of them very apologetic. And then there wasn't any, and then there wasn't Hailsham." # speaker: emily
{hailsham_gone:
- gone_adrift: I'd felt the ground go from under me on that wall, when Laura told me. Now I knew there'd never been much ground to begin with: only some people, standing on a table, holding it up for as long as their arms lasted.
- gone_keep_it: I'd promised myself, on Laura's wall, that I'd keep Hailsham. Listening to her, I understood it had been kept before, by all of them, at a cost I'd never known about. Now it was my turn, and there was a lot less of it.
- gone_disbelief: For months after Laura told me, I hadn't believed it. Hearing Miss Emily, I believed it all at once, the way you believe in a cold floor.
- else: I thought of the pond, and the long corridor, and the pavilion with its flaking rail, all of it standing empty somewhere with the grass coming up.
}
{madame_asked == asked_closing: I'd asked about the closing first because it was the thing I could least bear not knowing. By the end of her answer I almost wished I hadn't asked it at all; it had made the whole of our childhood sound like a petition.}
-> more_questions

= ask_lucy
{
- madame_asked == asked_lucy: I asked what had happened to Miss Lucy. I hadn't known I was going to. It came out before anything else, as if it had been waiting nearest the door.
- madame_asked == asked_nothing: "And then there's Lucy," she said. "I expect you've wondered about Lucy." # speaker: emily
- else: Then I asked about Miss Lucy. One day she'd been there, and the next she hadn't, and nobody had ever said a word.
}
Miss Emily was quiet for a moment. She smoothed the rug over her knees, both hands, as if there were a crease in it only she could see.
"Lucy was young," she said. "And she believed you ought to be told. Properly, and early, and all of it, so that you'd never be able to say nobody had warned you." # speaker: emily
"I thought she was wrong. I still think so. We kept things back from you, yes. We told you and didn't tell you, in small pieces, when you were too young to take them in." # speaker: emily
"We did it so you'd have something to stand on. A childhood. Books, games, a pond to sit by, without the whole of it hanging over you every hour. You can hate me for that, if you like. I'd do it again." # speaker: emily
"Lucy couldn't. She started saying things to you, out on the fields, in the pavilion. Things that would have taken all of that away. So we let her go." # speaker: emily
~ knowledge += lucy_let_go
Tommy said, "She told me it didn't matter, me not being creative. And then, later on, she said it did. She said she'd been wrong." # speaker: tommy
"That sounds like Lucy," Miss Emily said. "She tied herself in knots, towards the end. She wanted to be kind, and she wanted to be honest, and at Hailsham you could very seldom be both at the same time." # speaker: emily
{madame_asked == asked_lucy: I'd asked about Miss Lucy first, before the Gallery, before Hailsham. I've wondered since why. I think it was that she was the only one of them who'd ever tried to tell us, and I wanted to know what it had cost her.}
-> more_questions

= afraid
Miss Emily stopped. She looked at Madame, who was looking at the floor, and then back at us.
"You may as well have the rest of it," she said. "You've come all this way." # speaker: emily
"We were afraid of you. All of us. Marie-Claude still is; you saw it at the gate. So was I, every day I spent at Hailsham." # speaker: emily
~ knowledge += guardians_afraid
"There were mornings I'd stand at my study window and watch you coming across the grass to breakfast, and have to talk myself into going down." # speaker: emily
"I'm not proud of it. I'm telling you because it's true, and because I beat it, every single morning, for years." # speaker: emily
I thought of all of us as girls, crowding round Madame on the path to see if she'd flinch. We'd thought it was a game. We'd thought we'd won it. # reflect: p3_guardians_afraid
{madame_asked:
- asked_gallery: I'd come for the Gallery. What I took away was this: that the people who'd fought hardest for us had had to fight themselves first, every morning, just to walk across the lawn.
- asked_closing: I'd asked about money and scandal and closing down. This was the real reason, underneath all of it. They'd been frightened of us, and so had everyone else, and the difference was only that some of them made themselves come down the stairs.
- asked_lucy: I thought of Miss Lucy, who had wanted so badly to tell us the truth. I wondered if this was part of it, the thing she couldn't say: that even she had to stand at a window some mornings.
- asked_nothing: I'd let her tell it her own way. This was where her own way had been going all along. I think she'd been waiting years to say it to someone who'd understand what it cost.
- else: I didn't know what to do with it. I still don't, entirely.
}
-> dancing

= dancing
# music: song_after_dark
There was one more thing I wanted to know. I turned to Madame, because it was hers to answer, not Miss Emily's.
I told her about an afternoon in a dormitory, years ago. A tape, and a song on it, and a girl with a pillow in her arms, swaying with her eyes shut. And a woman in the doorway, crying.
"I don't expect you remember," I said. "But I've always wondered." # speaker: kathy
"I remember," Madame said. # speaker: madame
{madame_first:
- she_pitied_me: I'd decided long ago that she'd been sorry for me. That she'd seen a girl pretending at something she'd never have, and felt it for me. I'd carried that as a kind of gift.
- she_could_not_bear_it: I'd decided long ago that she'd seen one of us doing something too human to watch, and couldn't stand it. I'd half expected her to say so now.
- i_did_not_decide: I'd never let myself decide what it meant. I'd kept it in a drawer all those years, unopened, like a letter I was afraid to read.
- else: I'd told myself all kinds of stories about that afternoon, over the years.
}
"You think I wept for your baby," Madame said. "For the pillow. No. I never saw a baby in it at all." # speaker: madame
"I had been in London that week, among people who were very pleased with what was coming. Everything could be mended now, they told me. Nothing need ever be lost again." # speaker: madame
"Then I came back here, to your school, and there was a child alone in a room with a song, holding on to something with her whole body." # speaker: madame
"Not a baby. Something from before all that cleverness. A slower way of being kind to each other, perhaps. You held it as if you could feel it being taken out of your arms." # speaker: madame
"That is what I could not stand there and watch. Not you. What you were holding, and that it would not stay." # speaker: madame
~ knowledge += madame_tears
It wasn't what I'd thought. It wasn't anything like what I'd thought. # reflect: p3_why_madame_cried
{found_tape_meant:
- just_chance: I thought of the copy of the tape Tommy had bought me in Cromer, in the box on the back seat of the car outside. Chance, I'd called it, finding it. I wasn't sure, now, that anything about that song had been chance.
- myth_came_true: I thought of the tape Tommy had found for me in Norfolk, where lost things were supposed to end up. It had come back to me. What she'd seen in that doorway never would.
- tommys_gift: I thought of the tape in the box on the back seat, the one Tommy had bought me. He'd given me back the song. He couldn't give me back what Madame had seen in it. Nobody could.
- else: I thought of the song, and of how often I'd played it since, and how I'd been hearing it wrong the whole time.
}
Tommy was watching Madame. I don't think he'd ever heard her say so much.
-> removal

= removal
# music: carers
Out in the hall the front door opened, and somebody called out, a man's voice, cheerful in the way of people who lift things for a living. # sound: door
"That'll be the men," Miss Emily said. "For the cabinet. You'll have to excuse me." # speaker: emily
She explained, turning her chair, that it was a bedside cabinet from Hailsham, from her own room. She'd had it brought away when the place closed.
Now it was going to a dealer, because there were debts, and it was one of the few things she had left that was worth anything.
"I'm told it's worth less than I'd hoped," she said. "Most things are." # speaker: emily
At the door she stopped, and looked back at us, the way she used to look back at an assembly before she let it go.
"Whatever you think of us now, you had your childhood. We got that for you. Hold on to it." # speaker: emily
# cast: kathy tommy madame
Then she was gone, and we could hear her in the hall telling the men to mind the corners, and one of them saying, "Right you are, love," and the wheels going away over the boards.
-> door

= door
# place: littlehampton
# register: memory
# light: night
# weather: wind
# ambience: town
# music: carers
# cast: madame kathy tommy
Madame saw us out. Tommy put the drawings back in the folder, one at a time, squaring the edges. She watched him do it and didn't help.
At the door she stood just inside, with the hall light behind her, and we stood just outside, on her step, in the dark.
She looked at us for a long moment. Then she said, quite quietly, almost as if we'd already gone: "You poor creatures." # speaker: madame
{madame_face:
- madame_afraid: It was the fear I'd seen at the gate, I think, that made her say it. Not cruelty. Something had come up her garden path that she'd spent her life keeping at arm's length, and it had turned out to have our faces.
- madame_pitying: I'd seen pity in her at the gate, and here it was, said out loud at last. I found I didn't want it. I don't think she meant me to.
- madame_both: There they both were again, the fear and the pity, the one over the other. By the door's light I still couldn't tell which was the cloth and which the table.
- else: I don't know what was in her face when she said it. The light was behind her, and I couldn't see.
}
# cast: kathy tommy
Then she closed the door, slowly, the way you'd close it on a sleeping child. We heard the bolt go.
-> drive_back

= drive_back
# place: car
# register: memory
# light: night
# weather: clear
# ambience: car_night
# music: carers
# cast: tommy
We drove back in the dark. Tommy had the folder on his knees, both hands flat on it.
For a long time neither of us said anything. The road went inland, away from the sea, between hedges that came up white in the headlights and fell away behind.
{no_deferrals_felt:
- felt_anger: The anger I'd held in my lap all evening was still there. It had gone cold, though, and heavy, like a stone you've been carrying so long you forget to put it down.
- felt_numb: The white quiet had come with me into the car. I drove well, I remember; I always do when I can't feel anything. It's one of the things that makes me good at my job.
- felt_for_tommy: I kept glancing across at him. His face in the dashboard light was perfectly calm, and I didn't trust it at all.
- else: I kept my eyes on the road. It seemed the one thing I could still do properly.
}
{madame_asked:
- asked_gallery: I kept thinking of Miss Emily's table, with our pictures laid out on it for strangers to look at and be shaken by. Tommy's animals had been going to go on a table like that.
- asked_closing: I kept thinking of the money going, one patron at a time, each of them very apologetic. Hailsham had closed because people had got frightened, and had stopped paying to feel brave.
- asked_lucy: I kept thinking of Miss Lucy, packing her things in some room I'd never seen, for having tried to tell us the truth.
- asked_nothing: I kept thinking that I'd asked her nothing, in the end, and been told everything anyway. I wasn't sure, now, that asking would have changed a word of it.
- else: I kept thinking of the clock in that front room, clearing its throat.
}
We'd been going the best part of an hour when Tommy said, "Kath, can you stop? Just for a minute." # speaker: tommy
I pulled in where the verge was wide, by a gate into a field. I thought he felt sick. Donors often do, on a long drive after tests, and I said I'd wait.
# cast: none
He got out, and shut the door carefully, and walked off past the front of the car, out of the headlights, into the dark.
-> field

= field
# place: dark_field
# register: memory
# light: night
# weather: wind
# ambience: wind
# music: none
For a minute or two there was nothing. Just the engine ticking, and the wind moving the hedge.
Then I heard it.
It was a sound I hadn't heard for nearly twenty years, and I knew it at once. Shouting that wasn't words. A voice going up and up, as if it had to get to the top of something before it could stop.
I got out of the car. The wind was stronger than I'd thought, off the open field, and it took my breath.
# cast: tommy
There was a bit of moon, in and out of the cloud. When it came out, I saw him.
He was in the middle of the field, in the mud, raging. Shouting, kicking at the earth, flinging his fists out at nothing, the way he had on the playing field at Hailsham while the rest of us watched from the pavilion.
{shirt_story:
- about_tommy: I'd always told the playing field as his story: how alone he'd been out there. He was alone again now, and it was the same field, really. It had only got bigger.
- about_me: I'd always wondered what took me down those pavilion steps. I didn't wonder now. I was already over the gate.
- else: I'd gone down the pavilion steps to him then. I went over the gate now.
}
# cast: kathy tommy
I went across the field to him. The mud took my shoes at every step, and I didn't care.
When I got close, his arm swung out, and I caught it, and then I had hold of him. He fought for a second, not against me, just against everything, and then he stopped.
He stood there with his face wet and his breath going in and out of him like a saw, and I held on to him in the dark, and the wind came across the field at us and we let it.
* [I held on, as if holding could be enough. # stance: field_embrace.holding_on]
    ~ field_embrace = holding_on
    I held him with everything I had. My arms round him, my face against his coat, my whole weight. As if, for as long as I didn't let go, nothing else could be allowed to happen.
    I knew better. I held on anyway. I think that's what holding on is.
* [I held him, and I let him go, both in the same moment. # stance: field_embrace.letting_go]
    ~ field_embrace = letting_go
    I held him, but lightly, the way you hold a bird you've found, so that it knows it can go. I could feel him already a little way off, somewhere I couldn't follow, and I didn't try to pull him back.
    I think that was the most I'd ever loved anyone. It felt like standing very still.
- We stood like that for a long time. Long enough for the moon to go in and come out again. # reflect: p3_field_embrace
~ knowledge += the_field
When at last he spoke, his voice was ordinary. A bit hoarse.
"Sorry, Kath," he said. "Look. I've got mud all over your coat." # speaker: tommy
I looked down, and he had. Great brown handprints, down the front of it, where he'd held on to me.
I started to laugh, and then so did he, standing there in the ruined field, and I couldn't have told you whether either of us was laughing, really.
We walked back to the car holding hands, the way we never had at Hailsham, picking our way over the ruts.
I drove the rest of the way with the heater on full, and the folder on the back seat, and Tommy asleep before we'd gone ten miles, his head against the window.
->->

// The same ground in short, for a reader who chooses the summary: it leaves the story knowing what the scene
// would have told. The beat's stances stay unset, and everything after reads them with an `else`.
=== visit_to_madame_summary ===
# place: madame_room
# register: memory
# light: dusk
# weather: clear
# ambience: room
# music: carers
# cast: kathy tommy madame emily
~ knowledge += (no_deferrals, gallery_truth, guardians_afraid, lucy_let_go, madame_tears)
In Littlehampton, Kathy and Tommy see Madame in the street and follow her home. At her gate she is cold and wary, but when they say they are from Hailsham she lets them in.
Kathy says they have come to ask for a deferral. Tommy explains his idea that the Gallery was for judging couples, and shows his animal drawings. Madame keeps turning towards someone in the next room.
It is Miss Emily, old now, in a wheelchair. She tells them there are no deferrals and never were: only a rumour that keeps coming back.
The art was collected to show powerful people outside that the students had an inner life at all. Hailsham was part of a movement to treat students better than the grim state homes did.
After the Morningdale scandal, when a scientist tried to make "improved" children, the public turned, the money went, and Hailsham closed.
The guardians held back the truth to give the students a childhood. Miss Lucy, who wanted them told everything, was let go. Miss Emily admits the guardians were afraid of the students, herself included.
Kathy asks Madame why she cried, long ago, watching her dance to the song with a pillow in her arms. Madame says she saw a small girl holding on to a gentler world that was already disappearing, and could not bear it.
Miss Emily leaves to see to removal men taking away a cabinet from Hailsham. At the door, Madame calls them "poor creatures".
~ knowledge += the_field
# place: dark_field
# light: night
# weather: wind
# ambience: wind
# cast: tommy kathy
On the drive home Tommy asks Kathy to stop. He runs into a dark field and rages, shouting and flailing as he did as a boy. Kathy goes to him and holds him, and they stand together in the wind for a long time.
->->
