// Memories from the Cottages (Part Two). Each is a tunnel: Part Two enters it with `-> mem_x ->` when Kathy
// first has its keepsake, and it returns with `->->`; the chest opens it again through `recall` (state.ink).
// A memory that `depends` on knowledge reads differently once the reader has it: the events stay the same;
// what Kathy makes of them does not. (Book: Part Two, chapters 12 to 17.)

// In the farmhouse kitchen: what Kathy made of Ruth's office dream. Read again at the glass office in Cromer.
LIST office_dream_felt = dream_lovely, dream_borrowed, dream_frightened_me
// In the kitchen after Cromer: why Kathy did not contradict Ruth. Read again in Part Two, after the memory.
LIST animals_silence = silent_afraid_of_ruth, silent_wanting_ruth, silent_too_slow

=== mem_office ===
# memory: Ruth's office
# keepsake: office_advert
# place: cottages_kitchen
# age: 17
# register: memory
# light: day
# weather: rain
# ambience: room
# music: cottages
# cast: ruth kathy
{mem_office > 1: The page has gone soft along its folds, like an old handkerchief. I still open it slowly, as though the office might spill out.}
There was a heap of magazines on the dresser in the farmhouse kitchen that nobody ever threw away. The veterans brought them back from wherever they went, and we read them down to the last crossword.
One wet afternoon Ruth and I were at the kitchen table with a pile of them between us, turning pages without reading, when she stopped and put her hand flat on one.
It was a whole-page advertisement. An office, all glass and light: white desks, green plants in tall pots, a window wall looking out over a city you couldn't quite see.
In the front of the picture a young woman in a pale blouse was turning round from her desk, laughing, as if somebody she liked had just called her name.
It was selling something. I never did work out what. # uncertain: Photocopiers, I think. Or a bank. Something that wanted you to trust it with everything.
"That's it," Ruth said. "That's what I'd want. Somewhere like that." # speaker: ruth
Then she told me about it, as if she'd been there. She'd have her own desk, by the glass. She'd bring in a plant of her own and look after it. People would say good morning and mean it.
"And everyone can see everyone, you see. Nobody hidden away. You'd just be one of them, working." # speaker: ruth
A couple of the veterans came in to fill the kettle, and stayed, and listened. One of them said there'd be offices like that in Norwich, surely, and another said what would the bus fare be.
They talked about it the way you'd talk about a plan. Nobody laughed. Nobody said what we all knew.
{knowledge ? lucy_truth:
    We'd been told, at Hailsham, under the pavilion roof in the rain, what our lives were for. Ruth had been there. She'd heard it as clearly as I had.
- else:
    We'd all been told, one way or another, what our lives were for, and it didn't have a desk in it.
}
And we let her dream sit there on the table between us, like a pot of tea everybody was sharing and nobody wanted to be the one to finish. # reflect: p2_office_nobody_said
* {not office_dream_felt} [I thought it was a lovely dream, and I told her so. # stance: office_dream_felt.dream_lovely]
    ~ office_dream_felt = dream_lovely
    I said she'd be good at it. I said she'd have the best plant in the building. She smiled at me, properly, the first time in weeks.
    I meant it, too. That's what I find hardest, now. I wasn't pretending at all.
* {not office_dream_felt} [I thought it was borrowed, off a page, and I kept quiet. # stance: office_dream_felt.dream_borrowed]
    ~ office_dream_felt = dream_borrowed
    It was somebody else's picture, paid for by somebody selling photocopiers. She'd climbed into it like a coat off a hook.
    I didn't say so. I'd said enough about things she'd borrowed, that winter.
* {not office_dream_felt} [It frightened me, how much she meant it. # stance: office_dream_felt.dream_frightened_me]
    ~ office_dream_felt = dream_frightened_me
    It wasn't the dream that frightened me. It was her face while she described it: as if the glass were already there and she could feel it, cool, under her palm.
    I wanted to take the magazine away from her, the way you'd take scissors off a child.
+ ->
- Ruth tore the page out along the fold, very neatly, and that night it went up above her bed with two drawing pins.
{
    - mem_office > 1 && window_seen:
        I know now what that glass looked like from a pavement in Cromer. It's hard to look at the page without seeing the five of us reflected in it, in a row.
    - else:
        It hung there all winter. I used to see it through her door when I went past: the girl in the blouse, still turning round, still laughing.
}
It came down after Cromer. I found it in the kindling basket, folded small, and took it, and I've kept it ever since. I never told her I had it.
->->

=== mem_possible ===
# memory: The woman in Cromer
# keepsake: empty_frame
# place: cromer_office
# age: 17
# depends: ruth_apology
# register: memory
# light: day
# weather: wind
# ambience: town
# music: cottages
# cast: ruth kathy
{knowledge ? ruth_apology:
    I used to think this frame was Ruth giving me her disappointment to carry. Since a lay-by, years later, and what she said to me there, I've thought about it differently.
- else:
    {mem_possible > 1: I've held this frame up to the light more times than I'd admit, as though something might have got into it while I wasn't looking.}
}
The frame is cheap, gilt rubbed back to brown at the corners, with a square of grey card behind the glass where a photograph should go.
There's never been a photograph in it. None of us had the kind of photographs people keep in frames. There was never anybody to have taken them.
When I look into it, what I see is the front of an office in Cromer, and a woman at a desk behind the glass.
I said I'd come back to what I saw that day. It was very small. I've never told anyone, not even Ruth. Least of all Ruth.
The woman was on the telephone. She laughed at something, and while she laughed she pushed her hair off her forehead with the back of her wrist, the hand still holding a pen.
Ruth did that. At Hailsham, at the painting tables, with paint on her fingers, she'd push her hair back with her wrist so as not to get colour in it. She did it all her life.
That was all. One gesture, done once, across a road, through glass. # uncertain: Or it was her left wrist, and Ruth always used her right. I've gone over it so often I can't see it clearly any more.
In the gallery I watched for it again, all the time we stood pretending to look at boats. It never came. She kept her hands in her coat pockets, or round her handbag strap, and laughed with her mouth closed.
{
    - window_seen ? saw_a_future:
        Ruth was looking for a future in that woman. I was looking for a wrist. I don't know which of us was the more foolish, or which of us came away with less.
    - window_seen ? saw_a_stranger:
        I'd decided Ruth saw a stranger through the glass. Perhaps she did. But I'd seen one small thing that wasn't strange at all, and I kept it from her.
    - window_seen ? saw_a_mirror:
        I'd thought Ruth was looking into a mirror. The odd thing is that, for one second, I'd seen her in that glass too: not her face, but her hand, doing what her hand did.
    - else:
        Ruth was watching the woman's face. I was watching her hands. Neither of us found what we'd come for.
}
I never told Ruth about the wrist. I told myself it would only hurt her, or only make her hope, and I couldn't decide which would be worse, so I kept it. # reflect: p2_possible_kept_back
It might have been nothing. People push their hair back all the time. I'd probably done it myself that morning, in the car.
{knowledge ? ruth_apology: -> knowing | -> not_yet}

= knowing
Ruth kept things from me too, as it turned out. A much larger thing than a wrist. She told me so, in the end, in the back of a car, with her hands in her lap.
And I think now the frame was the first try at telling me. She couldn't say it at eighteen. So she gave me the empty space she'd been keeping for herself, and left me to work out what might go in it.
It took me years. I'm not sure I've finished.
->->

= not_yet
So the frame stays empty. It's the one keepsake in the box that isn't a memory of something, but of something that never turned up.
I've thought of putting a picture in it, now and then. I've never been able to think of one that belonged.
->->

=== mem_animals ===
# memory: Tommy's animals
# keepsake: animal_drawing
# place: cottages_yard
# age: 18
# depends: gallery_truth
# register: memory
# light: golden
# weather: clear
# ambience: wind
# music: cottages
# cast: tommy kathy
{knowledge ? gallery_truth:
    I know now what the Gallery was for, and what it was never for. I'd like to tell you that changes this afternoon. It doesn't. It only changes who was watching.
- else:
    {mem_animals > 1: Every time I come back to the barn, I hope I'll say something different at the sink. I never do.}
}
Tommy had made himself a corner in the old tack room at the end of the long barn: a lamp on an upturned crate, a stool, a board across two bricks for a table.
It was a good few weeks after Cromer that he took me there, one evening when Ruth was off in the village, and got out a black notebook with an elastic band round it.
The animals were tiny. None of them bigger than a matchbox, and every one of them covered in detail: scales, rivets, little hinged plates, claws like the catches on a suitcase.
One was a beetle that looked as if it had been built rather than born. One was part frog and part clock. One had a shell it could shut itself inside, with a keyhole in it.
He'd done them in biro, so nothing could be rubbed out. Where he'd gone wrong, he'd made the mistake into another leg, or a fin.
He watched my face the whole time I turned the pages. I don't think he breathed. # sound: page
I said they were good. That was true, but it wasn't the whole of it. They were the most careful things I'd ever seen him make, and they were lonely, somehow, each on its own in all that white.
{
    - theory_held ? believed_it:
        I thought of the seafront, and his theory, and I thought: yes. If anyone ever wanted to see what was inside Tommy, here it was, every hinge of it.
    - theory_held ? doubted_it:
        I thought of his theory, and my doubts about it, still folded up small. Looking at the animals, I wanted very much to be wrong.
    - theory_held ? wanted_to_believe:
        I thought of his theory, and how much I wanted it to be true. Looking at these, I wanted it more. Somebody ought to look at them and decide something good.
    - else:
        I wasn't sure what they were for, and I didn't ask. I don't think he knew either.
}
# cast: ruth tommy kathy
A few days later we were in the farmhouse kitchen after supper, five or six of us, and Tommy was at the table with his tea when Ruth came in and saw the notebook by his elbow.
She picked it up, flicked through it, and laughed. Not cruelly, or not only. The way you'd laugh at a little boy in his father's shoes.
Then she said, to the room as much as to him, that Kathy and she had been having such a laugh about his little creatures. That they were the funniest thing either of them had seen all year.
"Haven't we, Kathy? We can't look at them without setting each other off." # speaker: ruth
I hadn't laughed. Not once. I'd never said a word to Ruth about them; I hadn't known she'd seen them. And I stood at the sink with a tea towel in my hands and didn't say any of that.
{tap_told ? tap_to_spare_her: I'd once told Ruth a hard thing about an arm, to spare her being laughed at. It didn't occur to me, at that sink, to spare Tommy.}
{tap_told ? tap_to_win: I'd gone out of my way once, by a gate, to win a point off Ruth. Here was a point worth winning, and I let her have it.}
{tap_told ? tap_for_tommy: I'd once said a hard thing to Ruth for Tommy's sake, or half for it. Here was the moment for the other half, and I dried a plate.}
{outburst_felt ? angry_at_ruth: I'd been angry with her outside the gallery for speaking for all of us. Now she was speaking for me, and I let her.}
{outburst_felt ? pity_for_ruth: I'd pitied her in Cromer. I think I was still pitying her, and I've wondered since if that was only a kinder word for being afraid of her.}
{outburst_felt ? saw_herself: In Cromer she'd said aloud what I only thought. Here she said aloud something I'd never thought at all, and I let it stand as mine.}
# cast: ruth kathy
Tommy looked at me. Only at me, for a second, over the rim of his mug. Then he took the notebook back off Ruth, put the band round it, said "Right," and went out across the yard.
Why I didn't say anything, I've had a long time to decide, and I still change my mind.
* {not animals_silence} [I was afraid of Ruth, and what she'd say next. # stance: animals_silence.silent_afraid_of_ruth]
    ~ animals_silence = silent_afraid_of_ruth
    If I'd contradicted her in front of everyone, she'd have found something of mine to hold up to the light. She always could. I knew exactly how it would feel.
* {not animals_silence} [I wanted Ruth on my side again, after Cromer. # stance: animals_silence.silent_wanting_ruth]
    ~ animals_silence = silent_wanting_ruth
    We'd been careful with each other for weeks. Here she was, saying "we", putting me next to her. I let her, because I'd missed it.
* {not animals_silence} [I didn't know I'd stayed silent until it was too late to speak. # stance: animals_silence.silent_too_slow]
    ~ animals_silence = silent_too_slow
    I was still looking for the right first word when the door shut behind him. I've been looking for it ever since.
+ ->
- You'll notice I haven't said what I did afterwards, to put it right. That's because I didn't do anything. # reflect: p2_kathy_silent
# cast: kathy
Two or three days later there was a page on the floor of my room, pushed under the door. One small animal, torn carefully along the edge of the notebook, and no note. # uncertain: Or it was in the pocket of my coat on the hook in the hall, which would mean he'd chosen his moment more carefully than I'd have guessed.
It was a creature with a long curled tail and a sort of armour down its back, sitting up, looking at something out of the picture. I've never known if it was meant kindly.
{knowledge ? gallery_truth: -> knowing | -> not_yet}

= knowing
Nobody was ever going to look at Tommy's animals to decide anything. Not about love, not about time. The Gallery had only ever wanted to show that there was somebody inside us at all.
So the only judges those animals ever had were Ruth, who laughed, and me, who let her. And Tommy, who tore one out and gave it to me anyway. # reflect: p2_animals_judges
{
    - theory_held ? believed_it:
        On the seafront I'd believed someone, somewhere, would sit down one day with these and look. Nobody was ever going to. Only us.
    - theory_held ? doubted_it:
        I'd doubted his theory on the seafront, and been right to. It's the one time I'd give a good deal to have been wrong.
    - theory_held ? wanted_to_believe:
        I'd wanted, on the seafront, to believe someone would look. I still want it. That's the part the truth hasn't been able to reach.
    - else:
        He drew them anyway, for years. I think, in the end, he drew them for himself, and that was the best reason there was.
}
->->

= not_yet
I keep it in an envelope, flat, away from the light.
For years I thought that one day someone would ask him for his best work, for the Gallery or whatever the Gallery really was, and I'd have this one kept safe for him.
->->
