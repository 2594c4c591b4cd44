// Memories from Hailsham. Each is a tunnel: the story enters it with `-> mem_x ->` and it returns with
// `->->`; the chest opens it through `recall` (state.ink). Its first tags say what it is, read ahead by the
// chest and the map without spoiling it. A memory that `depends` on knowledge reads differently once the
// reader has that knowledge: the events stay the same; what Kathy makes of them does not.
// (Book: Part One, chapters 1 to 7.)

// The secret guard: how Kathy took being dropped from it. Read again in part_one (Ruth at Dover) and at the
// start of the pencil case beat.
LIST guard_felt = guard_stung, guard_relieved, guard_understood
// The veranda: what the pavilion meant to her. Read again in mem_lucy_rain.
LIST pavilion_feeling = safe, rank, left_out
// Madame in the doorway, before Kathy knew why. Read again in part_one, after the rain.
LIST madame_first = she_pitied_me, she_could_not_bear_it, i_did_not_decide
// The pond: how Kathy took what Miss Lucy told Tommy. Read again in part_one, when Miss Lucy takes it back.
LIST pond_took = pond_glad, pond_uneasy, pond_jealous
// The rain at the pavilion: how Miss Lucy's words reached Kathy. Read again in part_one (after the rain, the
// last summer).
LIST rain_heard = rain_not_news, rain_first_time, rain_watched_faces

