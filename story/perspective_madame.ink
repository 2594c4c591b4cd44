// Perspective replay (classroom mode): Madame walking home in Littlehampton and finding Kathy and Tommy at her
// gate, come to ask about a deferral. Imagined, not in the novel: original interior monologue, agreeing with
// beat_madame.ink (visit_to_madame, gate) and part_three.ink (scouting). (Book: Part Three, chapter 21.)
// Outcomes never change: she lets them in.

// Why Madame opens the gate, as she admits it to herself. Read again as she brings them in.
LIST persp_madame_gate = from_pity, from_duty, from_shame

=== perspective_madame ===
# place: littlehampton
# register: memory
# light: dusk
# weather: wind
# ambience: town
# music: carers
# cast: madame
Imagined, not in the novel: these are Madame's thoughts as we picture them, walking home in Littlehampton to find two former Hailsham students at her gate.
I heard them before I saw them. Two sets of footsteps, keeping the same distance behind me all the way up from the front, and slowing when I slowed.
One learns that kind of walking. It belongs to people who have come a long way and have not yet decided what they will say.
I did not turn round. I told myself it was the wind, or boys from the town, or nobody at all. I have become very accomplished at telling myself things.
Some weeks earlier a small car had been standing at the end of my street when I came home, and it stood there long after, a young woman in it, not reading, not eating. Watching my door.
I moved the net curtain an inch, and looked, and let it fall. I said nothing to Emily. I do not entirely know why.
I knew what she was. One always knows. Not by the face; by the patience.
At the wall I stopped and put my hand into my bag for the keys, and my hand could not find them, although they were exactly where they always are.
Then the young woman spoke, and I turned.
# cast: madame kathy tommy
Before I had thought anything at all, my body did what it has always done.
It went still. It drew itself in, away from them, as one draws a hand back from a stove.
I have spent the greater part of my life on their side. I have carried their pictures into rooms full of people who did not wish to look at them. I have argued at dinner tables until I was asked not to come again.
And still, at a garden wall, my body steps back. It has never once agreed with me.
I looked at the young man first. He was too thin for his coat, and he held himself with great care, as though the middle of him had been lent to him and must be returned.
I know that care. One sees it after the third time.
Then the young woman: very composed, with a carer's way of standing half a step nearer to him than she needed to, ready to take his weight.
Then the folder under his arm, card, the corners gone soft with handling.
And I knew why they had come. The whole evening tilted, like a tray carried too long.
They come, now and again, couples who have found this street. They always bring something to show, and stand exactly so, close together, as though the closeness were itself the evidence.
She said they were from Hailsham. She gave her name, and his.
There was something in her face I had seen before, somewhere with a long window and an afternoon in it. I did not let myself find it. Not yet.
But the word Hailsham went into me like cold water, and I am afraid it showed.
The wind was pulling at the boy's folder. I could not have told them why I reached for the gate. Privately, I knew it was
* [pity. They had so little time, and had spent some of it looking for me. # stance: persp_madame_gate.from_pity]
    ~ persp_madame_gate = from_pity
    One does not turn away people who have spent some of their last good months walking up a hill behind one. Not even I could do that.
* [duty. Whatever we did to them, we owed them a chair and a true answer. # stance: persp_madame_gate.from_duty]
    ~ persp_madame_gate = from_duty
    We made them hope, all of us, in small ways we called kindness. The least one owes a hope one has made is to let it in out of the wind before breaking it.
* [shame. I could not bear to be seen flinching from them on my own step. # stance: persp_madame_gate.from_shame]
    ~ persp_madame_gate = from_shame
    The neighbours' curtains were not moving, but curtains need not move to see. And they had seen me flinch. I wanted them off the street before I did it again.
- I opened the gate and held it, and stood well back while they came through. I could not make myself stand nearer. I did try.
"Come inside," I said. "Quickly, please." # speaker: madame
They will have thought the quickly was coldness. Perhaps some of it was.
It was also the wind; Emily in the next room, who tires by seven; the men coming that evening for the cabinet.
Most of all, it was that I did not know how much longer my face would hold.
I knew the answer to what they had come to ask. I have known it for as long as there has been a rumour to answer.
Emily would say it better than I could. She always has. I would sit on the hard chair with my bag on my knees, and let her.
That is a cowardice, and I knew it as I chose it.
{persp_madame_gate:
- from_pity: Pity is a poor gift to bring to a door. It was the only one I had in my hands that evening, and I brought it.
- from_duty: A chair and a true answer. I could give them the chair myself. The answer I would leave to someone braver.
- from_shame: So they were inside, and no one in the street could see. It did nothing for the one who had seen me most clearly, which was myself.
}
The young man wiped his feet on my mat, carefully, twice, as if this were a house where such things mattered. The young woman watched him do it.
I shut the door behind them, and the hall was suddenly very small, with the three of us in it, breathing.
Emily would know what to say to them. I have only ever known what to feel, and feeling has never once been of any use to anybody. # reflect: persp_madame
-> DONE
