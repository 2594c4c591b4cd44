// Part Three: the carer years. Kathy's telling straightens out and catches up with the present: Laura at the
// service station, Ruth at Dover, the boat, the lay-by, Ruth completing, Tommy at Kingsfield, the house in
// Littlehampton, the notice, the river. (Book: Part Three, chapters 18 to 23.)

// At the service station: what Kathy does with the news that Hailsham has closed.
LIST hailsham_gone = gone_adrift, gone_keep_it, gone_disbelief
// At Dover: how Kathy reads Ruth in the first weeks.
LIST dover_ruth = ruth_guarded, ruth_testing, ruth_frightened
// At Kingsfield: what Kathy sees in Tommy's new animals.
LIST new_animals = anim_tiring, anim_forcing, anim_pleading
// In Littlehampton: why Kathy goes to look at the house alone first.
LIST scouting_why = scout_to_spare_him, scout_to_keep_hope, scout_to_see_first
// After the notice: how Kathy takes Tommy asking for another carer.
LIST other_carer = carer_hurt, carer_understood, carer_both

=== part_three ===
# chapter: Part Three: the carers
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: carers
It's properly dark now. The road has dried off, and the lorries have pulled in somewhere for the night.
I've noticed the telling changing as I've come along. At the start, everything came up out of order, one memory leaning on the next like books on a shelf that's too long for them.
From here it goes straighter. There's less of it, for one thing. And what's left is nearer, so there's less room for it to wander off.
The box is on the seat beside me. At the bottom, under the shirt and the tapes, there's a postcard and a folded slip of paper, and I haven't taken either of them out in weeks.
I know what's written on the slip without looking. I could drive there tonight, if I wanted. I don't want to.
I'd been a carer for about seven years when I ran into Laura. # uncertain: Or nearer six. It was before the winter I had three donors on the south coast at once; I'm sure of that much.
-> service_station