=== mem_polo_shirt ===
# memory: Tommy's shirt
# keepsake: polo_shirt
# place: hailsham_fields
# age: 12
# depends: the_field
# register: memory
# light: golden
# weather: wind
# ambience: summer_field
# music: hailsham
# cast: tommy students
{knowledge ? the_field:
    I used to tell this as the afternoon Tommy's tempers began to end. I can't tell it that way any more.
- else:
    {mem_polo_shirt > 1: I've come back to this field often enough to know where the ruts are.}
}
We were twelve, or just past it, and the boys had been at Tommy for most of that term.
Not fighting him. Nothing so honest. They just arranged things, over and over, so that he was the one left standing when everyone else had somewhere to be.
That lunchtime they'd planned it properly, and the news got round the girls before the bell, the way that kind of news always did.
So a few of us were at the pavilion windows when the two captains picked their sides, turn and turn about, and every boy on the field was called but one.
# cast: tommy
The teams ran off to the far pitch, and Tommy was left in the middle of all that grass with his hands still half raised, as if a name might yet come.
He was wearing his favourite shirt, a pale blue polo shirt he'd got at a Sale and washed until the colour had gone soft. # uncertain: Or it was still quite bright then, and it's only in my memory that it has faded to the colour of the sky.
For a moment he did nothing. Then it started: the stamping, the shouting that wasn't words, his arms going like a windmill in a gale.
Out on the far pitch the boys played on as if he were weather. Behind me at the window, somebody did an impression of him, and somebody else laughed so hard she had to sit down.
# cast: kathy tommy
I don't remember deciding anything. I remember the pavilion steps under my feet, and the grass, wet at the roots, soaking into my shoes.
When I got close he didn't see me. He flung his arm out, not at me, just out at everything, and the back of his hand caught me above the ear.
It didn't hurt much. It surprised us both more than it hurt.
"Tommy. Look at your shirt. You've got mud all down the front of it." # speaker: kathy
He stopped. He looked down at the brown smear across the blue, and his whole face changed, like a sleepwalker who wakes to find himself in the garden.
"That's my good one," he said, as if I'd told him something dreadful about a friend. # speaker: tommy
I said it would wash. He didn't look as if he believed me, but he let his arms come down, and the field went quiet around us.
What was he so afraid of, out there? At the time I'd have said: being laughed at. I'd have said it quickly, too. # reflect: p1_tommy_raging
{knowledge ? the_field: -> polo_knowing | -> polo_plain}

= polo_knowing
I've seen him rage once since, a grown man, in a field by a road in the dark. I went to him that night as well.
Since then I can't watch the boy on the playing field without wondering whether he was shouting at the other boys at all, or at something further off, something none of us had words for yet.
Perhaps some part of him knew, even then. I didn't. Or I did, and I wasn't letting myself.
How the shirt came to be mine is another story, and a much later one. I'll only say it was never washed quite clean.
->->

= polo_plain
Walking back, I could feel the girls at the window watching me the whole way, and I kept my eyes on the pavilion steps.
Ruth asked what on earth I thought I was doing. I said I didn't know, which was true, and which she didn't believe.
How the shirt came to be mine is another story, and a much later one.
->->

=== mem_secret_guard ===
# memory: The secret guard
# place: hailsham_fields
# age: 7
# register: memory
# light: golden
# weather: clear
# ambience: summer_field
# music: hailsham
# cast: ruth kathy
{mem_secret_guard > 1: Back to the sandpit, then, and the horses nobody else could see.}
The first time I properly noticed Ruth, she was on horseback.
There was no horse, of course. She was trotting along the edge of the sandpit with her fists held up in front of her, reins and all, and she pulled up beside me so sharply I almost felt the dust.
"You can ride one of mine if you like," she said. "The grey's the slowest. He's never thrown anyone." # speaker: ruth
I said I'd rather have the black one. She looked at me as though I'd asked for her shoes.
"The black one's mine," she said. "Nobody else can manage him." # speaker: ruth
So I rode the grey, up and down by the sandpit until the bell, and by the end of the week we were friends. At seven that's how it's done: someone announces it, and it's so.
The secret guard came a year or so later. # uncertain: Or it was the same summer, straight after the horses. I've only Ruth's word for the order, and she liked to move things about.
Ruth had found out, she told a few of us, that there was a plot to take Miss Geraldine away. Into the woods, probably. Possibly further.
Who was behind it changed from week to week. Some of the older boys, for a while. A guardian none of us liked. People from outside, whom nobody could describe.
It didn't matter. What mattered was that Miss Geraldine, who was gentle, and who laughed at our jokes as though they were actually funny, needed protecting, and Ruth had chosen us to do it.
There were six of us in the guard. # uncertain: Or five. I've a feeling Ruth kept the number odd on purpose, but that may be me tidying her up.
# cast: geraldine students
We followed Miss Geraldine at a distance round the grounds, ducking behind the hedges whenever she turned. We met behind the pavilion to make our reports.
Ruth had a way of touching two fingers to her collar when she wanted us to gather. Within a week we were all doing it, even when there was nothing to gather for. # reflect: p1_guard_copying
Some of us must have known it was made up. I think I did. But knowing it and wanting it to stop were quite different things, and the second never came.
# cast: ruth kathy
I had a chess set then, bought at a Sale, with a folded sheet of rules inside the lid. Ruth saw it and said she'd teach me.
Her bishops went wherever the game needed them. Her knights took two of my pieces at a time, in shapes I'd never seen.
I'd read the sheet, lying on my bed with a torch. The next afternoon, setting out the pieces, I said, quite quietly, that the rules didn't say that.
Ruth looked at me for a long moment. Then she said of course I'd know best, since it was my set, and she went off to see someone about something.
# cast: kathy
Nobody told me I'd been dropped. The guard simply started meeting at times I didn't know about, in places that changed, and when I came round the back of the pavilion there was no one there.
* {not guard_felt} [It stung, more than I let anyone see. # stance: guard_felt.guard_stung]
    ~ guard_felt = guard_stung
    I used to walk past the place behind the pavilion, just to check, for weeks after there was any point in checking.
    I made sure nobody saw me do it. That was the part that took the most work.
* {not guard_felt} [Part of me was glad to stop pretending. # stance: guard_felt.guard_relieved]
    ~ guard_felt = guard_relieved
    Following Miss Geraldine about had begun to feel like a kind of lie I was telling her, though she never knew it was being told.
    Being let off felt like taking off a wet coat. I was ashamed of feeling it, and I felt it anyway.
* {not guard_felt} [I understood: she needed the guard more than I did. # stance: guard_felt.guard_understood]
    ~ guard_felt = guard_understood
    Even then I could see that the plot was holding something up for Ruth, the way a tent pole does. Pull it out and the whole thing comes down on your head.
    I didn't want to be the one who pulled it. So I let myself be the one who was left outside.
+ ->
- The plot against Miss Geraldine came to nothing, the way plots do when the only people who know about them are the ones guarding against them.
By the next summer the guard had faded out altogether, and Ruth and I were friends again, as if it had been somebody else's quarrel.
->->

=== mem_pencil_case ===
# memory: Ruth's pencil case
# keepsake: pencil_case
# place: hailsham_dorm
# age: 10
# depends: guardians_afraid
# register: memory
# light: night
# weather: clear
# ambience: room
# music: hailsham
{knowledge ? guardians_afraid:
    I used to think this was a small story about Ruth and me. Since Miss Emily said what she said, in that front room, I can't leave the guardians out of it.
- else:
    {mem_pencil_case > 1: I've had this out of the box more often than I've opened it. It still holds the smell of pencil shavings, very faintly, if you put your face close.}
}
Some weeks after all the trouble over it, after lights out, Ruth reached across the gap between our beds and put the pencil case into my hand.
"Go on," she whispered. "You can hold it for a bit." # speaker: ruth
The studs were cold. The zip had a small brass tag on it, and I ran my thumb over it, back and forth, in the dark.
Then, very softly, she began to tell me how it had been given to her. Not where it came from; we both knew that. How it had been given.
An empty corridor, in her telling. A rainy afternoon. Miss Geraldine coming round the corner, looking both ways, saying nothing at all.
She'd put it into Ruth's hand, Ruth said, and folded Ruth's fingers over it with her own, and walked on.
"And she'd have waited," I said, "until the bell went, so nobody would be in the corridor." # speaker: kathy
There was a pause. Then Ruth whispered, "Yes. That's exactly what she did." # speaker: ruth
{covering_why:
- from_guilt: I'd put my detail in the way you'd drop a coin in a box for something you've broken. It wasn't enough, but it was what I had.
- from_kindness: I'd put my detail in because it made her happy, and in the dark, at ten, that seemed reason enough for anything.
- for_the_secret: I'd put my detail in, and now the story was a little bit mine. I lay there liking that far more than I should have.
- else: I'd put a detail of my own in, and she'd taken it, and now we were both telling it.
}
{pencil_why:
- the_truth: So much for wanting the truth. Here I was, helping to make up its opposite, and glad to.
- envy: Holding it, I couldn't find the envy I'd felt a few weeks before. It had gone wherever those things go.
- to_be_needed: She needed me now, just as I'd wanted. It felt nothing like I'd thought it would. It felt like being trusted with something that could break.
- else: I've never been sure what I wanted, the day I caught her out. Not this, I think. Or perhaps exactly this.
}
{knowledge ? guardians_afraid: -> pcm_knowing | -> pcm_plain}

= pcm_knowing
Miss Emily told us, years later, that the guardians had been afraid of us. She meant all of them, I think. She may have meant the kind ones most.
In our story, Miss Geraldine closed Ruth's fingers round the gift with her own hand. Of all the things we made up that night, I think now that was the most impossible. # reflect: p1_pencil_gift_fantasy
We'd invented a guardian who wanted to touch us. And we'd never once wondered why none of them did.
I passed the case back across the gap, and Ruth's hand found mine in the dark and held on a moment longer than it needed to.
->->

= pcm_plain
When I passed it back, our fingers met in the dark, and Ruth held on to mine a moment longer than she needed to.
Then she turned over, and the bedsprings creaked, and I lay awake listening to the rain start up again.
->->

=== mem_tape ===
# memory: The song on the tape
# keepsake: tape
# place: hailsham_house
# age: 11
# depends: madame_tears
# register: memory
# light: day
# weather: clear
# ambience: room
# music: hailsham
# cast: students kathy
{knowledge ? madame_tears:
    I used to keep this afternoon for myself. Now that I know what she saw, I'm not sure it was ever only mine.
- else:
    {mem_tape > 1: I've been back to this afternoon more times than I could count, and it always starts in the same place: the dining hall, and the smell of other people's cardboard.}
}
It was a Sale day, and the tapes were in a shoebox at the end of the long table, jumbled in with a clock radio that didn't work and somebody's broken torch.
Most of them were the sort you'd never look at twice. But one had a woman on the cover I kept coming back to.
Songs After Dark, by a singer called Judy Bridgewater. She was sitting at a bar with a cigarette, looking sideways at whoever had the camera, as if she'd just been told a secret and was deciding whether to keep it.
I paid my tokens and watched the monitor write it down in the register in her round careful hand, and I carried it upstairs pressed flat against my jumper.
What I wanted was one song on it: the one whose title came round and round in the chorus, the same three words, over and over. It was called Never Let Me Go.
It was the third song on side one. # uncertain: Or the fourth. I've played it on so many machines since that the order has worn away.
In my head the song was about a woman who'd been told she could never have a baby, and then had one, and held it, frightened the whole time that something would come and take it from her.
I don't know where I got that from. Nobody had explained to us about babies and ourselves, not properly. But I must have known something, to hear it that way.
# place: hailsham_dorm
# light: golden
# music: song_after_dark
# cast: kathy
One afternoon, with the dormitory empty and the sun coming in long across the beds, I put it on the player and took a pillow from the nearest bed. # sound: cassette
I held the pillow the way you'd hold a baby, close against my shoulder, and I swayed to the music with my eyes shut.
# cast: madame kathy
When I opened them, Madame was standing in the doorway.
# music: none
She wasn't angry. She was crying. She stood there with her hands at her sides and the tears simply running, and she didn't come in, and she didn't say a word.
{swarm_felt:
- swarm_thrill: The last time I'd been that close to her was the morning we swarmed her in the courtyard, and we'd thought ourselves so clever. Nobody felt clever now.
- swarm_cold: The last time I'd been that close to her was the morning in the courtyard, and I felt the same missed stair under me, only this time it was her face that had given way.
- swarm_sorry: The last time I'd been that close to her was the morning in the courtyard, when I'd felt sorry and hadn't known for whom. I still didn't know. I only knew it was worse.
- else: She'd always kept her distance from us, as if we might be catching. She kept it now. She only looked.
}
# cast: kathy
Then she turned round and went away down the corridor, and I stood in the middle of the room with the pillow still in my arms and the tape hissing on into the next song.
{knowledge ? madame_tears: -> tape_knowing | -> tape_not_yet}

= tape_knowing
What she'd seen, she told me, all those years later, wasn't a baby at all. It was a child holding on, with her whole body, to a gentler way of going on that was already being taken away, and she had found she couldn't stand in the doorway and watch it go.
I've never been sure she was right about me. I was eleven, and I had a song I liked.
But I was glad, when she said it, that someone had stood in that doorway and cried. Even if it was for something I couldn't see. # reflect: p1_madame_doorway_known
->->

= tape_not_yet
* {not madame_first} [She was sad for me. That's what I decided. # stance: madame_first.she_pitied_me]
    ~ madame_first = she_pitied_me
    I decided she'd seen what I was pretending, and been sorry for me, and that was a kind of tenderness, even if it hurt.
* {not madame_first} [She couldn't bear to look at us. # stance: madame_first.she_could_not_bear_it]
    ~ madame_first = she_could_not_bear_it
    We'd always known she didn't like to come near us. I thought that afternoon she'd finally seen one of us doing something too human to watch.
* {not madame_first} [I didn't let myself decide. # stance: madame_first.i_did_not_decide]
    ~ madame_first = i_did_not_decide
    I put the pillow back and the tape away, and decided not to decide. I was good at that, even then.
+ ->
- I never told anyone. Not Ruth, not Tommy, not for years. # reflect: p1_madame_doorway
->->

=== mem_replacement_tape ===
# memory: Ruth's present
# keepsake: replacement_tape
# place: hailsham_dorm
# age: 11
# register: memory
# light: dusk
# weather: rain
# ambience: rain
# music: hailsham
# cast: kathy
{mem_replacement_tape > 1: The cracked case again. I know every line of that crack by now, the way you know the veins on the back of your own hand.}
A couple of months after the afternoon with the song, the tape went from my collection chest, and it never came back.
I noticed on a wet Saturday. I lifted the lid to play it, and there was the gap where it had been, between a tin of buttons and my best eraser.
I looked everywhere twice. Under the beds, along the window ledges, in the bottoms of other people's laundry bags, when they'd let me.
# cast: ruth kathy students
Ruth took it on herself to organise a search, the way she organised most things, and for a week half the dormitory was lifting mattresses and shaking out pillowcases.
"Someone's got it," she kept saying, in a voice that made it sound like a threat. "Things don't just go." # speaker: ruth
But they do go. Things went from collections at Hailsham now and then, and hardly ever came back, and nobody ever owned up.
{lost_corner_held:
- lc_only_a_joke: Laura said it would be in Norfolk by now, on a shelf, and I laughed along with everyone, though not very hard.
- lc_half_believed: I told myself, not quite joking, that it had gone to Norfolk, and that one day I'd go there and fetch it back.
- lc_a_comfort: I let myself picture it in Norfolk, on a shelf with all the other lost things, perfectly safe. It helped more than I'd have admitted.
- else: Somebody said it would have gone to Norfolk by now, and that was more or less how we left it.
}
I was glad, in a way, that no one knew what the song meant to me. It made it easier to pretend it was just a tape.
# cast: ruth kathy
At the end of term, Ruth came and sat on my bed and pressed something into my hands, wrapped in a page torn out of a magazine.
It was a tape. Not the same one. It was dance-band music, the kind of thing couples might waltz to in a hotel, with a picture of a glitter ball on the front.
"It's not the same," Ruth said. "I know it's not the same. I looked, at the Sale. There wasn't anything like yours." # speaker: ruth
{ruth_face:
- her_shame: I thought of her face by the pond, the colour climbing up her neck, and it came to me that this was her way of saying she remembered too.
- her_fear: I thought of her face by the pond, frightened of what I might do, and it came to me that she wasn't frightened of me now. This was her telling me so.
- her_anger: I thought of her face by the pond, the anger she'd swallowed. Wherever it had gone, she'd gone somewhere else since, and come back with a present.
- else: I thought of the pencil case, and wondered if she was thinking of it too.
}
{covering_why:
- from_guilt: I'd covered for her out of guilt. She'd never asked what it was that made me do it. And here she was, paying me back for a debt that was mine.
- from_kindness: I'd been kind to her over the pencil case, as well as I knew how. It hadn't occurred to me she'd been counting.
- for_the_secret: We had a secret between us, still, that no one else in the room knew. I saw now that she'd been keeping it just as carefully as I had.
- else: Neither of us said anything about it. We didn't need to.
}
I can't say I ever played it through. But I kept it. I've kept it twenty years. It's in the box now, its case cracked across one corner. # reflect: p1_ruth_present
->->

=== mem_pond ===
# memory: Tommy at the pond
# place: hailsham_pond
# age: 13
# register: memory
# light: day
# weather: wind
# ambience: summer_field
# music: hailsham
# cast: tommy kathy
{mem_pond > 1: The pond again, and the wind flattening the reeds, and Tommy talking as if he'd been saving it up.}
The teasing of Tommy didn't stop all at once after the afternoon on the field. But it thinned out that summer, the way a crowd does when the thing it gathered for turns out to be nothing.
He'd changed, a bit. He didn't rise to it any more. You'd see someone try, and Tommy would just look at him, and shrug, and it would go flat.
I was on my way down to the pond with a few of the girls when he caught up with us and asked if he could have a word. With me, he meant.
The others went on, glancing back. We went and sat on the flat stones at the near end, where the reeds are thickest and the water smells of mud and cold.
He told me it was because of Miss Lucy. She'd stopped him on the path one evening after the others had gone in.
She'd told him he was a good student, he said. And that if he didn't want to be creative, that was all right. It was perfectly fine. It wasn't his fault, and he shouldn't let anyone tell him otherwise.
"She kept saying it," Tommy said. "As if she was telling somebody off, only there wasn't anyone there." # speaker: tommy
"Was she cross with you?" # speaker: kathy
"No. That's the thing. She was shaking, Kath. Her hands. She was shaking, she was that angry. Only not with me." # speaker: tommy
He said it with a kind of wonder, as if he'd been given a present he wasn't sure how to open. # reflect: p1_lucy_shaking
A coot was nosing about in the reeds a yard from our feet. I remember watching it rather than his face, because his face was too open, and it made me feel I should look somewhere else.
* {not pond_took} [I was glad for him. Someone had let him off. # stance: pond_took.pond_glad]
    ~ pond_took = pond_glad
    For years he'd been told, in a hundred small ways, that the one thing that mattered at Hailsham was the thing he couldn't do. Now a guardian had told him it didn't matter.
    I thought that was the end of his trouble. I was thirteen, and I thought troubles had ends.
* {not pond_took} [Something in it made me uneasy. # stance: pond_took.pond_uneasy]
    ~ pond_took = pond_uneasy
    It was the shaking. Guardians didn't shake. They were calm the way the weather was calm on a good day, and you didn't think to ask what was behind it.
    If Miss Lucy was shaking, then something behind the calm wasn't right. I didn't want to think about what.
* {not pond_took} [I was jealous, a little, that she'd said it to him. # stance: pond_took.pond_jealous]
    ~ pond_took = pond_jealous
    A guardian had stopped him on a path and said something meant only for him. That was the daydream, wasn't it? That was the pencil case, all over again.
    And it had happened to Tommy, who hadn't even been wishing for it.
+ ->
- "Don't tell anyone," he said, getting up and brushing off his trousers. "Not even Ruth." # speaker: tommy
I didn't. Not Ruth, not anyone. I'm telling you now, which I suppose is a way of finally keeping my promise badly.
->->

=== mem_pavilion ===
# memory: The pavilion veranda
# place: hailsham_fields
# age: 13
# register: memory
# light: golden
# weather: clear
# ambience: summer_field
# music: hailsham
{mem_pavilion > 1: I keep going back to the veranda, as if I'd left something on it.}
Our pavilion at Hailsham was small and green, with paint lifting off the railings in long curls we picked at while we talked.
On warm days a group of us would claim the veranda after lessons, seven or eight girls on two benches meant for four, and watch the boys play football on the near field.
Ruth decided who sat where. No one ever said so, but no one ever sat down before she did, either.
I must have been twelve, or thirteen. # uncertain: Or it was the summer after, when I'd turned fourteen. Those two summers have run together, and I've stopped trying to pull them apart.
My socks would never stay up that summer, which seems an odd thing to have kept.
Out on the field the boys were picking sides, and Tommy was left nearly till last, hands in his pockets, pretending the grass interested him.
{pavilion_feeling:
- safe: When I think of the pavilion now, what comes back first is how safe it felt, all of us packed in together.
- rank: When I think of the pavilion now, what comes back first is how much it mattered where you were allowed to sit.
- left_out: When I think of the pavilion now, what comes back first is Tommy, out on the field, waiting to be picked.
- else: When I think of the pavilion now, what comes back first is
}
* {not pavilion_feeling} [how safe it felt, all of us packed in together. # stance: pavilion_feeling.safe]
    ~ pavilion_feeling = safe
    Elbows and knees and somebody's hair in my face, and the rain, when it came, drumming on the roof a hand's width above us.
    Nothing could get at us in there. That's how it felt, anyway.
* {not pavilion_feeling} [how much it mattered where you were allowed to sit. # stance: pavilion_feeling.rank]
    ~ pavilion_feeling = rank
    The bench by the door was for whoever Ruth was pleased with that week. I sat there more often than not, and I noticed every time I didn't.
    We never spoke about it. We didn't need to.
* {not pavilion_feeling} [Tommy, out on the field, waiting to be picked. # stance: pavilion_feeling.left_out]
    ~ pavilion_feeling = left_out
    I didn't wave, or call out. None of us did. I only watched him study the grass until somebody finally said his name.
    He ran on as if he had been picked first.
+ ->
- Someone laughed at something, and the moment closed over, the way they do.
->->

=== mem_lucy_rain ===
# memory: Miss Lucy in the rain
# place: hailsham_fields
# age: 15
# depends: lucy_let_go
# register: memory
# light: dusk
# weather: rain
# ambience: rain
# music: hailsham
# cast: students
{knowledge ? lucy_let_go:
    I told this for years as the afternoon Miss Lucy lost her temper. I know better now. She didn't lose anything. She gave it away, on purpose, and it cost her.
- else:
    {mem_lucy_rain > 1: The rain again. It's always raining in this one, even on the days I try to remember it dry.}
}
We were fifteen, and it had rained all week, the heavy summer sort that comes straight down and bounces.
A crowd of us had run for the pavilion at the end of games and packed in under the veranda, dripping, waiting for it to ease.
{pavilion_feeling:
- safe: It was the place I'd always thought of as the safest at Hailsham. I remember that, because of what happened in it.
- rank: Nobody bothered about who sat where that afternoon. There wasn't room to bother. I remember noticing that, because it was so rare.
- left_out: Tommy was in with us for once, not out on the field. He was squashed in by the railings, dripping, and I remember being glad of it.
- else: It was small and dim in there, the roof so low you felt the rain as much as heard it.
}
Two of the boys were talking the way boys did then, loudly, so the rest of us would hear.
"I'm going to America," one of them said. "Be in films. Why not? People do." # speaker: boy
The other said he'd settle for a shop. A big one in a town, where you wore a uniform and everybody knew your name. # uncertain: Or it was an office he wanted, with a desk by a window. Whatever it was, it had a uniform or a desk, and a name badge.
We laughed. It was the kind of talk we all did, half in fun, the way you'd talk about flying.
Miss Lucy had been sheltering at the far end of the veranda. I think we'd all forgotten she was there.
# cast: students lucy
She came forward through us, and people moved back without meaning to, because of her face.
"No," she said. "No. I'm sorry. I can't let that go by." # speaker: lucy
She didn't shout. That was what frightened me. She spoke slowly and clearly, as if she'd been rehearsing it for a long time and had only now found the nerve.
There'd be no films, she said, not for any of us, and no shops, no offices, no uniforms with our names on. All of that had been decided long before any of us was born.
We'd grow up, and while we were still young, younger than she was then, perhaps, we'd begin to give our vital organs. One donation, and then the next. That was what Hailsham was for. That was what we were for.
"You've been told and not told," she said. "All of you. And nobody around here seems to mind but me." # speaker: lucy
She looked at us a moment longer. Then she looked out at the rain, as if she'd heard herself at last, and she stopped.
~ knowledge += lucy_truth
# cast: students
The rain eased a minute later, the way it does, as if nothing had happened, and she walked out into it without her coat.
* {not rain_heard} [None of it was news. That was the strangest part. # stance: rain_heard.rain_not_news]
    ~ rain_heard = rain_not_news
    We'd known. We'd always known, somewhere, in bits. Only nobody had ever set the bits down in a row in front of us before.
    Knowing a thing in bits is a very different thing from having it handed to you whole.
* {not rain_heard} [It was as if I'd never heard any of it before. # stance: rain_heard.rain_first_time]
    ~ rain_heard = rain_first_time
    I know that can't be right. We must have been told. But that afternoon it came at me as if for the first time, and the veranda seemed to tilt under my feet.
* {not rain_heard} [I didn't listen to her so much as watch the others listening. # stance: rain_heard.rain_watched_faces]
    ~ rain_heard = rain_watched_faces
    The boy who'd wanted America had gone very red. Ruth was looking at her shoes. Tommy was looking at Miss Lucy, straight at her, as if he'd been waiting for this.
    I watched them all so that I wouldn't have to listen. I think I've been doing that ever since.
+ ->
- {knowledge ? lucy_let_go: -> rain_knowing | -> rain_plain}

= rain_knowing
Years later I learned that Miss Lucy was let go for wanting to tell us more than the guardians thought we should know.
So when I see her now, walking off into the wet grass without her coat, I don't see a woman who's lost her temper. I see someone who has just spent the thing she had, and knows it.
She must have known what it would cost her. She said it anyway. I'm not sure any of us would have done as much for her. # reflect: p1_lucy_spent
->->

= rain_plain
We didn't talk about it afterwards, not that evening, not for a long time. Somebody made a joke, later, and nobody laughed, and that was that.
What stays with me is the silence after she'd gone: twenty of us standing in a wooden box, with the rain dripping off the gutter. # reflect: p1_told_not_told
->->
