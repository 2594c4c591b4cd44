// The prologue: Kathy in the car, the present. A sample, to be replaced by the full script.

// Stances the player takes here. Each LIST is named after its stance point; a stance tag on a choice
// names the point and the item it sets.
LIST telling = everything, best_of_it, kept_back

=== prologue ===
# chapter: Prologue: the drive
# place: car_dusk
# register: present
# light: dusk
# weather: rain
# ambience: car_rain
~ keepsakes = (pencil_case, tape, replacement_tape, polo_shirt)
The rain began somewhere after the last roundabout, the thin sort the wipers never quite catch up with.
I know this road well enough to drive it half asleep. I don't, though there have been nights when I came close.
Eleven years of roads like this one. Centres on cliff tops, centres behind retail parks, one that used to be a convent school.
After enough of them they run together, the way motorway services do, and you stop noticing which one has the good kettle.
I'm a carer. I will be until the end of the year, and after that, things change, as they do.
This afternoon, at the centre on the coast, a donor asked me where I'd grown up.
Not the way people ask to fill a silence. He pushed himself up on his pillows for it, and that cost him something.
"Tell me about yours. The place. Properly, from the beginning, whatever you remember." # speaker: donor
Where he'd been, he wouldn't describe, except to say there had been a great many rooms and not many windows.
So I told him about Hailsham.
* [I told him all of it, the dull parts too. # stance: telling.everything]
    ~ telling = everything
    I told him about the damp in the changing rooms, the queue for the good pencils, the way the long corridor smelt of polish on a Monday.
    He wanted the dull parts most, I think. They were what made it real to him.
* [I gave him the best of it. # stance: telling.best_of_it]
    ~ telling = best_of_it
    I gave him summer evenings and Sales days and the pond with the reeds bending over it, and I left the rest where it was.
    It wasn't lying, exactly. It was more like choosing which photographs go in the frame.
* [I kept some of it back. # stance: telling.kept_back]
    ~ telling = kept_back
    I told him plenty. But there were a few things I found I couldn't hand over, not even to someone who needed them more than I did.
    I'm not proud of that. I'm not sure I'm ashamed of it either.
- He shut his eyes while I talked, and once or twice he put me right on some small detail, as if he had been there too.
On the passenger seat there's a shoebox that has come with me from one bedsit to the next.
It holds what I kept from Hailsham. Not much: a pencil case, two cassettes, a shirt that was never mine.
I don't open it often. After this afternoon, I think I might.
Now, on the bypass, the headlights pick out a cricket pavilion on the edge of a playing field: white boards, a little veranda, a clock that has stopped.
It's nothing like ours, really. But it's enough.
-> mem_pavilion ->
-> the_box

= the_box
# place: car_dusk
# register: present
# light: dusk
# weather: rain
# ambience: car_rain
The pavilion slides away behind me, and at the next bend the box shifts on the seat.
The pencil case has worked its way to the top. Its studs catch the dashboard light like small wet stones.
-> mem_pencil_case ->
-> the_tape

= the_tape
# place: car_dusk
# register: present
# light: night
# weather: rain
# ambience: car_rain
It's properly dark now. The rain has settled in for the night.
Under the pencil case is a tape. Not the one Ruth gave me: the other one, the one I lost, and found again years later, in the last place you'd look.
-> mem_tape ->
-> what_i_learnt

= what_i_learnt
# place: car_dusk
# register: present
# light: night
# weather: rain
# ambience: car_rain
I've told that afternoon to myself so many times it has gone smooth, like a pebble kept in a pocket.
For years I was sure I knew why she cried. I had it wrong, and I'd got it wrong in a way I was fond of.
She told me herself, a long time afterwards, when there was hardly anything left to lose by telling. I'll come to that.
~ knowledge += madame_tears
It was around then, too, that I heard one of them admit they had all been a little afraid of us. The guardians, I mean.
I turned that over for a long while, the way you turn over a stone that's heavier than it looked.
~ knowledge += guardians_afraid
-> lay_by

= lay_by
A lorry comes up behind me, lit like a ship, so I pull into a lay-by and let it go past.
The engine ticks as it cools. The box is on my knees before I've quite decided to pick it up.
* [I go back to the tape, now that I know.]
    -> mem_tape ->
    -> drive_on
* [I leave the box closed, for tonight.]
    I put the lid back on and set the box on the seat, square, the way you'd settle a cat that has just gone to sleep.
    -> drive_on

= drive_on
# place: car_dusk
# register: present
# light: night
# weather: rain
# ambience: car_rain
Back on the road, the wipers find their rhythm again.
{telling:
- everything: I gave that donor the whole of Hailsham this afternoon, and I find it's all still here. Telling it doesn't use it up, which I hadn't known.
- best_of_it: I gave that donor the sunny version this afternoon. Driving on, I keep turning over the parts I left out, as if they might go off without me.
- kept_back: There are things I didn't give that donor this afternoon, and the veranda is one of them. I think I'm saving it, though I couldn't tell you who for.
}
{pavilion_feeling:
- safe: I'd like to believe that feeling of being packed in safe was real, and not just something we built out of benches and each other.
- rank: Strange, how sharp it still is, that business of who sat where. We were practising for something, I think, without knowing what.
- left_out: It's Tommy I keep coming back to, standing out there with his hands in his pockets. I didn't know then how much of my life he'd be in.
}
{catching_ruth:
- the_truth: I told myself at ten that I only wanted the truth about a pencil case. I've had the truth about most things since, and it has never once felt like winning.
- envy: I wanted what Ruth had, that's all, even if what she had was made up. I still don't like the girl who said it. I understand her better.
- to_be_needed: What I wanted, I think, was for Ruth to need me to keep her secret. She did, for years. I'm not sure either of us ever said thank you.
}
{
- LIST_COUNT(drawer) > 0:
    Some of tonight I've put somewhere else: at the back of my mind, where lost things are meant to wash up.
    {drawer ? pencil_case: The pencil case is there, studs and all.}
    {drawer ? tape: The tape is there, still on the song.}
    {drawer ? replacement_tape: Ruth's tape is there, which she would have hated.}
    {drawer ? polo_shirt: Tommy's shirt is there, folded the way he never folded it.}
    Nothing in that corner is lost. I know where to look.
- else:
    Everything I took out tonight has gone back in the box. I find I'm glad of the weight of it on the seat beside me.
}
A sign for the centre comes up out of the rain, the one with the broken letter I always mean to mention to someone.
I indicate, slow down, and put the memories back where they live, for now.
-> END
