// Beat B: the Norfolk trip. Chrissie and Rodney drive Kathy, Ruth and Tommy to Cromer in a borrowed car: lunch
// and the deferral rumour, the glass-fronted office and the woman who might be Ruth's possible, the gallery,
// Ruth's outburst, the afternoon Kathy and Tommy spend in the lost corner, the tape, and Tommy's theory on the
// walk back. (Book: Part Two, chapters 12 to 15.) Its stance LISTs are in state.ink: window_seen,
// outburst_felt, found_tape_meant, theory_held. Part Two reads them again afterwards, and so do mem_possible,
// mem_animals and the epilogue.

// Chapter select and classroom entry: the state Kathy would have by the spring of the trip.
=== play_norfolk ===
# chapter: The Norfolk trip
# book: Part Two, chapters 12 to 15
~ keepsakes += (pencil_case, tape, replacement_tape, polo_shirt, office_advert)
~ knowledge += lucy_truth
-> norfolk_trip ->
-> END

=== norfolk_trip ===
# place: car
# register: memory
# light: day
# weather: clear
# ambience: wind
# music: cottages
# cast: chrissie tommy ruth kathy
We went up to Cromer one Saturday that spring, the five of us: Ruth and Tommy and me, and Chrissie and Rodney, the two veterans who'd seen the woman in the office.
The car Rodney borrowed was a brown hatchback that belonged, as far as I could make out, to a friend of a friend of Martin's. Martin had been a veteran at the Cottages before our time, and was a carer now.
The back door on my side would only open from the outside, and the heater had two settings: off, and scorching.
We set off while it was still dark. Rodney drove, hunched forward as if the car might need encouraging, and Chrissie had the map open across her knees, though I never once saw her look at it.
Ruth sat in the back between Tommy and me. She said it was because she was the smallest. It also meant that whatever was said in the back seat, she heard first.
For the first hour nobody talked much. Then the sun came up over fields so flat and wide that I kept thinking the sky had been lowered for us specially.
Rodney told a story about a boy at his old place who'd got work in a shop, a proper shop in a town, selling shoes, and been allowed to keep it. He'd heard it from someone who knew someone.
Ruth nodded as if that were the most natural thing in the world. Tommy, on her other side, caught my eye for half a second over the top of her head.
{knowledge ? lucy_truth:
    We'd all been told, under the pavilion roof with the rain coming down, what our lives were for and what they weren't for. Selling shoes was on the second list.
    None of us said so. It was a long drive, and the sun was out, and I think we all wanted the boy and his shoes to be true for a while.
- else:
    None of us said what we'd been told at Hailsham about jobs like that. It was a long drive, and the sun was out, and I think we all wanted the boy and his shoes to be true for a while.
}
We saw the sea for the first time at the end of a long straight road, a grey-blue line ruled across the bottom of the sky, and Tommy said "There!" as though he'd been looking out for it personally.
We came in past bungalows with their names on the gates and parked at the top of the town, by a crazy golf course shut up for the season, where a little windmill still turned in the wind off the sea. # uncertain: Or the windmill was still, and it was the flags on the clubhouse going round. Something was moving; I'm sure of that.
-> lunch