= service_station
# place: service_station
# register: memory
# light: day
# weather: rain
# ambience: town
# music: carers
# cast: laura
It was one of those service stations on a hill above the motorway, where the car park slopes and you can feel the handbrake thinking about it.
I'd only stopped for a cup of tea. I was halfway back to the car when I noticed a woman sitting on the low wall by the bins, holding a paper cup in both hands as if someone might try to take it off her.
It took me a second to see that it was Laura.
At Hailsham Laura had been our clown. She could do any guardian you liked, and she could make Ruth laugh when nobody else would have dared to try.
The woman on the wall had Laura's hair, cut short and left to its own devices, and a coat that had been slept in more than once.
"Kath H.," she said, as if she were reading it off a register. "Look at you. All in one piece." # speaker: laura
# cast: kathy laura
We sat on the wall together. She was a carer too, of course. She had two donors in the north and one in Wales, and she told me the mileage like a joke she'd stopped finding funny.
We went through who we'd heard about. That's what two carers from the same place do: a sort of roll call, done quickly, and you don't linger over the names that come back with a line through them.
Then she said, "You'll know about Ruth." # speaker: laura
I didn't. I'd heard she'd become a donor, and that was all. I'd made a point of not hearing more.
Ruth's first donation had gone badly, Laura said. Not as badly as they can go, but badly. She was at the centre in Dover now, and her carer wasn't up to much, in Laura's opinion, which she gave freely.
"You should do it," she said. "Be hers. You could, you know. They let you choose, don't they, you lot who are good at it." # speaker: laura
I said something about Ruth and me not having parted on the best of terms. Laura looked at me for a long moment over the top of her cup.
"That's all gone, Kath. Whatever it was. There isn't the time for it any more." # speaker: laura
And then, as if it had only just come back to her, she told me the other thing.
"Hailsham's shut. Did you know? Closed down, a year or more back. Nobody seems to know what's happening to the place." # speaker: laura
~ knowledge += hailsham_closed
The students who'd still been there had been sent off to other houses up and down the country, she'd heard. Places none of us knew, with none of our guardians.
I sat on that wall with the traffic going by underneath us, and found I couldn't picture it empty. I could only picture it the way it had been, with all of us in it.
* [It was as if the ground had gone from under every memory I had. # stance: hailsham_gone.gone_adrift]
    ~ hailsham_gone = gone_adrift
    All those years I'd carried it about as if it were still there to go back to, should I ever need to. I hadn't known I was doing that until it was gone.
* [It meant I'd have to keep it myself now, all of it. # stance: hailsham_gone.gone_keep_it]
    ~ hailsham_gone = gone_keep_it
    If the place itself wasn't going to hold on to the pond and the pavilion and the long corridor, then somebody would have to. I remember deciding, there on the wall, that it would be me.
* [I didn't believe it. Not properly, not for months. # stance: hailsham_gone.gone_disbelief]
    ~ hailsham_gone = gone_disbelief
    I nodded and said how awful, and all the way home I was telling myself that Laura had always liked a story, and had got it mixed up with somewhere else.
- Laura was watching the car park. Then she did something with her mouth and her eyebrows, and for a second it was Miss Emily in front of me, about to say something about litter. # reflect: p3_laura_imitation
It was her old impression, the one that used to have us weeping in the dorm. She did it without seeming to notice, the way your hand goes to a light switch in a house you've moved out of.
Neither of us laughed. She finished her tea and said she had to be in Leeds by six.
That was the last time I saw Laura. I think of her sometimes, on that wall, holding the cup as if it were the last warm thing for miles.
-> road_to_dover

= road_to_dover
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: carers
It took me a few weeks to ask for Ruth. I'd like to tell you it was a few days.
{hailsham_gone:
- gone_adrift: With Hailsham gone, it seemed to me that Ruth was one of the few places left where any of it was still living. I suppose I went to her the way you'd go back to a house.
- gone_keep_it: Part of it, I think, was that Ruth was Hailsham too. If I was going to keep the place, I couldn't very well leave her out of it.
- gone_disbelief: I told myself I was only going because Laura had asked me to. That was the sort of thing I told myself, then.
- else: I'd like to say I went out of kindness. Some of it was that.
}
-> dover

= dover
# place: centre_dover
# register: memory
# light: day
# weather: wind
# ambience: hospital
# music: carers
# cast: ruth kathy
The centre at Dover is one of the better ones. It's modern, white tiles and glass bricks, and from some of the rooms you can see a strip of the sea, grey as a filing cabinet.
Ruth had one of those rooms. She was sitting up by the window when I came in, and she looked at me the way you'd look at a letter you weren't sure you wanted to open.
She'd got thin, though not as thin as she would get. Her hair was pulled back harder than she used to wear it, as if she'd had to come to a decision about it.
"So they sent you," she said. "Or did you send yourself?" # speaker: ruth
The first weeks weren't easy. We were polite with each other, which was worse than quarrelling. At the Cottages we'd at least had the energy to quarrel.
I'd bring her water and biscuits and her post, and do her charts, and we'd talk about the wind on the cliffs and whether the new nurse was any good.
And all the while there was something standing in the room with us that neither of us would look at.
When I think of Ruth in those first weeks, what I see is
* [someone keeping me at arm's length, waiting to see what I'd take. # stance: dover_ruth.ruth_guarded]
    ~ dover_ruth = ruth_guarded
    She watched my hands when I tidied her things, as if waiting to see what I'd take. It was a long while before I understood that what she was guarding wasn't on the locker at all.
* [someone testing me, to see if I was still the girl who'd kept quiet for her. # stance: dover_ruth.ruth_testing]
    ~ dover_ruth = ruth_testing
    She'd say something half unkind and then wait, the way she used to at Hailsham, to see whether I'd let it go by. Mostly I did.
* [someone frightened, making it look like temper. # stance: dover_ruth.ruth_frightened]
    ~ dover_ruth = ruth_frightened
    I've seen it in a lot of donors since: the sharp word that's really a hand gripping the bed rail. With Ruth it took me weeks to see it, because I knew her too well to look.
- Only once in those weeks did it step aside for a while.
She asked me, out of nowhere, if I remembered Keffers, and the way he used to stand in the kitchen doorway at the Cottages, muttering at the boiler as if it owed him money.
I did the mutter. I was never much of a mimic, but I did it, and Ruth laughed until she had to hold her side, and then stopped laughing and went on holding it for a different reason.
I helped her lie back. Neither of us mentioned it. But after that afternoon things were a little easier, the way a stiff drawer is easier once you've got it open the first time.
A week or so later, it was Ruth who brought up the boat.
One of the other donors had been talking about it, she said. A fishing boat, or some sort of boat, run aground in the marshes out past Kingsfield and left there when the water went down.
It had become a sort of sight in those parts. Somebody's carer had brought in a postcard of it from a village shop, and Ruth had got hold of the card and kept it propped against her water jug.
"I want to see it," she said. "While I still can." # speaker: ruth
And then, without looking at me: "Tommy's at Kingsfield. Did you know? We could take him too, if he's up to it." # speaker: ruth
I'd known, roughly. I'd avoided knowing exactly, the same way I'd avoided knowing about Ruth.
I said I'd see what I could arrange. I think we both understood that meant yes.
-> kingsfield_pickup

= kingsfield_pickup
# place: centre_kingsfield
# register: memory
# light: day
# weather: clear
# ambience: none
# music: carers
I didn't know Kingsfield then. It's a centre out in the flat country, past a string of villages, and it doesn't get visitors from the outside, so nobody has ever troubled to make it look nice.
There's a square in the middle, paved, with benches bolted down and a noticeboard nobody updates. The donors sit out there in all weathers, because it's better than sitting in.
# cast: tommy
Tommy was on one of the benches when we drove in, in a tracksuit top with the zip undone, and he was on his feet before the car had stopped.
Ruth had gone quiet beside me for the last few miles. When she saw him, her hand went up to her hair, quickly, the way it used to before an assembly, and then came down again as if it had been caught.
He'd got heavier. Not fat, but thicker through the middle, and he moved more carefully than he used to, as if someone had shown him where the edges of himself were.
He bent to the window and looked at Ruth first, then at me, and smiled in a way that couldn't quite decide which of us to settle on.
"Both of you," he said. "Well." # speaker: tommy
There was a small business about who'd sit where. Ruth said Tommy should go in the front, because of his legs, and got into the back before anyone could argue. I remember thinking that was kind, and then wondering whether it was.
-> boat_note

= boat_note
Next comes a walk out to a boat stranded in a marsh, with two friends who are both donors now; it mentions illness, operations, and a friend who has died. # content_note: illness, organ donation, death
* [Read on]
    -> boat_scene ->
* [Read a short summary instead # summary]
    -> boat_scene_summary ->
- -> lay_by

= lay_by
# place: car
# register: memory
# light: dusk
# weather: clear
# ambience: car_night
# music: carers
# cast: tommy ruth
We started back with the light going. Ruth was quiet in the back, and Tommy and I talked about nothing much: a donor at Kingsfield who kept budgies, the price of petrol.
A few miles on, Ruth said, "Pull in up there, Kath. Would you?" # speaker: ruth
The slip of paper she gave me there is in the box too. It's been folded and unfolded so many times it's gone soft, like cloth. # closeup: address_slip
~ keepsakes += address_slip
-> mem_address ->
-> after_lay_by

= after_lay_by
# place: car
# closeup: none
# register: memory
# light: night
# weather: clear
# ambience: car_night
# music: carers
# cast: ruth
We dropped Tommy back at Kingsfield. He stood in the square under the one lamp and watched us go, and I watched him get smaller in the mirror until the gate took him.
Ruth slept most of the way to Dover, or pretended to. Once, on a long straight bit, I heard her say my name, very quietly, as if she were checking it still worked.
-> ruth_completes

= ruth_completes
# place: centre_dover
# register: memory
# light: night
# weather: rain
# ambience: hospital
# music: carers
// Ruth, after her second donation, is the donor in the bed.
# cast: kathy donor
Ruth's second donation came not long after that. # uncertain: It may have been the autumn; the months of that year have no edges left.
I'd been a carer long enough to know, from the way the nurses moved and didn't meet my eye, that it hadn't gone well.
She couldn't say much, afterwards. She'd look at me, and I'd see her trying to climb up to the words, and not quite reaching them.
{dover_ruth:
- ruth_guarded: Whatever she'd been guarding from me all those weeks, she'd put it down. There was nothing between us on that bed but the sheet.
- ruth_testing: She'd no more tests left to set me. I think she'd decided I'd passed them, or that it didn't matter any longer, and I'm still not sure which.
- ruth_frightened: The fear I'd seen under the temper in those first weeks was plain on her now, with nothing to cover it. I'd have given a great deal to have the temper back.
- else: She watched me the whole time, the way you watch a door you're waiting for someone to come through.
}
I knew what she wanted to ask me. I'd known since the lay-by.
So I told her. I said I'd be Tommy's carer. I said I'd see to it.
Her eyes stayed on my face for a long time after that. I'd like to think it was a good look. # uncertain: Or I'm only giving it a meaning now, because I need one; she might simply have been too tired to look away.
{apology_taken:
- forgave_ruth: I'd forgiven her in the lay-by, and I think she knew that. But I told her again anyway, holding her hand, in case it hadn't gone in the first time.
- not_yet_forgiven: In the lay-by I hadn't been able to forgive her. Sitting there in the dark, I found I'd done it at some point without noticing, and I told her so. I hope she heard.
- knew_already: I'd known everything she told me in the lay-by. What I hadn't known was how much it would matter that she'd said it. I told her that, more or less.
- else: I held her hand and talked about Hailsham: the Sales, the pond, the silly guard we'd made up for Miss Geraldine. She'd have hated me going on like that. I think she liked it.
}
# cast: kathy
Ruth completed that night. # reflect: p3_what_is_left_out
There are things about that night I've decided to keep. I've told you most things. You'll have to let me have this one.
-> road_to_kingsfield

= road_to_kingsfield
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: carers
A car has been behind me for a while now, keeping its distance, its headlights steady in the mirror. It turns off at the next junction, and I have the road to myself again.
I said I'd become Tommy's carer, and I did. It took the best part of a year to arrange. # uncertain: Or nine months; I know it was the spring before I got there, because the verges were full of cow parsley.
-> tommy_carer

= tommy_carer
# place: centre_kingsfield
# register: memory
# light: golden
# weather: clear
# ambience: none
# music: carers
# cast: tommy kathy
By the time I came to Kingsfield as his carer, Tommy had had his third donation and come through it well. Well enough that he'd started joking about it, which was how the donors there talked.
He had a room on the top floor at the end of a corridor, with a window over the square and a narrow iron bed that creaked whenever either of us laughed.
We didn't make any announcement about it. One afternoon I sat on the edge of that bed to do his chart, and he moved over to make room, and after that it was understood.
We'd lie there in the afternoons with the window open a crack. I'd have my head on his shoulder, and his arm would go dead underneath me, and he'd never once admit it.
We talked about everything: Hailsham, the Cottages, Ruth. Sometimes we didn't talk at all, and that was a way of talking too.
He asked me about my work, which nobody had done in years. What it was like, all those roads. Whether I minded the ones who didn't pull through.
I told him the truth, which was that I minded all of them, and that the trick was to mind each one for the right length of time, and then put it somewhere, and drive on.
He thought about that for a long while. Then he said it sounded a bit like Hailsham. I asked him what he meant, and he couldn't say, and I've thought about it ever since.
I'd been happy before, here and there. This was different. It was like coming into a warm kitchen from a long way off, and finding there's been a chair kept for you the whole time.
And under it, always, there was a feeling that we were hurrying to catch up with something we'd let go past years ago, and that it wasn't going to wait for us. # reflect: p3_running_out_of_time
Out in the square, with the other donors, Tommy was someone I didn't altogether know. They'd laugh at things I'd only ever seen from the carer's side of the bed, and I'd stand there with my folder and feel like a visitor.
He'd started drawing again. I found out by accident: a hard-backed notebook with a marbled cover, pushed under his pillow, its corners gone soft.
The animals were still there, the same tiny creatures he'd shown me at the Cottages, all clockwork joints and scales and little hinged tails.
But they were different now. Every line was gone over twice, every scale filled in. They looked as though they'd been very hard work, and the work was what you saw first.
Looking at them, what I saw was
* [that he was getting tired, and the pencil knew it before he did. # stance: new_animals.anim_tiring]
    ~ new_animals = anim_tiring
    At the Cottages they'd come out of him easily, like something he was overhearing. Now each one looked as if it had been carried up a long flight of stairs.
* [that he was trying too hard, pressing down so hard the page went shiny. # stance: new_animals.anim_forcing]
    ~ new_animals = anim_forcing
    It was the way you go on explaining something to a person who hasn't understood, only louder, and slower, and with less and less hope.
* [that they were asking for something, every one of them. # stance: new_animals.anim_pleading]
    ~ new_animals = anim_pleading
    They weren't made for themselves any more. They were made to be looked at by one particular person, and to be found good enough.
- {animals_silence: At the Cottages, when Ruth laughed at them in front of him, I'd said nothing. I wasn't going to let him hear nothing from me again.}
I told him they were lovely. He looked at me for a second too long and said, "Yeah?" and I said yes, and we left it there.
One evening, with the notebook open between us on the blanket, he asked whether I still had Ruth's slip of paper.
"She wanted us to go," he said. "She made us promise." # speaker: tommy
"We could at least choose which ones to take. Couldn't we? It doesn't hurt to choose." # speaker: tommy
We spread the drawings out on the bed and chose, and argued, and chose again. Neither of us said the word deferral. It was there in the room all the same, like a third person trying to keep quiet.
The notice for his fourth hadn't come yet. We both knew roughly when it would.
I said I'd go and look at the house first, on my own, before we did anything. He didn't argue.
-> scouting

= scouting
# place: littlehampton
# register: memory
# light: day
# weather: wind
# ambience: town
# music: carers
I had a donor in Worthing that spring, so Littlehampton was nearly on my way. Nearly.
It's a small seaside town with a wide green strip along the front, and a wind off the sea that gets into your coat however you button it.
The address was a terraced house on a street that ran up from the front, white-painted, with a narrow garden behind a low wall and net curtains that didn't move.
I parked at the end of the street and sat there with the engine off, feeling like someone in a film about somebody else.
# cast: madame
It was nearly an hour before she came. She walked up from the direction of the sea, a small figure in a grey coat, with a shopping bag in one hand.
She'd hardly changed. That was almost the worst of it. The same quick stiff walk, the same way of holding herself as if the air around her might brush against something.
# cast: none
She let herself in at the white house and shut the door, and I sat on in the car for a while longer, with my hands on the wheel. # sound: door
I didn't go up to the door. I told myself, driving back, that I'd gone alone
* [to spare Tommy, in case it came to nothing. # stance: scouting_why.scout_to_spare_him]
    ~ scouting_why = scout_to_spare_him
    If the house had been empty, or sold, or somebody else's, I'd wanted to be the one who found out, and to bring it to him gently, the way I'd bring a donor bad results.
* [to keep the hope safe a little longer, by not testing it. # stance: scouting_why.scout_to_keep_hope]
    ~ scouting_why = scout_to_keep_hope
    As long as I only watched, nothing could be refused. I think I sat in that car as long as I did because while I was there, it was still all possible.
* [to see her first, before she saw us. # stance: scouting_why.scout_to_see_first]
    ~ scouting_why = scout_to_see_first
    All our lives, people had been looking at us and deciding things. Just once I wanted to be the one at the window.
- That evening I told Tommy I'd seen her. He didn't say anything for a while. Then he got the notebook out from under the pillow and went through the drawings again, as if they might have changed while I was gone.
We fixed a day. It was to be after some tests he had to have at a hospital down that way, so we'd be passing, more or less.
-> madame_note

= madame_note
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: carers
I've come to the part I've been putting off all evening. I'll try to tell it straight.
Next comes the visit to Madame and the drive home in the dark. It touches on organ donation and death, on harsh talk about where the students come from and what they are, and it ends with a man in great distress in a field. # content_note: organ donation, death, grief, derogatory talk about the students' origins, distress
* [Read on]
    -> visit_to_madame ->
* [Read a short summary instead # summary]
    -> visit_to_madame_summary ->
- -> after_madame

= after_madame
# place: centre_kingsfield
# register: memory
# light: day
# weather: wind
# ambience: hospital
# music: carers
# cast: tommy kathy
For a week or two after Littlehampton, things were quiet between us. Quiet in a good way, mostly, like a house after guests have gone.
{no_deferrals_felt:
- felt_anger: I was still angry, underneath. I'd catch myself scrubbing at his water jug as if it had done something. Tommy saw, and let me.
- felt_numb: The numbness wore off slowly, a bit at a time, the way feeling comes back into a foot. It hurt in the same way, too.
- felt_for_tommy: I watched him all the time, those weeks, for signs of what the evening had done to him. He caught me at it, once, and said, "I'm still here, Kath," and I felt foolish and didn't stop.
- else: Neither of us talked much about that evening. We didn't need to.
}
Then the notice came for his fourth.
He read it sitting on a bench in the square, and folded it, and put it in his top pocket and did the button up over it.
He changed a little after that. He spent more of his evenings out in the square with the other donors who were on their fourth, and less of them with me.
There's a way donors talk among themselves when they've reached that point. It isn't sad, exactly. It's more private than that, and carers are not part of it, however close they are.
One afternoon, in his room, he said it. He'd been building up to it for days, I think; I'd felt it coming the way you feel weather.
"I think I want someone else, Kath. For the fourth. Another carer." # speaker: tommy
* [It went into me like a splinter, and I let it. # stance: other_carer.carer_hurt]
    ~ other_carer = carer_hurt
    I said something about how I'd asked for him, and fought for him, and that it had taken me a year. I heard my voice doing it and couldn't stop it.
* [I understood. That was almost worse. # stance: other_carer.carer_understood]
    ~ other_carer = carer_understood
    I'd been a carer for too long not to. I'd seen what the fourth does, and I knew he didn't want me watching it done to him.
* [I was hurt, and I understood, both at once, and neither would give way. # stance: other_carer.carer_both]
    ~ other_carer = carer_both
    Those two things sat in me side by side like strangers on a bench, not speaking, and I've never managed to get either of them to leave.
- He sat on the edge of the bed with his hands between his knees.
"There's this picture I've got in my head," he said. "I don't know where it's from. I keep seeing it." # speaker: tommy
"Two people in a river. A big one, fast, the colour of tea after rain. And they've each got hold of the other with everything they've got." # speaker: tommy
"They hang on and hang on. But the water's stronger than both of them, and it doesn't care how hard they're holding. In the end it just takes them, one one way and one the other." # speaker: tommy
"That's us, Kath. I'm not saying we didn't hold on. We did. It's just that it's the river." # speaker: tommy # reflect: p3_the_river
{field_embrace:
- holding_on: I thought of the field, of holding him in the dark with both arms as if the holding could be enough. I'd meant it with everything I had. The river didn't care about that either.
- letting_go: I thought of the field, of how even then, with my arms round him, I'd felt him already going somewhere I couldn't follow. He'd only found the picture for it.
- else: I thought of the field on the way back from Littlehampton, and of the two of us standing there in the wind, holding on.
}
{no_deferrals_felt == felt_anger: Some of the old anger came up, then, from wherever I'd put it. Not at him. At the river, if you like. There was nobody else to be angry at.}
{other_carer:
- carer_hurt: I didn't say anything. I still had the splinter in me, and I'd learnt long ago that if you pull at one too early it only goes in further.
- carer_understood: I said I'd see to it. I'd seen to a great many things by then. This was only one more.
- carer_both: I said I'd see to it. Then I sat down beside him and we stayed like that until the light went, neither of us putting a lamp on.
}
{boat_seen == boat_like_us: I kept thinking of the boat in the marsh, leaning over in the mud, waiting for water that wasn't coming back.}
On my last day as his carer we said goodbye in the square, by the bench where he'd been sitting the day Ruth and I first came for him.
Nothing much was said. He put his hand up to my face, very briefly, and then he pulled my collar straight, which it didn't need.
# cast: tommy
I didn't look in the mirror until I reached the gate. When I did, he was still standing there with one hand raised, as if he'd forgotten it was up.
-> completes

= completes
# place: car
# register: present
# light: night
# weather: clear
# ambience: car_night
# music: carers
Tommy completed after his fourth donation. I heard about it the way you hear these things, in a phone call from somebody at the centre who didn't know who I was to him.
That's all I'm going to say about it.
-> caught_up

= caught_up
That was not quite a fortnight ago. # uncertain: Or a little more than a fortnight. The days since have had a way of folding into one another.
So there it is. I've caught up with myself, more or less, and there's only the road in front of me now.
I've got a donor to see tomorrow, out to the east. There's a quicker way there, and a longer one.
I think I'll go the long way. I think I've known all evening that I would.
The box is on the seat, if you want to look through it before we get there. Some of it reads differently now, knowing what I know. It does to me.
-> epilogue

=== boat_scene ===
~ keepsakes += boat_postcard
Ruth had brought the postcard with her. She kept it in her coat pocket all day, and now and then I saw her touch it, the way you touch a ticket to make sure of it.
By the evening it was in my pocket instead. It's in the box now, its corners gone round. # closeup: boat_postcard
-> mem_boat ->
->->

=== boat_scene_summary ===
~ keepsakes += boat_postcard
# place: marsh_boat
# register: memory
# light: golden
# weather: clear
# ambience: wind
# music: carers
# cast: ruth tommy kathy
Kathy drives Ruth and Tommy to the edge of a marsh. They walk through a thin wood and under a barbed-wire fence, slowly, because Ruth is weak after her donation.
Out in the mud sits an old fishing boat, stranded and peeling. The three of them stand and look at it for a long time, gentler with each other than they have been for years.
Tommy tells them that Chrissie, one of the veterans from the Cottages, has completed during her second donation.
As they turn back, Ruth gives Kathy her postcard of the boat. It is in the chest now, and the walk can be remembered from there.
->->
