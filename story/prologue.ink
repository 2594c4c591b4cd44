// The prologue: the present. Kathy, thirty-one, in the car between centres, a donor's question, the box on
// the seat, and the first memory that comes up unasked. (Book: Part One, chapter 1.)

// How Kathy first tells Tommy's shirt: a story about him, or about her.
LIST shirt_story = about_tommy, about_me

=== prologue ===
# chapter: Prologue: the drive
# place: car
# register: present
# light: dusk
# weather: rain
# ambience: car_rain
# music: none
The rain began somewhere after the last roundabout, the thin sort the wipers never quite catch up with.
I know this road well enough to drive it half asleep. I don't, though there have been nights when I came close.
Eleven years of roads like this one. Centres on cliff tops, centres behind retail parks, one that used to be a convent school.
After enough of them they run together, the way motorway services do, and you stop noticing which one has the good kettle.
I'm a carer. I've been asked to go on until the end of the year, and I've said I will. After that, things change, as they do.
People tell me I'm good at it. My donors stay calm, mostly, and they tend to do better than anyone expects, and I've come to think that's less to do with me than with not hurrying them.
I'll admit it's been a kind of reward, being good at it. For a while now they've let me choose who I look after.
That's how, in the end, I came to look after Ruth. And after Ruth, Tommy. # uncertain: Or it was the other way about, and they chose me. That's how Ruth would have told it.
But I'm getting ahead of myself.
This afternoon, at the centre on the coast, a donor asked me where I'd grown up.
Not the way people ask to fill a silence. He pushed himself up on his pillows for it, and that cost him something.
"Tell me about yours. The place. Properly, from the beginning, whatever you remember." # speaker: donor
Where he'd been, he wouldn't describe, except to say there had been a great many rooms and not many windows.
What he wanted, I understood after a while, wasn't to hear about Hailsham. He wanted to remember it, as if it had been his.
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
- He shut his eyes while I talked, and once or twice he put me right on some small detail, as if he had been there too. # reflect: donor_wants_hailsham
On the passenger seat there's a shoebox that has come with me from one bedsit to the next.
It holds what I kept. Not much, for thirty-one years: a pencil case, a couple of tapes, a drawing, some papers, a shirt that was never mine.
~ keepsakes += polo_shirt
The shirt is on top tonight, pale blue, folded the way its owner never once folded it. # closeup: polo_shirt
I hadn't meant to start there. But that's how it goes with Hailsham: you reach for one thing and another comes up with it.
-> mem_polo_shirt ->
-> first_stretch

= first_stretch
# place: car
# register: present
# light: dusk
# weather: rain
# ambience: car_rain
The wipers go on with their work. There's a long stretch now with nothing on it but cat's eyes.
When I think of that afternoon on the field, I can never quite decide whether it's a story about Tommy or a story about me.
* [About Tommy: how alone he was out there. # stance: shirt_story.about_tommy]
    ~ shirt_story = about_tommy
    He had no idea, then, how to make the others stop. None of us did, about anything.
* [About me: why I went down those steps at all. # stance: shirt_story.about_me]
    ~ shirt_story = about_me
    I've asked myself more than once what took me down there, in front of everyone. I don't think I've ever given myself a straight answer.
- I'll try to tell it in order, the way the donor wanted. I'll fail, I expect. Things don't come back in order.
-> part_one