= lunch
# place: cromer_street
# register: memory
# light: day
# weather: wind
# ambience: town
# music: cottages
# cast: chrissie rodney ruth tommy
Rodney said we ought to eat first, before the office, to settle ourselves. I think he'd lost his nerve a little, on Ruth's behalf. # sound: gravel
We found a café halfway down the high street, with steamed-up windows, tablecloths printed with lemons, and a woman at the counter who called everyone "my love", Rodney included.
I remember the chips were good. I remember that Ruth didn't eat hers. # uncertain: Or she ate every one, and I've taken them off her plate since, to make the day hang together better.
It was Chrissie who brought it up, leaning down over the table the way she did, with her voice lowered, though there was nobody within three tables of us.
"There's something we wanted to ask you three. About Hailsham. About what people say Hailsham students can do." # speaker: chrissie
She told it as though we knew it already and she only wanted it confirmed. If a couple were really in love, properly, and could show it, they could go to someone and be given extra time.
Three years, some people said. Four, said others. Before the donations began. Just to be together, and have a life, for a little while.
"A deferral," Rodney said, and drummed it on the tablecloth. "That's what they call it. But the way we heard it, it's only for Hailsham. Because you lot were special." # speaker: rodney
I'd heard something like it, I think, in our last year at Hailsham, a whisper on the stairs that nobody had followed up. But I'd never heard it said like this, as something you could apply for.
I looked at Ruth. I knew, the way you know someone's about to step off a kerb, that she was going to pretend.
"Well, of course," Ruth said. "We can't really talk about it. You'll understand that." # speaker: ruth
She said it exactly the way she'd once said "I promised" about a pencil case, and Chrissie sat back in her chair, satisfied and hungry at the same time.
Then Tommy, who'd been eating steadily through all of this, looked up from his plate and said he'd never heard of any such thing.
"Never. Not at Hailsham. Who told you that?" # speaker: tommy
There was a pause. Then Ruth laughed, lightly, and put her hand flat on the tablecloth near his. Not on it. Near it.
"Tommy was never really in on things at Hailsham," she said to Chrissie, as though he'd gone out of the room. "He missed a lot. Didn't you, Tommy." # speaker: ruth
Tommy went red and looked down at his plate, and I said nothing. That's something I'm going to have to keep owning up to, all the way through this part.
Chrissie held Ruth's eyes a moment longer than she needed to. Rodney whistled a bit of something and looked at the window.
I understand it better now than I did at that table. Chrissie and Rodney were a year or two nearer the end than we were.
They'd been waiting a long time for somebody to tell them there was a way to have longer. # reflect: norfolk_deferral_hope
I think they'd have believed almost anything we said, that lunchtime, if we'd only said it kindly enough.
-> the_office

