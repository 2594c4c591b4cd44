// Epilogue: the fence in Norfolk, a couple of weeks after Tommy completes. (Book: Part Three, chapter 23.)
// Nothing here changes what happened. What changes is what Kathy finds at the fence: it is composed from what
// the player kept in the chest, set aside in the Norfolk drawer, and felt along the way. One of five closing
// passages follows: the lost corner (much set aside), letting go, anger, keeping something back, holding on.

=== epilogue ===
# chapter: Epilogue: the fence
# place: car
# register: present
# light: day
# weather: wind
# ambience: wind
# music: fence
Last of all, a morning in Norfolk, a couple of weeks after Tommy completed. It is about grief, and nothing in it changes what has happened. # content_note: grief, death
* [Read on]
    -> fence ->
* [Read a short summary instead # summary]
    -> fence_summary ->
- -> END

=== fence ===
# place: car
# register: present
# light: day
# weather: wind
# ambience: wind
# music: fence
I went the long way, in the end. I'd told myself I would, and then I did, which doesn't always follow.
I didn't tell anyone. There wasn't anyone to tell, particularly, and it isn't the sort of thing you write on a form.
The roads up there run for miles without a bend. Flat fields on both sides, and churches standing on their own in the middle of them, as if the villages had wandered off and left them.
There's so much sky that you start to feel you're driving along the bottom of something.
I pulled in where the road ran beside a field that had just been ploughed. There wasn't any reason for choosing that one. It looked like every other field for miles, and I suppose that was the reason.
-> at_the_wire

= at_the_wire
# place: norfolk_fence
# register: present
# light: day
# weather: wind
# ambience: wind
# music: fence
# cast: kathy
The field went back a long way, brown and ridged, the furrows running off from my feet in lines so straight they made my eyes ache.
Along the near edge of it there was a fence. Leaning posts, and wire strung between them at two heights, and caught all along the wire, as far as I could see in either direction, was rubbish.
Scraps of plastic, mostly, worn thin and grey by weather. A feed sack. Half a carrier bag, pulled out by the wind into a long white flag. A page of newspaper folded over the top strand as if someone had hung it out to dry.
The wind had brought all of it from somewhere, across miles of open ground, and the fence had stopped it, and here it had stayed. Flapping. Going nowhere.
At Hailsham we used to say that Norfolk was where lost things ended up. A lost corner, Miss Emily called it once, pointing at the map, and we took it and made it ours.
We believed it for years, the way you believe things at eleven: completely, and with one eye open. # reflect: ep_lost_corner
{lost_corner_held:
- lc_only_a_joke: I'd always said it was only a joke. I'd told myself so all the way up the coast road, too.
- lc_half_believed: I'd half believed it, then. Standing there, I found I still did, about half.
- lc_a_comfort: It had been a comfort to me as a girl, the idea that nothing was ever properly gone, only somewhere else. I needed it more at that fence than I ever had at eleven.
}
Standing at that fence, I let myself think it, just for once. That this was the place. That everything I'd lost since I was small had blown here over the fields and caught on this wire, and was waiting.
{LIST_COUNT(drawer) == 0:
    I'd never set anything aside. Everything I'd been given was still in the box on the passenger seat, more or less in the order I'd been given it. I've never been much good at putting things down.
- else:
    There were things I'd put away over the years. Not lost, exactly; only set down somewhere and not gone back for. I looked along the wire for them, and the strange part was that I half expected to find them.
}
{drawer ? pencil_case: Low down by one of the posts there was a glint of something studded and bright, which turned out to be a crisp packet when I looked properly.}
{drawer ? tape: Something dark and ribbon-thin was wound round the bottom wire, that could have been the inside of a cassette, pulled out and spooled by the wind.}
{drawer ? replacement_tape: There was a cracked plastic case in the grass, the kind a tape comes in, empty. I didn't go over to see.}
{drawer ? polo_shirt: A rag of pale blue cloth was snagged on a barb, faded almost to the colour of the sky behind it.}
{drawer ? animal_drawing: A scrap of paper with pencil marks on it had caught a long way along, too far off to make out what they were.}
{drawer ? office_advert: A glossy page from a magazine was pressed flat against the wire, showing a corner of somebody's bright, clean office.}
{drawer ? empty_frame: Somewhere in the hedge behind me something small and square was catching the light, like a frame with nothing in it.}
{drawer ? boat_postcard: A postcard had lodged in the wire face down, so I couldn't see the picture. I didn't need to.}
{drawer ? address_slip: A slip of paper, folded small, went skittering along the furrow and away before I could see what was written on it.}
{LIST_COUNT(keepsakes - drawer) >= 6: The box in the car was heavier than it looked. It always has been.}
I thought about Ruth first. I usually do, which would have pleased her.
{ruth_face:
- her_shame: I thought of her face over the pencil case, all those years ago, going still with shame because of something I'd said that wasn't even true.
- her_fear: I thought of her face over the pencil case, frightened, all those years ago, and how long it took me to see that she'd been frightened most of her life.
- her_anger: I thought of her face over the pencil case, angry, all those years ago, and how I'd deserved it, and how she never once said so.
- else: I thought of her at ten, with a pencil case on her desk that she said nothing about, and everybody looking.
}
{pencil_why:
- the_truth: At ten I'd told myself I only wanted the truth out of her. I've had a great deal of the truth since. It isn't what I thought it would be.
- envy: At ten I'd envied her, even for a present she'd made up. I envied her at the fence, too, a little. She'd gone first, and never had to stand here.
- to_be_needed: At ten I'd wanted her to need me. She did, in the end, at Dover. I'd give a great deal not to have had my wish that way.
}
{covering_why:
- from_guilt: I'd covered for her afterwards out of guilt. Perhaps everything after, right up to Dover, was me still paying that off.
- from_kindness: I'd covered for her out of kindness, or what I called kindness at ten. I'd like to think it was the same thing I took to Dover, grown up.
- for_the_secret: I'd covered for her because I liked sharing a secret with her. I'm not sure I ever stopped liking it. Even the lay-by was a secret, of a kind.
}
{window_seen:
- saw_a_future: Through that office window in Cromer she'd seen a future. I hoped she'd had something like it somewhere, even for an afternoon.
- saw_a_stranger: Through that office window in Cromer she'd seen a stranger. I think she spent her whole life afraid that was all she'd find, wherever she looked.
- saw_a_mirror: Through that office window in Cromer she'd seen herself. I think what frightened her wasn't that the woman wasn't her. It was that she might have been.
}
{outburst_felt:
- angry_at_ruth: In Cromer I'd been so angry with her, outside that gallery. I couldn't find any of it at the fence. I looked.
- pity_for_ruth: In Cromer, when she said all those things outside the gallery, I'd pitied her. I still did. I think she knew, and I think she hated it.
- saw_herself: In Cromer, listening to her outside the gallery, I'd heard myself. Standing at the fence, I still could.
}
{apology_taken:
- forgave_ruth: I'd forgiven her in a lay-by with the engine ticking. I found I'd go on doing it, all my life, a little at a time, whenever she came to mind.
- not_yet_forgiven: In the lay-by I hadn't been able to forgive her. At the fence it was done, long since, and I couldn't remember the moment it happened.
- knew_already: She'd told me nothing in that lay-by I hadn't known. I'd only needed to hear her say it. I've been grateful ever since that she did.
}
Then I thought about Tommy, which I'd been carefully not doing the whole way up.
{shirt_story:
- about_tommy: I thought of him on the playing field in his blue shirt, with everyone watching, so completely on his own.
- about_me: I thought of myself going down the pavilion steps towards him, not knowing why. I know why now. I think I always did.
- else: I thought of him on the playing field at Hailsham, in his blue shirt, shouting at the sky.
}
{found_tape_meant:
- just_chance: There'd been a box of cassettes in a shop in Cromer, and a tape in it that was only chance. The luckiest chance I ever had.
- myth_came_true: Cromer was where the lost corner had once, just once, given something back. I looked along the wire and knew it wouldn't again.
- tommys_gift: He'd stood at a counter in Cromer and paid for my tape with his own money, pretending it was nothing at all.
}
{theory_held:
- believed_it: I'd believed in his Gallery. I'm not ashamed of that. It was a good idea. It just wasn't true.
- doubted_it: I'd doubted his Gallery from the first. Being right about it has never felt like anything worth having.
- wanted_to_believe: I'd wanted to believe in his Gallery. I think the wanting was the realest part of it.
}
{new_animals:
- anim_tiring: His last animals came back to me, so tired, every line of them carried up a flight of stairs.
- anim_forcing: His last animals came back to me, pressed so hard into the paper they'd gone shiny, and how I'd told him they were lovely.
- anim_pleading: His last animals came back to me, every one of them looking up at somebody who was never going to choose it.
}
{other_carer:
- carer_hurt: He'd asked for another carer, at the end. It still hurt. I'd decided it could.
- carer_understood: He'd asked for another carer, at the end, and I'd understood. I still did. It didn't help as much as you'd think.
- carer_both: He'd asked for another carer, at the end. I was still hurt, and I still understood, and they were still sitting side by side, not speaking.
}
{boat_seen:
- boat_like_hailsham: The boat in the marsh was in there too, and Hailsham behind it with the grass coming through its floors. Everything I'd loved was somewhere, leaning over in the mud.
- boat_like_us: The boat in the marsh was in there too, run aground and left for people to look at. The fence had the same look: things that had been used, and then dropped where they landed.
- boat_only_a_boat: The boat in the marsh was in there too, being only a boat. The rubbish on the wire was only rubbish. I tried to let it be that.
}
And Hailsham under all of it, the way it always is.
{telling:
- everything: I'd told the donor all of it, the dull parts too. I thought of him, and hoped he'd kept some of it.
- best_of_it: I'd given the donor the best of Hailsham. Standing there, I wondered if I'd given myself the same, all these years.
- kept_back: I'd kept some of Hailsham back from the donor. I was keeping it still.
}
{hailsham_gone:
- gone_adrift: When Laura told me it had closed, the ground had gone from under me. It had never quite come back.
- gone_keep_it: I'd promised myself I'd keep Hailsham. I had it with me even here, at a fence in a field, which is more than most places can say.
- gone_disbelief: I'd refused to believe it had closed. At the fence I believed it, and found it was still standing anyway, in me, every room.
}
{madame_face:
- madame_afraid: Madame was at her gate again in my mind, still afraid of us after all those years, and holding it open anyway.
- madame_pitying: Madame's pity had come with me, from the gate and the door. I'd never found anywhere to put it down.
- madame_both: Madame's face came back, the fear and the pity, one over the other. I'd stopped needing to know which was on top.
}
{no_deferrals_felt:
- felt_anger: And Miss Emily saying there were no deferrals, and the anger that came up in me, which I'd carried about ever since like a stone in a pocket.
- felt_numb: And Miss Emily saying there were no deferrals, and the white quiet that came down on me. It had never altogether lifted.
- felt_for_tommy: And Miss Emily saying there were no deferrals, and how I hadn't looked at her when she said it. I'd looked at him.
}
{madame_asked:
- asked_gallery: The wire was a kind of gallery too, I thought. Everything on it had been made by somebody, once, and nobody was coming to look.
- asked_closing: Hailsham had closed because people got frightened and stopped paying. The wire didn't care what anybody paid.
- asked_lucy: I thought of Miss Lucy, who'd wanted to tell us, and been sent away for it. Somewhere, I hoped, someone was listening to her.
- asked_nothing: I'd asked Miss Emily nothing, in the end, and been told everything. I stood at the fence asking nothing still.
}
-> imagining

= imagining
And then I let myself do the one thing I'd promised myself I wouldn't.
I let myself imagine that if I stood there long enough, a small figure would come into sight at the far side of the field, where the furrows ran up into the sky.
# cast: kathy imagined_tommy
Too far off to make out, at first. Just a mark against the grey, moving.
Then bigger, and I'd know the walk. That particular walk, a little hurried, a little rolling, as if he were late for something and didn't mind.
He'd see me, and lift one arm, and perhaps call something. I wouldn't be able to hear what over the wind. I wouldn't need to. # uncertain: Or he'd only stop, and stand there, and not call anything at all; I let it go different ways on different days.
I stood there and let it happen, as far as it went.
{
- LIST_COUNT(drawer) >= 3: -> end_lost
- field_embrace == letting_go: -> end_letting
- no_deferrals_felt == felt_anger: -> end_anger
- telling == kept_back || madame_asked == asked_nothing: -> end_kept
- else: -> end_holding
}

= end_lost
He didn't come any nearer. He stopped somewhere out in the middle of the field, among the ruts, and stayed there, the way things do on that wire.
If this was the corner where lost things came, then this was where mine were: the things I'd set down over the years and not gone back for.
I didn't go looking for them along the fence. I thought they might as well stay together, out here, where someone would know where to look.
It's a strange sort of comfort, knowing where a thing is, even when you've no intention of fetching it. # reflect: ep_what_was_set_aside
Perhaps that's all a lost corner is. Not a place things go to be found. A place they go so that you can stop looking.
# cast: kathy
I stood there till my hands were cold. Then I turned back to the car, with the wind at my back, pushing, as if it had somewhere it wanted me to be.
I drove east, to the centre, and the donor who was expecting me at eleven. I was only a little late. Nobody minded.
->->

= end_letting
The figure stopped halfway across the field. He didn't come any closer, and I didn't ask him to.
He lifted his hand. I lifted mine. And then I let the field have him, the way I'd let him go a little, that night, with my arms round him in the dark.
# cast: kathy
In the river, he'd said, the water doesn't care how hard you're holding. I've thought since that there's a kind of holding that doesn't need to grip. # reflect: ep_the_river
A gust came along the fence and tore a strip of plastic free of the wire, and it went tumbling off across the furrows, over and over, getting smaller.
I watched it until I couldn't see it any more. Then I stopped watching. That was the hard part.
I didn't feel lighter, exactly. I felt like someone who has put down a heavy bag and finds her arm still holding the shape of it.
Then I got back into the car and drove on, east, to the centre where a donor was waiting for me, and I was on time.
->->

= end_anger
# cast: kathy
What came instead of him, when the picture faded, was the anger.
I'd held it in my lap in that front room in Littlehampton. I'd carried it in the car all the way home, and into the weeks after. Out here, with nobody watching, it came up all at once.
The trouble is that there's nobody to give it to. Miss Emily would say she did her best, and she did. Madame would close the door gently. # reflect: ep_nobody_to_blame
And the people who needed us, who'll go on needing us, never came near enough to be shouted at. They never once had to stand where I was standing.
I took hold of the top wire, barb and all, and held it until my hand hurt. That helped, a little. Then it didn't.
I'm not going to do anything with it. There isn't anything to do; I know that as well as anyone. But I wanted you to know it was there. That we weren't calm all the way down, whatever it looked like from the other side.
Then I let go of the wire, and wiped my hand on my coat, and drove on to the centre where I was expected. The donor there said I looked as though I'd been out in the wind. I said I had.
->->

= end_kept
He came on a little further, and then the picture began to thin, the way those pictures do, until there was only the field again.
# cast: kathy
I said something, then, out loud, across the furrows. It was the first thing I'd said to anyone all day.
I'm not going to tell you what it was. # reflect: ep_what_she_keeps
I've told you nearly everything, and I've tried to tell it straight. But I find I want to keep this one thing.
{telling == kept_back: I kept some things back from the donor who asked me about Hailsham, too. I told you so at the start.}
{madame_asked == asked_nothing: And I sat in Madame's front room, with everything I'd ever wanted to know a few feet away, and didn't ask a thing.}
It seems to be a habit of mine. I've stopped apologising for it.
It isn't that it's a secret. It's only that it's mine, and I haven't got very much left that is.
The wind took it, anyway. Whatever it was, it's out there on the wire now, with the rest.
I went back to the car and sat for a minute with my hands on the wheel.
Then I drove on to the centre, and the donor, and the chart at the end of the bed, the way I've done a thousand times, and will a few hundred more.
->->

= end_holding
He came on, and on, as near as I'd let him. Near enough that I could almost have said his name and been heard.
# cast: kathy
Then the picture wore thin, the way they do, and there was only the field, and the wire, and the plastic snapping in the wind.
I didn't let go of it so much as fold it up and put it away with the rest. # reflect: ep_holding_on
The box is on the passenger seat. I've been told that when the time comes for me, when I'm the one with the carer and the chart, I'll be allowed to bring a few things.
I'll bring the box. All of it. I'll hold on to every last thing in it for as long as anyone lets me, and for a little while after that, if I can manage it.
That isn't the same as saving anything. I know that. But it's what I can do, and I've always been good at doing what I can.
Then I got back into the car, and turned it round in the gateway, and drove on to the centre where they were expecting me.
->->

=== fence_summary ===
# place: norfolk_fence
# register: present
# light: day
# weather: wind
# ambience: wind
# music: fence
# cast: kathy
A couple of weeks after Tommy has completed, Kathy takes the long way to her next donor and drives to Norfolk, the "lost corner" of her childhood joke.
She stops by a freshly ploughed field. Along a wire fence, rubbish blown by the wind has caught and is flapping: plastic, a feed sack, a page of newspaper.
She thinks of Ruth, of Tommy, and of Hailsham, and lets herself imagine, just once, Tommy appearing far off across the field and coming towards her.
The picture fades. Nothing has changed. She gets back in the car and drives on to the centre where a donor is expecting her.
->->
