// The prologue: Kathy in the car, the present. A sample, to be replaced by the full script.

// Stances the player takes here. Each LIST is named after its stance point; a stance tag on a choice
// names the point and the item it sets.
LIST telling = everything, best_of_it, kept_back
LIST pavilion_feeling = safe, rank, left_out

=== prologue ===
# chapter: Prologue: the drive
# place: car_dusk
# register: present
# light: dusk
# weather: rain
# ambience: car_rain
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
Now, on the bypass, the headlights pick out a cricket pavilion on the edge of a playing field: white boards, a little veranda, a clock that has stopped.
It's nothing like ours, really. But it's enough.
-> pavilion ->
-> back_on_the_road

= back_on_the_road
# place: car_dusk
# register: present
# light: night
# weather: rain
# ambience: car_rain
The pavilion is long gone behind me. The wipers go on with their work.
{telling:
- everything: I gave that donor the whole of Hailsham this afternoon, and I find it's all still here. Telling it doesn't use it up, which I hadn't known.
- best_of_it: I gave that donor the sunny version this afternoon. Driving on, I keep turning over the parts I left out, as if they might have gone off without me.
- kept_back: There are things I didn't give that donor this afternoon, and the veranda is one of them. I think I'm saving it, though I couldn't tell you who for.
}
{pavilion_feeling:
- safe: I'd like to believe that feeling of being packed in safe was real, and not just something we built out of benches and each other.
- rank: Strange, how sharp it still is, that business of who sat where. We were practising for something, I think, without knowing what.
- left_out: It's Tommy I keep coming back to, standing out there with his hands in his pockets. I didn't know then how much of my life he'd be in.
}
A sign for the centre comes up out of the rain, the one with the broken letter I always mean to mention to someone.
I indicate, slow down, and put the memory back where it lives, for now.
-> END

=== pavilion ===
# place: hailsham_fields
# register: memory
# light: golden
# weather: clear
# ambience: summer_field
Our pavilion at Hailsham was smaller than that one, and greener, with paint lifting off the railings in long curls we picked at while we talked.
On warm days a group of us would claim the veranda after lessons, seven or eight girls on two benches meant for four, and watch the boys play football on the near field.
Ruth decided who sat where. No one ever said so, but no one ever sat down before she did, either.
I must have been twelve, or thirteen. My socks would never stay up that summer, which seems an odd thing to have kept.
Out on the field the boys were picking sides, and Tommy was left nearly till last, hands in his pockets, pretending the grass interested him.
When I think of the pavilion now, what comes back first is
* [how safe it felt, all of us packed in together. # stance: pavilion_feeling.safe]
    ~ pavilion_feeling = safe
    Elbows and knees and somebody's hair in my face, and the rain, when it came, drumming on the roof a hand's width above us.
    Nothing could get at us in there. That's how it felt, anyway.
* [how much it mattered where you were allowed to sit. # stance: pavilion_feeling.rank]
    ~ pavilion_feeling = rank
    The bench by the door was for whoever Ruth was pleased with that week. I sat there more often than not, and I noticed every time I didn't.
    We never spoke about it. We didn't need to.
* [Tommy, out on the field, waiting to be picked. # stance: pavilion_feeling.left_out]
    ~ pavilion_feeling = left_out
    I didn't wave, or call out. None of us did. I only watched him study the grass until somebody finally said his name.
    He ran on as if he had been picked first.
- Someone laughed at something, and the moment closed over, the way they do.
->->