= the_office
# place: cromer_office
# register: memory
# light: day
# weather: wind
# ambience: town
# music: cottages
The office was further down the high street, exactly where Rodney had said it would be, which for some reason I hadn't expected.
It had one great sheet of glass along the front, floor to ceiling, so that from across the road you could see the whole of the inside at once, like a doll's house with the wall taken off.
Desks. A tall plant in a pot. Filing cabinets in a creamy colour. People walking about with papers, stopping to say things to each other, walking on.
It wasn't quite the office in Ruth's picture. The carpet was a tired blue, and there was a calendar on one wall with a cartoon on it.
But it was the same idea: a place where people worked in the light and didn't mind being seen doing it.
{
    - office_dream_felt ? dream_lovely:
        I'd thought Ruth's dream a lovely one, that afternoon in the kitchen with the magazine. Standing across from the real thing, I still did, and that was the trouble.
    - office_dream_felt ? dream_borrowed:
        I'd thought, in the kitchen, that her dream was borrowed off a page. Now here was the page with people walking about in it, and it looked a good deal less borrowed than I'd wanted.
    - office_dream_felt ? dream_frightened_me:
        Ruth's dream had frightened me when she first described it, because she meant it so much. Seeing it real frightened me more. It was so ordinary. Anybody could have had it.
    - else:
        Ruth had kept a magazine picture of a place like this above her bed all winter. I don't think she'd ever quite believed there was a real one.
}
# cast: rodney chrissie ruth tommy
We stood on the far pavement in a row, the five of us, like people waiting for a bus that only stopped for other people.
Then Rodney said "There," very quietly, and pointed with his chin, and I saw her.
She was at a desk by the window: a woman of about fifty, dark hair going grey at the front and pushed back off her face, in a cardigan the colour of porridge.
She was on the telephone, laughing at something, and writing on a pad at the same time, the way people do who've done both a great many times.
I'll be honest: for a moment I saw it too. Something. It wasn't what the others meant, and I'll come back to it another time.
Ruth didn't move. She stood with her hands deep in her coat pockets and her chin up a little, and looked across the road at that woman as if the glass between them were only water, and she might wade through it.
I've asked myself many times what she was hoping to find on the other side of it. I don't think she could have told you either. # reflect: norfolk_ruth_at_the_glass
What Ruth saw through that window, I've never known. I only had her face to go by. And what I read there was
* [a future: the life she might have had, lit up and waiting. # stance: window_seen.saw_a_future]
    ~ window_seen = saw_a_future
    For those few minutes she wasn't a student who'd be sent for one day. She was a woman who might, some morning, answer a telephone in a bright room and laugh into it.
    I think she let herself have the whole of it: desk and cardigan and laugh. I think that's what made the rest of the afternoon so hard for her.
* [a stranger, and the slow work of not admitting it. # stance: window_seen.saw_a_stranger]
    ~ window_seen = saw_a_stranger
    I think she knew quite early. Something in the set of her shoulders went careful, the way you hold yourself when you've been handed the wrong parcel and don't want to make a fuss.
    She went on looking anyway. I'd have done the same.
* [a mirror: herself, and what she was afraid she was. # stance: window_seen.saw_a_mirror]
    ~ window_seen = saw_a_mirror
    The glass was bright with sky, and our own reflections lay over the office like a thin second picture: five people on a pavement, one of them very still.
    Ruth was looking through herself to reach that woman. I don't think she could decide, for a while, which of the two she was seeing.
- Then the woman put the phone down, stood up, took a coat from a stand by the door, and came out onto the street with another woman, younger, and they walked off up the hill together, talking.
"Well, come on, then," Chrissie said. # speaker: chrissie
-> the_gallery

= the_gallery
# place: cromer_gallery
# register: memory
# light: day
# weather: wind
# ambience: room
# music: none
# cast: ruth tommy kathy
So we followed them. I'm not proud of it. I'm not exactly ashamed of it either. It seemed, at the time, like the only thing that could happen next.
We kept a shop window's distance behind, the five of us taking sudden interest in walking boots, in a window full of china dogs, in a rack of postcards we'd no one to send to.
The two women turned down a side street and went into a little gallery: a shop, really, that sold paintings of the sea to people who lived beside it.
We went in after them. It was madness, and nobody stopped it. Tommy held the door for all of us and then didn't know what to do with his hands.
Inside it was carpeted and very quiet, with small lights trained on the pictures and a man at a desk at the back, who looked up at us once and decided we weren't going to buy anything.
There were boats on sand, and lighthouses, and one big painting of a grey sea done in thick lumps of paint, as if the artist had been cross with it.
The two women stopped in front of that one and talked about someone they both knew: a wedding, a daughter, whether a frame would be too heavy for a wall. # uncertain: Or a christening, not a wedding. Something with a hat in it, I'm fairly sure.
We spread out along the walls and pretended to look at boats.
And up close, the likeness went. Not all at once. It drained out of her slowly, the way warmth goes out of a room once the fire's been let go.
Her nose was longer than Ruth's would ever be. Her voice was low and a little hoarse. She laughed with her mouth closed, which Ruth never did in her life.
She was only a woman in a gallery, talking about a wedding. She'd never been anything else. It was us who'd made her into something, from across a road, through glass.
I looked for Ruth. She was standing nearest of all of us, so close that the woman glanced at her once: the polite, blank look you give a stranger in a small room, before you look away.
That was all. After a while the two of them went out, still talking, and turned up the street, and none of us followed.
The man at the desk asked if there was anything he could help us with. Rodney said we were just looking, in a voice I'd never heard him use, like a boy's.
-> outside

= outside
# place: cromer_street
# register: memory
# light: day
# weather: wind
# ambience: town
# music: none
# cast: chrissie rodney ruth tommy
Out on the pavement, Chrissie and Rodney set about being cheerful at once. It had been close, hadn't it. It was the light. You couldn't really tell from across a road. We could always go back another time and look again.
"It wasn't her," Ruth said. # speaker: ruth
Rodney said something kind and foolish about how you could never really know, and Ruth turned on him, though I think it was all of us she was turning on.
"Don't. Please don't. We all know it. We've always known, we just never say." # speaker: ruth
"They don't copy people like her. Why would they? Someone with an office, and a friend, and a coat that cost money." # speaker: ruth
"If you want to find where we come from, you don't look in offices. You look at the bottom of everything. Addicts. Prostitutes. People coming out of prison." # speaker: ruth
"People nobody would ever notice were gone. That's where they got us, Chrissie. Go and look under the pier after dark, if you want to find your possible." # speaker: ruth
She said it loudly enough that a man walking a dog crossed to the other side of the street.
Nobody answered her. Tommy had his hand half raised, as though he meant to put it on her shoulder and hadn't decided whether he was allowed.
I've heard the same thing said since, in other places, by other students, nearly always late at night. It's one of those beliefs nobody teaches you and everybody seems to have.
I don't know if it's true. I don't think anybody who could tell us ever would.
I didn't say a word. What I felt, standing there on that pavement, was
* [anger: she had no right to say it for all of us. # stance: outburst_felt.angry_at_ruth]
    ~ outburst_felt = angry_at_ruth
    It was all of us she was throwing under that pier, not only herself, and she hadn't asked any of us first.
    And Tommy was standing right there, with his hand in the air, trying to work out whether to comfort her.
* [pity: she'd wanted that woman so badly. # stance: outburst_felt.pity_for_ruth]
    ~ outburst_felt = pity_for_ruth
    She'd come all that way with her chin up, carrying the picture from above her bed inside her, and the woman had laughed into a telephone and never once known she was there.
    I wanted to put my arms round her. I knew she'd have hated me for it.
* [recognition: she'd said aloud what I'd thought in the dark. # stance: outburst_felt.saw_herself]
    ~ outburst_felt = saw_herself
    I had my own private reasons for thinking the same thing, which I'm going to keep to myself a while longer.
    Ruth had only said it out loud, in the street, in daylight. I've never quite forgiven her for being braver about it than I was.
- I've often wondered since what she was most afraid of that afternoon: that the woman wasn't her possible, or that she might have been, and had walked straight past her without a glance. # reflect: norfolk_ruth_afraid
Then Chrissie said, very brightly, that they'd promised to look in on Martin while they were here. He had a flat just off the front. They'd said they would.
"You'll come, won't you, Ruth? Take your mind off things." # speaker: chrissie
Ruth said she would. I think she'd have gone anywhere that wasn't that pavement.
"Kathy?" Chrissie said. # speaker: chrissie
I said I'd rather have a look round the town. It wasn't true, not then. I only knew I couldn't sit in a carer's front room making polite noises while Ruth stared at the wallpaper.
Ruth looked at me, and then at Tommy, and then at nothing.
"I'll stop with Kath," Tommy said. "Keep her out of trouble." # speaker: tommy
"Suit yourselves," Ruth said. # speaker: ruth
# cast: tommy kathy
They went off along the front, Ruth a step ahead of the other two, and none of them looked back. We were to meet at the car at five. # uncertain: Or half past five. We were early, anyway, which is the part that matters.
-> lost_corner

= lost_corner
# place: cromer_front
# register: memory
# light: day
# weather: wind
# ambience: sea
# music: cottages
# cast: tommy kathy
Tommy and I walked down to the front and leaned on the railings, and looked at the pier, and the gulls standing about on it like men waiting for a pub to open.
The sea was brown close in and grey further out, and the wind off it got into everything: our collars, our sleeves, the gaps in our conversation.
We didn't talk about Ruth. We talked, as I remember it, about a dog on the beach that kept fetching back the wrong stick and being very pleased with itself.
Then Tommy said, with his chin on his folded arms, "Kath. You know where we are, don't you?" # speaker: tommy
I said Cromer, and he shook his head, and waited for me to get there on my own.
At Hailsham, in a geography lesson, Miss Emily had stopped her pointer at the one county on her map with no postcard pinned to it, and called Norfolk a lost corner.
And we'd taken that, the way children will, and turned it into something else. Norfolk became the place where lost things went.
Anything you lost at Hailsham, a glove, a library book, a marble, a hair slide, it would fetch up in Norfolk in the end, on a shelf, waiting.
{
    - lost_corner_held ? lc_only_a_joke:
        I'd always said it was only a joke, and a good one. Leaning on the railings at Cromer, with the wind in my ears, it didn't feel much like a joke.
    - lost_corner_held ? lc_half_believed:
        Some part of me had half believed it for years. Now here I was, standing in it, and that part of me sat up and looked about.
    - lost_corner_held ? lc_a_comfort:
        It had been a comfort to me, all those years: nothing lost, only kept somewhere. And here was the somewhere, smelling of chips and seaweed.
    - else:
        For a year or so we half believed it. Then we all pretended we never had.
}
"You lost that tape," Tommy said. "Back then. The one you were always playing." # speaker: tommy
I didn't know he'd known about the tape. I'd never told him what it was to me. I'm not sure I'd ever told myself.
"Well, then," he said. "We're in the lost corner, aren't we. We could look." # speaker: tommy
He said it as a joke. Then he didn't laugh, and neither did I.
-> the_shops

= the_shops
# place: cromer_shop
# register: memory
# light: day
# weather: clear
# ambience: room
# music: none
# cast: tommy kathy
Cromer had more second-hand shops than a town that size seemed to need: one full of brass, one that smelt of damp books, one kept by an old woman who had the radio on and didn't look up once.
We went in and out of them for the best part of an hour. Tommy took the searching very seriously, crouching down at boxes under tables, tipping his head sideways to read the spines of things.
Now and then he'd hold something up to make me laugh: a teapot shaped like a thatched cottage, a medal for swimming, a china shepherdess with no head.
It came to me, somewhere in the third shop, that it was the first time in months we'd been alone together for longer than it took to cross the yard. I didn't say so.
It was in the fourth shop, at the back, under a table of lamps with no shades, that I found the box of cassettes. # uncertain: Or it was the third shop, the damp one. I've put it in the fourth so many times it lives there now.
I went through them with my thumb, the cases clicking over one after another, like flicking through a pack of cards. Brass bands. Hymns. Somebody learning French.
And there it was.
# music: song_after_dark
Songs After Dark. Judy Bridgewater on the cover with her cigarette, at her bar, looking sideways at something just out of the picture, the way I'd seen her look a thousand times.
I didn't call Tommy straight away. I only held it. For a few seconds it was mine in a way nothing had been since I was eleven.
Then I said his name and held it up, and his face did something I've kept, like the tape itself.
"You're joking. Kath. You're not joking, are you." # speaker: tommy
He said, pretending to be put out, that if he'd only got to that box first he'd have found it himself, and then it would have been a proper present.
Then he took it out of my hand and went to the counter before I could stop him, and paid for it out of his own pocket, counting the coins onto the glass.
It cost less than a cup of tea had in the café. # uncertain: Or a little more. I only remember thinking it should have cost a great deal, and that it didn't.
He gave it back to me in its paper bag, formally, holding it out with both hands, the way you'd hand over something at a prize-giving.
What finding it there meant, I've never settled. What I told myself, then, was
* [chance: a box of old tapes in a seaside town. # stance: found_tape_meant.just_chance]
    ~ found_tape_meant = just_chance
    Thousands of copies must have been made once, and some of them had to end up somewhere. It could have been any town, any box, any afternoon.
    I knew all that. It didn't make me hold the bag any less tightly.
* [the myth come true: lost things do end up here. # stance: found_tape_meant.myth_came_true]
    ~ found_tape_meant = myth_came_true
    For the rest of that afternoon I let myself believe it: that somewhere in the lost corner there was a shelf for everything Hailsham had ever mislaid, and I'd found mine.
    I even wondered, for a moment, what else might be on it. Then I stopped, because that isn't a game anyone wins.
* [Tommy's gift: he'd remembered, and he'd paid. # stance: found_tape_meant.tommys_gift]
    ~ found_tape_meant = tommys_gift
    It didn't matter which of us saw it first. It was Tommy who'd remembered the joke, and the tape, and that the tape had mattered. And it was Tommy's coins on the counter.
    It's the one thing I have from him that he chose to give me, rather than left behind.
- ~ keepsakes += tape
That's the tape in the box beside me now. Not the one from the Sale; I never saw that again. This one, from a cardboard box under a table of lamps in Cromer. # closeup: tape
It has the same songs in the same order, and the same woman on the front. I've never once thought of it as a copy.
-> walking_back

= walking_back
# place: cromer_front
# register: memory
# light: golden
# weather: wind
# ambience: sea
# music: cottages
# cast: tommy kathy
We walked back along the front towards the car park with the sun going down behind the town, and our shadows out ahead of us, very long, on the wet pavement.
Tommy had his hands in his pockets and his head down, and after a while he said there was something he'd been thinking about for a long time, and could he tell me.
"Chrissie and Rodney's deferrals. Say they're real. Say there is a way. How would anybody know if a couple were really in love? They couldn't just take your word for it." # speaker: tommy
"So what about the Gallery, Kath? Madame taking our stuff away, all those years. The best pictures, the poems. What was it all for?" # speaker: tommy
"What you make shows what you're like inside. Everyone said so. So if two people come along saying they're in love, someone can get out their things and see if they match." # speaker: tommy
I walked a while without saying anything. It was strange how well it held together, out there, with the sea going in and out beside us. Better than anything anyone had ever actually told us.
"Only I never gave them much, did I," he said. "I was too busy being an idiot. Then Miss Lucy said it didn't matter, and then she said it did." # speaker: tommy
Then, not looking at me, he said he'd started doing some again. Drawings. He hadn't told anyone. Not Ruth.
"Animals," he said. "Little ones. Not real ones. Ones I make up." # speaker: tommy
He said it the way you'd own up to something you'd broken. I didn't laugh. I want that on the record, given what came later.
And I thought of Madame, standing in the dormitory doorway with the tears running down her face, while I held a pillow and swayed to the song on the tape in my bag.
For a moment it fitted. The way a key sometimes fits a lock it doesn't belong to, and turns halfway, and you think: there. # reflect: norfolk_key_fits
I didn't tell Tommy about Madame in the doorway. I'd never told anyone. But walking along beside him, I
* [believed it. It explained too much to be wrong. # stance: theory_held.believed_it]
    ~ theory_held = believed_it
    The Exchanges, the tokens, Madame's car at the gate, the way the guardians had made us feel our pictures mattered more than they could say.
    It all slid into place, one thing after another, and I let it.
* [doubted it, and didn't say so. # stance: theory_held.doubted_it]
    ~ theory_held = doubted_it
    It was too tidy. Nothing at Hailsham had ever been explained to us tidily, and I didn't see why it should start now, on a seafront, from Tommy.
    But he looked so much better for believing it that I kept my doubts folded up small, in a pocket, where he wouldn't see them.
* [wanted to believe it, which isn't the same thing. # stance: theory_held.wanted_to_believe]
    ~ theory_held = wanted_to_believe
    I didn't know if it was true. I knew I wanted it to be, and I knew wanting isn't evidence, and I went on wanting it all the same.
    For Tommy, mostly. A little for myself.
- "We'd have to find Madame," he said. "One day. If it ever came to it." # speaker: tommy
"If it ever came to it," I said, and we left it there on the front, with the wind, and went on up the hill to the car.
-> the_drive_home

= the_drive_home
# place: car
# register: memory
# light: dusk
# weather: clear
# ambience: car_night
# music: cottages
# cast: ruth chrissie tommy kathy
The others were waiting by the car when we got there. Ruth was in the front seat already, with the door shut, and she didn't turn round.
She saw the paper bag in my hand, though. She looked at it in the wing mirror and didn't ask, and I didn't tell her. # uncertain: Or Chrissie asked, and I said it was nothing, just a tape. Either way, Ruth never asked.
{
    - outburst_felt ? angry_at_ruth:
        I was still angry with her, and I found, in the back of that car, that anger is a hard thing to keep up with someone's hair a foot in front of your face.
    - outburst_felt ? pity_for_ruth:
        I watched the back of her head, with one piece of hair escaping over her collar, and wished I could do something about it: the hair, or any of it.
    - outburst_felt ? saw_herself:
        I kept thinking about what she'd said outside the gallery, and how it had sounded in my own voice when I'd thought it, all those nights, and never said it.
    - else:
        I watched the back of her head all the way home, the way you watch a pan you're afraid will boil over.
}
{
    - window_seen ? saw_a_future:
        She watched the dark country going by as though the woman's life were somewhere out there in it, and she might see a light on.
    - window_seen ? saw_a_stranger:
        She watched the dark country going by with the look of someone who's been sent to the wrong address, and come all that way, and has to get back.
    - window_seen ? saw_a_mirror:
        It got dark quickly. After a while all she could have seen in the side window was her own face, and she went on looking at it all the way home.
    - else:
        She watched the dark country going by, and didn't speak.
}
Chrissie talked about Martin's flat, the view of the sea from the kitchen, the awful coffee. Rodney drummed on the wheel. Tommy fell asleep against the window with his mouth open.
I sat with the bag on my knees, and every so often I put my hand in and touched the edge of the case, to make sure.
{
    - found_tape_meant ? tommys_gift:
        It was a present. It was the best present I'd ever had. I didn't want to open it again until I was alone, in case it turned out to be something else.
    - found_tape_meant ? myth_came_true:
        Somewhere behind us, the lost corner closed up again over its shelf of lost things, and I had one of them on my knee.
    - found_tape_meant ? just_chance:
        Chance, I kept telling myself, all the way home. Chance, chance. It's a word that stops meaning anything if you say it enough.
    - else:
        Nobody asked what was in it, and I didn't say.
}
{
    - theory_held ? believed_it:
        And all the way home I thought about pictures, and Madame, and what a pair of people might have to show someone one day to prove what they were. I believed every word of it.
    - theory_held ? doubted_it:
        And all the way home I turned Tommy's theory over, looking for the crack in it. I found several. I didn't mention one of them.
    - theory_held ? wanted_to_believe:
        And all the way home I held Tommy's theory the way I held the bag on my knee: carefully, not looking at it too closely, in case it turned out to be something else.
    - else:
        And all the way home I thought about what Tommy had said on the front, and what it might mean, if it were true.
}
We got back to the Cottages long after dark. Keffers's van was in the yard, for once, with its lights off, and I remember wondering what he was doing there so late, and never finding out.
->->
