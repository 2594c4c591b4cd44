// Memories from Hailsham. Each is a tunnel: the story enters it with `-> mem_x ->` and it returns with
// `->->`; the chest opens it through `recall` (state.ink). Its first tags say what it is, read ahead by the
// chest and the map without spoiling it. A memory that `depends` on knowledge reads differently once the
// reader has that knowledge: the events stay the same; what Kathy makes of them does not.

LIST pavilion_feeling = safe, rank, left_out
LIST catching_ruth = the_truth, envy, to_be_needed
LIST madame_first = she_pitied_me, she_could_not_bear_it, i_did_not_decide

=== mem_pavilion ===
# memory: The pavilion veranda
# place: hailsham_fields
# age: 13
# register: memory
# light: golden
# weather: clear
# ambience: summer_field
{mem_pavilion > 1: I keep going back to the veranda, as if I'd left something on it.}
Our pavilion at Hailsham was smaller than that one, and greener, with paint lifting off the railings in long curls we picked at while we talked.
On warm days a group of us would claim the veranda after lessons, seven or eight girls on two benches meant for four, and watch the boys play football on the near field.
Ruth decided who sat where. No one ever said so, but no one ever sat down before she did, either.
I must have been twelve, or thirteen. # uncertain: Or it was the summer after, when I'd turned fourteen. Those two summers have run together, and I've stopped trying to pull them apart.
My socks would never stay up that summer, which seems an odd thing to have kept.
Out on the field the boys were picking sides, and Tommy was left nearly till last, hands in his pockets, pretending the grass interested him.
When I think of the pavilion now, what comes back first is
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

=== mem_pencil_case ===
# memory: Ruth's pencil case
# keepsake: pencil_case
# place: hailsham_classroom
# age: 10
# depends: guardians_afraid
# register: memory
# light: day
# weather: clear
# ambience: none
{knowledge ? guardians_afraid:
    I used to tell this one as a story about Ruth. Now I'm less sure whose story it is.
- else:
    {mem_pencil_case > 1: I've been over this afternoon before. It doesn't get easier to watch myself in it.}
}
We must have been ten. It was the wet spring, and we were kept in after lunch with paper and paints that had mostly dried to cake.
Ruth arrived late and set a pencil case down on her desk without a word.
It was a small zipped thing, covered all over in little studs, the kind of object that looks as if it's been polished by someone who loves it.
She didn't say where it came from. She didn't need to. She touched it now and then and glanced at the door, as if a certain person might come through it and see.
We all knew which person she meant. Miss Geraldine was everyone's favourite, and none of us was supposed to be hers.
"I can't say," Ruth told the girls who asked. "I promised." # speaker: ruth
I was fairly sure it had come from the last Sale. I'd seen a case like it on the blanket, between the hairbrushes and a tin of buttons. # uncertain: Or I'd only seen one like it, and wanted it to be the same. I've never been able to settle which.
So I said, lightly, that I'd been looking through the Sales register, and couldn't remember a pencil case in it.
I hadn't looked at the register at all. It was a bluff, and a small one, and it went in like a splinter.
Ruth's face did something I've never forgotten. It didn't crumple. It went very still, and then she talked about the paints, and how the blue had gone grey.
* {not catching_ruth} [I only wanted the truth. That's what I told myself. # stance: catching_ruth.the_truth]
    ~ catching_ruth = the_truth
    It seemed important, at ten, that things should be what they were, and not what someone said they were.
* {not catching_ruth} [I envied her, even for something made up. # stance: catching_ruth.envy]
    ~ catching_ruth = envy
    If Ruth could have a secret like that, even a pretend one, then I wanted it to be pretend. That's the ugly heart of it.
* {not catching_ruth} [I wanted her to need me to keep quiet. # stance: catching_ruth.to_be_needed]
    ~ catching_ruth = to_be_needed
    Catching her out meant I held something of hers. I didn't know that was what I wanted until I had it.
+ ->
- I was sorry before the afternoon was over. We all had the same daydream, you see: that one of the guardians would single us out, quietly, with some small sign that we mattered more. # reflect: pencil_case_daydream
Ruth had only made hers into something you could hold.
Over the next weeks I did what I could. When Midge asked about the case in an art lesson, I let it be understood that it came from somewhere it wasn't polite to ask about, and Ruth let me.
{knowledge ? guardians_afraid:
    Knowing now that they were wary of us, even the kind ones, I see what sort of sign Ruth was inventing. The one thing none of them could have given her, however they might have wanted to.
    That's what I took from her with my bluff. Not a pencil case. A gift she'd had to give herself.
- else:
    It was never mentioned again. The case stayed on her desk for a term, and then it was just a pencil case.
}
->->

=== mem_tape ===
# memory: The song on the tape
# keepsake: tape
# place: hailsham_dorm
# age: 11
# depends: madame_tears
# register: memory
# light: golden
# weather: clear
# ambience: none
{knowledge ? madame_tears:
    I used to keep this afternoon for myself. Now that I know what she saw, I'm not sure it was ever only mine.
- else:
    {mem_tape > 1: I've been back to this afternoon more times than I could count, and it always starts in the same place.}
}
The tape came from a Sale. Songs After Dark, by a singer called Judy Bridgewater, with her photograph on the cover: a cigarette, a bar, a look as if she'd just been told a secret.
What I wanted was one song on it, the one with the title that was the same three words over and over in the chorus.
It was the third song on side one. # uncertain: Or the fourth. I've played it on so many machines since that the order has worn away.
In my head the song was about a woman who'd been told she could never have a baby, and then had one, and held it, frightened the whole time that something would come and take it from her.
I don't know where I got that from. Nobody had explained to us about babies and ourselves, not properly. But I must have known something, to hear it that way.
One afternoon, with the dormitory empty, I put it on the player, took a pillow off the nearest bed and held it the way you'd hold a baby, and swayed with my eyes shut.
When I opened them, Madame was standing in the doorway.
She wasn't angry. She was crying. She stood there with her hands at her sides and the tears just running, and she didn't come in, and she didn't say anything.
Then she turned round and went away down the corridor, and I stood in the middle of the room still holding the pillow.
{knowledge ? madame_tears: -> knowing | -> not_yet}

= knowing
It wasn't a baby she saw, she told me, all those years later. It was a child hanging on to a world that was kinder than the one coming, a world already on its way out, holding on with her eyes shut because she could feel it going.
I've never been sure she was right about me. I was eleven, and I had a song I liked. But I was glad, when she said it, that someone had stood in that doorway and cried.
->->

= not_yet
* {not madame_first} [She was sad for me. That's what I decided. # stance: madame_first.she_pitied_me]
    ~ madame_first = she_pitied_me
    I decided she'd seen what I was pretending, and been sorry for me, and that was a kind of tenderness, even if it hurt.
* {not madame_first} [She couldn't bear to look at us. # stance: madame_first.she_could_not_bear_it]
    ~ madame_first = she_could_not_bear_it
    We'd always known she didn't like to come near us. I thought that afternoon she'd finally seen one of us doing something too human to watch.
* {not madame_first} [I didn't let myself decide. # stance: madame_first.i_did_not_decide]
    ~ madame_first = i_did_not_decide
    I put the pillow back and the tape away and decided not to decide. I was good at that, even then.
+ ->
- I never told anyone. Not Ruth, not Tommy, not for years. # reflect: madame_in_the_doorway
->->

=== mem_replacement_tape ===
# memory: Ruth's present
# keepsake: replacement_tape
# place: hailsham_dorm
# age: 11
# register: memory
# light: dusk
# weather: clear
# ambience: none
A few weeks after the afternoon with the song, the tape went from my collection chest, and didn't come back.
I looked everywhere twice. Ruth took it on herself to organise a search, the way she organised most things, and for a week half the dormitory was lifting mattresses.
It never turned up. At the end of term Ruth pressed a tape into my hands, wrapped in a page from a magazine.
It wasn't the same one. It was dance-band music, the kind of thing you'd hear at a wedding. I can't say I ever played it through.
"It's not the same," Ruth said. "I know it's not the same." # speaker: ruth
But she'd gone to the trouble of knowing what mattered to me, which was more than I'd done for her over the pencil case.
I kept it. I've kept it for twenty years. It's in the box now, under everything, its case cracked across one corner.
->->

=== mem_polo_shirt ===
# memory: Tommy's shirt
# keepsake: polo_shirt
# place: hailsham_fields
# age: 12
# register: memory
# light: golden
# weather: wind
# ambience: summer_field
The boys had planned it at lunch: they'd pick sides and leave Tommy standing, and see what he did. He did what they wanted.
By the time we came out of the pavilion he was raging in the middle of the field, shouting things that weren't words, kicking at the air.
He was wearing his favourite shirt, a pale blue polo shirt he'd got at a Sale and washed until the colour had gone soft. # uncertain: Or it was still quite bright then, and it's only in my memory that it has faded to the colour of the sky.
The girls at the window were laughing. I went down the steps and across the grass to him, which surprised me as much as anyone.
When I got close he flung his arm out, not at me, just out, and it caught me on the side of the head.
I didn't make a fuss. I said: "Tommy. Look. There's mud on your shirt."
He stopped. He looked down at the brown smear across the front of it, and his whole face changed, as if he'd been woken up somewhere he didn't recognise.
How the shirt came to be mine is another story, and a much later one.
->->
