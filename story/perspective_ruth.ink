// Perspective replay (classroom mode): Ruth on the pavement across from the glass office in Cromer, while the
// woman who might be her possible is on the telephone. Imagined, not in the novel: original interior monologue,
// agreeing with beat_norfolk.ink (the_office). (Book: Part Two, chapter 13.) Outcomes never change.

// How Ruth lets herself read the woman behind the glass while she stays at her desk. Read again as she leaves.
LIST persp_ruth_window = kept_hoping, let_it_go, braced_for_it

=== perspective_ruth ===
# place: cromer_office
# register: memory
# light: day
# weather: wind
# ambience: town
# music: cottages
# cast: chrissie ruth tommy kathy
Imagined, not in the novel: these are Ruth's thoughts as we picture them, on the pavement across the road from the glass office in Cromer.
Don't gawp. That's the first rule. If you gawp, you look like someone who's never seen an office before, and then Chrissie has won.
So I stand the way people stand at bus stops: hands in my coat pockets, chin up, as if the street is a little boring and I've somewhere better to be.
I practised the chin in the car window, somewhere along the coast. Kathy saw me doing it. Kathy sees everything, and then tells you about it weeks later, by a gate.
The office isn't mine. I'll say that first, so nobody else gets to.
Mine has white desks, and plants as tall as a person, and a girl in a pale blouse turning round because somebody she likes has called her name.
This one has a blue carpet gone bald by the door, a calendar with a cartoon on it, and filing cabinets the colour of old piano keys.
But the glass is right. The whole front is glass, floor to ceiling, and nobody inside seems to care who's looking in.
That's the part I wanted. I've never told anyone, not even Kathy. Not the desk, not the plant. The not caring.
At Hailsham somebody was always looking: guardians from windows, Madame from her car at the gate. Looking at us as if they were counting something.
In there they're looked at all day long, and nobody's counting anything.
Then Rodney says "There," under his breath, and I make myself look, slowly, like somebody with all afternoon.
She's at the desk by the window, on the telephone, laughing at something and writing on a pad without looking down at her hand.
Fifty, Chrissie said. Dark hair going grey at the front, pushed back. A cardigan the colour of porridge. I would never wear that.
I'd never wear that, I think, and then: you might. You might, if you ever got to be fifty.
I've never met one of us who was fifty. I've never once wondered why, out loud.
She laughs again, and I find my own mouth has gone into the shape of it, a little open at the corners. I close it.
That's what I do. I know perfectly well it's what I do. I see a thing done, and my face learns it before I've decided anything.
Kathy told me, walking up the lane that winter, where I'd got the pat I give Tommy's arm. Off the television. She was right, which is the most annoying thing Kathy can be.
But what else are you meant to copy, when nobody has ever shown you how to be a grown-up person? At least I try things on. Kathy only watches.
She's watching me now, instead of the woman. I can feel it on the side of my face, like a draught.
At lunch I told Chrissie we couldn't talk about the deferrals. I said it as though there were a locked cupboard at Hailsham and I'd been given the key.
There wasn't any cupboard. I'd never heard of it, not properly, until that table. Tommy said so, out loud, like a little boy reading a sign.
So I made him small in front of them, quickly, before anyone could make me small instead.
He's beside me now, not touching. I can feel him being careful of me. That's worse than if he were cross.
The sun comes out over the roofs and the glass goes bright, and there we are, laid over her office like a faint second picture: five people in a row on a pavement.
I can see myself standing in the middle of her room. For a second, I fit.
For as long as she stays on that telephone, I let myself
* [keep hoping. She's me, until she stands up. # stance: persp_ruth_window.kept_hoping]
    ~ persp_ruth_window = kept_hoping
    So I take all of it. Her desk, her coat on the stand, whoever's making her laugh. A Tuesday, and another Tuesday after it, and nobody ever sending for me.
    It costs nothing while she sits still. I know it will all be charged to me later. I'm paying already.
* [let it go. She isn't me, and some part of me knew it at once. # stance: persp_ruth_window.let_it_go]
    ~ persp_ruth_window = let_it_go
    Her nose is wrong. The way she holds the pen is wrong. Something in me put her down quite gently, the moment I saw her face properly.
    But I can't be the one to say so, not with Chrissie watching. So I go on looking, and let them all think I'm still hoping.
* [brace. Get ready now for the moment it comes apart. # stance: persp_ruth_window.braced_for_it]
    ~ persp_ruth_window = braced_for_it
    I start collecting words for afterwards, hard ones, and lining them up behind my teeth.
    If I say the worst thing first, nobody can say it to me. That has always worked. It's the only thing that ever has.
- Then she puts the telephone down, takes a coat off the stand, and comes out into the street with another woman, younger, both of them talking.
They don't look across at us. Why would they? We're five people on a pavement. We could be anyone at all.
That's what I wanted, isn't it. To be anyone.
{persp_ruth_window:
- kept_hoping: My legs want to go after her before Chrissie has even opened her mouth. I don't stop them.
- let_it_go: I'll follow anyway. You can't come all this way and be the one who turns back.
- braced_for_it: I'll follow with the words ready, like a stone in my pocket I keep touching to make sure it's there.
}
"Well, come on, then," Chrissie says, and we go. # speaker: chrissie
I put my chin up again and walk a little ahead of the others, so that none of them can see my face till I've got it back the way I want it. # reflect: persp_ruth
-> DONE
